// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Private (LibTorch) header: DPO and per-step DPO from π_sft against the frozen π_sft
// (docs/method.md, "DPO"); the five pair kinds differ only in the pairs.
#include <cstdint>
#include <vector>

#include "experiment/pipeline/self_samples.h"
#include "experiment/pipeline/supervised_training.h"
#include "rollout/pair_builder.h"
#include "train/dpo_config.h"

namespace ef {

// The problems in the form the pair builders take; `credited` (may be empty) carries the analysed
// negatives with their pits, otherwise the self-samples' negatives are used without credit.
std::vector<ProblemPairs> pairInputs(const std::vector<Problem>& train, const SelfSamples& samples,
                                     const std::vector<NegativeSample>& credited,
                                     const PairsConfig& cfg);

struct PreferenceOutcome {
  EvalOutcome eval;
  int pairs = 0;  // pairs trained on (those that fit the context)
  int steps = 0;  // optimizer steps run: dpo.steps, or fewer (dpo.max_epochs, patience)
  double final_margin = 0;
  double final_accuracy = 0;
};

struct PreferenceOptions {
  double nll_weight = 0.0;      // RPO's α (0 = DPO)
  std::int64_t first_step = 0;  // metrics are recorded from step first_step + 1 on (rounds)
  bool test = true;             // end with the test evaluation (false: validation only)
};

// DPO (RPO when nll_weight > 0) of `policy` with the settings `dpo`, trained in place, against the
// frozen `reference`, its metrics recorded under `stage`; the model it ends with is chosen by
// dpo.train.select (experiment/pipeline/model_selection.h). Pairs are stored under env.rec's run.
// Without a pair to train on (a memorised training set leaves no negatives) the policy is kept as
// it is, 0 steps.
PreferenceOutcome trainPreferences(Gpt& policy, Gpt& reference,
                                   const std::vector<PreferencePair>& pairs, const DpoConfig& dpo,
                                   const std::string& stage, const TrainingEnv& env,
                                   const PreferenceOptions& opt = {});

}  // namespace ef
