// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/char_tokenizer.h"

#include <algorithm>
#include <stdexcept>
#include <unordered_set>

namespace ef {

namespace {
constexpr const char* kReplacementChar = "\xEF\xBF\xBD";  // U+FFFD, the decoding of UNK

std::string printable(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '\n') {
      out += "\\n";
    } else if (static_cast<unsigned char>(c) < 0x20) {
      out += "\\x" + std::string(1, "0123456789abcdef"[(c >> 4) & 0xF]) +
             std::string(1, "0123456789abcdef"[c & 0xF]);
    } else {
      out += c;
    }
  }
  return out;
}
}  // namespace

CharTokenizer::CharTokenizer(const std::vector<std::string>& symbols, const std::string& separator)
    : Tokenizer(separator), symbols_(symbols), by_first_byte_(256) {
  std::unordered_set<std::string> seen;
  for (std::size_t i = 0; i < symbols_.size(); ++i) {
    const std::string& s = symbols_[i];
    if (s.empty())
      throw std::invalid_argument("CharTokenizer: symbol " + std::to_string(i) + " is empty");
    if (!seen.insert(s).second) {
      throw std::invalid_argument("CharTokenizer: duplicate symbol '" + printable(s) + "'");
    }
    const int id = static_cast<int>(i) + kNumSpecial;
    by_first_byte_[static_cast<unsigned char>(s.front())].push_back(id);
    if (s == separator) sep_id_ = id;
  }
  if (sep_id_ < 0) {
    throw std::invalid_argument("CharTokenizer: separator '" + printable(separator) +
                                "' is not among the symbols");
  }
  for (auto& ids : by_first_byte_) {
    std::stable_sort(ids.begin(), ids.end(), [&](int a, int b) {
      return symbols_[a - kNumSpecial].size() > symbols_[b - kNumSpecial].size();
    });
  }
}

std::vector<int> CharTokenizer::encode(const std::string& text) const {
  std::vector<int> ids;
  ids.reserve(text.size());
  std::size_t pos = 0;
  while (pos < text.size()) {
    int match = kUnk;
    std::size_t length = 1;
    for (int id : by_first_byte_[static_cast<unsigned char>(text[pos])]) {
      const std::string& s = symbols_[id - kNumSpecial];
      if (text.compare(pos, s.size(), s) == 0) {
        match = id;
        length = s.size();
        break;  // candidates are sorted longest first
      }
    }
    ids.push_back(match);
    pos += length;
  }
  return ids;
}

std::string CharTokenizer::decodeToken(int id) const {
  if (id < 0 || id >= vocabSize()) {
    throw std::out_of_range("CharTokenizer: token id " + std::to_string(id) + " outside [0, " +
                            std::to_string(vocabSize()) + ")");
  }
  if (id == kUnk) return kReplacementChar;
  if (id < kNumSpecial) return "";
  return symbols_[static_cast<std::size_t>(id - kNumSpecial)];
}

std::string CharTokenizer::decode(const std::vector<int>& ids) const {
  std::string out;
  for (int id : ids)
    out += decodeToken(id);
  return out;
}

std::string CharTokenizer::signature() const {
  std::string s;
  for (const auto& x : symbols_)
    s += x + '\x1f';
  return s;
}

}  // namespace ef
