// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shape of the decoder-only transformer (torch-free, used by facades and the store).
#include <cstdint>
#include <string>

namespace ef {

struct GptConfig {
  int vocab = 0;
  int context = 64;  // maximum positions
  int layers = 2;
  int d_model = 64;
  int heads = 4;
  double dropout = 0.0;
  bool rotary = false;  // rotary position embeddings (RoPE) instead of learned absolute ones
  // What GPT-2 checkpoints need (docs/models.md, "Architecture choices"); the defaults are the
  // scratch model's.
  bool gelu_tanh = false;  // GELU's tanh approximation (GPT-2's "gelu_new") instead of erf
  double ln_eps = 1e-5;    // LayerNorm epsilon
  bool bias = true;        // biases in the attention and MLP projections
  bool tied_head = true;   // output matrix = token embedding (else its own lm_head)
  int positions = 0;       // rows of the learned position table (0 = context; GPT-2: n_positions)

  int positionRows() const { return positions > 0 ? positions : context; }

  std::int64_t parameterCount() const;
  // Training FLOPs per token (forward + backward): 6N + 12 * layers * d_model * seq_len.
  double trainFlopsPerToken(int seq_len) const;
  std::string describe() const;  // "4 layers, d_model 256, 4 heads, context 128, 3.2M parameters"
};

enum class Precision { FP32, BF16 };
const char* precisionName(Precision p);

}  // namespace ef
