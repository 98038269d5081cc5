// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Private (LibTorch) header: checkpoints that the workspace vouches for. Saving writes a temporary
// file, records its SHA-256 under (run, stage) in the store, then renames it over the checkpoint;
// loading checks the file's bytes against the recorded hash. A crash between recording and
// renaming leaves the temporary file with the recorded hash, and the next load finishes the
// rename. A file whose bytes changed is a CheckpointError naming it.
#include <cstdint>
#include <string>

#include "model/checkpoint_impl.h"
#include "store/run_store.h"

namespace ef {

void saveRecordedCheckpoint(RunStore& store, std::int64_t run_id, const std::string& stage,
                            const std::string& path, Gpt& model, torch::optim::Optimizer* opt,
                            const CheckpointInfo& info);

// Finishes an interrupted save and checks `path` against the hash recorded for (run_id, stage).
// Returns whether there is a checkpoint at `path` to load: false when there is no file (nor an
// interrupted save of the recorded one). A file the workspace has no record of is not checked
// (a warning is logged). Throws CheckpointError naming the file when its bytes changed.
bool verifyRecordedCheckpoint(RunStore& store, std::int64_t run_id, const std::string& stage,
                              const std::string& path);

// verifyRecordedCheckpoint, then loadCheckpoint.
CheckpointInfo loadRecordedCheckpoint(RunStore& store, std::int64_t run_id,
                                      const std::string& stage, const std::string& path, Gpt& model,
                                      torch::optim::Optimizer* opt);

}  // namespace ef
