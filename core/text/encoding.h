// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A tokenised sequence: [BOS] prompt solution [EOS]; the loss covers the solution and EOS. The
// solution is encoded step by step, so every step boundary is a token boundary.
#include <string>
#include <vector>

#include "text/tokenizer.h"

namespace ef {

struct Example {
  std::vector<int> tokens;
  int prompt_len = 0;  // BOS + prompt tokens; targets before this index are masked
  // Loss weight of each solution token (tokens[prompt_len + j] has weight weights[j]); empty =
  // every solution token weighs 1. Advantage-weighted RL sets it per step.
  std::vector<float> weights;
};

// complete = false leaves out EOS (a partial solution: a cut negative, a single step).
Example encodeExample(const Tokenizer& tok, const std::string& prompt, const std::string& solution,
                      bool complete = true);
// BOS + the prompt's tokens (+ the steps of a solution prefix, encoded step by step, see
// Tokenizer::encodeSteps): what generation starts from.
std::vector<int> encodePrompt(const Tokenizer& tok, const std::string& prompt,
                              const std::string& solution_prefix = "");

}  // namespace ef
