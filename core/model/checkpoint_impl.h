// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Private (LibTorch) header: saving and loading checkpoints.
#include <torch/optim/optimizer.h>

#include "model/checkpoint.h"
#include "model/gpt_impl.h"

namespace ef {

// Writes the checkpoint to `path` as it is (parent folders are created). opt may be null (model
// only). The experiment layer writes a temporary file, records its hash, then renames it
// (experiment/pipeline/checkpoint_records.h).
void writeCheckpoint(const std::string& path, Gpt& model, torch::optim::Optimizer* opt,
                     const CheckpointInfo& info);
// Writes atomically: a temporary file renamed over `path`.
void saveCheckpoint(const std::string& path, Gpt& model, torch::optim::Optimizer* opt,
                    const CheckpointInfo& info);

// Loads into an existing model (and optimizer, when given and present in the file) after checking
// the format version and that the model shape matches; restores the CPU RNG state. Throws
// CheckpointError naming the path and the mismatching field.
CheckpointInfo loadCheckpoint(const std::string& path, Gpt& model, torch::optim::Optimizer* opt);

}  // namespace ef
