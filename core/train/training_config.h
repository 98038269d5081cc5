// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Optimisation settings of a training stage: the keys "sft", "rft", "dpo" and "awr" share.
#include <cstddef>
#include <vector>

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
  // A budget in passes over the stage's data instead of `steps` (0 = use steps): the stage runs
  // ceil(epochs * examples / batch_size) steps, so every data size sees the same number of passes.
  double epochs = 0.0;
  // Which model the stage ends with (docs/method.md, "Model selection"): "last", or "best_valid",
  // the evaluated model with the lowest validation error (earliest on ties; the last step counts),
  // or "best_valid_first_step", the highest validation first-step accuracy (the star graph's
  // first node, which memorisation destroys).
  std::string select = "last";
  int patience =
      0;  // with best_valid: stop after this many evaluations without a new best; 0 = never
  // Rows (sequences, or pairs) per forward/backward pass: a step's batch is split into chunks of
  // this size and their gradients accumulated, which gives the same update with a fraction of the
  // activation memory (docs/architecture.md, "Memory"). 0 = the whole batch at once.
  int micro_batch_size = 0;
  // > 0: stop the stage at the first evaluation whose first-step accuracy reaches this (a
  // star-graph π_sft at a chosen competence; docs/method.md, "Model selection"). 0 = never.
  double stop_at_first_step = 0.0;
  // Whose first-step accuracy stop_at_first_step reads: "valid" (the validation split) or
  // "train" (the training probe, eval.train_problems of the training problems: memorisation).
  std::string stop_split = "valid";

  // Named construction for a section whose defaults differ from these (dpo_config.h): these
  // defaults, then `set` changes members by name, so a member added later shifts nothing.
  template <typename Set>
  static TrainingConfig with(Set set) {
    TrainingConfig t;
    set(t);
    return t;
  }
};

// The step's rows split into consecutive chunks of cfg.micro_batch_size (one chunk when it is 0
// or not smaller than the batch).
std::vector<std::vector<std::size_t>> microBatches(const std::vector<std::size_t>& rows,
                                                   int micro_batch_size);

FieldList<TrainingConfig> trainingConfigFields();

// The optimizer steps of a stage on `examples` training items (sequences or pairs): cfg.steps, or
// ceil(epochs * examples / batch_size), at least 1, when an epoch budget is set.
int stageSteps(const TrainingConfig& cfg, std::size_t examples);

}  // namespace ef
