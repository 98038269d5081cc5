#include "experiment/seed_band.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "experiment/scaling_law.h"
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

Band seedBand(const std::vector<double>& values, BandKind kind, int resamples, std::uint64_t seed) {
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

std::string bandKindName(BandKind kind) {
  switch (kind) {
    case BandKind::Std:
      return "std";
    case BandKind::StdErr:
      return "stderr";
    case BandKind::Bootstrap95:
      return "bootstrap95";
  }
  return "std";
}

BandKind parseBandKind(const std::string& name) {
  if (name == "std") return BandKind::Std;
  if (name == "stderr") return BandKind::StdErr;
  if (name == "bootstrap95") return BandKind::Bootstrap95;
  throw std::invalid_argument("unknown band kind '" + name + "' (std, stderr, bootstrap95)");
}

}  // namespace ef
