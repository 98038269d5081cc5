#pragma once
// A tokenised training sequence: [BOS] prompt solution [EOS]; the loss covers the solution and EOS.
#include <string>
#include <vector>

#include "tasks/task.h"
#include "text/tokenizer.h"

namespace ef {

struct Example {
  std::vector<int> tokens;
  int prompt_len = 0;  // BOS + prompt tokens; targets before this index are masked
};

// complete = false leaves out EOS (a partial solution: a cut negative, a single step).
Example encodeExample(const Tokenizer& tok, const std::string& prompt, const std::string& solution,
                      bool complete = true);
std::vector<int> encodePrompt(const Tokenizer& tok, const std::string& prompt);

// Encodes a data set; throws std::length_error naming the longest example and the context when a
// sequence does not fit.
std::vector<Example> encodeProblems(const Tokenizer& tok, const Task& task,
                                    const std::vector<Problem>& problems, int context);

}  // namespace ef
