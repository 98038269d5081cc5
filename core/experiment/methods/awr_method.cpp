// SPDX-License-Identifier: GPL-3.0-or-later
// Advantage-weighted per-step RL (docs/method.md, "Advantage-weighted RL"): from π_sft, maximise
// Σ_i w_i · log π(ŷ_i | x, ŷ_<i) over the analysed self-samples (negatives and, with
// advantages.analyze_positives, positives), w_i = exp(A_i / β) normalised by the mean weight and
// clipped at awr.max_weight. A step whose advantage was not estimated (after a negative's first
// pit) weighs 0. The other side of the paper's Theorem 6.1: per-step DPO is this objective's
// preference form.
// Its trainer: methods/train/awr_train.cpp. Torch-free.
#include <cmath>

#include "experiment/methods/awr_config.h"
#include "experiment/config/run_config.h"
#include "util/translatable.h"

namespace ef {

FieldList<AwrConfig> awrConfigFields() {
  FieldList<AwrConfig> f;
  f.positive("beta", &AwrConfig::beta)
      .label(EF_TRANSLATABLE("ef::Fields", "β"))
      .help(EF_TRANSLATABLE("ef::Fields", "Temperature of the step weights exp(A/β)"));
  f.choice("normalize", &AwrConfig::normalize, {"mean", "none"})
      .label(EF_TRANSLATABLE("ef::Fields", "Normalise weights"))
      .help(EF_TRANSLATABLE("ef::Fields",
                            "mean: divide the weights by their mean over all weighted steps"));
  f.positive("max_weight", &AwrConfig::max_weight)
      .label(EF_TRANSLATABLE("ef::Fields", "Largest weight"))
      .help(EF_TRANSLATABLE("ef::Fields", "Weights are clipped to at most this"));
  f.merge(&AwrConfig::train, trainingConfigFields());
  return f;
}

const ConfigSection& awrSection() {
  static const ConfigSection s = configSectionOf<AwrConfig>(
      "awr", EF_TRANSLATABLE("ef::Fields", "Advantage-weighted RL"),
      EF_TRANSLATABLE("ef::Fields",
                      "Per-step log-likelihood of the analysed self-samples weighted by "
                      "exp(A/β), from π_sft"),
      "dpo", awrConfigFields,
      [](const AwrConfig& a, const RunConfig& c) { checkTrainingSection(a.train, "awr", c); });
  return s;
}

const Method& awrMethod() {
  static const Method m = [] {
    Method m;
    m.name = "awr";
    m.label = EF_TRANSLATABLE("ef::Methods", "advantage-weighted RL");
    m.description = EF_TRANSLATABLE("ef::Methods",
                                    "Per-step log-likelihood of π_sft's analysed samples weighted "
                                    "by exp(A/β), from π_sft");
    m.stage = "awr";
    m.needs_samples = true;
    m.needs_credit = true;
    m.needs_positive_credit = true;
    m.work = [](const RunConfig& cfg) { return trainingWork(cfg.section<AwrConfig>().train); };
    m.sections = {&awrSection()};
    return m;
  }();
  return m;
}

}  // namespace ef
