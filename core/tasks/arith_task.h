// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// arith: multi-step arithmetic chains, one operation per line, final "answer: N" line
// (docs/method.md, "Tasks and verification").
//
//   prompt  "17 *3 +5 -2\n"          start value, then operations applied left to right
//   steps   "17*3=51" "51+5=56" "56-2=54" "answer: 54"
//
// With a modulus m every result is reduced into [0, m): "17*3%97=51". With spurious_rate > 0 the
// teacher inserts correct but useless steps between the real ones: a restatement ("51=51") or a
// quantity that is never used ("51*4=204"). The next real step continues from the real value.
#include "tasks/task.h"
#include "util/random.h"
#include "util/field_table.h"

namespace ef {

struct ArithConfig {
  int min_steps = 2;
  int max_steps = 4;
  int operand_min = 0;
  int operand_max = 9;
  std::string operators = "+-*";  // any of + - *
  int modulus = 0;                // 0 = no modulus
  double spurious_rate = 0.0;     // chance per real step that a spurious step follows it
  // Skew of the start value and operands: 0 = uniform over [operand_min, operand_max]; s > 0 =
  // Zipf, operand_min + r − 1 drawn with probability ∝ r^−s, so a few facts are common and many are
  // rare (the long tail that makes test error fall slowly with data; docs/method.md, "Tasks").
  double operand_zipf = 0.0;
};

// The declared fields of ArithConfig (labels, ranges; util/field_table.h).
FieldList<ArithConfig> arithConfigFields();

class ArithTask final : public Task {
 public:
  explicit ArithTask(ArithConfig cfg);
  std::string kind() const override { return "arith"; }
  std::vector<Problem> problems(const std::string& split, std::size_t n,
                                std::uint64_t seed) const override;
  std::vector<std::string> symbols() const override;
  std::string stepSeparator() const override { return "\n"; }
  Verdict verify(const std::string& output, const Problem& p) const override;
  std::vector<int> spuriousSteps(const std::vector<std::string>& steps) const override;
  const ArithConfig& config() const { return cfg_; }

 private:
  Problem makeProblem(std::uint64_t problem_seed) const;
  std::int64_t drawOperand(Rng& rng) const;
  ArithConfig cfg_;
  std::vector<double> zipf_cdf_;  // cumulative Zipf weights of ranks 1.. (empty: uniform)
};

}  // namespace ef
