// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Self-sampling: M solutions per training problem from π_sft, split by the verifier into
// positives (D+) and negatives (docs/method.md, "Self-samples").
#include "util/field_table.h"

namespace ef {

struct SampleConfig {
  int samples_per_problem = 16;  // M
  double temperature = 1.0;
  int top_k = 0;
  int max_negatives = 8;  // distinct incorrect samples kept per problem
  int max_positives = 4;  // distinct correct samples kept per problem (RFT data, DPO positives)
  int batch_size = 128;   // problems per sampling batch
};

FieldList<SampleConfig> sampleConfigFields();

}  // namespace ef
