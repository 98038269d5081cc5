// DPO from π_sft against the frozen π_sft on four kinds of pairs (docs/method.md, "Pairs" and
// "DPO"): standard DPO, edit-distance DPO and the two forms of per-step DPO on the first pit.
#include "experiment/cell_context.h"
#include "experiment/preference_training.h"
#include "experiment/run_config.h"
#include "util/log.h"
#include "util/random.h"
#include "util/translatable.h"

namespace ef {
namespace {

void trainOnPairs(CellContext& c, CellOutcome& out, PairKind kind) {
  const auto size = static_cast<std::uint64_t>(c.size);
  const PairBuilder builder(c.data.task->stepSeparator(), deriveSeed(c.seed, "pairs", size));
  const std::vector<NegativeSample> uncredited;
  const auto& credited = c.credit ? c.credit->negatives : uncredited;
  PairStats ps;
  const auto pairs =
      builder.build(kind, pairInputs(c.train, *c.samples, credited, c.cfg.pairs), &ps);
  out.extra["pairs"] = ps.pairs;
  out.extra["negatives"] = ps.negatives;
  out.extra["skipped_without_pit"] = ps.skipped_without_pit;
  out.extra["teacher_as_positive"] = ps.without_positive;
  if (c.credit) {
    out.extra["rollouts_per_negative"] = c.credit->stats.rollouts_per_negative;
    out.extra["mean_pit_step"] = c.credit->stats.mean_pit_step;
  }
  c.rec.log(LogLevel::Info, c.method.name + " n=" + std::to_string(c.size) + ": " +
                                std::to_string(ps.pairs) + " pairs (" +
                                std::to_string(ps.skipped_without_pit) +
                                " negatives without a pit skipped)");
  Gpt policy = cloneModel(c.sft);
  const PreferenceOutcome r = trainPreferences(policy, c.sft, pairs, c.method.stage,
                                               c.env(deriveSeed(c.seed, c.method.name, size)));
  out.extra["trained_pairs"] = r.pairs;
  out.extra["dpo_steps"] = r.steps;
  out.extra["final_margin"] = r.final_margin;
  out.extra["final_pair_accuracy"] = r.final_accuracy;
  out.eval = r.eval;
  out.steps = r.steps;
}

template <PairKind kind>
void trainKind(CellContext& c, CellOutcome& out) {
  trainOnPairs(c, out, kind);
}

// The four DPO methods differ in their pairs and in whether the pairs need per-step credit.
Method pairMethod(const char* name, const char* label, const char* description, bool needs_credit,
                  void (*train)(CellContext&, CellOutcome&)) {
  return Method{
      name,
      label,
      description,
      "dpo",
      /*baseline=*/false,
      /*needs_samples=*/true,
      needs_credit,
      {{"dpo", "margin", EF_TRANSLATABLE("ef::Metrics", "DPO reward margin"), false},
       {"dpo", "pair_accuracy", EF_TRANSLATABLE("ef::Metrics", "DPO pair accuracy"), true}},
      // An upper bound: dpo.max_epochs may stop it earlier.
      [](const RunConfig& cfg) { return trainingWork(cfg.dpo.train); },
      train};
}

}  // namespace

const Method& dpoMethod() {
  static const Method m = pairMethod(
      "dpo", EF_TRANSLATABLE("ef::Methods", "DPO"),
      EF_TRANSLATABLE("ef::Methods",
                      "Standard DPO on random pairs of a correct and an incorrect self-sample"),
      false, trainKind<PairKind::Random>);
  return m;
}

const Method& editDpoMethod() {
  static const Method m = pairMethod(
      "edit_dpo", EF_TRANSLATABLE("ef::Methods", "edit-distance DPO"),
      EF_TRANSLATABLE("ef::Methods",
                      "DPO on pairs of a correct sample and the incorrect one farthest from it in "
                      "edit distance"),
      false, trainKind<PairKind::EditDistance>);
  return m;
}

const Method& stepDpoFullMethod() {
  static const Method m = pairMethod(
      "step_dpo_full", EF_TRANSLATABLE("ef::Methods", "per-step DPO (full)"),
      EF_TRANSLATABLE("ef::Methods",
                      "Per-step DPO: a correct solution against the negative cut after its first "
                      "pit"),
      true, trainKind<PairKind::StepFull>);
  return m;
}

const Method& stepDpoPrefixMethod() {
  static const Method m = pairMethod(
      "step_dpo_prefix", EF_TRANSLATABLE("ef::Methods", "per-step DPO (shared prefix)"),
      EF_TRANSLATABLE("ef::Methods",
                      "Per-step DPO on the shared prefix before the pit: a successful rollout "
                      "against the pit step"),
      true, trainKind<PairKind::StepPrefix>);
  return m;
}

}  // namespace ef
