#pragma once
// Private (LibTorch) header: Monte-Carlo per-step credit on the negatives (docs/method.md,
// "Per-step credit"): Q and advantage of every explored step, the first pit, and the successful
// rollouts that per-step pairs are built from.
#include <cstdint>
#include <vector>

#include "experiment/self_samples.h"
#include "rollout/pair_builder.h"

namespace ef {

struct CreditStats {
  int negatives = 0;
  int with_pit = 0;
  std::int64_t rollouts = 0;
  double rollouts_per_negative = 0;
  double mean_pit_step = 0;  // over negatives with a pit (1-based)
  std::int64_t generated_tokens = 0;
  double seconds = 0;
  int positives_analysed = 0;
  int spurious_steps = 0;  // steps of positives with A <= 0
};

struct Credit {
  std::vector<NegativeSample> negatives;  // every analysed negative, with its pit if it has one
  CreditStats stats;
};

// Runs the pit searches of all kept negatives in batched rounds, stores per-step Q / A / pit and a
// capped number of rollout texts, and returns the negatives as the pair builders need them.
Credit assignCredit(Gpt& model, const TaskData& data, const std::vector<Problem>& train,
                    const SelfSamples& samples, const AdvantageConfig& cfg, Recorder& rec,
                    const CancelToken& cancel, std::uint64_t seed);

}  // namespace ef
