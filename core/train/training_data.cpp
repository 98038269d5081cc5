// SPDX-License-Identifier: GPL-3.0-or-later
#include "train/training_data.h"

#include <stdexcept>

namespace ef {

std::vector<Example> encodeProblems(const Tokenizer& tok, const Task& task,
                                    const std::vector<Problem>& problems, int context) {
  std::vector<Example> out;
  out.reserve(problems.size());
  for (std::size_t i = 0; i < problems.size(); ++i) {
    out.push_back(encodeExample(tok, problems[i].prompt, task.solutionText(problems[i])));
    if (static_cast<int>(out.back().tokens.size()) > context) {
      throw std::length_error("problem " + std::to_string(i) + " needs " +
                              std::to_string(out.back().tokens.size()) +
                              " tokens, more than model.context = " + std::to_string(context));
    }
  }
  return out;
}

}  // namespace ef
