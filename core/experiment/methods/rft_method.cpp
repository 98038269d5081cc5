// SPDX-License-Identifier: GPL-3.0-or-later
// RFT: SFT on D_syn ∪ D+, the distinct correct self-samples of π_sft (docs/method.md, "RFT").
// Its trainer: methods/train/rft_train.cpp. Torch-free.
#include "experiment/methods/rft_config.h"
#include "experiment/config/run_config.h"
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

const ConfigSection& rftSection() {
  static const ConfigSection s = configSectionOf<RftConfig>(
      "rft", EF_TRANSLATABLE("ef::Fields", "RFT"),
      EF_TRANSLATABLE("ef::Fields", "Fine-tuning on D_syn and the correct self-samples"), "sample",
      rftConfigFields,
      [](const RftConfig& r, const RunConfig& c) { checkTrainingSection(r.train, "rft", c); });
  return s;
}

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
    m.work = [](const RunConfig& cfg) { return trainingWork(cfg.section<RftConfig>().train); };
    m.sections = {&rftSection()};
    return m;
  }();
  return m;
}

}  // namespace ef
