// SPDX-License-Identifier: GPL-3.0-or-later
// The DPO and RPO methods' trainers (the methods and their settings: methods/dpo_methods.cpp).
#include "experiment/methods/train/cell_pairs.h"
#include "experiment/pipeline/preference_training.h"
#include "experiment/config/run_config.h"
#include "train/dpo_config.h"
#include "util/random.h"

namespace ef {
namespace {

// The DPO method whose pairs are of this kind: its name seeds the data order of both forms.
const char* dpoMethodOf(PairKind kind) {
  switch (kind) {
    case PairKind::Random:
      return "dpo";
    case PairKind::EditDistance:
      return "edit_dpo";
    case PairKind::StepFull:
      return "step_dpo_full";
    case PairKind::StepPrefix:
      return "step_dpo_prefix";
    case PairKind::StepAlternative:
      return "step_dpo_alt";
  }
  return "dpo";
}

void trainOnPairs(CellContext& c, CellOutcome& out, PairKind kind, bool rpo) {
  const auto size = static_cast<std::uint64_t>(c.size);
  const auto pairs = cellPairs(c, *c.samples, c.credit, kind, out.extra);
  Gpt policy = cloneModel(c.sft);
  // The RPO form shares its DPO counterpart's seed stream (the same batches in the same order),
  // so the two differ by the NLL term alone and RPO with α = 0 is that DPO cell exactly
  // (docs/method.md, "RPO").
  const DpoConfig& dpo = c.cfg.section<DpoConfig>();
  PreferenceOptions opt;
  opt.nll_weight = rpo ? dpo.rpo_alpha : 0.0;
  const PreferenceOutcome r =
      trainPreferences(policy, c.sft, pairs, dpo, c.method.stage,
                       c.env(deriveSeed(c.seed, dpoMethodOf(kind), size)), opt);
  out.extra["trained_pairs"] = r.pairs;
  out.extra["dpo_steps"] = r.steps;
  out.extra["final_margin"] = r.final_margin;
  out.extra["final_pair_accuracy"] = r.final_accuracy;
  out.eval = r.eval;
  out.steps = r.steps;
}

}  // namespace

void dpoTrain(CellContext& c, CellOutcome& out) {
  trainOnPairs(c, out, PairKind::Random, false);
}

void editDpoTrain(CellContext& c, CellOutcome& out) {
  trainOnPairs(c, out, PairKind::EditDistance, false);
}

void stepDpoFullTrain(CellContext& c, CellOutcome& out) {
  trainOnPairs(c, out, PairKind::StepFull, false);
}

void stepDpoPrefixTrain(CellContext& c, CellOutcome& out) {
  trainOnPairs(c, out, PairKind::StepPrefix, false);
}

void stepDpoAltTrain(CellContext& c, CellOutcome& out) {
  trainOnPairs(c, out, PairKind::StepAlternative, false);
}

void rpoTrain(CellContext& c, CellOutcome& out) {
  trainOnPairs(c, out, PairKind::Random, true);
}

void editRpoTrain(CellContext& c, CellOutcome& out) {
  trainOnPairs(c, out, PairKind::EditDistance, true);
}

void stepRpoFullTrain(CellContext& c, CellOutcome& out) {
  trainOnPairs(c, out, PairKind::StepFull, true);
}

void stepRpoPrefixTrain(CellContext& c, CellOutcome& out) {
  trainOnPairs(c, out, PairKind::StepPrefix, true);
}

void stepRpoAltTrain(CellContext& c, CellOutcome& out) {
  trainOnPairs(c, out, PairKind::StepAlternative, true);
}

}  // namespace ef
