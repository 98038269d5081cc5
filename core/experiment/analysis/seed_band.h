// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The band drawn around a mean over seeds in the data-scaling plot: ± 1 standard deviation,
// ± 1 standard error, the 95% Student-t confidence interval of the mean (mean ± t_{.975,n−1} s/√n,
// the interval the sweep JSON reports), or a 95% percentile-bootstrap interval of the mean
// (deterministic: the resamples come from a fixed seed, so the same values give the same band).
// Rates (errors, accuracies) live in [0, 1]: a symmetric band that reaches past a bound is cut
// there and marked clipped, so the plot can say so; the percentile bootstrap stays inside the
// values' own range and never needs it (docs/method.md, "Seed bands").
#include <cstdint>
#include <string>
#include <vector>

namespace ef {

enum class BandKind { Std, StdErr, T95, Bootstrap95 };
enum class ValueRange { Unbounded, UnitInterval };

struct Band {
  double mean = 0, lo = 0, hi = 0;
  int n = 0;
  bool clipped = false;  // lo or hi was cut at a bound of the value range
};

// One value gives lo = hi = mean. Throws std::invalid_argument for no values.
Band seedBand(const std::vector<double>& values, BandKind kind,
              ValueRange range = ValueRange::Unbounded, int resamples = 2000,
              std::uint64_t seed = 0x5eedba4d);

// The 0.975 quantile of Student's t with df degrees of freedom (df >= 1).
double tQuantile975(int df);

// "std", "stderr", "t95", "bootstrap95" (for files and settings); parseBandKind accepts these.
std::string bandKindName(BandKind kind);
BandKind parseBandKind(const std::string& name);  // throws std::invalid_argument

}  // namespace ef
