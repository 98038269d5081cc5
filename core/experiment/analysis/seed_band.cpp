// SPDX-License-Identifier: GPL-3.0-or-later
#include "experiment/analysis/seed_band.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "experiment/analysis/scaling_law.h"
#include "util/random.h"

namespace ef {
namespace {

// Linear interpolation between order statistics (the usual "type 7" quantile).
double quantile(std::vector<double> sorted, double p) {
  const double h = (static_cast<double>(sorted.size()) - 1) * p;
  const auto i = static_cast<std::size_t>(std::floor(h));
  if (i + 1 >= sorted.size()) return sorted.back();
  return sorted[i] + (h - static_cast<double>(i)) * (sorted[i + 1] - sorted[i]);
}

}  // namespace

double tQuantile975(int df) {
  static const double table[] = {12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306,
                                 2.262,  2.228, 2.201, 2.179, 2.160, 2.145, 2.131, 2.120,
                                 2.110,  2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064,
                                 2.060,  2.056, 2.052, 2.048, 2.045, 2.042};
  if (df < 1) throw std::invalid_argument("tQuantile975: df must be >= 1");
  if (df <= 30) return table[df - 1];
  const double z = 1.959964;  // Cornish-Fisher: z + (z^3 + z) / (4 df) + ...
  return z + (z * z * z + z) / (4.0 * df) +
         (5 * std::pow(z, 5) + 16 * z * z * z + 3 * z) / (96.0 * df * df);
}

static Band seedBandUnbounded(const std::vector<double>& values, BandKind kind, int resamples,
                              std::uint64_t seed) {
  if (values.empty()) throw std::invalid_argument("seedBand: no values");
  const MeanStd ms = meanStd(values);
  Band b{ms.mean, ms.mean, ms.mean, ms.n};
  if (values.size() == 1) return b;
  if (kind == BandKind::Std || kind == BandKind::StdErr) {
    const double half = kind == BandKind::Std ? ms.std : ms.std / std::sqrt(double(ms.n));
    b.lo = ms.mean - half;
    b.hi = ms.mean + half;
    return b;
  }
  if (kind == BandKind::T95) {
    const double half = tQuantile975(ms.n - 1) * ms.std / std::sqrt(double(ms.n));
    b.lo = ms.mean - half;
    b.hi = ms.mean + half;
    return b;
  }
  Rng rng(seed);
  std::vector<double> means(static_cast<std::size_t>(std::max(1, resamples)));
  for (double& m : means) {
    double sum = 0;
    for (std::size_t i = 0; i < values.size(); ++i)
      sum += values[rng.below(values.size())];
    m = sum / static_cast<double>(values.size());
  }
  std::sort(means.begin(), means.end());
  b.lo = quantile(means, 0.025);
  b.hi = quantile(means, 0.975);
  return b;
}

Band seedBand(const std::vector<double>& values, BandKind kind, ValueRange range, int resamples,
              std::uint64_t seed) {
  Band b = seedBandUnbounded(values, kind, resamples, seed);
  if (range == ValueRange::UnitInterval) {
    b.clipped = b.lo < 0.0 || b.hi > 1.0;
    b.lo = std::clamp(b.lo, 0.0, 1.0);
    b.hi = std::clamp(b.hi, 0.0, 1.0);
  }
  return b;
}

std::string bandKindName(BandKind kind) {
  switch (kind) {
    case BandKind::Std:
      return "std";
    case BandKind::StdErr:
      return "stderr";
    case BandKind::T95:
      return "t95";
    case BandKind::Bootstrap95:
      return "bootstrap95";
  }
  return "std";
}

BandKind parseBandKind(const std::string& name) {
  if (name == "std") return BandKind::Std;
  if (name == "stderr") return BandKind::StdErr;
  if (name == "t95") return BandKind::T95;
  if (name == "bootstrap95") return BandKind::Bootstrap95;
  throw std::invalid_argument("unknown band kind '" + name + "' (std, stderr, t95, bootstrap95)");
}

}  // namespace ef
