// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Iterated per-step DPO (docs/method.md, "Iterated per-step DPO"): R rounds of self-sampling from
// the current policy, per-step credit, pairs and DPO (optimisation from the "dpo" section).
#include <string>

#include "util/field_table.h"

namespace ef {

struct IteratedConfig {
  int rounds = 2;
  std::string reference = "sft";  // sft: π_sft in every round | previous: the last round's policy
  std::string pairs = "step_full";  // step_full | step_prefix: the per-step pair kind
  double nll_weight = 0.0;          // RPO's α in every round (0 = DPO)
};

FieldList<IteratedConfig> iteratedConfigFields();

}  // namespace ef
