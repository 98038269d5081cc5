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
  // The loss of the pairs `idx` with the policy's current weights, differentiable (tests compare
  // its gradient with the DPO and NLL gradients).
  torch::Tensor loss(const std::vector<std::size_t>& idx);

 private:
  std::vector<std::size_t> batchIndices(std::int64_t step) const;
  // Summed completion log-probabilities of chosen and rejected for the given pairs, [n] each.
  std::pair<torch::Tensor, torch::Tensor> logProbs(Gpt& model, const std::vector<std::size_t>& idx);
  struct Terms {
    torch::Tensor loss, chosen_reward, rejected_reward, margin, chosen_nll;
  };
  Terms terms(const std::vector<std::size_t>& idx);

  Gpt policy_;
  DpoConfig cfg_;
  std::vector<DpoPair> pairs_;
  std::uint64_t seed_;
  double nll_weight_;
  torch::Tensor chosen_tokens_;              // [num pairs] loss tokens of each chosen completion
  torch::Tensor ref_chosen_, ref_rejected_;  // [num pairs]
  std::unique_ptr<torch::optim::AdamW> opt_;
  std::int64_t steps_done_ = 0;
};

}  // namespace ef
