// SPDX-License-Identifier: GPL-3.0-or-later
#include "train/dpo_config.h"

#include <algorithm>
#include <cmath>

namespace ef {

int dpoSteps(const DpoConfig& cfg, std::size_t pairs) {
  const int steps = stageSteps(cfg.train, pairs);
  if (cfg.max_epochs <= 0 || pairs == 0) return steps;
  const double batch = std::min<double>(cfg.train.batch_size, static_cast<double>(pairs));
  const double capped = std::ceil(cfg.max_epochs * static_cast<double>(pairs) / batch);
  return static_cast<int>(std::clamp(capped, 1.0, static_cast<double>(steps)));
}

FieldList<DpoConfig> dpoConfigFields() {
  FieldList<DpoConfig> f;
  f.positive("beta", &DpoConfig::beta)
      .label(EF_TRANSLATABLE("ef::Fields", "β"))
      .help(EF_TRANSLATABLE("ef::Fields", "DPO temperature of the implicit reward β·log(π/π_ref)"));
  f.number("max_epochs", &DpoConfig::max_epochs, 0.0, 1000.0)
      .label(EF_TRANSLATABLE("ef::Fields", "Max epochs over the pairs"))
      .help(EF_TRANSLATABLE("ef::Fields",
                            "Stops DPO early when the pairs are few: at most this many passes "
                            "over them"))
      .unit(EF_TRANSLATABLE("ef::Fields", "passes"))
      .special(0, EF_TRANSLATABLE("ef::Fields", "always run all steps"));
  f.number("rpo_alpha", &DpoConfig::rpo_alpha, 0.0, 1000.0)
      .label(EF_TRANSLATABLE("ef::Fields", "RPO weight α"))
      .help(EF_TRANSLATABLE("ef::Fields",
                            "Weight of the chosen completion's NLL in the RPO methods' loss"));
  f.merge(&DpoConfig::train, trainingConfigFields());
  return f;
}

}  // namespace ef
