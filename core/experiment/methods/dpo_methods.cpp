// SPDX-License-Identifier: GPL-3.0-or-later
// DPO from π_sft against the frozen π_sft on five kinds of pairs (docs/method.md, "Pairs" and
// "DPO"): standard DPO, edit-distance DPO and the three forms of per-step DPO on the first pit;
// and the RPO form of each, the same pairs with the chosen completion's NLL added to the loss
// (docs/method.md, "RPO"). The "pairs" and "dpo" sections they share. Their trainers:
// methods/train/dpo_train.cpp. Torch-free.
#include "experiment/methods/preference_sections.h"
#include "experiment/config/run_config.h"
#include "rollout/pair_builder.h"
#include "train/dpo_config.h"
#include "util/translatable.h"

namespace ef {

const ConfigSection& pairsSection() {
  static const ConfigSection s = configSectionOf<PairsConfig>(
      "pairs", EF_TRANSLATABLE("ef::Fields", "Pairs"),
      EF_TRANSLATABLE("ef::Fields", "Preference pairs for DPO and per-step DPO"), "advantages",
      pairsConfigFields);
  return s;
}

const ConfigSection& dpoSection() {
  static const ConfigSection s = configSectionOf<DpoConfig>(
      "dpo", EF_TRANSLATABLE("ef::Fields", "DPO"),
      EF_TRANSLATABLE("ef::Fields", "DPO and per-step DPO from π_sft, with π_sft as the reference"),
      "pairs", dpoConfigFields,
      [](const DpoConfig& d, const RunConfig& c) { checkTrainingSection(d.train, "dpo", c); });
  return s;
}

namespace {

// The DPO methods differ in their pairs and in whether the pairs need per-step credit.
Method pairMethod(const char* name, const char* label, const char* description, bool needs_credit) {
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
  m.work = [](const RunConfig& cfg) { return trainingWork(cfg.section<DpoConfig>().train); };
  m.sections = {&pairsSection(), &dpoSection()};
  return m;
}

}  // namespace

const Method& dpoMethod() {
  static const Method m = pairMethod(
      "dpo", EF_TRANSLATABLE("ef::Methods", "DPO"),
      EF_TRANSLATABLE("ef::Methods",
                      "Standard DPO on random pairs of a correct and an incorrect self-sample"),
      false);
  return m;
}

const Method& editDpoMethod() {
  static const Method m = pairMethod(
      "edit_dpo", EF_TRANSLATABLE("ef::Methods", "edit-distance DPO"),
      EF_TRANSLATABLE("ef::Methods",
                      "DPO on pairs of a correct sample and the incorrect one farthest from it in "
                      "edit distance"),
      false);
  return m;
}

const Method& stepDpoFullMethod() {
  static const Method m = pairMethod(
      "step_dpo_full", EF_TRANSLATABLE("ef::Methods", "per-step DPO (full)"),
      EF_TRANSLATABLE("ef::Methods",
                      "Per-step DPO: a correct solution against the negative cut after its first "
                      "pit"),
      true);
  return m;
}

const Method& stepDpoPrefixMethod() {
  static const Method m = pairMethod(
      "step_dpo_prefix", EF_TRANSLATABLE("ef::Methods", "per-step DPO (shared prefix)"),
      EF_TRANSLATABLE("ef::Methods",
                      "Per-step DPO on the shared prefix before the pit: a successful rollout "
                      "against the pit step"),
      true);
  return m;
}

const Method& stepDpoAltMethod() {
  static const Method m = pairMethod(
      "step_dpo_alt", EF_TRANSLATABLE("ef::Methods", "per-step DPO (alternative at the pit)"),
      EF_TRANSLATABLE("ef::Methods",
                      "Per-step DPO on one step: at the pit, the step with the highest Monte-Carlo "
                      "Q̂ > 0 against the pit step, after the shared prefix"),
      true);
  return m;
}

}  // namespace ef

namespace ef {

const Method& rpoMethod() {
  static const Method m = pairMethod(
      "rpo", EF_TRANSLATABLE("ef::Methods", "RPO"),
      EF_TRANSLATABLE("ef::Methods",
                      "DPO's random pairs with the chosen completion's NLL added to the loss"),
      false);
  return m;
}

const Method& editRpoMethod() {
  static const Method m = pairMethod(
      "edit_rpo", EF_TRANSLATABLE("ef::Methods", "edit-distance RPO"),
      EF_TRANSLATABLE("ef::Methods",
                      "Edit-distance DPO's pairs with the chosen completion's NLL added to the "
                      "loss"),
      false);
  return m;
}

const Method& stepRpoFullMethod() {
  static const Method m = pairMethod(
      "step_rpo_full", EF_TRANSLATABLE("ef::Methods", "per-step RPO (full)"),
      EF_TRANSLATABLE("ef::Methods",
                      "Per-step DPO (full) with the chosen completion's NLL added to the loss"),
      true);
  return m;
}

const Method& stepRpoPrefixMethod() {
  static const Method m = pairMethod(
      "step_rpo_prefix", EF_TRANSLATABLE("ef::Methods", "per-step RPO (shared prefix)"),
      EF_TRANSLATABLE("ef::Methods",
                      "Per-step DPO (shared prefix) with the chosen completion's NLL added to the "
                      "loss"),
      true);
  return m;
}

const Method& stepRpoAltMethod() {
  static const Method m = pairMethod(
      "step_rpo_alt", EF_TRANSLATABLE("ef::Methods", "per-step RPO (alternative at the pit)"),
      EF_TRANSLATABLE("ef::Methods",
                      "Per-step DPO (alternative at the pit) with the chosen step's NLL added to "
                      "the loss"),
      true);
  return m;
}

}  // namespace ef
