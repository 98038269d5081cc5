// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/bpe_tokenizer.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include <limits>
#include <stdexcept>

#include "util/sha256.h"

namespace ef {

namespace {

// GPT-2's pre-tokenisation pattern (its encoder.py): contractions, an optional space before a
// run of letters, of numbers or of other symbols, and whitespace runs (the last space of a run
// before a word goes with the word).
constexpr const char* kGpt2Pattern =
    R"('s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+)";
constexpr const char* kEndOfText = "<|endoftext|>";
// Pieces longer than this are not cached (a long run of one symbol would fill the cache).
constexpr std::size_t kMaxCachedPiece = 64;
constexpr std::size_t kMaxCacheEntries = 1 << 18;

void appendUtf8(std::string& out, std::uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// Decodes a token string of byte-to-unicode code points back to bytes; false if a code point is
// not in the table.
bool tokenToBytes(const std::string& token, const std::vector<std::uint32_t>& b2u,
                  std::string& out) {
  static const std::unordered_map<std::uint32_t, unsigned char> u2b = [&] {
    std::unordered_map<std::uint32_t, unsigned char> m;
    for (int b = 0; b < 256; ++b)
      m[b2u[static_cast<std::size_t>(b)]] = static_cast<unsigned char>(b);
    return m;
  }();
  out.clear();
  std::size_t i = 0;
  while (i < token.size()) {
    const auto c = static_cast<unsigned char>(token[i]);
    std::uint32_t cp;
    int len;
    if (c < 0x80) {
      cp = c;
      len = 1;
    } else if ((c & 0xE0) == 0xC0) {
      cp = c & 0x1F;
      len = 2;
    } else if ((c & 0xF0) == 0xE0) {
      cp = c & 0x0F;
      len = 3;
    } else {
      return false;
    }
    if (i + static_cast<std::size_t>(len) > token.size()) return false;
    for (int k = 1; k < len; ++k)
      cp = (cp << 6) | (static_cast<unsigned char>(token[i + static_cast<std::size_t>(k)]) & 0x3F);
    const auto it = u2b.find(cp);
    if (it == u2b.end()) return false;
    out += static_cast<char>(it->second);
    i += static_cast<std::size_t>(len);
  }
  return true;
}

}  // namespace

struct BpeTokenizer::Pattern {
  pcre2_code* code = nullptr;
  ~Pattern() {
    if (code) pcre2_code_free(code);
  }
};

const std::vector<std::uint32_t>& BpeTokenizer::byteToUnicode() {
  static const std::vector<std::uint32_t> table = [] {
    std::vector<std::uint32_t> t(256, 0);
    std::vector<bool> printable(256, false);
    for (int b = '!'; b <= '~'; ++b)
      printable[b] = true;
    for (int b = 0xA1; b <= 0xAC; ++b)
      printable[b] = true;
    for (int b = 0xAE; b <= 0xFF; ++b)
      printable[b] = true;
    std::uint32_t next = 256;
    for (int b = 0; b < 256; ++b)
      t[static_cast<std::size_t>(b)] = printable[static_cast<std::size_t>(b)] ? b : next++;
    return t;
  }();
  return table;
}

BpeTokenizer::BpeTokenizer(BpeVocabulary vocab, const std::string& separator)
    : Tokenizer(separator), vocab_(std::move(vocab)), pattern_(std::make_unique<Pattern>()) {
  const auto& src = vocab_.source;
  std::unordered_map<std::string, int> id_of;
  id_of.reserve(vocab_.tokens.size());
  token_bytes_.resize(vocab_.tokens.size());
  const auto& b2u = byteToUnicode();
  for (std::size_t i = 0; i < vocab_.tokens.size(); ++i) {
    const std::string& t = vocab_.tokens[i];
    if (!id_of.emplace(t, static_cast<int>(i)).second)
      throw std::invalid_argument(src + ": token '" + t + "' appears twice");
    if (t == kEndOfText) {
      end_of_text_ = static_cast<int>(i);
    } else if (!tokenToBytes(t, b2u, token_bytes_[i])) {
      throw std::invalid_argument(src + ": token " + std::to_string(i) + " ('" + t +
                                  "') is not in GPT-2's byte-to-unicode alphabet");
    }
  }
  if (end_of_text_ < 0) throw std::invalid_argument(src + ": no <|endoftext|> token");
  for (int b = 0; b < 256; ++b) {
    std::string s;
    appendUtf8(s, b2u[static_cast<std::size_t>(b)]);
    const auto it = id_of.find(s);
    if (it == id_of.end())
      throw std::invalid_argument(src + ": no token for the byte " + std::to_string(b));
    byte_token_[b] = it->second;
  }
  for (std::size_t r = 0; r < vocab_.merges.size(); ++r) {
    const auto& [a, b] = vocab_.merges[r];
    const auto ia = id_of.find(a), ib = id_of.find(b), im = id_of.find(a + b);
    if (ia == id_of.end() || ib == id_of.end() || im == id_of.end()) {
      throw std::invalid_argument(src + ": merge " + std::to_string(r + 1) + " ('" + a + " " + b +
                                  "') names a token the vocabulary lacks");
    }
    const std::uint64_t key =
        (static_cast<std::uint64_t>(ia->second) << 32) | static_cast<std::uint32_t>(ib->second);
    merge_.emplace(key, (static_cast<std::uint64_t>(r) << 32) |
                            static_cast<std::uint32_t>(im->second));  // first rank wins
  }
  int err = 0;
  PCRE2_SIZE offset = 0;
  pattern_->code =
      pcre2_compile(reinterpret_cast<PCRE2_SPTR>(kGpt2Pattern), PCRE2_ZERO_TERMINATED,
                    PCRE2_UTF | PCRE2_UCP | PCRE2_MATCH_INVALID_UTF, &err, &offset, nullptr);
  if (!pattern_->code) {
    PCRE2_UCHAR msg[256];
    pcre2_get_error_message(err, msg, sizeof msg);
    throw std::logic_error(std::string("GPT-2 pattern: ") + reinterpret_cast<char*>(msg));
  }
  pcre2_jit_compile(pattern_->code, PCRE2_JIT_COMPLETE);  // optional: falls back to the interpreter
}

BpeTokenizer::~BpeTokenizer() = default;

std::vector<int> BpeTokenizer::mergePiece(const std::string& piece) const {
  std::vector<int> ids;
  ids.reserve(piece.size());
  for (char c : piece)
    ids.push_back(byte_token_[static_cast<unsigned char>(c)]);
  // Merge the adjacent pair of lowest rank until no pair has one (GPT-2's bpe()).
  while (ids.size() > 1) {
    std::uint64_t best = std::numeric_limits<std::uint64_t>::max();
    for (std::size_t i = 0; i + 1 < ids.size(); ++i) {
      const auto it = merge_.find((static_cast<std::uint64_t>(ids[i]) << 32) |
                                  static_cast<std::uint32_t>(ids[i + 1]));
      if (it != merge_.end() && it->second < best) best = it->second;
    }
    if (best == std::numeric_limits<std::uint64_t>::max()) break;
    const int merged = static_cast<int>(best & 0xFFFFFFFFu);
    const std::uint64_t rank = best >> 32;
    std::vector<int> next;
    next.reserve(ids.size());
    for (std::size_t i = 0; i < ids.size(); ++i) {
      if (i + 1 < ids.size()) {
        const auto it = merge_.find((static_cast<std::uint64_t>(ids[i]) << 32) |
                                    static_cast<std::uint32_t>(ids[i + 1]));
        if (it != merge_.end() && (it->second >> 32) == rank) {
          next.push_back(merged);
          ++i;
          continue;
        }
      }
      next.push_back(ids[i]);
    }
    ids.swap(next);
  }
  return ids;
}

void BpeTokenizer::encodePiece(const char* begin, std::size_t length, std::vector<int>& out) const {
  std::string piece(begin, length);
  if (length <= kMaxCachedPiece) {
    std::lock_guard<std::mutex> lock(cache_mutex_);
    const auto it = cache_.find(piece);
    if (it != cache_.end()) {
      out.insert(out.end(), it->second.begin(), it->second.end());
      return;
    }
  }
  const auto ids = mergePiece(piece);
  out.insert(out.end(), ids.begin(), ids.end());
  if (length <= kMaxCachedPiece) {
    std::lock_guard<std::mutex> lock(cache_mutex_);
    if (cache_.size() >= kMaxCacheEntries) cache_.clear();
    cache_.emplace(std::move(piece), ids);
  }
}

std::vector<int> BpeTokenizer::encode(const std::string& text) const {
  std::vector<int> out;
  out.reserve(text.size() / 3 + 1);
  pcre2_match_data* md = pcre2_match_data_create_from_pattern(pattern_->code, nullptr);
  const auto* subject = reinterpret_cast<PCRE2_SPTR>(text.data());
  PCRE2_SIZE pos = 0;
  while (pos < text.size()) {
    const int rc = pcre2_match(pattern_->code, subject, text.size(), pos, 0, md, nullptr);
    if (rc < 0) {  // no further match (only invalid UTF-8 is left): its bytes are one piece
      encodePiece(text.data() + pos, text.size() - pos, out);
      break;
    }
    const PCRE2_SIZE* ov = pcre2_get_ovector_pointer(md);
    // Bytes the pattern skipped (invalid UTF-8) become a piece of their own.
    if (ov[0] > pos) encodePiece(text.data() + pos, ov[0] - pos, out);
    if (ov[1] == ov[0]) {  // the pattern never matches empty; guard anyway
      pos = ov[0] + 1;
      continue;
    }
    encodePiece(text.data() + ov[0], ov[1] - ov[0], out);
    pos = ov[1];
  }
  pcre2_match_data_free(md);
  return out;
}

std::string BpeTokenizer::decodeToken(int id) const {
  if (id < 0 || id >= vocabSize()) {
    throw std::out_of_range("BpeTokenizer: token id " + std::to_string(id) + " outside [0, " +
                            std::to_string(vocabSize()) + ")");
  }
  return token_bytes_[static_cast<std::size_t>(id)];  // <|endoftext|> decodes to nothing
}

std::string BpeTokenizer::decode(const std::vector<int>& ids) const {
  // A model's vocabulary may be padded past the tokenizer's (vocab_size 50304 for 50257 tokens):
  // a sampled padding id decodes to U+FFFD instead of ending the run.
  std::string out;
  for (int id : ids)
    out += id >= vocabSize() ? std::string("\xEF\xBF\xBD") : decodeToken(id);
  return out;
}

std::string BpeTokenizer::signature() const {
  std::string all;
  for (const auto& t : vocab_.tokens)
    all += t + '\x1f';
  all += '\x1e';
  for (const auto& [a, b] : vocab_.merges)
    all += a + ' ' + b + '\x1f';
  return "bpe:" + sha256Hex(all);
}

}  // namespace ef
