// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Branch-free float approximations of exp, erf and tanh for the fast path's loops
// (docs/engine.md, "The fast path"): without branches or library calls a loop over them
// vectorises. Relative error of exp about 5e-7, absolute error of erf about 5e-7.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>

namespace ef::fast {

// exp(x) for floats without branches, so that loops over it vectorise: x = n ln 2 + r with n the
// nearest integer (the 1.5 * 2^23 rounding trick) and |r| <= ln(2)/2, exp(r) by its Taylor
// polynomial to r^7 (remainder < 6e-9), times 2^n built in the exponent bits. Relative error
// about 5e-7 against exp in double, over the clamp [-87, 88].
inline float expApprox(float in) {
  // Clamped with comparisons that also send NaN to -87 (a NaN must not reach the conversion to
  // int below, which is undefined for it); the NaN itself is returned at the end.
  const float x = in > -87.0f ? (in < 88.0f ? in : 88.0f) : -87.0f;
  const float n = (x * 1.44269504088896341f + 12582912.0f) - 12582912.0f;
  const float r = (x - n * 0.693145751953125f) - n * 1.428606765330187e-6f;
  float p = 1.0f / 5040.0f;
  p = p * r + 1.0f / 720.0f;
  p = p * r + 1.0f / 120.0f;
  p = p * r + 1.0f / 24.0f;
  p = p * r + 1.0f / 6.0f;
  p = p * r + 0.5f;
  p = p * r + 1.0f;
  p = p * r + 1.0f;
  const std::int32_t bits = (static_cast<std::int32_t>(n) + 127) << 23;
  float scale;
  std::memcpy(&scale, &bits, sizeof scale);
  return in == in ? p * scale : in;
}

// erf by Abramowitz and Stegun's formula 7.1.26 (absolute error below 1.5e-7 in exact arithmetic,
// about 5e-7 here in floats): 1 - (a1 t + ... + a5 t^5) exp(-z^2), t = 1 / (1 + p |z|).
inline float erfApprox(float z) {
  const float a = std::fabs(z);
  const float t = 1.0f / (1.0f + 0.3275911f * a);
  const float poly =
      t * (0.254829592f +
           t * (-0.284496736f + t * (1.421413741f + t * (-1.453152027f + t * 1.061405429f))));
  return std::copysign(1.0f - poly * expApprox(-a * a), z);
}

// tanh(u) = 1 - 2 / (1 + exp(2u)).
inline float tanhApprox(float u) {
  return 1.0f - 2.0f / (1.0f + expApprox(2.0f * u));
}

// Sums, dot products and maxima in kLanes independent lanes: a float sum is not reassociated by the
// compiler, so a plain loop would not vectorise; in lanes it does, and the order of additions
// depends on n alone. Always inlined, so that each caller's target (target_clones) applies.
constexpr int kLanes = 16;

__attribute__((always_inline)) inline float laneDot(const float* __restrict a,
                                                    const float* __restrict b, int n) {
  float lanes[kLanes] = {};
  int j = 0;
  for (; j + kLanes <= n; j += kLanes)
    for (int k = 0; k < kLanes; ++k)
      lanes[k] += a[j + k] * b[j + k];
  float sum = 0.0f;
  for (int k = 0; k < kLanes; ++k)
    sum += lanes[k];
  for (; j < n; ++j)
    sum += a[j] * b[j];
  return sum;
}

__attribute__((always_inline)) inline float laneSum(const float* __restrict a, int n) {
  float lanes[kLanes] = {};
  int j = 0;
  for (; j + kLanes <= n; j += kLanes)
    for (int k = 0; k < kLanes; ++k)
      lanes[k] += a[j + k];
  float sum = 0.0f;
  for (int k = 0; k < kLanes; ++k)
    sum += lanes[k];
  for (; j < n; ++j)
    sum += a[j];
  return sum;
}

__attribute__((always_inline)) inline float laneMax(const float* __restrict a, int n) {
  float lanes[kLanes];
  std::fill_n(lanes, kLanes, -std::numeric_limits<float>::infinity());
  int j = 0;
  for (; j + kLanes <= n; j += kLanes)
    for (int k = 0; k < kLanes; ++k)
      lanes[k] = lanes[k] > a[j + k] ? lanes[k] : a[j + k];
  float top = -std::numeric_limits<float>::infinity();
  for (int k = 0; k < kLanes; ++k)
    top = std::max(top, lanes[k]);
  for (; j < n; ++j)
    top = std::max(top, a[j]);
  return top;
}

// dst[0..n) = src[0..n) and dst[0..n) = 0 as inline moves of 4 floats, never a library call:
// the attention kernels copy rows of a head's 16-64 floats tens of thousands of times a step,
// where a call to memmove costs as much as the copy. The empty asm statement makes each chunk an
// opaque value, so that the optimiser cannot turn the loop back into a call.
using Floats4 = float __attribute__((vector_size(16), aligned(4)));

__attribute__((always_inline)) inline void copyFloats(const float* __restrict src, int n,
                                                      float* __restrict dst) {
  int i = 0;
  for (; i + 4 <= n; i += 4) {
    Floats4 v;
    std::memcpy(&v, src + i, sizeof v);
    __asm__("" : "+x"(v));
    std::memcpy(dst + i, &v, sizeof v);
  }
  for (; i < n; ++i) {
    float v = src[i];
    __asm__("" : "+x"(v));
    dst[i] = v;
  }
}

__attribute__((always_inline)) inline void zeroFloats(float* dst, int n) {
  Floats4 zero = {};
  __asm__("" : "+x"(zero));
  int i = 0;
  for (; i + 4 <= n; i += 4)
    std::memcpy(dst + i, &zero, sizeof zero);
  for (; i < n; ++i)
    std::memcpy(dst + i, &zero, sizeof(float));
}

}  // namespace ef::fast
