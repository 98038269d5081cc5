// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// hint: lookup chains with a shortcut in the synthetic data (docs/method.md, "Tasks and
// verification"). The prompt holds a table (a random cycle through the first `alphabet` letters,
// written as key-value pairs in key order), a query with the number of hops and a hint; the
// solution follows the table from the query, one step per hop, and answers the last value:
//
//   prompt  "ac bf ce da eb fd ?c2 !e\n"
//   steps   "c=e" "e=b" "answer: b"
//
// The hint equals the first hop's value on a share hint_rate of the problems; on the others it is
// another key of the table. Copying the hint is a shortcut that holds on most training problems and
// fails on the rest (Problem::shortcut_fails): a model that takes it writes a wrong first step and
// then follows the table correctly from there, so its first pit is the shortcut step. All the
// knowledge is in the prompt; the errors are wrong choices at a step, not missing facts.
#include <cstdint>
#include <string>
#include <vector>

#include "tasks/task.h"
#include "util/field_table.h"

namespace ef {

struct HintConfig {
  int alphabet = 8;  // letters of the table ('a', 'b', ...; at most 26): its pairs
  int min_hops = 1;  // lookups in the solution (chain length)
  int max_hops = 3;
  double hint_rate = 0.9;  // share of problems whose hint is the first hop's value (ρ)
};

FieldList<HintConfig> hintConfigFields();

class HintTask final : public Task {
 public:
  explicit HintTask(HintConfig cfg);
  std::string kind() const override { return "hint"; }
  std::vector<Problem> problems(const std::string& split, std::size_t n,
                                std::uint64_t seed) const override;
  std::vector<std::string> symbols() const override;
  std::string stepSeparator() const override { return "\n"; }
  Verdict verify(const std::string& output, const Problem& p) const override;
  const HintConfig& config() const { return cfg_; }

  // Whether problem i of a split is one whose hint is wrong: exactly floor(n · (1 − hint_rate))
  // of the first n problems are, spread evenly, so every nested size has the configured share.
  bool shortcutFails(std::size_t i) const;

 private:
  Problem makeProblem(std::uint64_t problem_seed, bool shortcut_fails) const;
  HintConfig cfg_;
};

}  // namespace ef
