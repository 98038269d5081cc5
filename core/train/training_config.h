#pragma once
// Optimisation settings of a training stage: the keys "sft", "rft" and "dpo" share.
#include "util/field_table.h"

namespace ef {

struct TrainingConfig {
  int steps = 1000;  // optimizer steps
  int batch_size = 32;
  double lr = 3e-4;
  double min_lr = 1e-5;  // cosine decays from lr to min_lr after warmup
  int warmup_steps = 50;
  double weight_decay = 0.01;
  double grad_clip = 1.0;  // global L2 norm; 0 disables
  int eval_every = 200;    // steps between evaluations (and checkpoints); 0 = only at the end
};

FieldList<TrainingConfig> trainingConfigFields();

}  // namespace ef
