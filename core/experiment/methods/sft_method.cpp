// SPDX-License-Identifier: GPL-3.0-or-later
// SFT: next-token training on D_syn, the teacher's solutions (docs/method.md, "SFT"). The
// baseline: every other method starts from π_sft and the multiplier is read against its curve.
#include "experiment/cell_context.h"
#include "experiment/run_config.h"
#include "util/translatable.h"

namespace ef {
namespace {

void trainSft(CellContext& c, CellOutcome& out) {
  c.rec.store().clearStage(c.rec.runId(), "eval", "");  // eval samples of an unfinished attempt
  const auto examples = encodeTraining(c.data, c.train, c.cfg.model.context);
  const TrainingOutcome t =
      trainSupervised(c.sft, examples, c.cfg.sft, c.method.stage, c.env(c.seed));
  out.eval = t.eval;
  out.steps = t.steps;
  out.train_tokens_per_s = t.tokens_per_s;
  out.extra["train_tokens_per_s"] = t.tokens_per_s;
  out.extra["resumed"] = t.resumed;
}

}  // namespace

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
    m.train = trainSft;
    return m;
  }();
  return m;
}

}  // namespace ef
