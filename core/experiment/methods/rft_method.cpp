// SPDX-License-Identifier: GPL-3.0-or-later
// RFT: SFT on D_syn ∪ D+, the distinct correct self-samples of π_sft (docs/method.md, "RFT").

#include "experiment/cell_context.h"
#include "experiment/run_config.h"
#include "util/random.h"
#include "util/translatable.h"

namespace ef {

FieldList<RftConfig> rftConfigFields() {
  FieldList<RftConfig> f;
  f.choice("init", &RftConfig::init, {"sft", "base"})
      .label(EF_TRANSLATABLE("ef::Fields", "Start from"))
      .help(EF_TRANSLATABLE("ef::Fields", "sft: continue from π_sft; base: a fresh model"));
  f.merge(&RftConfig::train, trainingConfigFields());
  return f;
}

namespace {

void trainRft(CellContext& c, CellOutcome& out) {
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
  out.extra["init"] = c.cfg.rft.init;
  const auto size = static_cast<std::uint64_t>(c.size);
  Gpt model = c.startingModel("rft-init", c.cfg.rft.init == "sft");
  out.take(trainSupervised(model, ex, c.cfg.rft.train, c.method.stage,
                           c.env(deriveSeed(c.seed, "rft", size))));
}

}  // namespace

const Method& rftMethod() {
  static const Method m = [] {
    Method m;
    m.name = "rft";
    m.label = EF_TRANSLATABLE("ef::Methods", "RFT");
    m.description = EF_TRANSLATABLE("ef::Methods",
                                    "Rejection-sampling fine-tuning: SFT on D_syn and π_sft's "
                                    "distinct correct samples");
    m.stage = "rft";
    m.needs_samples = true;
    m.work = [](const RunConfig& cfg) { return trainingWork(cfg.rft.train); };
    m.train = trainRft;
    m.own_sections = {"rft"};
    return m;
  }();
  return m;
}

}  // namespace ef
