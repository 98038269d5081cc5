// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The state of a plan's array tasks (docs/cluster.md, "Watching a job"): what Slurm says (squeue
// for pending and running tasks, then sacct, then scontrol for recently ended ones) and what each
// task's shard holds.
#include <string>
#include <vector>

#include "cluster/slurm_plan.h"

namespace ef {

struct SlurmTaskState {
  SweepTask task;
  std::string slurm;  // PENDING, RUNNING, COMPLETED, FAILED, TIMEOUT, CANCELLED, ... "" = unknown
  std::string shard;  // none | queued | running | ok | failed | cancelled | interrupted
  int cells_ok = 0, cells_failed = 0, cells_total = 0;
  bool finished() const { return shard == "ok" || shard == "failed"; }
};

struct SlurmStatus {
  std::vector<SlurmTaskState> tasks;
  std::string slurm_source;  // squeue+sacct | squeue+scontrol | squeue | none (why in note)
  std::string note;          // e.g. "sbatch not on PATH: shards only"
};

SlurmStatus slurmStatus(const SlurmPlan& plan);
std::string slurmStatusJson(const SlurmPlan& plan, const SlurmStatus& status);

}  // namespace ef
