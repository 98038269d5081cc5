// SPDX-License-Identifier: GPL-3.0-or-later
#include "rollout/credit_config.h"

namespace ef {

FieldList<AdvantageConfig> advantageConfigFields() {
  FieldList<AdvantageConfig> f;
  f.integer("k_est", &AdvantageConfig::k_est, 1, 4096)
      .label(EF_TRANSLATABLE("ef::Fields", "K_est (rollouts per prefix)"))
      .help(EF_TRANSLATABLE("ef::Fields", "Completions sampled from each prefix to estimate Q"))
      .unit(EF_TRANSLATABLE("ef::Fields", "rollouts"));
  f.integer("k_bok", &AdvantageConfig::k_bok, 0, 4096)
      .label(EF_TRANSLATABLE("ef::Fields", "K_bok (Best-of-K)"))
      .help(EF_TRANSLATABLE("ef::Fields", "Q on the Best-of-K scale 1 − (1 − Q̂)^K"))
      .special(0, EF_TRANSLATABLE("ef::Fields", "off"));
  f.choice("search", &AdvantageConfig::search, {"linear", "binary"})
      .label(EF_TRANSLATABLE("ef::Fields", "Pit search"))
      .help(EF_TRANSLATABLE("ef::Fields",
                            "linear: every prefix with early exit at the pit; binary: "
                            "OmegaPRM-style bisection"));
  f.flag("estimate_value", &AdvantageConfig::estimate_value)
      .label(EF_TRANSLATABLE("ef::Fields", "Estimate V(x)"))
      .help(EF_TRANSLATABLE("ef::Fields", "Rollouts from the bare problem for Q_0"));
  f.flag("last_step_can_be_pit", &AdvantageConfig::last_step_can_be_pit)
      .label(EF_TRANSLATABLE("ef::Fields", "Last step can be the pit"))
      .help(EF_TRANSLATABLE("ef::Fields",
                            "A negative whose prefixes all keep a success gets its final answer "
                            "step as the pit instead of being skipped"));
  f.flag("analyze_positives", &AdvantageConfig::analyze_positives)
      .label(EF_TRANSLATABLE("ef::Fields", "Analyse positives"))
      .help(EF_TRANSLATABLE("ef::Fields", "Also roll out correct samples to flag spurious steps"));
  f.number("temperature", &AdvantageConfig::temperature, 0.0, 100.0)
      .label(EF_TRANSLATABLE("ef::Fields", "Temperature"))
      .help(EF_TRANSLATABLE("ef::Fields", "Sampling temperature of the rollouts"));
  f.integer("max_steps", &AdvantageConfig::max_steps, 1, 10000)
      .label(EF_TRANSLATABLE("ef::Fields", "Max steps explored"))
      .help(EF_TRANSLATABLE("ef::Fields",
                            "Longer solutions are explored over their first steps only"))
      .unit(EF_TRANSLATABLE("ef::Fields", "steps"));
  f.integer("store_rollouts", &AdvantageConfig::store_rollouts, 0, 4096)
      .label(EF_TRANSLATABLE("ef::Fields", "Rollouts stored per prefix"))
      .help(EF_TRANSLATABLE("ef::Fields", "Rollout texts kept for the inspector"))
      .unit(EF_TRANSLATABLE("ef::Fields", "rollouts"))
      .special(0, EF_TRANSLATABLE("ef::Fields", "none"));
  f.integer("batch_size", &AdvantageConfig::batch_size, 1, 65536)
      .label(EF_TRANSLATABLE("ef::Fields", "Batch size"))
      .help(EF_TRANSLATABLE("ef::Fields", "Prefixes per rollout batch, each expanded K_est times"))
      .unit(EF_TRANSLATABLE("ef::Fields", "prefixes"));
  return f;
}

}  // namespace ef
