// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Private (LibTorch) header: supervised fine-tuning, the next-token loss on solution tokens only
// (docs/method.md, "SFT"), with AdamW, linear warmup + cosine decay and global-norm gradient
// clipping. The data order is a pure function of (seed, step), so a resumed run sees the same
// batches.
#include <torch/optim/adamw.h>

#include <cstdint>
#include <memory>
#include <stdexcept>
#include <vector>

#include "train/batching.h"
#include "train/training_config.h"
#include "model/gpt_impl.h"
#include "text/encoding.h"

namespace ef {

class TrainingDiverged : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct StepStats {
  std::int64_t step = 0;  // 1-based index of the step just taken
  double loss = 0.0;
  double lr = 0.0;
  double grad_norm = 0.0;
  std::int64_t tokens = 0;       // real input tokens in the batch
  std::int64_t loss_tokens = 0;  // tokens that carried loss
};

class SftTrainer {
 public:
  SftTrainer(Gpt model, const TrainingConfig& cfg, const std::vector<Example>& data,
             std::uint64_t seed);

  // One optimizer step. Throws TrainingDiverged on a NaN/Inf loss or gradient.
  StepStats step();
  std::int64_t stepsDone() const { return steps_done_; }
  void setStepsDone(std::int64_t s) { steps_done_ = s; }
  torch::optim::AdamW& optimizer() { return *opt_; }

  // Indices of the examples in batch number `step` (0-based).
  std::vector<std::size_t> batchIndices(std::int64_t step) const;

 private:
  const std::vector<std::size_t>& epochOrder(std::int64_t epoch) const;
  // The summed loss of the chunks (each divided by denom), its gradient accumulated, through
  // LibTorch's autograd or the CPU fast path (model/fast_trainer.h).
  double lossAndGradient(const std::vector<Batch>& chunks, double denom, std::int64_t step);

  Gpt model_;
  TrainingConfig cfg_;
  const std::vector<Example>& data_;
  std::uint64_t seed_;
  std::unique_ptr<torch::optim::AdamW> opt_;
  std::unique_ptr<FastLanguageModelGrad> fast_;  // made at the first step that uses it
  std::int64_t steps_done_ = 0;
  mutable std::int64_t cached_epoch_ = -1;
  mutable std::vector<std::size_t> cached_order_;
};

// AdamW (betas 0.9/0.95) with weight decay on the model's matrices only, at cfg.lr.
std::unique_ptr<torch::optim::AdamW> makeAdamW(Gpt& model, const TrainingConfig& cfg);

// Mean next-token cross-entropy over target positions != -100.
torch::Tensor languageModelLoss(const torch::Tensor& logits, const torch::Tensor& target);
// Σ weight · cross-entropy over target positions != -100, divided by their number (weights of 1
// give languageModelLoss).
torch::Tensor weightedLanguageModelLoss(const torch::Tensor& logits, const torch::Tensor& target,
                                        const torch::Tensor& weight);
// The numerator of either: Σ (weight ·) cross-entropy over target positions != -100, in float32
// (an undefined weight counts every position once). A step divides it by the batch's loss tokens,
// summed over its micro-batches.
torch::Tensor summedLanguageModelLoss(const torch::Tensor& logits, const torch::Tensor& target,
                                      const torch::Tensor& weight);

}  // namespace ef
