// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Learning-rate schedule: linear warmup from 0 to lr over warmup steps, then cosine decay to
// min_lr at the last step (torch's C++ API ships only StepLR).
#include <cstdint>

namespace ef {

double learningRateAt(std::int64_t step, std::int64_t total_steps, std::int64_t warmup_steps,
                      double lr, double min_lr);

}  // namespace ef
