// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Per-step credit for one incorrect solution (docs/method.md, "Per-step credit"), Monte-Carlo
// estimates of
//
//   Q_i = P(success | x, ŷ_1..ŷ_i)      rollouts start right after step i (Q_0 = V(x))
//   A_i = Q_i − Q_{i−1}                 (paper Eq. 3), so Σ_{i≤c} A_i = Q_c − Q_0
// and the first pit c: the first step from which no rollout succeeds.
//
// PitSearch is a state machine without tensors: pending() names the prefixes whose rollouts are
// needed next, record() takes the outcome, so the caller can batch the rollouts of many searches.
//
// Modes:
//   Linear  evaluates prefixes 1, 2, ... and stops at the first one with no success (early exit).
//   Binary  (OmegaPRM style) bisects [1, L−1] assuming successes only disappear along the prefix.
//           When Q is monotone it finds the same pit as Linear with O(log L) evaluations. When it
//           is not, Binary returns a step c with no success whose predecessor c−1 had one (or
//           c = 1): a pit, though not necessarily the first.
// The last step is the solution's own final answer, already known to be wrong (Q_L = 0) and with
// nothing left to roll out, so rollouts cover prefixes 0..L−1. A negative whose prefixes all keep
// some success has no pit and is skipped (Self-Explore) unless `last_step_can_be_pit`, which
// then makes the final step the pit.
#include <cstdint>
#include <optional>
#include <vector>

namespace ef {

enum class PitSearchMode { Linear, Binary };

struct PitOptions {
  PitSearchMode mode = PitSearchMode::Linear;
  int k_est = 5;               // rollouts per prefix
  int k_bok = 0;               // > 0: report Q on the Best-of-K scale 1 − (1 − Q̂)^k_bok
  bool estimate_value = true;  // also roll out from the bare problem for Q_0 = V(x)
  bool last_step_can_be_pit = false;
};

// Q on the Best-of-K scale for a success fraction p.
double bestOfK(double p, int k);

class PitSearch {
 public:
  // num_steps = L >= 1: steps of the negative, its final answer step included.
  PitSearch(int num_steps, const PitOptions& options);

  // Prefix lengths (0 .. L−1) whose rollouts are needed now; empty when done().
  std::vector<int> pending() const;
  void record(int prefix_len, int successes, int rollouts);
  bool done() const { return done_; }

  int numSteps() const { return num_steps_; }
  std::optional<int> pit() const { return pit_; }  // 1-based step index c
  // Q_0 .. Q_L (index = prefix length); nullopt where not estimated. Q_L = 0 always.
  const std::vector<std::optional<double>>& q() const { return q_; }
  // A_1 .. A_L (index i−1); nullopt unless Q_i and Q_{i−1} are both known.
  std::vector<std::optional<double>> advantages() const;
  int rollouts(int prefix_len) const { return rollouts_[prefix_len]; }
  int successes(int prefix_len) const { return successes_[prefix_len]; }
  int rolloutsUsed() const;

 private:
  void advance();
  bool evaluated(int prefix_len) const { return rollouts_[prefix_len] > 0; }

  int num_steps_;
  PitOptions opt_;
  std::vector<std::optional<double>> q_;
  std::vector<int> rollouts_, successes_;
  std::optional<int> pit_;
  bool search_done_ = false;
  bool done_ = false;
  int next_ = 1;         // Linear: next prefix to evaluate
  int lo_ = 1, hi_ = 0;  // Binary: the pit lies in [lo_, hi_]; hi_ = L means "none below L"
};

}  // namespace ef
