// SPDX-License-Identifier: GPL-3.0-or-later
#include "tasks/task.h"

#include "tasks/answer_parsing.h"

namespace ef {

const char* verdictName(Verdict v) {
  switch (v) {
    case Verdict::Correct:
      return "correct";
    case Verdict::Wrong:
      return "wrong";
    case Verdict::Unparseable:
      return "unparseable";
  }
  return "unparseable";
}

std::string Task::solutionText(const Problem& p) const {
  return parsing::join(p.steps, stepSeparator());
}

std::vector<std::string> Task::splitSteps(const std::string& output) const {
  const std::string sep = stepSeparator();
  std::vector<std::string> steps;
  if (sep.empty()) {
    if (!output.empty()) steps.push_back(output);
    return steps;
  }
  for (auto& piece : parsing::split(output, sep)) {
    if (!piece.empty()) steps.push_back(std::move(piece));
  }
  return steps;
}

}  // namespace ef
