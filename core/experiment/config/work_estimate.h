// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// How much work a config asks for, before it runs (shown by the setup form): problems generated,
// optimizer steps, self-samples drawn, and an upper bound on Monte-Carlo rollouts. Torch-free.
#include <cstdint>

#include "experiment/config/run_config.h"

namespace ef {

struct WorkEstimate {
  int cells = 0;       // sweep cells (1 for a run)
  int sft_models = 0;  // SFT trainings (one per size and seed; shared by a size's methods)
  std::int64_t train_problems = 0;  // generated training problems, over all sizes and seeds
  std::int64_t test_problems = 0;
  std::int64_t optimizer_steps = 0;  // SFT + RFT + DPO steps over all cells
  std::int64_t evaluations = 0;      // greedy + pass@k passes over the test set
  std::int64_t samples = 0;          // self-samples drawn (M per training problem)
  std::int64_t max_negatives = 0;    // upper bound on negatives analysed
  // Upper bound on rollouts: every kept negative (and positive, when analysed) explored at every
  // prefix up to max_steps, K_est each, plus V(x). Early exit at the pit usually needs far fewer.
  std::int64_t max_rollouts = 0;
};

// sweep = false: a single run (SFT with its evaluations); true: the full sweep of cfg.sweep.
WorkEstimate estimateWork(const RunConfig& cfg, bool sweep);

}  // namespace ef
