// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Monte-Carlo per-step advantages on the negatives (docs/method.md, "Per-step credit").
#include <string>

#include "util/field_table.h"

namespace ef {

struct AdvantageConfig {
  int k_est = 5;                  // rollouts per prefix
  int k_bok = 0;                  // > 0: Q on the Best-of-K scale 1 − (1 − Q̂)^k_bok
  std::string search = "linear";  // linear | binary
  bool estimate_value = true;     // rollouts from the bare problem for Q_0 = V(x)
  bool last_step_can_be_pit = false;
  bool analyze_positives = false;  // also roll out positives (spurious steps: A <= 0)
  double temperature = 1.0;
  int max_steps = 20;      // longer solutions are explored up to this many steps
  int store_rollouts = 4;  // rollout texts stored per prefix (0 = none)
  int batch_size = 64;     // prefixes per rollout batch (each expanded k_est times)
};

FieldList<AdvantageConfig> advantageConfigFields();

}  // namespace ef
