// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Tokenizer files in a model folder (docs/models.md, "Tokenizers"):
//   vocab.json + merges.txt          GPT-2 byte-level BPE, Hugging Face names
//   encoder.json + vocab.bpe         the same, OpenAI's names
//   eightfold_tokenizer.json         a character-level tokenizer: {"kind": "chars", "symbols":
//   [..]}
// Errors are std::runtime_error naming the file (and line) at fault.
#include <memory>
#include <string>

#include "text/tokenizer.h"

namespace ef {

// The tokenizer the folder describes, splitting steps at `separator`.
std::unique_ptr<Tokenizer> readTokenizer(const std::string& dir, const std::string& separator);
// Writes the tokenizer's files into `dir` (BPE: vocab.json + merges.txt; characters:
// eightfold_tokenizer.json), so that readTokenizer gives the same ids back.
void writeTokenizer(const Tokenizer& tok, const std::string& dir);

}  // namespace ef
