// SPDX-License-Identifier: GPL-3.0-or-later
#include "train/training_config.h"

#include <algorithm>
#include <cmath>

namespace ef {

int stageSteps(const TrainingConfig& cfg, std::size_t examples) {
  if (cfg.epochs <= 0 || examples == 0) return cfg.steps;
  const double steps = std::ceil(cfg.epochs * static_cast<double>(examples) / cfg.batch_size);
  return static_cast<int>(std::clamp(steps, 1.0, 1e8));
}

std::vector<std::vector<std::size_t>> microBatches(const std::vector<std::size_t>& rows,
                                                   int micro_batch_size) {
  const std::size_t m = micro_batch_size > 0 ? static_cast<std::size_t>(micro_batch_size) : 0;
  if (m == 0 || m >= rows.size()) return {rows};
  std::vector<std::vector<std::size_t>> out;
  for (std::size_t b = 0; b < rows.size(); b += m)
    out.emplace_back(rows.begin() + static_cast<std::ptrdiff_t>(b),
                     rows.begin() + static_cast<std::ptrdiff_t>(std::min(rows.size(), b + m)));
  return out;
}

FieldList<TrainingConfig> trainingConfigFields() {
  FieldList<TrainingConfig> f;
  f.integer("steps", &TrainingConfig::steps, 0, 100000000)
      .label(EF_TRANSLATABLE("ef::Fields", "Optimizer steps"))
      .help(EF_TRANSLATABLE("ef::Fields", "AdamW updates of this stage"))
      .unit(EF_TRANSLATABLE("ef::Fields", "steps"));
  f.integer("batch_size", &TrainingConfig::batch_size, 1, 65536)
      .label(EF_TRANSLATABLE("ef::Fields", "Batch size"))
      .help(EF_TRANSLATABLE("ef::Fields", "Sequences (or pairs) per optimizer step"));
  f.positive("lr", &TrainingConfig::lr)
      .label(EF_TRANSLATABLE("ef::Fields", "Learning rate"))
      .help(EF_TRANSLATABLE("ef::Fields", "Peak learning rate after warmup"));
  f.number("min_lr", &TrainingConfig::min_lr, 0.0, 1.0)
      .label(EF_TRANSLATABLE("ef::Fields", "Final learning rate"))
      .help(EF_TRANSLATABLE("ef::Fields", "The cosine decays to this"));
  f.integer("warmup_steps", &TrainingConfig::warmup_steps, 0, 100000000)
      .label(EF_TRANSLATABLE("ef::Fields", "Warmup steps"))
      .help(EF_TRANSLATABLE("ef::Fields", "Linear warmup from 0 to the learning rate"))
      .unit(EF_TRANSLATABLE("ef::Fields", "steps"));
  f.number("weight_decay", &TrainingConfig::weight_decay, 0.0, 10.0)
      .label(EF_TRANSLATABLE("ef::Fields", "Weight decay"))
      .help(EF_TRANSLATABLE("ef::Fields", "AdamW decoupled weight decay"));
  f.number("grad_clip", &TrainingConfig::grad_clip, 0.0, 1e6)
      .label(EF_TRANSLATABLE("ef::Fields", "Gradient clipping"))
      .help(EF_TRANSLATABLE("ef::Fields", "Largest global L2 norm of the gradient"))
      .special(0, EF_TRANSLATABLE("ef::Fields", "off"));
  f.integer("eval_every", &TrainingConfig::eval_every, 0, 100000000)
      .label(EF_TRANSLATABLE("ef::Fields", "Evaluate every"))
      .help(EF_TRANSLATABLE("ef::Fields", "Steps between evaluations and checkpoints"))
      .unit(EF_TRANSLATABLE("ef::Fields", "steps"))
      .special(0, EF_TRANSLATABLE("ef::Fields", "only at the end"));
  f.number("epochs", &TrainingConfig::epochs, 0.0, 1e6)
      .label(EF_TRANSLATABLE("ef::Fields", "Epoch budget"))
      .help(EF_TRANSLATABLE("ef::Fields",
                            "Passes over the stage's data; replaces the step count, so every data "
                            "size gets the same number of passes"))
      .unit(EF_TRANSLATABLE("ef::Fields", "passes"))
      .special(0, EF_TRANSLATABLE("ef::Fields", "use the step count"));
  f.choice("select", &TrainingConfig::select, {"last", "best_valid", "best_valid_first_step"})
      .label(EF_TRANSLATABLE("ef::Fields", "Keep the model"))
      .help(EF_TRANSLATABLE("ef::Fields",
                            "last: the model after the last step; best_valid: the evaluated model "
                            "with the lowest validation error (early stopping); "
                            "best_valid_first_step: the highest validation first-step accuracy"));
  f.integer("patience", &TrainingConfig::patience, 0, 1000000)
      .label(EF_TRANSLATABLE("ef::Fields", "Patience"))
      .help(EF_TRANSLATABLE("ef::Fields",
                            "With best_valid: stop after this many evaluations without a lower "
                            "validation error"))
      .unit(EF_TRANSLATABLE("ef::Fields", "evaluations"))
      .special(0, EF_TRANSLATABLE("ef::Fields", "never stop early"));
  f.number("stop_at_first_step", &TrainingConfig::stop_at_first_step, 0.0, 1.0)
      .label(EF_TRANSLATABLE("ef::Fields", "Stop at first-step accuracy"))
      .help(EF_TRANSLATABLE("ef::Fields",
                            "Stop at the first evaluation whose first-step accuracy (on the split "
                            "named by stop_split) reaches this: a model at a chosen competence"))
      .special(0, EF_TRANSLATABLE("ef::Fields", "never"));
  f.choice("stop_split", &TrainingConfig::stop_split, {"valid", "train"})
      .label(EF_TRANSLATABLE("ef::Fields", "Stop on split"))
      .help(EF_TRANSLATABLE("ef::Fields",
                            "valid: stop_at_first_step reads the validation split; train: the "
                            "training probe (eval.train_problems of the training problems), i.e. "
                            "how far the model has memorised its data"));
  f.integer("micro_batch_size", &TrainingConfig::micro_batch_size, 0, 65536)
      .label(EF_TRANSLATABLE("ef::Fields", "Micro-batch size"))
      .help(EF_TRANSLATABLE("ef::Fields",
                            "Rows per forward/backward pass, gradients accumulated over the "
                            "batch: the same update with less memory"))
      .special(0, EF_TRANSLATABLE("ef::Fields", "the whole batch at once"));
  return f;
}

}  // namespace ef
