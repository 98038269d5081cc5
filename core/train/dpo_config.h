// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The DPO section of a run config (DPO and per-step DPO share it; docs/method.md, "DPO").
#include <cstddef>

#include "train/training_config.h"

namespace ef {

struct DpoConfig {
  double beta = 0.1;
  // Cap on passes over the pairs (0 = none): training stops after
  // min(steps, ceil(max_epochs * pairs / batch_size)) steps, so that a cell with few negatives is
  // not trained for hundreds of epochs on them (Self-Explore trains DPO for 3 epochs).
  double max_epochs = 3.0;
  // RPO's α: the weight of the chosen completion's mean token NLL in the RPO methods' loss (the
  // DPO methods ignore it; docs/method.md, "RPO").
  double rpo_alpha = 1.0;
  TrainingConfig train = TrainingConfig::with(  // optimisation (same keys as "sft")
      [](TrainingConfig& t) {
        t.steps = 300;
        t.batch_size = 32;
        t.lr = 5e-5;
        t.min_lr = 5e-6;
        t.warmup_steps = 10;
        t.weight_decay = 0.0;
        t.eval_every = 100;
      });
};

FieldList<DpoConfig> dpoConfigFields();

// Optimizer steps of a DPO stage on `pairs` pairs: dpo.steps, capped (when max_epochs > 0) at
// ceil(max_epochs * pairs / batch) steps, at least 1, where batch = min(batch_size, pairs) is what
// one step trains on; so max_epochs is the number of passes over the pairs.
int dpoSteps(const DpoConfig& cfg, std::size_t pairs);

}  // namespace ef
