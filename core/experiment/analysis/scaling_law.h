// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The data-scaling law of SFT and the efficiency multiplier of other methods
// (docs/method.md, "The scaling law and the multiplier"):
//
//   fit    log err_SFT(D) = a - alpha log D      (least squares on log-log points)
//   D_eff  = exp((a - log err_M(n)) / alpha)     (SFT data that reaches method M's error)
//   multiplier = D_eff / n, flagged when D_eff lies outside the measured SFT range.
// Errors of 0 cannot be logged; they are floored at `error_floor` (half a test problem).
#include <cmath>
#include <optional>
#include <string>
#include <vector>

namespace ef {

struct ScalingPoint {
  double size = 0;   // |D_syn|
  double error = 0;  // test error in [0, 1]
};

struct PowerLawFit {
  double a = 0;
  double alpha = 0;
  double r2 = 0;  // coefficient of determination in log-log space
  int points = 0;
  double min_size = 0, max_size = 0;
  bool valid() const { return points >= 2 && std::isfinite(alpha) && alpha > 0; }
  double predict(double size) const { return std::exp(a - alpha * std::log(size)); }
};

// Throws std::invalid_argument with fewer than two distinct sizes or non-positive sizes.
PowerLawFit fitPowerLaw(const std::vector<ScalingPoint>& points, double error_floor);

struct Multiplier {
  double value = NAN;  // D_eff / size; NaN when the fit is not valid (alpha <= 0)
  double effective_size = NAN;
  bool extrapolated = false;  // D_eff outside [min_size, max_size] of the fit
};

Multiplier efficiencyMultiplier(const PowerLawFit& fit, double size, double error,
                                double error_floor);

// The multiplier read against SFT's measured error at the same size instead of the fitted one:
// (max(sft_error, f) / max(error, f))^(1/alpha), so SFT itself reads exactly 1 and the fit's
// residual at that size drops out (docs/method.md, "The scaling law and the multiplier"). NaN when
// alpha is not positive and finite.
double multiplierVsSft(double alpha, double sft_error, double error, double error_floor);

struct MeanStd {
  double mean = 0, std = 0;  // sample standard deviation (n-1); 0 for one value
  int n = 0;
};
MeanStd meanStd(const std::vector<double>& values);

}  // namespace ef
