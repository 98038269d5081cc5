// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A self-sample with the Monte-Carlo advantage of each of its steps (docs/method.md, "Per-step
// credit"), as the credit stage hands it to advantage-weighted RL. Torch-free.
#include <optional>
#include <string>
#include <vector>

namespace ef {

struct CreditedSample {
  int problem = 0;  // index into the cell's training problems
  bool positive = false;
  std::vector<std::string> steps;
  std::vector<std::optional<double>> advantages;  // A_1..A_L (index i−1); nullopt: not estimated
};

}  // namespace ef
