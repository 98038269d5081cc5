// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/random.h"

#include <limits>
#include <numeric>
#include <stdexcept>

namespace ef {

namespace {
constexpr std::uint64_t kGolden = 0x9E3779B97F4A7C15ull;
}

std::uint64_t mix64(std::uint64_t x) {
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
  return x ^ (x >> 31);
}

std::uint64_t hashString(std::string_view s) {
  std::uint64_t h = 0xCBF29CE484222325ull;
  for (char c : s) {
    h ^= static_cast<unsigned char>(c);
    h *= 0x100000001B3ull;
  }
  return h;
}

std::uint64_t deriveSeed(std::uint64_t seed, std::string_view stream, std::uint64_t index) {
  std::uint64_t h = mix64(seed + kGolden);
  h = mix64(h ^ hashString(stream));
  return mix64(h + (index + 1) * kGolden);
}

std::uint64_t Rng::next() {
  state_ += kGolden;
  return mix64(state_);
}

std::uint64_t Rng::below(std::uint64_t n) {
  if (n == 0) throw std::invalid_argument("Rng::below: empty range");
  // Reject the lowest (2^64 mod n) values so that every residue is equally likely.
  const std::uint64_t threshold = (0 - n) % n;
  while (true) {
    const std::uint64_t r = next();
    if (r >= threshold) return r % n;
  }
}

std::int64_t Rng::uniform(std::int64_t lo, std::int64_t hi) {
  if (lo > hi) throw std::invalid_argument("Rng::uniform: lo > hi");
  const std::uint64_t span = static_cast<std::uint64_t>(hi) - static_cast<std::uint64_t>(lo);
  const std::uint64_t offset =
      span == std::numeric_limits<std::uint64_t>::max() ? next() : below(span + 1);
  return static_cast<std::int64_t>(static_cast<std::uint64_t>(lo) + offset);
}

double Rng::unit() {
  return static_cast<double>(next() >> 11) * 0x1.0p-53;
}

bool Rng::chance(double p) {
  if (p <= 0.0) return false;
  if (p >= 1.0) return true;
  return unit() < p;
}

std::vector<std::size_t> shuffledIndices(std::size_t n, std::uint64_t seed) {
  std::vector<std::size_t> v(n);
  std::iota(v.begin(), v.end(), std::size_t{0});
  Rng rng(seed);
  for (std::size_t i = n; i > 1; --i)
    std::swap(v[i - 1], v[rng.below(i)]);
  return v;
}

}  // namespace ef
