// SPDX-License-Identifier: GPL-3.0-or-later
// Iterated per-step DPO's trainer (the method and its settings: methods/iterated_method.cpp).
#include "experiment/methods/iterated_config.h"
#include "experiment/methods/train/cell_pairs.h"
#include "experiment/config/run_config.h"
#include "util/log.h"
#include "util/random.h"

namespace ef {

void iteratedStepDpoTrain(CellContext& c, CellOutcome& out) {
  const IteratedConfig& it = c.cfg.section<IteratedConfig>();
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
    const PreferenceOutcome res = trainPreferences(
        policy, reference, pairs, c.cfg.section<DpoConfig>(), c.method.stage, c.env(seed), opt);
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

}  // namespace ef
