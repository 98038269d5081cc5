// SPDX-License-Identifier: GPL-3.0-or-later
// Iterated per-step DPO (docs/method.md, "Iterated per-step DPO"): round 1 is per-step DPO on
// π_sft's self-samples and credit, with the same pairs and seeds as the plain per-step method, so
// one round equals it; every later round samples from the current policy, assigns per-step credit
// with that policy's rollouts, builds the same kind of pairs and trains on them, against π_sft or
// the previous round's policy. Each round ends with a validation evaluation (a point on the
// curves); the test set is read once, after the last round. Its trainer:
// methods/train/iterated_train.cpp. Torch-free.
#include "experiment/methods/iterated_config.h"
#include "experiment/methods/preference_sections.h"
#include "train/dpo_config.h"
#include "experiment/config/run_config.h"
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

const ConfigSection& iteratedSection() {
  static const ConfigSection s = configSectionOf<IteratedConfig>(
      "iterated", EF_TRANSLATABLE("ef::Fields", "Iterated per-step DPO"),
      EF_TRANSLATABLE("ef::Fields",
                      "Rounds of sampling, per-step credit and DPO from the current policy"),
      "controls", iteratedConfigFields);
  return s;
}

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
      const int rounds = cfg.section<IteratedConfig>().rounds;
      MethodWork w = trainingWork(cfg.section<DpoConfig>().train);
      w.optimizer_steps *= rounds;
      w.evaluations *= rounds;
      return w;
    };
    m.sections = {&iteratedSection(), &pairsSection(), &dpoSection()};
    return m;
  }();
  return m;
}

}  // namespace ef
