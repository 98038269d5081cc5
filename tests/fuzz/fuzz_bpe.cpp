// SPDX-License-Identifier: GPL-3.0-or-later
// GPT-2's byte-level BPE (text/bpe_tokenizer.h) with the real GPT-2 vocabulary (the test
// fixture) on arbitrary bytes: encoding never fails, every id is in the vocabulary, and decoding
// gives the input back byte for byte (valid UTF-8 or not: byte-level BPE covers every byte).
#include <cstdint>
#include <memory>

#include "fuzz_input.h"
#include "text/tokenizer_files.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const std::unique_ptr<ef::Tokenizer> tok =
      ef::readTokenizer(ef::fuzz::testData() + "/gpt2/tokenizer", "\n");
  const std::string text(reinterpret_cast<const char*>(data), size);
  const std::vector<int> ids = tok->encode(text);
  for (const int id : ids)
    if (id < 0 || id >= tok->vocabSize()) __builtin_trap();
  if (tok->decode(ids) != text) __builtin_trap();
  return 0;
}
