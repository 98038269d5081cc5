// SPDX-License-Identifier: GPL-3.0-or-later
#include "experiment/pipeline/sweep_tasks.h"

#include <algorithm>

namespace ef {

std::vector<int> sweepSizes(const RunConfig& cfg) {
  auto sizes = cfg.sweep.sizes;
  if (sizes.empty()) sizes.push_back(cfg.task.train_size);
  std::sort(sizes.begin(), sizes.end());
  return sizes;
}

std::vector<SweepTask> sweepTasks(const RunConfig& cfg) {
  std::vector<SweepTask> tasks;
  const auto sizes = sweepSizes(cfg);
  for (const auto seed : cfg.sweep.seeds) {
    for (const int size : sizes)
      tasks.push_back({static_cast<int>(tasks.size()), seed, size});
  }
  return tasks;
}

}  // namespace ef
