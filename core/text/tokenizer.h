// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What a model's vocabulary is to the rest of core (docs/models.md, "Tokenizers"): text to ids and
// back, the ids that begin and end a sequence, and the step separator.
//
// Two kinds implement it: CharTokenizer (the task's symbols, text/char_tokenizer.h) and
// BpeTokenizer (GPT-2's byte-level BPE, text/bpe_tokenizer.h); text/tokenizer_files.h picks one
// for a run and reads and writes their files.
//
// Step boundaries are token boundaries: encodeSteps() encodes a solution one step (text up to and
// including a separator) at a time, so a rollout prefix cut after step i is exactly the first
// tokens of the whole solution, even where BPE would merge the separator with its neighbours.
#include <string>
#include <vector>

namespace ef {

class Tokenizer {
 public:
  explicit Tokenizer(std::string separator) : separator_(std::move(separator)) {}
  virtual ~Tokenizer() = default;

  virtual const char* kind() const = 0;  // "chars" | "bpe"
  virtual int vocabSize() const = 0;
  virtual int bos() const = 0;  // starts every prompt
  virtual int eos() const = 0;  // ends every solution; sampling stops at it
  virtual std::vector<int> encode(const std::string& text) const = 0;
  // Special tokens decode to nothing (except UNK of the character tokenizer: U+FFFD).
  virtual std::string decode(const std::vector<int>& ids) const = 0;
  virtual std::string decodeToken(int id) const = 0;
  // Identifies the vocabulary: stored in checkpoints and compared on load.
  virtual std::string signature() const = 0;

  const std::string& separator() const { return separator_; }
  // encode() of each step (the text up to and including each separator, then the rest), joined.
  std::vector<int> encodeSteps(const std::string& text) const;

 private:
  std::string separator_;
};

}  // namespace ef
