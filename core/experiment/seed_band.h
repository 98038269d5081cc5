#pragma once
// The band drawn around a mean over seeds in the data-scaling plot: ± 1 standard deviation,
// ± 1 standard error, or a 95% percentile-bootstrap interval of the mean (deterministic: the
// resamples come from a fixed seed, so the same values always give the same band).
#include <cstdint>
#include <string>
#include <vector>

namespace ef {

enum class BandKind { Std, StdErr, Bootstrap95 };

struct Band {
  double mean = 0, lo = 0, hi = 0;
  int n = 0;
};

// One value gives lo = hi = mean. Throws std::invalid_argument for no values.
Band seedBand(const std::vector<double>& values, BandKind kind, int resamples = 2000,
              std::uint64_t seed = 0x5eedba4d);

// "std", "stderr", "bootstrap95" (for files and settings); parseBandKind accepts these.
std::string bandKindName(BandKind kind);
BandKind parseBandKind(const std::string& name);  // throws std::invalid_argument

}  // namespace ef
