// SPDX-License-Identifier: GPL-3.0-or-later
// The controls (docs/method.md, "Controls"): More SFT and Reweighted SFT. Both continue π_sft on
// D_syn, the teacher's solutions, for the optimizer steps the matched preference method trains on
// this cell (controls.match: the same pairs decide the count, dpoSteps), two sequences per pair
// in a batch, with the preference stage's evaluation and model selection. More SFT weighs every
// problem alike: a gain over it is not "more training". Reweighted SFT weighs each problem by how
// often π_sft failed it (failureWeights): a gain over it is not "the failed problems weighted up"
// but the negative gradient at the pit. Their trainers: methods/train/sft_controls_train.cpp.
// Torch-free.
#include "experiment/methods/controls_config.h"
#include "experiment/methods/preference_sections.h"
#include "experiment/config/run_config.h"
#include "train/dpo_config.h"
#include "util/config_error.h"
#include "util/translatable.h"

namespace ef {

const ConfigSection& controlsSection() {
  static const ConfigSection s = configSectionOf<ControlsConfig>(
      "controls", EF_TRANSLATABLE("ef::Fields", "Controls"),
      EF_TRANSLATABLE("ef::Fields",
                      "More SFT and Reweighted SFT: π_sft trained on D_syn for as many steps "
                      "as the matched preference method"),
      "awr", controlsConfigFields, [](const ControlsConfig& k, const RunConfig&) {
        if (k.min_lr > k.lr) throw ConfigError("controls.min_lr", "must be <= controls.lr");
      });
  return s;
}

namespace {

Method controlMethod(const char* name, const char* label, const char* description) {
  Method m;
  m.name = name;
  m.label = label;
  m.description = description;
  m.stage = "controls";
  m.needs_samples = true;
  m.needs_credit = true;  // the matched per-step method's pairs count the steps
  // An upper bound: the matched method's dpo.max_epochs may stop it earlier.
  m.work = [](const RunConfig& cfg) { return trainingWork(cfg.section<DpoConfig>().train); };
  m.sections = {&controlsSection(), &pairsSection(), &dpoSection()};
  return m;
}

}  // namespace

const Method& moreSftMethod() {
  static const Method m = controlMethod(
      "more_sft", EF_TRANSLATABLE("ef::Methods", "More SFT"),
      EF_TRANSLATABLE("ef::Methods",
                      "Control: π_sft trained on D_syn for as many steps and tokens as the matched "
                      "preference method"));
  return m;
}

const Method& reweightedSftMethod() {
  static const Method m = controlMethod(
      "reweighted_sft", EF_TRANSLATABLE("ef::Methods", "Reweighted SFT"),
      EF_TRANSLATABLE("ef::Methods",
                      "Control: More SFT with the problems π_sft fails on weighted up"));
  return m;
}

}  // namespace ef
