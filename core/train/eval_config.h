// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The evaluation section of a run config: greedy test error, pass@k and the training-set probe.
#include "util/field_table.h"

namespace ef {

struct EvalConfig {
  int pass_k = 4;            // samples per problem for pass@k
  double temperature = 1.0;  // sampling temperature for pass@k
  int top_k = 0;             // 0 = no top-k filter
  int max_new_tokens = 0;    // 0 = up to the model context
  int batch_size = 128;      // problems per sampling batch
  // Greedy probe on the first N training problems at every evaluation (0 = off): the gap between
  // its error / first-step accuracy and the test set's shows memorisation.
  int train_problems = 200;
};

FieldList<EvalConfig> evalConfigFields();

}  // namespace ef
