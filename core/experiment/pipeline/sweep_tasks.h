// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A sweep's independent units of work (docs/cluster.md): one task per (seed, size), holding that
// size's SFT and every method that branches from it. A local sweep runs them in this order; a
// sweep split over a cluster gives each its own process and shard.
#include <cstdint>
#include <vector>

#include "experiment/config/run_config.h"

namespace ef {

struct SweepTask {
  int index = 0;  // 0-based, the Slurm array index
  std::uint64_t seed = 0;
  int size = 0;
};

// sweep.sizes ascending, or task.train_size when sweep.sizes is empty.
std::vector<int> sweepSizes(const RunConfig& cfg);
// Seed-major, sizes ascending within a seed.
std::vector<SweepTask> sweepTasks(const RunConfig& cfg);

}  // namespace ef
