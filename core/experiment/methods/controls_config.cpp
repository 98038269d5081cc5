// SPDX-License-Identifier: GPL-3.0-or-later
#include "experiment/methods/controls_config.h"

#include <stdexcept>

#include "util/translatable.h"

namespace ef {

FieldList<ControlsConfig> controlsConfigFields() {
  FieldList<ControlsConfig> f;
  f.choice("match", &ControlsConfig::match,
           {"dpo", "edit_dpo", "step_dpo_full", "step_dpo_prefix", "step_dpo_alt"})
      .label(EF_TRANSLATABLE("ef::Fields", "Matched method"))
      .help(EF_TRANSLATABLE("ef::Fields",
                            "The preference method whose optimizer steps and tokens the controls "
                            "spend on SFT"));
  f.positive("lr", &ControlsConfig::lr)
      .label(EF_TRANSLATABLE("ef::Fields", "Learning rate"))
      .help(EF_TRANSLATABLE("ef::Fields", "Peak learning rate of the controls' SFT"));
  f.number("min_lr", &ControlsConfig::min_lr, 0.0, 1.0)
      .label(EF_TRANSLATABLE("ef::Fields", "Final learning rate"))
      .help(EF_TRANSLATABLE("ef::Fields", "The cosine schedule ends here"));
  f.integer("warmup_steps", &ControlsConfig::warmup_steps, 0, 1000000)
      .label(EF_TRANSLATABLE("ef::Fields", "Warmup steps"))
      .help(EF_TRANSLATABLE("ef::Fields", "Linear warmup before the cosine decay"))
      .unit(EF_TRANSLATABLE("ef::Fields", "steps"));
  f.number("upweight", &ControlsConfig::upweight, 0.0, 1000.0)
      .label(EF_TRANSLATABLE("ef::Fields", "Upweight of failed problems"))
      .help(EF_TRANSLATABLE("ef::Fields",
                            "Reweighted SFT: a problem weighs 1 + upweight × the share of π_sft's "
                            "samples on it that were wrong (then normalised to mean 1)"));
  return f;
}

std::vector<double> failureWeights(const std::vector<int>& drawn, const std::vector<int>& correct,
                                   double upweight) {
  if (drawn.size() != correct.size())
    throw std::invalid_argument("failureWeights: drawn and correct differ in length");
  std::vector<double> w(drawn.size(), 1.0);
  double sum = 0;
  for (std::size_t i = 0; i < w.size(); ++i) {
    const double wrong = drawn[i] > 0 ? static_cast<double>(drawn[i] - correct[i]) / drawn[i] : 0.0;
    w[i] = 1.0 + upweight * wrong;
    sum += w[i];
  }
  for (double& x : w)
    x *= static_cast<double>(w.size()) / sum;
  return w;
}

}  // namespace ef
