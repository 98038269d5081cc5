// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `eightfold-cli model DIR`: does a model folder load, what is in it, how long does loading take
// and how much memory, and what does it write after a prompt (docs/models.md, "Model folders").
// Torch-free facade.
#include <cstdint>
#include <string>
#include <vector>

#include "model/gpt_config.h"

namespace ef {

struct ModelProbe {
  GptConfig model;        // context = the folder's n_positions
  std::string tokenizer;  // "chars" | "bpe"
  int tokenizer_vocab = 0;
  std::string weights_dtype;  // of the first tensor in model.safetensors
  double load_s = 0;          // config, tokenizer and weights into the model
  double rss_before_mib = 0, peak_rss_mib = 0;
  std::vector<int> prompt_ids;  // BOS + the prompt's tokens
  std::vector<int> generated;   // greedy continuation
  std::string continuation;     // decoded
  double generate_s = 0;
};

// Loads DIR on `device` (auto | cpu | cuda | cuda:N; bf16 on CUDA, fp32 on CPUs) and greedily
// continues `prompt` by up to `new_tokens` tokens (stopping at the tokenizer's end token). Throws
// ModelFolderError, SafetensorsError or std::runtime_error naming the file at fault.
ModelProbe probeModelFolder(const std::string& dir, const std::string& prompt, int new_tokens,
                            const std::string& device);

}  // namespace ef
