// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Merging the shards of a sweep split over a cluster into a workspace (docs/cluster.md): the
// store carries the finished cells (RunStore::mergeShard); this layer lays out the plan's whole
// grid (cells not merged yet read "queued"), and once every cell is final gives the merged sweep
// the status and summary a local sweep would have (the same fit and multipliers: sweep_summary.h).
#include <string>
#include <vector>

#include "store/run_store.h"
#include "store/shard_merge.h"

namespace ef {

// A sweep that received cells, after the merge.
struct MergedSweep {
  std::int64_t sweep_id = 0;
  std::string status;  // queued (cells missing) | ok | failed
  int cells = 0, ok = 0, failed = 0, pending = 0;
};

struct SweepMergeOutcome {
  std::vector<ShardMergeReport> shards;  // in argument order
  std::vector<MergedSweep> sweeps;
  std::vector<std::string> errors;  // "<shard>: <why>" for shards that could not be merged
  std::string json;                 // the merge report (CLI contract, docs/cluster.md)
};

// Shard files, or plan folders (their shards/task-*.sqlite). A shard that fails is reported and
// the others are still merged.
SweepMergeOutcome mergeShards(RunStore& workspace, const std::vector<std::string>& shards);

// A plan folder's shard files that exist, by task; any other path as it is.
std::vector<std::string> expandShardPaths(const std::vector<std::string>& paths);

}  // namespace ef
