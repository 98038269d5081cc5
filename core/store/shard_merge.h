// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What RunStore::mergeShard did with one shard workspace (docs/cluster.md, "Merging shards").
#include <cstdint>
#include <string>
#include <vector>

#include "store/run_store.h"

namespace ef {

struct ShardCell {
  std::string method;
  int size = 0;
  std::uint64_t seed = 0;
  std::string status;  // as stored in the shard (ok, failed, running, queued, ...)
};

struct ShardMergeReport {
  std::string shard;  // the shard file
  std::string plan;
  int task = 0, tasks = 0;
  std::int64_t sweep_id = 0;   // the plan's sweep in the workspace
  bool created_sweep = false;  // this merge created it
  std::string config_json;     // the sweep's config (as the shard stored it)
  // The shard's own sweep run: ok | failed | cancelled | running (its task is still writing) |
  // interrupted (its process died: a killed or timed-out Slurm task) | queued.
  std::string shard_status;
  std::vector<ShardCell> merged;      // finished cells carried over now
  std::vector<ShardCell> already;     // finished cells merged before (skipped)
  std::vector<ShardCell> unfinished;  // cells the task had not finished (not carried over)
  int checkpoints_copied = 0;
  // A shard that has not finished its task contributes what it finished and is reported partial.
  bool partial() const { return !unfinished.empty() || shard_status != "ok"; }
};

}  // namespace ef
