// SPDX-License-Identifier: GPL-3.0-or-later
// SFT: next-token training on D_syn, the teacher's solutions (docs/method.md, "SFT"). The
// baseline: every other method starts from π_sft and the multiplier is read against its curve.
// Its trainer: methods/train/sft_train.cpp. Torch-free.
#include "experiment/config/run_config.h"
#include "util/translatable.h"

namespace ef {

const Method& sftMethod() {
  static const Method m = [] {
    Method m;
    m.name = "sft";
    m.label = EF_TRANSLATABLE("ef::Methods", "SFT");
    m.description =
        EF_TRANSLATABLE("ef::Methods", "Supervised fine-tuning on the synthetic problems D_syn");
    m.stage = "sft";
    m.baseline = true;
    m.work = [](const RunConfig& cfg) { return trainingWork(cfg.sft); };
    return m;
  }();
  return m;
}

}  // namespace ef
