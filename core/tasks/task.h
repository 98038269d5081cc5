// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Task interface: a source of problems with verifiable answers (docs/method.md, "Tasks and
// verification").
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "tasks/problem.h"

namespace ef {

class Task {
 public:
  virtual ~Task() = default;

  // Short identifier: "arith", "stargraph", "jsonl".
  virtual std::string kind() const = 0;

  // Problems for a split: "train", "valid" (model selection) or "test". Generators are
  // deterministic per (seed, split); the three splits draw from independent streams so no split
  // depends on the size of another (prepareTaskData removes validation problems that a training
  // or test problem repeats). For
  // generators the first n problems of a larger request equal a smaller request (nested sizes for
  // scaling sweeps). Importers return at most n problems of the file (n = 0: all).
  virtual std::vector<Problem> problems(const std::string& split, std::size_t n,
                                        std::uint64_t seed) const = 0;

  // The symbols the tokenizer must know. Multi-character symbols (star-graph node labels) are
  // matched longest first. The step separator must be one of them.
  virtual std::vector<std::string> symbols() const = 0;

  // The text between steps ("\n" for arith and jsonl, "," for stargraph).
  virtual std::string stepSeparator() const = 0;

  // Reference solution text: steps joined by the separator (no trailing separator).
  std::string solutionText(const Problem& p) const;

  // Split a model output (the text generated after the prompt) into steps. The last step may be
  // incomplete. Empty steps between consecutive separators are dropped.
  std::vector<std::string> splitSteps(const std::string& output) const;

  // Index of the first solution step that the prompt does not already determine; greedy accuracy
  // on it is reported as first_step_accuracy (stargraph: 1, the first node after the source,
  // the step the Clever-Hans shortcut cannot solve).
  virtual int firstDecisionStep() const { return 0; }

  // Indices (0-based) of the steps of a solution that are correct but useless, by the task's own
  // rule (arith: a restatement "v=v" or a result that the next step does not continue from). For a
  // teacher solution they are Problem::spurious; for a model's sample they label the steps the
  // model copied that habit into. Default: none.
  virtual std::vector<int> spuriousSteps(const std::vector<std::string>& steps) const {
    (void)steps;
    return {};
  }

  // Check a model output (the generated solution text, without the prompt) against p.answer.
  virtual Verdict verify(const std::string& output, const Problem& p) const = 0;
};

}  // namespace ef
