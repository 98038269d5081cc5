// SPDX-License-Identifier: GPL-3.0-or-later
#include "train/lr_schedule.h"

#include <algorithm>
#include <cmath>

namespace ef {

double learningRateAt(std::int64_t step, std::int64_t total_steps, std::int64_t warmup_steps,
                      double lr, double min_lr) {
  if (warmup_steps > 0 && step < warmup_steps) {
    return lr * static_cast<double>(step + 1) / static_cast<double>(warmup_steps);
  }
  const std::int64_t decay_steps = std::max<std::int64_t>(1, total_steps - warmup_steps - 1);
  const double progress = std::clamp(
      static_cast<double>(step - warmup_steps) / static_cast<double>(decay_steps), 0.0, 1.0);
  const double pi = std::acos(-1.0);
  return min_lr + 0.5 * (lr - min_lr) * (1.0 + std::cos(pi * progress));
}

}  // namespace ef
