// SPDX-License-Identifier: GPL-3.0-or-later
// DPO from π_sft against the frozen π_sft on five kinds of pairs (docs/method.md, "Pairs" and
// "DPO"): standard DPO, edit-distance DPO and the three forms of per-step DPO on the first pit;
// and the RPO form of each, the same pairs with the chosen completion's NLL added to the loss
// (docs/method.md, "RPO").
#include "experiment/methods/cell_pairs.h"
#include "experiment/preference_training.h"
#include "experiment/run_config.h"
#include "util/log.h"
#include "util/random.h"
#include "util/translatable.h"

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
  const PreferenceOutcome r = trainPreferences(policy, c.sft, pairs, c.cfg.dpo, c.method.stage,
                                               c.env(deriveSeed(c.seed, dpoMethodOf(kind), size)),
                                               PreferenceOptions{rpo ? c.cfg.dpo.rpo_alpha : 0.0});
  out.extra["trained_pairs"] = r.pairs;
  out.extra["dpo_steps"] = r.steps;
  out.extra["final_margin"] = r.final_margin;
  out.extra["final_pair_accuracy"] = r.final_accuracy;
  out.eval = r.eval;
  out.steps = r.steps;
}

template <PairKind kind, bool rpo>
void trainKind(CellContext& c, CellOutcome& out) {
  trainOnPairs(c, out, kind, rpo);
}

// The DPO methods differ in their pairs and in whether the pairs need per-step credit.
Method pairMethod(const char* name, const char* label, const char* description, bool needs_credit,
                  void (*train)(CellContext&, CellOutcome&)) {
  Method m;
  m.name = name;
  m.label = label;
  m.description = description;
  m.stage = "dpo";
  m.needs_samples = true;
  m.needs_credit = needs_credit;
  m.metrics = {
      {"dpo", "margin", EF_TRANSLATABLE("ef::Metrics", "DPO reward margin"), false},
      {"dpo", "pair_accuracy", EF_TRANSLATABLE("ef::Metrics", "DPO pair accuracy"), true},
      {"dpo", "chosen_reward", EF_TRANSLATABLE("ef::Metrics", "DPO chosen reward"), false},
      {"dpo", "rejected_reward", EF_TRANSLATABLE("ef::Metrics", "DPO rejected reward"), false},
      {"dpo", "chosen_nll", EF_TRANSLATABLE("ef::Metrics", "RPO chosen NLL"), false}};
  // An upper bound: dpo.max_epochs may stop it earlier.
  m.work = [](const RunConfig& cfg) { return trainingWork(cfg.dpo.train); };
  m.train = train;
  m.own_sections = {"pairs", "dpo"};
  return m;
}

}  // namespace

const Method& dpoMethod() {
  static const Method m = pairMethod(
      "dpo", EF_TRANSLATABLE("ef::Methods", "DPO"),
      EF_TRANSLATABLE("ef::Methods",
                      "Standard DPO on random pairs of a correct and an incorrect self-sample"),
      false, trainKind<PairKind::Random, false>);
  return m;
}

const Method& editDpoMethod() {
  static const Method m = pairMethod(
      "edit_dpo", EF_TRANSLATABLE("ef::Methods", "edit-distance DPO"),
      EF_TRANSLATABLE("ef::Methods",
                      "DPO on pairs of a correct sample and the incorrect one farthest from it in "
                      "edit distance"),
      false, trainKind<PairKind::EditDistance, false>);
  return m;
}

const Method& stepDpoFullMethod() {
  static const Method m = pairMethod(
      "step_dpo_full", EF_TRANSLATABLE("ef::Methods", "per-step DPO (full)"),
      EF_TRANSLATABLE("ef::Methods",
                      "Per-step DPO: a correct solution against the negative cut after its first "
                      "pit"),
      true, trainKind<PairKind::StepFull, false>);
  return m;
}

const Method& stepDpoPrefixMethod() {
  static const Method m = pairMethod(
      "step_dpo_prefix", EF_TRANSLATABLE("ef::Methods", "per-step DPO (shared prefix)"),
      EF_TRANSLATABLE("ef::Methods",
                      "Per-step DPO on the shared prefix before the pit: a successful rollout "
                      "against the pit step"),
      true, trainKind<PairKind::StepPrefix, false>);
  return m;
}

const Method& stepDpoAltMethod() {
  static const Method m = pairMethod(
      "step_dpo_alt", EF_TRANSLATABLE("ef::Methods", "per-step DPO (alternative at the pit)"),
      EF_TRANSLATABLE("ef::Methods",
                      "Per-step DPO on one step: at the pit, the step with the highest Monte-Carlo "
                      "Q̂ > 0 against the pit step, after the shared prefix"),
      true, trainKind<PairKind::StepAlternative, false>);
  return m;
}

}  // namespace ef

namespace ef {

const Method& rpoMethod() {
  static const Method m = pairMethod(
      "rpo", EF_TRANSLATABLE("ef::Methods", "RPO"),
      EF_TRANSLATABLE("ef::Methods",
                      "DPO's random pairs with the chosen completion's NLL added to the loss"),
      false, trainKind<PairKind::Random, true>);
  return m;
}

const Method& editRpoMethod() {
  static const Method m = pairMethod(
      "edit_rpo", EF_TRANSLATABLE("ef::Methods", "edit-distance RPO"),
      EF_TRANSLATABLE("ef::Methods",
                      "Edit-distance DPO's pairs with the chosen completion's NLL added to the "
                      "loss"),
      false, trainKind<PairKind::EditDistance, true>);
  return m;
}

const Method& stepRpoFullMethod() {
  static const Method m = pairMethod(
      "step_rpo_full", EF_TRANSLATABLE("ef::Methods", "per-step RPO (full)"),
      EF_TRANSLATABLE("ef::Methods",
                      "Per-step DPO (full) with the chosen completion's NLL added to the loss"),
      true, trainKind<PairKind::StepFull, true>);
  return m;
}

const Method& stepRpoPrefixMethod() {
  static const Method m = pairMethod(
      "step_rpo_prefix", EF_TRANSLATABLE("ef::Methods", "per-step RPO (shared prefix)"),
      EF_TRANSLATABLE("ef::Methods",
                      "Per-step DPO (shared prefix) with the chosen completion's NLL added to the "
                      "loss"),
      true, trainKind<PairKind::StepPrefix, true>);
  return m;
}

const Method& stepRpoAltMethod() {
  static const Method m = pairMethod(
      "step_rpo_alt", EF_TRANSLATABLE("ef::Methods", "per-step RPO (alternative at the pit)"),
      EF_TRANSLATABLE("ef::Methods",
                      "Per-step DPO (alternative at the pit) with the chosen step's NLL added to "
                      "the loss"),
      true, trainKind<PairKind::StepAlternative, true>);
  return m;
}

}  // namespace ef
