#pragma once
// Reading a sweep's cells as the paper does (§9): test error per method and size (mean ± std over
// seeds), the SFT power law, and each method's efficiency multiplier. Torch-free, so the GUI and
// the CLI compute the same numbers from the store.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "experiment/scaling_law.h"
#include "store/run_store.h"

namespace ef {

struct MethodSizeStats {
  MeanStd test_error;
  MeanStd pass_at_k;
  Multiplier multiplier;  // NaN when there is no valid SFT fit
};

struct SweepReport {
  std::optional<PowerLawFit> sft_fit;  // absent with fewer than two SFT sizes done
  std::string fit_error;               // why there is no fit
  double error_floor = 0;
  std::map<std::string, std::map<int, MethodSizeStats>> by_method;  // method -> size -> stats
};

// error_floor: the smallest error that can be logged (half a test problem: 0.5 / test_size).
SweepReport summarizeCells(const std::vector<CellRecord>& cells, double error_floor);

// The sweep's final JSON (CLI contract): sweep_id, status, cells, sft_fit, multipliers, ...
std::string sweepJson(std::int64_t sweep_id, const std::string& status, const std::string& error,
                      const std::vector<CellRecord>& cells, const SweepReport& report,
                      double wall_s);

}  // namespace ef
