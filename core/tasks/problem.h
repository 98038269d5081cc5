// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A synthetic (or imported) math problem with its reference solution, split into steps.
#include <string>
#include <vector>

namespace ef {

struct Problem {
  std::string prompt;  // the text the model is conditioned on (ends where the solution begins)
  std::vector<std::string> steps;  // reference solution steps, the final answer step included
  std::string answer;              // canonical final answer (what verify() compares against)
  std::vector<int> spurious;  // indices into steps of correct-but-useless steps (teacher-inserted)
  // The task's shortcut gives a wrong step on this problem (the hint task's wrong hints): the
  // evaluation reports the error on these problems apart as minority_error.
  bool shortcut_fails = false;
  // On such a problem, the step the shortcut writes (copying the wrong hint) and its index: a
  // negative whose first pit is this step fell for the shortcut (credit's shortcut_pits).
  std::string shortcut_step;
  int shortcut_step_index = 0;
};

// Outcome of checking a model output against a problem's answer. Anything that is not Correct
// counts as wrong (reward 0); Unparseable says the output had no single well-formed answer.
enum class Verdict { Correct, Wrong, Unparseable };

inline bool isCorrect(Verdict v) {
  return v == Verdict::Correct;
}
const char* verdictName(Verdict v);

}  // namespace ef
