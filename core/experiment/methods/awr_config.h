// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Advantage-weighted per-step RL (docs/method.md, "Advantage-weighted RL"): maximise
// Σ_i w_i · log π(ŷ_i | x, ŷ_<i) over the analysed self-samples, w_i = exp(A_i / β), from π_sft.
#include <string>

#include "train/training_config.h"

namespace ef {

struct AwrConfig {
  double beta = 0.5;               // temperature of the weights exp(A / β)
  std::string normalize = "mean";  // mean: weights divided by their mean over all steps | none
  double max_weight = 5.0;         // weights are clipped to at most this (after normalising)
  TrainingConfig train = TrainingConfig::with(  // optimisation (same keys as "sft")
      [](TrainingConfig& t) {
        t.steps = 200;
        t.batch_size = 64;
        t.lr = 3e-4;
        t.min_lr = 3e-5;
        t.warmup_steps = 10;
        t.weight_decay = 0.0;
        t.eval_every = 0;
      });
};

FieldList<AwrConfig> awrConfigFields();

}  // namespace ef
