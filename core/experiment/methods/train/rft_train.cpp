// SPDX-License-Identifier: GPL-3.0-or-later
// RFT's trainer (the method and its settings: methods/rft_method.cpp).
#include "experiment/pipeline/cell_context.h"
#include "experiment/methods/rft_config.h"
#include "experiment/config/run_config.h"
#include "util/random.h"

namespace ef {

void rftTrain(CellContext& c, CellOutcome& out) {
  std::vector<Example> ex = encodeTraining(c.data, c.train, c.cfg.model.context);
  int added = 0;
  for (std::size_t i = 0; i < c.train.size(); ++i) {
    for (const auto& p : c.samples->problems[i].positives) {
      auto e = encodeExample(*c.data.tok, c.train[i].prompt, p.text);
      if (static_cast<int>(e.tokens.size()) > c.cfg.model.context) continue;
      ex.push_back(std::move(e));
      ++added;
    }
  }
  out.extra["positives_added"] = added;
  const RftConfig& rft = c.cfg.section<RftConfig>();
  out.extra["init"] = rft.init;
  const auto size = static_cast<std::uint64_t>(c.size);
  Gpt model = c.startingModel("rft-init", rft.init == "sft");
  out.take(trainSupervised(model, ex, rft.train, c.method.stage,
                           c.env(deriveSeed(c.seed, "rft", size))));
}

}  // namespace ef
