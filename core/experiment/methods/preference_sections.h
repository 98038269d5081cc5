// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The run-config sections of the preference methods (experiment/config/config_section.h): "pairs"
// (how the pairs are built, cell_pairs.cpp) and "dpo" (the DPO stage, dpo_methods.cpp). The DPO and
// RPO methods, iterated per-step DPO and the controls (which spend the DPO stage's steps) list
// them. Torch-free.
#include "experiment/config/config_section.h"

namespace ef {

const ConfigSection& pairsSection();
const ConfigSection& dpoSection();

}  // namespace ef
