// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// stargraph: the path-star graph G(d, l) of Bachmann & Nagarajan 2024 (docs/method.md, "Tasks and
// verification").
//
// A source node with d arms; every arm has l-1 nodes beyond the source; the goal is the last node
// of one arm. Node labels are distinct draws from {0..N-1}. The prompt is the shuffled edge list,
// then source and goal; the solution is the path from source to goal, one node per step:
//
//   prompt  "32,3|16,12|3,19|32,34|34,6|6,16|19,47|47,28/32,12="
//   steps   "32" "34" "6" "16" "12"           (solution text "32,34,6,16,12")
//
// Verification is exact match of the whole path.
#include "tasks/task.h"
#include "util/field_table.h"

namespace ef {

struct StarGraphConfig {
  int degree = 2;       // d, number of arms
  int path_length = 5;  // l, nodes on the source-goal path, both included
  int nodes = 50;       // N, size of the label alphabet
};

FieldList<StarGraphConfig> starGraphConfigFields();

class StarGraphTask final : public Task {
 public:
  explicit StarGraphTask(StarGraphConfig cfg);
  std::string kind() const override { return "stargraph"; }
  std::vector<Problem> problems(const std::string& split, std::size_t n,
                                std::uint64_t seed) const override;
  std::vector<std::string> symbols() const override;
  std::string stepSeparator() const override { return ","; }
  int firstDecisionStep() const override { return 1; }
  Verdict verify(const std::string& output, const Problem& p) const override;
  const StarGraphConfig& config() const { return cfg_; }

  // Parsed form of a prompt, for tests and the inspector.
  struct Graph {
    std::vector<std::pair<int, int>> edges;
    int source = -1;
    int goal = -1;
  };
  static Graph parsePrompt(const std::string& prompt);

 private:
  Problem makeProblem(std::uint64_t problem_seed) const;
  StarGraphConfig cfg_;
};

}  // namespace ef
