// SPDX-License-Identifier: GPL-3.0-or-later
// Advantage-weighted RL's trainer (the method and its settings: methods/awr_method.cpp).
#include "experiment/pipeline/cell_context.h"
#include "experiment/methods/awr_config.h"
#include "experiment/methods/awr_weights.h"
#include "experiment/config/run_config.h"
#include "util/random.h"

namespace ef {

void awrTrain(CellContext& c, CellOutcome& out) {
  AwrStats stats;
  const AwrConfig& awr = c.cfg.section<AwrConfig>();
  const std::vector<Example> ex = awrExamples(*c.data.tok, c.data.task->stepSeparator(), c.train,
                                              c.credit->samples, awr, c.cfg.model.context, &stats);
  if (ex.empty()) throw ConfigError("awr", "no analysed self-sample to train on");
  out.extra["weighted_samples"] = stats.samples;
  out.extra["weighted_steps"] = stats.steps;
  out.extra["unweighted_steps"] = stats.unknown_steps;
  out.extra["clipped_steps"] = stats.clipped;
  out.extra["mean_raw_weight"] = stats.mean_raw_weight;
  const auto size = static_cast<std::uint64_t>(c.size);
  Gpt model = c.startingModel("awr-init", true);
  out.take(trainSupervised(model, ex, awr.train, c.method.stage,
                           c.env(deriveSeed(c.seed, "awr", size))));
}

}  // namespace ef
