// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// GPT-2's byte-level BPE (docs/models.md, "Tokenizers"): UTF-8 text is split by GPT-2's
// pre-tokenisation pattern (PCRE2 with Unicode properties), each piece's bytes are mapped to
// printable code points (GPT-2's byte-to-unicode table) and merged pair by pair, lowest merge rank
// first. Decoding maps the tokens' code points back to bytes. `<|endoftext|>` begins and ends
// sequences; text that contains it literally is encoded as plain text, as GPT-2's encoder does.
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "text/tokenizer.h"

namespace ef {

struct BpeVocabulary {
  std::vector<std::string> tokens;  // id -> token in byte-to-unicode form ("Ġthe")
  std::vector<std::pair<std::string, std::string>> merges;  // in rank order
  std::string source;  // where it was read from, for errors ("DIR/vocab.json")
};

class BpeTokenizer : public Tokenizer {
 public:
  // Throws std::invalid_argument naming vocab.source when a byte has no token, a merge names a
  // token the vocabulary lacks, or `<|endoftext|>` is missing.
  BpeTokenizer(BpeVocabulary vocab, const std::string& separator);
  ~BpeTokenizer() override;

  const char* kind() const override { return "bpe"; }
  int vocabSize() const override { return static_cast<int>(vocab_.tokens.size()); }
  int bos() const override { return end_of_text_; }
  int eos() const override { return end_of_text_; }
  std::vector<int> encode(const std::string& text) const override;
  // Ids past the vocabulary (a padded model vocabulary) decode to U+FFFD.
  std::string decode(const std::vector<int>& ids) const override;
  std::string decodeToken(int id) const override;
  std::string signature() const override;  // "bpe:" + SHA-256 of tokens and merges

  const BpeVocabulary& vocabulary() const { return vocab_; }
  // GPT-2's map of the 256 byte values to code points (printable ones stand for themselves).
  static const std::vector<std::uint32_t>& byteToUnicode();

 private:
  void encodePiece(const char* begin, std::size_t length, std::vector<int>& out) const;
  std::vector<int> mergePiece(const std::string& piece) const;

  BpeVocabulary vocab_;
  int end_of_text_ = -1;
  int byte_token_[256] = {};
  std::vector<std::string> token_bytes_;  // id -> the bytes it decodes to
  // (left id << 32 | right id) -> (rank << 32 | merged id)
  std::unordered_map<std::uint64_t, std::uint64_t> merge_;
  struct Pattern;
  std::unique_ptr<Pattern> pattern_;
  mutable std::mutex cache_mutex_;
  mutable std::unordered_map<std::string, std::vector<int>> cache_;  // piece -> ids
};

}  // namespace ef
