// SPDX-License-Identifier: GPL-3.0-or-later
// Iterated per-step DPO (docs/method.md, "Iterated per-step DPO"): round 1 is per-step DPO on
// π_sft's self-samples and credit, with the same pairs and seeds as the plain per-step method, so
// one round equals it; every later round samples from the current policy, assigns per-step credit
// with that policy's rollouts, builds the same kind of pairs and trains on them, against π_sft or
// the previous round's policy. Each round ends with a validation evaluation (a point on the
// curves); the test set is read once, after the last round.
#include "experiment/methods/cell_pairs.h"
#include "experiment/run_config.h"
#include "util/log.h"
#include "util/random.h"
#include "util/translatable.h"

namespace ef {

FieldList<IteratedConfig> iteratedConfigFields() {
  FieldList<IteratedConfig> f;
  f.integer("rounds", &IteratedConfig::rounds, 1, 100)
      .label(EF_TRANSLATABLE("ef::Fields", "Rounds"))
      .help(EF_TRANSLATABLE("ef::Fields", "Rounds of sampling, credit and DPO"))
      .unit(EF_TRANSLATABLE("ef::Fields", "rounds"));
  f.choice("reference", &IteratedConfig::reference, {"sft", "previous"})
      .label(EF_TRANSLATABLE("ef::Fields", "Reference model"))
      .help(EF_TRANSLATABLE("ef::Fields",
                            "sft: π_sft in every round; previous: the policy of the round before"));
  f.choice("pairs", &IteratedConfig::pairs, {"step_full", "step_prefix"})
      .label(EF_TRANSLATABLE("ef::Fields", "Pairs"))
      .help(EF_TRANSLATABLE("ef::Fields",
                            "step_full: correct solution against the negative cut after its pit; "
                            "step_prefix: the shared prefix's successful rollout against the pit"));
  f.number("nll_weight", &IteratedConfig::nll_weight, 0.0, 1000.0)
      .label(EF_TRANSLATABLE("ef::Fields", "NLL weight α"))
      .help(EF_TRANSLATABLE("ef::Fields", "RPO's NLL term in every round (0 = DPO)"))
      .special(0, EF_TRANSLATABLE("ef::Fields", "DPO"));
  return f;
}

namespace {

void trainIterated(CellContext& c, CellOutcome& out) {
  const IteratedConfig& it = c.cfg.iterated;
  const auto size = static_cast<std::uint64_t>(c.size);
  const bool prefix = it.pairs == "step_prefix";
  const PairKind kind = prefix ? PairKind::StepPrefix : PairKind::StepFull;
  const std::string plain = prefix ? "step_dpo_prefix" : "step_dpo_full";
  Gpt policy = cloneModel(c.sft);
  Gpt reference = c.sft;
  std::int64_t steps = 0;
  auto rounds = nlohmann::ordered_json::array();
  for (int r = 1; r <= it.rounds; ++r) {
    if (c.cancel.cancelled()) throw Cancelled{};
    SelfSamples own_samples;
    Credit own_credit;
    const SelfSamples* samples = c.samples;
    const Credit* credit = c.credit;
    const auto round = static_cast<std::uint64_t>(r);
    if (r > 1) {
      c.rec.observer().onStage("sample");
      // Recorded at the policy's step, so every round's samples and credit stay apart.
      own_samples =
          sampleSelf(policy, c.data, c.train, c.cfg.sample, c.rec, c.cancel,
                     deriveSeed(deriveSeed(c.seed, "sample", size), "round", round), steps);
      c.rec.observer().onStage("advantages");
      own_credit =
          assignCredit(policy, c.data, c.train, own_samples, c.cfg.advantages, c.rec, c.cancel,
                       deriveSeed(deriveSeed(c.seed, "credit", size), "round", round), steps);
      samples = &own_samples;
      credit = &own_credit;
    }
    nlohmann::ordered_json info;
    info["round"] = r;
    const auto pairs = cellPairs(c, *samples, credit, kind, info);
    // Round 1 trains exactly as the plain per-step method does (same seed stream).
    const std::uint64_t seed =
        r == 1 ? deriveSeed(c.seed, plain, size)
               : deriveSeed(deriveSeed(c.seed, c.method.name, size), "round", round);
    PreferenceOptions opt;
    opt.nll_weight = it.nll_weight;
    opt.first_step = steps;
    opt.test = r == it.rounds;
    const PreferenceOutcome res =
        trainPreferences(policy, reference, pairs, c.cfg.dpo, c.method.stage, c.env(seed), opt);
    steps += res.steps;
    info["trained_pairs"] = res.pairs;
    info["dpo_steps"] = res.steps;
    info["valid_error"] = res.eval.valid_error;
    info["fraction_correct"] = samples->fraction_correct;
    c.rec.metric("iterated", r, "valid_error", res.eval.valid_error);
    c.rec.metric("iterated", r, "fraction_correct", samples->fraction_correct);
    c.rec.log(LogLevel::Info, "round " + std::to_string(r) + " of " + std::to_string(it.rounds) +
                                  ": " + std::to_string(res.pairs) + " pairs, validation error " +
                                  fixed4(res.eval.valid_error));
    rounds.push_back(info);
    out.eval = res.eval;
    if (it.reference == "previous" && r < it.rounds) reference = cloneModel(policy);
  }
  out.extra["rounds"] = rounds;
  out.extra["dpo_steps"] = steps;
  out.steps = steps;
}

}  // namespace

const Method& iteratedStepDpoMethod() {
  static const Method m = [] {
    Method m;
    m.name = "iterated_step_dpo";
    m.label = EF_TRANSLATABLE("ef::Methods", "iterated per-step DPO");
    m.description = EF_TRANSLATABLE("ef::Methods",
                                    "Rounds of sampling from the current policy, per-step credit "
                                    "and per-step DPO");
    m.stage = "dpo";
    m.needs_samples = true;
    m.needs_credit = true;
    m.metrics = {
        {"iterated", "valid_error",
         EF_TRANSLATABLE("ef::Metrics", "validation error after each round"), true},
        {"iterated", "fraction_correct",
         EF_TRANSLATABLE("ef::Metrics", "fraction of correct self-samples per round"), true}};
    m.work = [](const RunConfig& cfg) {
      MethodWork w = trainingWork(cfg.dpo.train);
      w.optimizer_steps *= cfg.iterated.rounds;
      w.evaluations *= cfg.iterated.rounds;
      return w;
    };
    m.train = trainIterated;
    m.own_sections = {"iterated", "pairs", "dpo"};
    return m;
  }();
  return m;
}

}  // namespace ef
