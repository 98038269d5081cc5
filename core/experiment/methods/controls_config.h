// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The controls (docs/method.md, "Controls"): More SFT and Reweighted SFT continue π_sft on D_syn
// for as many optimizer steps as the method they are matched with, so a gain of that method over
// them is not "more training" or "the failed problems weighted up". Torch-free.
#include <string>
#include <vector>

#include "util/field_table.h"

namespace ef {

struct ControlsConfig {
  // The preference method whose optimizer steps (and tokens: a step trains on twice its pair
  // batch, a pair being two sequences) the controls spend: dpo, edit_dpo, step_dpo_full,
  // step_dpo_prefix or step_dpo_alt (their RPO forms train the same steps).
  std::string match = "step_dpo_full";
  double lr = 3e-4;  // peak learning rate of the controls' SFT (cosine to min_lr after warmup)
  double min_lr = 3e-5;
  int warmup_steps = 5;
  // Reweighted SFT: problem i's teacher solution weighs 1 + upweight · f_i, f_i the share of
  // π_sft's samples on it that were wrong, the weights divided by their mean.
  double upweight = 9.0;
};

FieldList<ControlsConfig> controlsConfigFields();

// Reweighted SFT's weight per training problem from π_sft's samples on it (drawn[i] samples,
// correct[i] of them right; a problem without samples counts as solved), normalised to mean 1.
std::vector<double> failureWeights(const std::vector<int>& drawn, const std::vector<int>& correct,
                                   double upweight);

}  // namespace ef
