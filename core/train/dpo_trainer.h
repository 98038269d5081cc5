// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Private (LibTorch) header: DPO and per-step DPO (docs/method.md, "DPO"). One trainer for both —
// the pairs differ, not the loss:
//   L = −log σ( β[(log π − log π_ref)(chosen) − (log π − log π_ref)(rejected)] )
// with log π(a|p) the sum of the completion's token log-probabilities (prompt masked) and π_ref the
// frozen π_sft, whose log-probabilities are computed once up front. RPO adds the chosen
// completion's mean token NLL with weight α (docs/method.md, "RPO"):
//   L_RPO = L_DPO − α · log π(chosen) / |chosen|
// which keeps the chosen likelihood from falling while the margin grows.
#include <cstdint>
#include <vector>

#include "train/dpo_config.h"
#include "model/gpt_impl.h"
#include "text/encoding.h"
#include "train/batching.h"
#include "train/sft_trainer.h"

namespace ef {

struct DpoPair {
  Example chosen;
  Example rejected;
};

struct DpoStepStats {
  std::int64_t step = 0;
  double loss = 0;
  double lr = 0;
  double grad_norm = 0;
  double chosen_reward = 0;    // mean β(log π − log π_ref) of the chosen completions
  double rejected_reward = 0;  // same for the rejected ones
  double margin = 0;           // mean chosen − rejected reward
  double accuracy = 0;         // fraction of pairs with a positive margin
  double chosen_nll = 0;       // mean token NLL of the chosen completions (RPO's extra term)
  std::int64_t tokens = 0;     // tokens of the batch's chosen and rejected sequences
};

class DpoTrainer {
 public:
  // policy is trained in place; reference is only read (log-probabilities computed here).
  // nll_weight: RPO's α (0 = plain DPO).
  DpoTrainer(Gpt policy, Gpt reference, const DpoConfig& cfg, std::vector<DpoPair> pairs,
             std::uint64_t seed, double nll_weight = 0.0);

  DpoStepStats step();  // throws TrainingDiverged on a non-finite loss
  std::int64_t stepsDone() const { return steps_done_; }
  void setStepsDone(std::int64_t s) { steps_done_ = s; }
  torch::optim::AdamW& optimizer() { return *opt_; }
  std::size_t pairCount() const { return pairs_.size(); }
  // Loss and mean margin over all pairs without updating (a check: log 2 and 0 when π = π_ref).
  std::pair<double, double> evaluateAll();
  // The loss of the pairs `idx` with the policy's current weights through LibTorch's autograd,
  // differentiable (tests compare its gradient with the DPO and NLL gradients, and with the fast
  // path's).
  torch::Tensor loss(const std::vector<std::size_t>& idx);

  // The per-pair values of a batch and its loss (doubles; the mean of the pairs' losses).
  struct Terms {
    double loss = 0;
    std::vector<double> chosen_reward, rejected_reward, margin, chosen_nll;
  };
  // Adds share × the gradient of the loss of pairs `idx` to the policy's gradients through the
  // engine step() uses — the CPU fast path (model/fast_trainer.h) where the policy allows it,
  // else LibTorch's autograd — and returns the terms (loss unscaled).
  Terms accumulateGradient(const std::vector<std::size_t>& idx, double share);

 private:
  std::vector<std::size_t> batchIndices(std::int64_t step) const;
  // The batch of pairs `idx`: chosen rows [0, n), rejected rows [n, 2n).
  Batch pairBatch(const std::vector<std::size_t>& idx, const at::Device& device) const;
  // Summed completion log-probabilities of chosen and rejected for the given pairs, [n] each.
  std::pair<torch::Tensor, torch::Tensor> logProbs(Gpt& model, const std::vector<std::size_t>& idx);
  // The same through the fast path (forward only; keeps what backwardRowLogProbs needs), 2n rows.
  std::vector<double> fastLogProbs(Gpt& model, const Batch& b);
  // Both halves' log-probabilities of pairs `idx` (no gradient), through the engine that applies.
  void pairLogProbs(Gpt& model, const std::vector<std::size_t>& idx, std::vector<double>& chosen,
                    std::vector<double>& rejected);
  torch::Tensor lossOf(const std::vector<std::size_t>& idx, const torch::Tensor& pc,
                       const torch::Tensor& pr) const;
  Terms autogradGradient(const std::vector<std::size_t>& idx, double share);
  Terms fastGradient(const std::vector<std::size_t>& idx, double share);
  // The terms from the pairs' policy log-probabilities; coef (when not null) receives
  // d(loss)/d(log π) of each row, chosen rows first.
  Terms termsOf(const std::vector<std::size_t>& idx, const std::vector<double>& chosen,
                const std::vector<double>& rejected, std::vector<double>* coef) const;

  Gpt policy_;
  DpoConfig cfg_;
  std::vector<DpoPair> pairs_;
  std::uint64_t seed_;
  double nll_weight_;
  std::vector<double> chosen_tokens_;              // loss tokens of each chosen completion (≥ 1)
  std::vector<double> ref_chosen_, ref_rejected_;  // log π_ref of each pair's completions
  std::unique_ptr<torch::optim::AdamW> opt_;
  std::unique_ptr<FastLanguageModelGrad> fast_;  // made when the fast path is first used
  std::int64_t steps_done_ = 0;
};

}  // namespace ef
