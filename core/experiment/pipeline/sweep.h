// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The data-scaling sweep (docs/method.md, "The pipeline"): |D_syn| sizes × methods × seeds as
// independent cells, each a child run of the sweep. Cells share what they can: the SFT model of a
// (size, seed) is trained once, and its self-samples and per-step credit feed every method of that
// size and seed. A sweep that stopped (killed, crashed, cancelled) resumes with resumeSweep:
// finished cells are kept, an unfinished SFT continues from its last checkpoint, other unfinished
// cells rerun.
#include <cstdint>
#include <string>

#include "util/observer.h"
#include "experiment/config/run_config.h"
#include "experiment/analysis/stage_times.h"
#include "store/run_store.h"

namespace ef {

struct SweepOutcome {
  std::int64_t sweep_id = 0;
  std::string status;  // ok | failed | cancelled
  std::string json;    // sweepJson(): the CLI's final line
  StageTimes
      stages;  // where the time went, summed over the cells (experiment/analysis/stage_times.h)
};

SweepOutcome executeSweep(const RunConfig& cfg, RunStore& store, RunObserver& observer,
                          const CancelToken& cancel);
// One task of the sweep split into `tasks` shards (docs/cluster.md): only the cells of
// sweepTasks(cfg)[task] run, and the sweep run records its plan and task (RunStore::putShard).
// Data, test set and probes are those of the whole sweep, so the cells equal a local sweep's.
SweepOutcome executeSweepTask(const RunConfig& cfg, const std::string& plan, int task,
                              RunStore& store, RunObserver& observer, const CancelToken& cancel);
// Throws StoreError for an unknown id, a plain run, or a sweep that finished ok.
SweepOutcome resumeSweep(std::int64_t sweep_id, RunStore& store, RunObserver& observer,
                         const CancelToken& cancel);

}  // namespace ef
