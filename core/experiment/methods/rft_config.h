// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// RFT: SFT on D_syn ∪ D+, the distinct correct self-samples (docs/method.md, "RFT").
#include <string>

#include "train/training_config.h"

namespace ef {

struct RftConfig {
  std::string init = "sft";  // sft: continue from π_sft | base: a fresh model
  TrainingConfig train;      // optimisation of the RFT stage (same keys as "sft")
};

FieldList<RftConfig> rftConfigFields();

}  // namespace ef
