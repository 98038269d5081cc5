// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The CPU fast path for training (docs/engine.md, "The fast path"): the GPT's forward over whole
// sequences and its backward written by hand (model/fast_panels.h, BLAS for the weight
// gradients), for the next-token loss that SFT, RFT, AWR and the SFT controls train on. It computes
// what LibTorch's autograd computes for summedLanguageModelLoss(model->forward(input), target,
// weight) * scale and adds the gradient to the parameters' gradient storage (FastGrads); the
// optimizer step stays LibTorch's. fp32, no dropout. Activations are kept in members between the
// forward and the backward of one call.
#include <cstdint>
#include <vector>

#include "model/fast_decoder.h"
#include "model/fast_panels.h"

namespace ef {

// Where the gradient goes: pointers into the parameters' .grad storage, laid out as FastWeights.
struct FastGrads {
  struct Layer {
    float *ln1_w = nullptr, *ln1_b = nullptr;
    float *qkv_w = nullptr, *qkv_b = nullptr;
    float *proj_w = nullptr, *proj_b = nullptr;
    float *ln2_w = nullptr, *ln2_b = nullptr;
    float *fc_w = nullptr, *fc_b = nullptr;
    float *out_w = nullptr, *out_b = nullptr;
  };
  float* wte = nullptr;
  float* wpe = nullptr;
  std::vector<Layer> layers;
  float *lnf_w = nullptr, *lnf_b = nullptr;
  float* head = nullptr;  // == wte when the head is tied
};

class FastLanguageModelGrad {
 public:
  explicit FastLanguageModelGrad(const FastWeights& w) : w_(w) {}
  // The model's weights again (they are pointers: a fresh FastWeights after the model moved).
  void setWeights(const FastWeights& w) { w_ = w; }

  // One forward and backward over `rows` sequences of `cols` tokens each (row-major): input ids,
  // target ids (-100: no loss at that position) and, when not null, each target's loss weight.
  // Returns scale * Σ weight · cross-entropy and adds its gradient to g.
  double step(const std::int64_t* input, const std::int64_t* target, const float* weight, int rows,
              int cols, double scale, const FastGrads& g);

  // The two halves of a step whose loss is a function of whole sequences' log-probabilities
  // (DPO, RPO: train/dpo_trainer.cpp). rowLogProbs runs the forward and returns each row's
  // Σ log p(target) over its positions with a target; backwardRowLogProbs, called next on the same
  // batch, adds the gradient of Σ_r coef[r] · logp_r to g. Each row's sum is taken in position
  // order, so the values do not depend on the thread count.
  std::vector<double> rowLogProbs(const std::int64_t* input, const std::int64_t* target, int rows,
                                  int cols);
  void backwardRowLogProbs(const std::int64_t* input, const std::vector<double>& coef,
                           const FastGrads& g);

 private:
  struct LayerActs {
    std::vector<float> x_in, ln1, ln1_mean, ln1_rstd, qkv, att, y, x_mid, ln2, ln2_mean, ln2_rstd,
        fc_pre, fc_act;
  };
  void setShape(int rows, int cols);
  void forward(const std::int64_t* input);
  double lossGrad(const std::int64_t* target, const float* weight, double scale,
                  double* token_loss = nullptr);
  void backward(const std::int64_t* input, const FastGrads& g);
  void attentionForward(LayerActs& a);
  void attentionBackward(LayerActs& a, const std::vector<float>& dy, std::vector<float>& dqkv);
  void rotateAll(float* qkv, bool inverse, bool keys_too) const;

  // A layer's linear weights in panels (model/fast_panels.h): transposed for the forward,
  // packed again as they are for the backward's input gradients. Packed once per call.
  struct Packed {
    fast::Panels qkv, proj, fc, out;
  };
  void pack(bool transposed);

  FastWeights w_;
  std::vector<Packed> packed_;
  fast::Panels head_;
  int B_ = 0, T_ = 0, N_ = 0;
  std::vector<LayerActs> acts_;
  std::vector<float> x_final_, lnf_, lnf_mean_, lnf_rstd_, probs_;
  std::vector<double> token_loss_;  // rowLogProbs' per-position losses
  std::vector<float> dlnf_, dx_, dm_, dh_, dy_,
      dqkv_;  // the backward's buffers, kept between steps
};

}  // namespace ef
