#pragma once
// The DPO section of a run config (DPO and per-step DPO share it; docs/method.md, "DPO").
#include "train/training_config.h"

namespace ef {

struct DpoConfig {
  double beta = 0.1;
  // Cap on passes over the pairs (0 = none): training stops after
  // min(steps, ceil(max_epochs * pairs / batch_size)) steps, so that a cell with few negatives is
  // not trained for hundreds of epochs on them (Self-Explore trains DPO for 3 epochs).
  double max_epochs = 3.0;
  TrainingConfig train{300, 32,  5e-5, 5e-6,
                       10,  0.0, 1.0,  100};  // optimisation (same keys as "sft")
};

FieldList<DpoConfig> dpoConfigFields();

}  // namespace ef
