// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Private (LibTorch) header: Monte-Carlo per-step credit on the negatives (docs/method.md,
// "Per-step credit"): Q and advantage of every explored step, the first pit, and the successful
// rollouts that per-step pairs are built from.
#include <cmath>
#include <cstdint>
#include <optional>
#include <vector>

#include "experiment/pipeline/credited_sample.h"
#include "experiment/pipeline/self_samples.h"
#include "rollout/pair_builder.h"

namespace ef {

struct CreditStats {
  int negatives = 0;
  int with_pit = 0;
  std::int64_t rollouts = 0;
  double rollouts_per_negative = 0;
  double mean_pit_step = 0;  // over negatives with a pit (1-based)
  std::int64_t generated_tokens = 0;
  double seconds = 0;       // inside the rollout engine (its generation)
  double wall_seconds = 0;  // the whole stage: searches, bookkeeping, the store's writes
  int positives_analysed = 0;
  int spurious_steps = 0;  // steps of positives with A <= 0
  // Mean A over the steps of analysed positives that the task labels spurious
  // (Task::spuriousSteps) and over their other steps, the final answer step left out (its A only
  // says the computation before it was right); NaN when there is none. The paper: spurious ≈ 0.
  double spurious_advantage = NAN, other_advantage = NAN;
  int labelled_spurious = 0, labelled_other = 0;  // how many steps each mean is over
  // Negatives whose first pit is the step a task's shortcut writes (Problem::shortcut_step: the
  // wrong hint copied), and how many negatives are on problems where the shortcut fails.
  int shortcut_pits = 0, on_shortcut_problems = 0;
};

struct Credit {
  std::vector<NegativeSample> negatives;  // every analysed negative, with its pit if it has one
  std::vector<CreditedSample> samples;    // the negatives, then the analysed positives
  CreditStats stats;
};

// Runs the pit searches of all kept negatives in batched rounds, stores per-step Q / A / pit and a
// capped number of rollout texts, and returns the negatives as the pair builders need them. Its
// metrics are recorded at `at_step`, the optimizer step of the model analysed (as sampleSelf).
Credit assignCredit(Gpt& model, const TaskData& data, const std::vector<Problem>& train,
                    const SelfSamples& samples, const AdvantageConfig& cfg, Recorder& rec,
                    const CancelToken& cancel, std::uint64_t seed, std::int64_t at_step = 0);

}  // namespace ef
