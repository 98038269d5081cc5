// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/tokenizer.h"

namespace ef {

std::vector<int> Tokenizer::encodeSteps(const std::string& text) const {
  if (separator_.empty()) return encode(text);
  std::vector<int> ids;
  std::size_t begin = 0;
  while (begin < text.size()) {
    const std::size_t at = text.find(separator_, begin);
    const std::size_t end = at == std::string::npos ? text.size() : at + separator_.size();
    const auto piece = encode(text.substr(begin, end - begin));
    ids.insert(ids.end(), piece.begin(), piece.end());
    begin = end;
  }
  return ids;
}

}  // namespace ef
