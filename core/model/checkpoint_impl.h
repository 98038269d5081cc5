#pragma once
// Private (LibTorch) header: saving and loading checkpoints.
#include <torch/optim/optimizer.h>

#include "model/checkpoint.h"
#include "model/gpt_impl.h"

namespace ef {

// Writes atomically (temporary file + rename). opt may be null (model only).
void saveCheckpoint(const std::string& path, Gpt& model, torch::optim::Optimizer* opt,
                    const CheckpointInfo& info);

// Loads into an existing model (and optimizer, when given and present in the file) after checking
// the format version and that the model shape matches; restores the CPU RNG state. Throws
// CheckpointError naming the path and the mismatching field.
CheckpointInfo loadCheckpoint(const std::string& path, Gpt& model, torch::optim::Optimizer* opt);

}  // namespace ef
