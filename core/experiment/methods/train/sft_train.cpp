// SPDX-License-Identifier: GPL-3.0-or-later
// SFT's trainer (the method: methods/sft_method.cpp): next-token training on D_syn.
#include "experiment/pipeline/cell_context.h"
#include "experiment/config/run_config.h"

namespace ef {

void sftTrain(CellContext& c, CellOutcome& out) {
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

}  // namespace ef
