// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// lookup: fact-recall chains (docs/method.md, "Tasks and verification"). A hidden table maps every
// key 0..keys−1 to a digit (fixed by table_seed, the same for every split and run seed). A problem
// names 2–4 keys drawn from a Zipf distribution; the solution recalls each key's digit, one step
// per key, and answers the digits in order:
//
//   prompt  "17 3 408\n"
//   steps   "17=4" "3=9" "408=0" "answer: 490"
//
// A few keys are common and most are rare, so a model that has to memorise the table meets a long
// tail of facts it saw once or never: its test error falls as a power law of the data (Hutter 2021,
// "Learning curve theory"), slowly for skews near 1 — the slow-scaling regime in which the paper's
// multipliers are read. A wrong recall is a wrong intermediate step: the first pit.
//
// With hint_rate > 0 the prompt also carries a hint, " !4": the first key's digit on a share
// hint_rate of the problems, another digit on the rest (Problem::shortcut_fails). Copying it is a
// shortcut past the first recall that holds on most problems: the lookup-hint-scaling experiment.
#include <vector>

#include "tasks/task.h"
#include "util/field_table.h"

namespace ef {

struct LookupConfig {
  int keys = 4000;    // size of the hidden table
  int min_steps = 2;  // keys per problem
  int max_steps = 4;
  double zipf = 1.3;       // key k (1-based rank) has probability ∝ k^−zipf; 0 = uniform
  int table_seed = 7;      // the hidden table (not the run seed: it is the task's ground truth)
  double hint_rate = 0.0;  // > 0: a hint in the prompt, the first digit on this share (0: none)
};

FieldList<LookupConfig> lookupConfigFields();

class LookupTask final : public Task {
 public:
  explicit LookupTask(LookupConfig cfg);
  std::string kind() const override { return "lookup"; }
  std::vector<Problem> problems(const std::string& split, std::size_t n,
                                std::uint64_t seed) const override;
  std::vector<std::string> symbols() const override;
  std::string stepSeparator() const override { return "\n"; }
  Verdict verify(const std::string& output, const Problem& p) const override;
  const LookupConfig& config() const { return cfg_; }
  int digitOf(int key) const { return table_.at(static_cast<std::size_t>(key)); }

 private:
  Problem makeProblem(std::uint64_t problem_seed, std::size_t index) const;
  LookupConfig cfg_;
  std::vector<int> table_;        // key -> digit
  std::vector<int> rank_to_key_;  // Zipf rank order: a fixed permutation of the keys
  std::vector<double> cdf_;       // cumulative Zipf weights of ranks 1..keys
};

}  // namespace ef
