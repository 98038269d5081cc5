// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reading a sweep's cells as the paper does (§9): test error per method and size (mean, std and
// 95% t-interval over seeds), the SFT power law fitted to the per-size mean errors, and each
// method's efficiency multiplier with a 95% bootstrap interval over seeds (docs/method.md,
// "Seeds and confidence"). Torch-free, so the GUI and the CLI compute the same numbers.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "experiment/analysis/scaling_law.h"
#include "experiment/analysis/stage_times.h"
#include "store/run_store.h"

namespace ef {

struct MethodSizeStats {
  MeanStd test_error;
  double test_error_lo = NAN, test_error_hi = NAN;  // 95% t-interval (= mean with one seed)
  bool test_error_clipped = false;                  // the t-interval was cut at 0 or 1
  MeanStd pass_at_k;
  MeanStd valid_error;  // n = 0 when the cells have no validation split
  // Test error on the problems where the task's shortcut fails (n = 0: the task has none), with
  // its 95% t-interval over seeds.
  MeanStd minority_error;
  double minority_error_lo = NAN, minority_error_hi = NAN;
  Multiplier multiplier;  // NaN when there is no valid SFT fit
  // 95% percentile-bootstrap interval of the multiplier: the seeds are resampled with
  // replacement, the SFT law refitted and the method's mean error re-read (NaN: fewer than two
  // seeds, or no valid refit).
  double multiplier_lo = NAN, multiplier_hi = NAN;
  bool ciContainsOne() const { return !(multiplier_lo > 1.0 || multiplier_hi < 1.0); }
  // The multiplier against SFT's measured mean at this size (multiplierVsSft: SFT reads 1), and
  // its bootstrap interval (seeds resampled jointly, α refitted in each resample).
  double vs_sft = NAN, vs_sft_lo = NAN, vs_sft_hi = NAN;
};

struct SweepReport {
  std::optional<PowerLawFit> sft_fit;     // absent with fewer than two SFT sizes done
  std::string fit_error;                  // why there is no fit
  double alpha_lo = NAN, alpha_hi = NAN;  // 95% bootstrap interval of the SFT exponent
  int seeds = 0;                          // distinct seeds with an SFT result
  double error_floor = 0;
  std::map<std::string, std::map<int, MethodSizeStats>> by_method;  // method -> size -> stats
};

// error_floor: the smallest error that can be logged (half a test problem: 0.5 / test_size).
// resamples: bootstrap resamples of the seeds (deterministic: a fixed seed draws them).
SweepReport summarizeCells(const std::vector<CellRecord>& cells, double error_floor,
                           int resamples = 2000);

// The sweep's final JSON (CLI contract): sweep_id, status, cells, sft_fit, multipliers, ...
// The error of a sweep whose cells did not all end ok: how many failed and which (method, size,
// seed; the first five), and how many never ran behind a failed SFT, e.g.
// "1 of 24 cells failed: awr n=32 seed=1 (see its run)". Empty when every cell is ok.
std::string failedCellsError(const std::vector<CellRecord>& cells);

std::string sweepJson(std::int64_t sweep_id, const std::string& status, const std::string& error,
                      const std::vector<CellRecord>& cells, const SweepReport& report,
                      double wall_s, const std::map<std::int64_t, StageTimes>& stage_times = {});

}  // namespace ef
