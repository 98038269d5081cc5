// SPDX-License-Identifier: GPL-3.0-or-later
// Advantage-weighted per-step RL (docs/method.md, "Advantage-weighted RL"): from π_sft, maximise
// Σ_i w_i · log π(ŷ_i | x, ŷ_<i) over the analysed self-samples (negatives and, with
// advantages.analyze_positives, positives), w_i = exp(A_i / β) normalised by the mean weight and
// clipped at awr.max_weight. A step whose advantage was not estimated (after a negative's first
// pit) weighs 0. The other side of the paper's Theorem 6.1: per-step DPO is this objective's
// preference form.
#include <cmath>

#include "experiment/cell_context.h"
#include "experiment/methods/awr_weights.h"
#include "experiment/run_config.h"
#include "util/random.h"
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

namespace {

void trainAwr(CellContext& c, CellOutcome& out) {
  AwrStats stats;
  const std::vector<Example> ex =
      awrExamples(*c.data.tok, c.data.task->stepSeparator(), c.train, c.credit->samples, c.cfg.awr,
                  c.cfg.model.context, &stats);
  if (ex.empty()) throw ConfigError("awr", "no analysed self-sample to train on");
  out.extra["weighted_samples"] = stats.samples;
  out.extra["weighted_steps"] = stats.steps;
  out.extra["unweighted_steps"] = stats.unknown_steps;
  out.extra["clipped_steps"] = stats.clipped;
  out.extra["mean_raw_weight"] = stats.mean_raw_weight;
  const auto size = static_cast<std::uint64_t>(c.size);
  Gpt model = c.startingModel("awr-init", true);
  out.take(trainSupervised(model, ex, c.cfg.awr.train, c.method.stage,
                           c.env(deriveSeed(c.seed, "awr", size))));
}

}  // namespace

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
    m.work = [](const RunConfig& cfg) { return trainingWork(cfg.awr.train); };
    m.train = trainAwr;
    m.own_sections = {"awr"};
    return m;
  }();
  return m;
}

}  // namespace ef
