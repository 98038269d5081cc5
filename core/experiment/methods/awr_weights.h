// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The weighted examples of advantage-weighted RL (docs/method.md, "Advantage-weighted RL"):
// every token of step i (and the separator after it; EOS after the last step) carries
// w_i = exp(A_i / β), normalised and clipped by AwrConfig; a step without an estimated advantage
// weighs 0. Torch-free.
#include <string>
#include <vector>

#include "experiment/pipeline/credited_sample.h"
#include "tasks/problem.h"
#include "experiment/methods/awr_config.h"
#include "text/encoding.h"

namespace ef {

struct AwrStats {
  int samples = 0;             // examples built (those that fit the context)
  int steps = 0;               // steps with a weight
  int unknown_steps = 0;       // steps without an estimated advantage (weight 0)
  int clipped = 0;             // weights cut to max_weight
  double mean_raw_weight = 0;  // mean exp(A/β) before normalising
};

// The step weights of each sample, aligned with CreditedSample::advantages (0 where unknown).
std::vector<std::vector<double>> awrStepWeights(const std::vector<CreditedSample>& samples,
                                                const AwrConfig& cfg, AwrStats* stats);

std::vector<Example> awrExamples(const Tokenizer& tok, const std::string& separator,
                                 const std::vector<Problem>& problems,
                                 const std::vector<CreditedSample>& samples, const AwrConfig& cfg,
                                 int context, AwrStats* stats);

}  // namespace ef
