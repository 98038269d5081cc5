// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Private (LibTorch) header: the preference pairs of a cell, shared by the DPO / RPO methods and
// iterated per-step DPO (docs/method.md, "Pairs").
#include <nlohmann/json.hpp>
#include <vector>

#include "experiment/pipeline/cell_context.h"
#include "experiment/pipeline/preference_training.h"

namespace ef {

// Pairs of `kind` from the cell's training problems, the given self-samples and (for per-step
// kinds) their credit; the pair counts and credit statistics are written into `extra`.
std::vector<PreferencePair> cellPairs(const CellContext& c, const SelfSamples& samples,
                                      const Credit* credit, PairKind kind,
                                      nlohmann::ordered_json& extra);

}  // namespace ef
