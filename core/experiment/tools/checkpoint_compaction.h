// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `compact`: the checkpoints of finished runs rewritten without their optimizer state (AdamW's
// two moments, twice the weights' size), which only a resume reads and a finished run is never
// resumed. The weights, metadata and saved RNG state stay bit for bit; the workspace's recorded
// hash and the step-history cache follow the new file (docs/architecture.md, "Compacting a
// workspace"). Torch-free facade.
#include <cstdint>
#include <string>
#include <vector>

namespace ef {

class RunStore;

struct CompactedCheckpoint {
  std::int64_t run_id = 0;
  std::string stage;
  std::string path;
  std::uintmax_t bytes_before = 0, bytes_after = 0;
};

struct CompactionReport {
  std::vector<CompactedCheckpoint> rewritten;
  int already_compact = 0;  // no optimizer state to drop
  int unfinished = 0;       // of runs that are not "ok": a resume needs their optimizer state
  int missing = 0;          // recorded, but the file is not there
};

// Every recorded checkpoint of run `run_id` and its cells (0: of every run in the workspace).
// Throws CheckpointError naming a file whose bytes changed since it was saved (nothing is
// rewritten after it), StoreError for the database.
CompactionReport compactCheckpoints(RunStore& store, std::int64_t run_id = 0);

}  // namespace ef
