// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Character-level (symbol-level) tokenizer built from a task's alphabet (docs/method.md,
// "Tokenizer").
//
// Ids 0..3 are the specials PAD, BOS, EOS, UNK; the task's symbols follow in the order given.
// Encoding matches the longest symbol first (star-graph node labels like "32" are one token);
// a byte that starts no symbol becomes UNK. The step separator is an ordinary symbol whose id is
// exposed.
#include <string>
#include <vector>

#include "text/tokenizer.h"

namespace ef {

class CharTokenizer : public Tokenizer {
 public:
  static constexpr int kPad = 0;
  static constexpr int kBos = 1;
  static constexpr int kEos = 2;
  static constexpr int kUnk = 3;
  static constexpr int kNumSpecial = 4;

  CharTokenizer(const std::vector<std::string>& symbols, const std::string& separator);

  const char* kind() const override { return "chars"; }
  int vocabSize() const override { return static_cast<int>(symbols_.size()) + kNumSpecial; }
  int bos() const override { return kBos; }
  int eos() const override { return kEos; }
  std::vector<int> encode(const std::string& text) const override;
  std::string decode(const std::vector<int>& ids) const override;
  std::string decodeToken(int id) const override;
  std::string signature() const override;  // the symbols joined by \x1f

  int separatorId() const { return sep_id_; }
  const std::vector<std::string>& symbols() const { return symbols_; }

 private:
  std::vector<std::string> symbols_;
  // first byte -> symbol ids starting with it, longest symbol first
  std::vector<std::vector<int>> by_first_byte_;
  int sep_id_ = -1;
};

}  // namespace ef
