// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Private (LibTorch) header: the decoder-only GPT and its KV cache. Only core .cpp files and the
// *_checks.cpp test helpers include this; Qt translation units never do.
//
// Architecture: token + learned position embeddings (or rotary embeddings on queries and keys,
// GptConfig::rotary), pre-LayerNorm blocks (causal self-attention
// with a fused QKV projection, GELU MLP of width 4*d_model), final LayerNorm, output head
// tied to the token embedding; GptConfig's architecture choices give GPT-2's variants (tanh GELU,
// LayerNorm epsilon, biases, an untied head, a position table longer than the context).
// Precision::BF16 runs every matmul in bfloat16 on fp32 master weights; LayerNorm, softmax
// statistics, the residual stream and the loss stay fp32.
#include <torch/nn/module.h>
#include <torch/nn/modules/dropout.h>
#include <torch/nn/modules/embedding.h>
#include <torch/nn/modules/linear.h>
#include <torch/nn/modules/normalization.h>

#include <unordered_map>
#include <vector>

#include "model/fast_decoder.h"
#include "model/fast_trainer.h"
#include "model/gpt_config.h"

namespace ef {

// Preallocated per-layer keys and values for incremental decoding. Slots are shared by all rows;
// a row may leave slots unused (left padding), recorded in key_valid. Positions are per row.
struct KvCache {
  std::vector<torch::Tensor> k, v;  // per layer [B, H, capacity, Dh], compute dtype
  torch::Tensor key_valid;          // [B, capacity] bool
  torch::Tensor next_pos;           // [B] int64: position id of the row's next token
  std::int64_t length = 0;          // slots written so far
  std::int64_t capacity = 0;

  std::int64_t batch() const { return key_valid.size(0); }
  // Row r of the result is row r / times of this cache (shared prompt prefix expanded K times).
  KvCache repeatRows(std::int64_t times) const;
  // Keep only the given rows (int64 index tensor), e.g. to drop finished samples.
  KvCache selectRows(const torch::Tensor& rows) const;
};

class GptImpl : public torch::nn::Module {
 public:
  explicit GptImpl(const GptConfig& cfg);

  const GptConfig& config() const { return cfg_; }
  void setPrecision(Precision p) { precision_ = p; }
  Precision precision() const { return precision_; }

  // Full causal forward over idx [B, T] with positions 0..T-1; returns logits [B, T, vocab] (fp32).
  torch::Tensor forward(const torch::Tensor& idx);

  // Appends idx [B, Tn] to the cache and returns their logits [B, Tn, vocab]. valid [B, Tn] marks
  // real tokens (false = left padding: it takes a slot but no position and is never attended to).
  torch::Tensor forwardCached(const torch::Tensor& idx, const torch::Tensor& valid, KvCache& cache);

  KvCache makeCache(std::int64_t batch, std::int64_t capacity) const;
  torch::ScalarType computeDtype() const;
  torch::Device device() const { return wte_->weight.device(); }

  // The weights as the CPU fast path reads them (model/fast_decoder.h): pointers into this model's
  // parameters, valid until they change. Requires fp32 parameters on the CPU.
  FastWeights fastWeights() const;
  // The fast path computes what forwardCached computes here: fp32 on the CPU, without dropout.
  bool fastPathApplies() const;
  // The parameters' gradients as the fast training path adds to them (model/fast_trainer.h):
  // every gradient is made to exist (zeros where it did not) and its storage handed out.
  FastGrads fastGrads();
  // The fast training path can compute this model's gradient: fp32 on the CPU, no dropout.
  bool fastTrainingCapable() const;
  // Training uses it: capable, unless EIGHTFOLD_ENGINE=libtorch asks for LibTorch's autograd
  // (docs/engine.md, "Training"; bench measures both).
  bool fastTrainingApplies() const;

  // Drops the gradients (cheaper than zeroing: the next backward writes them fresh).
  void clearGradients();

  // Parameters that take weight decay (matrices) and those that do not (biases, LayerNorm).
  std::vector<torch::Tensor> decayParameters() const;
  std::vector<torch::Tensor> noDecayParameters() const;

 private:
  struct Layer {
    torch::nn::LayerNorm ln1{nullptr}, ln2{nullptr};
    torch::nn::Linear qkv{nullptr}, proj{nullptr}, fc{nullptr}, fc_out{nullptr};
  };
  // Weight in compute dtype; under no-grad in bf16 the cast is cached until the weight changes.
  torch::Tensor castWeight(const torch::Tensor& w);
  torch::Tensor linear(const torch::Tensor& x, const torch::nn::Linear& l);
  // One pre-LN block. Without a cache: causal attention over x. With a cache: keys and values of x
  // are written at slots [cache->length, +Tn) of layer `index`, and queries attend with the
  // additive `bias` (0 or -inf, [B,1,Tn,slots]).
  torch::Tensor block(const torch::Tensor& x, Layer& layer, std::size_t index, KvCache* cache,
                      const torch::Tensor& bias, const torch::Tensor& pos);
  torch::Tensor attendCausal(const torch::Tensor& q, const torch::Tensor& k,
                             const torch::Tensor& v);
  torch::Tensor attendCached(const torch::Tensor& q, const torch::Tensor& k, const torch::Tensor& v,
                             const torch::Tensor& bias);
  torch::Tensor dropout(const torch::Tensor& x);
  // Rotates the (even, odd) halves of q or k [B,H,T,Dh] by their positions pos ([T] or [B,T]).
  torch::Tensor rotate(const torch::Tensor& x, const torch::Tensor& pos) const;
  torch::Tensor embed(const torch::Tensor& idx, const torch::Tensor& pos);
  torch::Tensor head(const torch::Tensor& x);
  torch::nn::LayerNorm layerNorm(std::int64_t d) const;
  torch::nn::Linear linearLayer(std::int64_t in, std::int64_t out) const;

  GptConfig cfg_;
  Precision precision_ = Precision::FP32;
  torch::nn::Embedding wte_{nullptr}, wpe_{nullptr};
  std::vector<Layer> layers_;
  torch::nn::LayerNorm ln_f_{nullptr};
  torch::nn::Linear lm_head_{nullptr};  // only without a tied head
  torch::nn::Dropout drop_{nullptr};
  torch::Tensor causal_bias_;  // [context, context]: 0 on and below the diagonal, -inf above
  torch::Tensor rope_cos_, rope_sin_;  // [context, Dh/2] when rotary
  struct CastEntry {
    std::int64_t version;
    torch::Tensor value;
  };
  std::unordered_map<const void*, CastEntry> cast_cache_;
};
TORCH_MODULE(Gpt);

// A fresh model with the weights, device and precision of src.
Gpt cloneModel(Gpt& src);

// Sum of per-token log-probabilities of targets under logits, masked: logits [B,T,V],
// targets [B,T] int64, mask [B,T] (float or bool). Returns [B] (fp32).
torch::Tensor sequenceLogProbs(const torch::Tensor& logits, const torch::Tensor& targets,
                               const torch::Tensor& mask);

}  // namespace ef
