// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Private (LibTorch) header: batched autoregressive sampling with the KV cache.
//
// Prompts of different lengths share one batch (left padding). Each prompt can be expanded into
// num_samples rows after its prefix has been computed once in the cache (pass@k, Monte-Carlo
// rollouts). Rows stop at EOS, at max_new_tokens or at the model context; finished rows are
// dropped from the batch as it runs. temperature == 0 is greedy decoding.
#include <ATen/core/Generator.h>

#include <cstddef>
#include <cstdint>
#include <vector>

#include "model/gpt_impl.h"
#include "util/observer.h"

namespace ef {

// Which implementation computes the forward passes of cached sampling: LibTorch's ops, or the CPU
// fast path (model/fast_decoder.h). Auto picks the fast path wherever it applies (an fp32 model on
// the CPU) and LibTorch elsewhere (GPUs, bf16); the environment variable EIGHTFOLD_ENGINE=libtorch
// or =fast overrides Auto for a whole process (docs/engine.md).
enum class InferenceEngine { Auto, LibTorch, Fast };

struct SampleOptions {
  double temperature = 0.0;
  int top_k = 0;            // 0 = off
  int max_new_tokens = 64;  // per row, also bounded by the context
  int num_samples = 1;      // rows per prompt (shared prefix, expanded in the cache)
  int stop_token = -1;      // the tokenizer's eos() (-1: never stop early)
  bool use_cache = true;    // false: recompute the whole sequence per token (benchmark baseline;
                            // requires prompts of equal length)
  const CancelToken* cancel = nullptr;  // checked before every token: throws Cancelled
  InferenceEngine engine = InferenceEngine::Auto;
  // The KV cache the CPU fast path holds at once (docs/architecture.md, "Memory"): a batch that
  // needs more is decoded in groups of whole prompts, one after the other (the random numbers
  // then go to the rows in another order; greedy decoding is the same).
  std::size_t fast_cache_bytes = std::size_t{32} << 20;
};

struct SampleResult {
  // Row p * num_samples + s holds sample s of prompt p: generated tokens, stop token excluded.
  std::vector<std::vector<int>> tokens;
  std::vector<bool> stopped;   // ended with the stop token (false: ran out of budget)
  std::int64_t generated = 0;  // tokens produced, all rows (stop tokens included)
};

SampleResult generate(Gpt& model, const std::vector<std::vector<int>>& prompts,
                      const SampleOptions& opt, at::Generator& gen);

// The engine that generate() runs for these options on this model.
InferenceEngine chooseEngine(Gpt& model, const SampleOptions& opt);
const char* engineName(InferenceEngine e);

// Picks the next token per row from logits [B, V] (fp32): greedy when temperature == 0, otherwise
// softmax(logits / T) restricted to the top_k, drawn by inverse CDF from uniforms of `gen` (a CPU
// generator, so results do not depend on the device's RNG).
torch::Tensor pickTokens(const torch::Tensor& logits, double temperature, int top_k,
                         at::Generator& gen);

}  // namespace ef
