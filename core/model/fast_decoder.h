// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The CPU fast path for inference (docs/engine.md, "The fast path"): the GPT's forward with a KV
// cache, its products against weights packed once (model/fast_panels.h) and the element-wise work
// (LayerNorm, GELU, rotary positions, attention over the cache, bias and residual adds) fused
// into plain loops. No autograd, no dispatcher and no temporary tensors per op: at the
// experiments' scale (0.1M-1M parameters) LibTorch spends most of a decoding step dispatching,
// not computing.
//
// fp32 only; the same architecture choices as GptImpl (model/gpt_impl.h). Rows are ragged: each
// cache row has its own length, so prompts need no padding and finished rows simply stop being
// listed. FastWeights points at the model's own parameter storage; a decoder is valid only while
// those parameters are neither changed nor freed.
#include <cstdint>
#include <vector>

#include "model/fast_panels.h"
#include "model/gpt_config.h"

namespace ef {

struct FastWeights {
  struct Layer {
    // Linear weights are [out, in] row-major, as LibTorch stores them; biases nullptr without bias.
    const float *ln1_w = nullptr, *ln1_b = nullptr;
    const float *qkv_w = nullptr, *qkv_b = nullptr;
    const float *proj_w = nullptr, *proj_b = nullptr;
    const float *ln2_w = nullptr, *ln2_b = nullptr;
    const float *fc_w = nullptr, *fc_b = nullptr;
    const float *out_w = nullptr, *out_b = nullptr;
  };
  GptConfig cfg;
  const float* wte = nullptr;       // [vocab, d]
  const float* wpe = nullptr;       // [positionRows, d]; nullptr with rotary positions
  const float* rope_cos = nullptr;  // [context, head_dim / 2] with rotary positions
  const float* rope_sin = nullptr;
  std::vector<Layer> layers;
  const float *lnf_w = nullptr, *lnf_b = nullptr;
  const float* head = nullptr;  // [vocab, d]: wte when the head is tied
};

class FastDecoder {
 public:
  // A cache of `rows` rows with `capacity` token slots each.
  FastDecoder(const FastWeights& w, int rows, int capacity);

  int rows() const { return rows_; }
  int capacity() const { return capacity_; }
  int length(int row) const { return length_.at(row); }

  // Appends tokens[i] to cache row rows[i] (a row appears at most once) and writes the logits of
  // every row's last new token to `logits` ([rows.size() x vocab]); with all_positions, the logits
  // of every new token instead, row after row. Throws std::invalid_argument when a row would pass
  // its capacity or the model context.
  void append(const std::vector<int>& rows, const std::vector<std::vector<int>>& tokens,
              std::vector<float>& logits, bool all_positions = false);
  // One token per listed row: the decoding step.
  void step(const std::vector<int>& rows, const std::vector<int>& tokens,
            std::vector<float>& logits);
  // Row `to` continues from row `from`'s cache (a shared prefix computed once).
  void copyRow(int from, int to);

 private:
  void forward(const std::vector<int>& rows, const std::vector<std::vector<int>>& tokens,
               std::vector<float>& logits, bool all_positions);
  void embed(const std::vector<int>& rows, const std::vector<std::vector<int>>& tokens);
  void block(int layer);
  void attend(int layer);
  void head(const std::vector<int>& pick, std::vector<float>& logits);
  float* keyAt(int layer, int row, int slot);
  float* valueAt(int layer, int row, int slot);

  const FastWeights& w_;
  int rows_, capacity_;
  int d_, heads_, head_dim_;
  // Each layer's linear weights packed once (model/fast_panels.h).
  struct Packed {
    fast::Panels qkv, proj, fc, out;
  };
  std::vector<Packed> packed_;
  fast::Panels head_;
  std::vector<int> length_;                // slots written per row
  std::vector<std::vector<float>> k_, v_;  // per layer [rows, capacity, d]
  // Per forward: the new tokens' rows, slots and positions, the residual stream and scratch.
  std::vector<int> tok_row_, tok_slot_;
  std::vector<float> x_, h_, qkv_, y_, m_, scores_;
};

// EIGHTFOLD_ENGINE in the environment, read once: "libtorch" or "fast" forces that engine where
// the choice is automatic (docs/engine.md); anything else leaves the choice to Eightfold.
enum class EngineOverride { None, LibTorch, Fast };
EngineOverride engineOverride();

// Picks the next token of each of `n` rows from logits [n x vocab], as pickTokens does
// (rollout/sampler.h): greedy (the first maximum) when temperature == 0; otherwise softmax(logits /
// temperature) over the top_k, drawn by inverse CDF with the row's uniform u[i] in [0, 1).
void pickTokensFast(const float* logits, int n, int vocab, double temperature, int top_k,
                    const float* u, int* out);

}  // namespace ef
