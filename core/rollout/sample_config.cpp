// SPDX-License-Identifier: GPL-3.0-or-later
#include "rollout/sample_config.h"

namespace ef {

FieldList<SampleConfig> sampleConfigFields() {
  FieldList<SampleConfig> f;
  f.integer("samples_per_problem", &SampleConfig::samples_per_problem, 1, 4096)
      .label(EF_TRANSLATABLE("ef::Fields", "M (samples per problem)"))
      .help(EF_TRANSLATABLE("ef::Fields", "Solutions drawn from π_sft for each training problem"))
      .unit(EF_TRANSLATABLE("ef::Fields", "samples"));
  f.number("temperature", &SampleConfig::temperature, 0.0, 100.0)
      .label(EF_TRANSLATABLE("ef::Fields", "Temperature"))
      .help(EF_TRANSLATABLE("ef::Fields", "Sampling temperature of the self-samples"));
  f.integer("top_k", &SampleConfig::top_k, 0, 1000000)
      .label(EF_TRANSLATABLE("ef::Fields", "Top-k"))
      .help(EF_TRANSLATABLE("ef::Fields", "Sample from the k most likely tokens only"))
      .special(0, EF_TRANSLATABLE("ef::Fields", "no top-k filter"));
  f.integer("max_negatives", &SampleConfig::max_negatives, 0, 4096)
      .label(EF_TRANSLATABLE("ef::Fields", "Max negatives per problem"))
      .help(EF_TRANSLATABLE("ef::Fields", "Distinct incorrect samples kept per problem"))
      .unit(EF_TRANSLATABLE("ef::Fields", "samples"));
  f.integer("max_positives", &SampleConfig::max_positives, 0, 4096)
      .label(EF_TRANSLATABLE("ef::Fields", "Max positives per problem"))
      .help(EF_TRANSLATABLE("ef::Fields",
                            "Distinct correct samples kept per problem (RFT data, DPO positives)"))
      .unit(EF_TRANSLATABLE("ef::Fields", "samples"));
  f.integer("batch_size", &SampleConfig::batch_size, 1, 65536)
      .label(EF_TRANSLATABLE("ef::Fields", "Batch size"))
      .help(EF_TRANSLATABLE("ef::Fields", "Problems per sampling batch"))
      .unit(EF_TRANSLATABLE("ef::Fields", "problems"));
  return f;
}

}  // namespace ef
