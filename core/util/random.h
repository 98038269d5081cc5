// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Portable deterministic randomness: the same seed gives the same stream on every platform and
// standard library (std::*_distribution differs between them, so draws are written out here).
#include <cstdint>
#include <string_view>
#include <vector>

namespace ef {

std::uint64_t mix64(std::uint64_t x);          // splitmix64 finaliser (a bijection)
std::uint64_t hashString(std::string_view s);  // FNV-1a, 64 bit
// Seed of item `index` of the named sub-stream under a run seed ("train", "test", "eval", ...).
// Different names give unrelated seeds.
std::uint64_t deriveSeed(std::uint64_t seed, std::string_view stream, std::uint64_t index = 0);

// splitmix64 generator. Bounded draws use rejection sampling, so they are exactly uniform.
class Rng {
 public:
  explicit Rng(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next();
  std::uint64_t below(std::uint64_t n);                    // uniform in [0, n), n >= 1
  std::int64_t uniform(std::int64_t lo, std::int64_t hi);  // uniform in [lo, hi], lo <= hi
  double unit();                                           // uniform in [0, 1), 53-bit
  bool chance(double p);                                   // true with probability p

 private:
  std::uint64_t state_;
};

// A uniformly random permutation of 0..n-1 (Fisher-Yates).
std::vector<std::size_t> shuffledIndices(std::size_t n, std::uint64_t seed);

}  // namespace ef
