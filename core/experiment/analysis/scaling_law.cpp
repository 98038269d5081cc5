// SPDX-License-Identifier: GPL-3.0-or-later
#include "experiment/analysis/scaling_law.h"

#include <algorithm>
#include <set>
#include <stdexcept>

namespace ef {

PowerLawFit fitPowerLaw(const std::vector<ScalingPoint>& points, double error_floor) {
  std::set<double> sizes;
  for (const auto& p : points) {
    if (!(p.size > 0)) throw std::invalid_argument("scaling fit: sizes must be > 0");
    sizes.insert(p.size);
  }
  if (sizes.size() < 2) {
    throw std::invalid_argument("scaling fit: needs SFT results at two or more data sizes");
  }
  const double n = static_cast<double>(points.size());
  double sx = 0, sy = 0, sxx = 0, sxy = 0;
  for (const auto& p : points) {
    const double x = std::log(p.size), y = std::log(std::max(p.error, error_floor));
    sx += x;
    sy += y;
    sxx += x * x;
    sxy += x * y;
  }
  const double mx = sx / n, my = sy / n;
  const double var = sxx / n - mx * mx;
  const double slope = (sxy / n - mx * my) / var;
  PowerLawFit fit;
  fit.alpha = -slope;
  fit.a = my - slope * mx;
  fit.points = static_cast<int>(points.size());
  fit.min_size = *sizes.begin();
  fit.max_size = *sizes.rbegin();
  double ss_res = 0, ss_tot = 0;
  for (const auto& p : points) {
    const double x = std::log(p.size), y = std::log(std::max(p.error, error_floor));
    const double r = y - (fit.a + slope * x);
    ss_res += r * r;
    ss_tot += (y - my) * (y - my);
  }
  fit.r2 = ss_tot > 0 ? 1.0 - ss_res / ss_tot : 1.0;
  return fit;
}

Multiplier efficiencyMultiplier(const PowerLawFit& fit, double size, double error,
                                double error_floor) {
  Multiplier m;
  if (!fit.valid() || !(size > 0)) return m;
  m.effective_size = std::exp((fit.a - std::log(std::max(error, error_floor))) / fit.alpha);
  m.value = m.effective_size / size;
  const double tol = 1e-9;
  m.extrapolated =
      m.effective_size < fit.min_size * (1 - tol) || m.effective_size > fit.max_size * (1 + tol);
  return m;
}

double multiplierVsSft(double alpha, double sft_error, double error, double error_floor) {
  if (!(alpha > 0) || !std::isfinite(alpha)) return NAN;
  return std::pow(std::max(sft_error, error_floor) / std::max(error, error_floor), 1.0 / alpha);
}

MeanStd meanStd(const std::vector<double>& values) {
  MeanStd r;
  r.n = static_cast<int>(values.size());
  if (values.empty()) return r;
  for (double v : values)
    r.mean += v;
  r.mean /= r.n;
  if (r.n > 1) {
    double ss = 0;
    for (double v : values)
      ss += (v - r.mean) * (v - r.mean);
    r.std = std::sqrt(ss / (r.n - 1));
  }
  return r;
}

}  // namespace ef
