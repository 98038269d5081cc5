// SPDX-License-Identifier: GPL-3.0-or-later
#include "train/eval_config.h"

namespace ef {

FieldList<EvalConfig> evalConfigFields() {
  FieldList<EvalConfig> f;
  f.integer("pass_k", &EvalConfig::pass_k, 1, 1024)
      .label(EF_TRANSLATABLE("ef::Fields", "k of pass@k"))
      .help(EF_TRANSLATABLE("ef::Fields", "Samples per test problem for pass@k"))
      .unit(EF_TRANSLATABLE("ef::Fields", "samples"));
  f.number("temperature", &EvalConfig::temperature, 0.0, 100.0)
      .label(EF_TRANSLATABLE("ef::Fields", "Temperature"))
      .help(EF_TRANSLATABLE("ef::Fields", "Sampling temperature for pass@k"));
  f.integer("top_k", &EvalConfig::top_k, 0, 1000000)
      .label(EF_TRANSLATABLE("ef::Fields", "Top-k"))
      .help(EF_TRANSLATABLE("ef::Fields", "Sample from the k most likely tokens only"))
      .special(0, EF_TRANSLATABLE("ef::Fields", "no top-k filter"));
  f.integer("max_new_tokens", &EvalConfig::max_new_tokens, 0, 65536)
      .label(EF_TRANSLATABLE("ef::Fields", "Max new tokens"))
      .help(EF_TRANSLATABLE("ef::Fields", "Longest solution generated"))
      .unit(EF_TRANSLATABLE("ef::Fields", "tokens"))
      .special(0, EF_TRANSLATABLE("ef::Fields", "up to the model context"));
  f.integer("batch_size", &EvalConfig::batch_size, 1, 65536)
      .label(EF_TRANSLATABLE("ef::Fields", "Batch size"))
      .help(EF_TRANSLATABLE("ef::Fields", "Problems per sampling batch"))
      .unit(EF_TRANSLATABLE("ef::Fields", "problems"));
  f.integer("train_problems", &EvalConfig::train_problems, 0, 1000000)
      .label(EF_TRANSLATABLE("ef::Fields", "Training-set probe"))
      .help(EF_TRANSLATABLE("ef::Fields",
                            "Also evaluate greedily on this many training problems: the gap to "
                            "the test set shows memorisation"))
      .unit(EF_TRANSLATABLE("ef::Fields", "problems"))
      .special(0, EF_TRANSLATABLE("ef::Fields", "off"));
  return f;
}

}  // namespace ef
