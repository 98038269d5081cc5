// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A hand-made workspace with known numbers, written through the real store (torch-free): a sweep
// with cells whose errors follow an exact power law, and a cell run with analysed solutions whose
// per-step values are chosen by hand. The GUI tests and the screenshot program read it.
#include <QString>

#include <cstdint>

namespace ef::fixture {

// SFT test error at size D, the same for both seeds: 2 · D^−0.5.
double sftError(double size);
// The other methods: seed 1 +0.01, seed 2 −0.01 around their mean.
constexpr double kSeedOffset = 0.01;

struct Ids {
  std::int64_t sweep = 0;
  std::int64_t credit_run = 0;     // the SFT cell holding the analysed solutions (and curves)
  std::int64_t pair_run = 0;       // the per-step DPO cell holding the pairs (and DPO curves)
  std::int64_t pit_sample = 0;     // negative with Q = 0.8, 0.4, 0, 0 (V(x) = 0.6), pit at step 3
  std::int64_t no_pit_sample = 0;  // negative with Q = 0.6, 0.6: no pit
  std::int64_t positive = 0;       // positive with Q = 0.6, 0.6, 1.0: step 2 spurious (A = 0)
};

// Sweep "fixture-sweep": sizes 100, 200, 400, 800 × methods sft, rft, step_dpo_full × seeds 1, 2.
// rft's error at D is SFT's at 2D, step_dpo_full's is SFT's at 4D (multipliers 2 and 4).
Ids writeFixtureWorkspace(const QString& db_path);

}  // namespace ef::fixture
