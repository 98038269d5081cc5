// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/fast_kernels.h"

#include <cblas.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <vector>

namespace ef::fast {

void layerNorm(const float* x, int n, int d, const float* w, const float* b, double eps, float* out,
               float* mean_out, float* rstd_out) {
  for (int i = 0; i < n; ++i) {
    const float* xi = x + static_cast<std::size_t>(i) * d;
    float* oi = out + static_cast<std::size_t>(i) * d;
    double mean = 0;
    for (int c = 0; c < d; ++c)
      mean += xi[c];
    mean /= d;
    double var = 0;
    for (int c = 0; c < d; ++c) {
      const double z = xi[c] - mean;
      var += z * z;
    }
    var /= d;
    const double inv = 1.0 / std::sqrt(var + eps);
    for (int c = 0; c < d; ++c) {
      const float z = static_cast<float>((xi[c] - mean) * inv);
      oi[c] = z * w[c] + (b ? b[c] : 0.0f);
    }
    if (mean_out) mean_out[i] = static_cast<float>(mean);
    if (rstd_out) rstd_out[i] = static_cast<float>(inv);
  }
}

void layerNormBackward(const float* dy, const float* x, const float* mean, const float* rstd,
                       const float* w, int n, int d, float* dx, bool accumulate, float* dw,
                       float* db) {
  std::vector<double> gw(d, 0.0), gb(d, 0.0);
  for (int i = 0; i < n; ++i) {
    const float* dyi = dy + static_cast<std::size_t>(i) * d;
    const float* xi = x + static_cast<std::size_t>(i) * d;
    float* dxi = dx + static_cast<std::size_t>(i) * d;
    const double m = mean[i], r = rstd[i];
    double sum_g = 0, sum_gx = 0;
    for (int c = 0; c < d; ++c) {
      const double xhat = (xi[c] - m) * r;
      const double g = static_cast<double>(dyi[c]) * w[c];
      sum_g += g;
      sum_gx += g * xhat;
      gw[c] += static_cast<double>(dyi[c]) * xhat;
      gb[c] += dyi[c];
    }
    sum_g /= d;
    sum_gx /= d;
    for (int c = 0; c < d; ++c) {
      const double xhat = (xi[c] - m) * r;
      const double g = static_cast<double>(dyi[c]) * w[c];
      const auto v = static_cast<float>(r * (g - sum_g - xhat * sum_gx));
      dxi[c] = accumulate ? dxi[c] + v : v;
    }
  }
  for (int c = 0; c < d; ++c) {
    dw[c] += static_cast<float>(gw[c]);
    if (db) db[c] += static_cast<float>(gb[c]);
  }
}

void linear(const float* in, int n, int in_dim, const float* W, const float* bias, int out_dim,
            float* out, bool accumulate) {
  cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasTrans, n, out_dim, in_dim, 1.0f, in, in_dim, W,
              in_dim, accumulate ? 1.0f : 0.0f, out, out_dim);
  if (!bias) return;
  for (int i = 0; i < n; ++i) {
    float* oi = out + static_cast<std::size_t>(i) * out_dim;
    for (int c = 0; c < out_dim; ++c)
      oi[c] += bias[c];
  }
}

void linearBackward(const float* dout, const float* in, const float* W, int n, int in_dim,
                    int out_dim, float* dW, float* db, float* din) {
  cblas_sgemm(CblasRowMajor, CblasTrans, CblasNoTrans, out_dim, in_dim, n, 1.0f, dout, out_dim, in,
              in_dim, 1.0f, dW, in_dim);
  if (db) {
    std::vector<double> sum(out_dim, 0.0);
    for (int i = 0; i < n; ++i) {
      const float* di = dout + static_cast<std::size_t>(i) * out_dim;
      for (int c = 0; c < out_dim; ++c)
        sum[c] += di[c];
    }
    for (int c = 0; c < out_dim; ++c)
      db[c] += static_cast<float>(sum[c]);
  }
  if (din) {
    cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, n, in_dim, out_dim, 1.0f, dout, out_dim,
                W, in_dim, 0.0f, din, in_dim);
  }
}

namespace {

constexpr float kTanhScale = 0.7978845608028654f;  // sqrt(2 / pi)
constexpr float kCubic = 0.044715f;
constexpr float kInvSqrt2Pi = 0.3989422804014327f;

// exp(x) for floats without branches, so that loops over it vectorise: x = n ln 2 + r with n the
// nearest integer (the 1.5 * 2^23 rounding trick) and |r| <= ln(2)/2, exp(r) by its Taylor
// polynomial to r^7 (remainder < 6e-9), times 2^n built in the exponent bits. Relative error
// about 5e-7 against exp in double, over the clamp [-87, 88].
inline float expApprox(float x) {
  x = std::min(std::max(x, -87.0f), 88.0f);
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
  return p * scale;
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

}  // namespace

// The GELU loops are built twice, for AVX2 and for the baseline, and the CPU picks at load time.
// Each works in place, so that no runtime aliasing check sends it down the scalar loop.
__attribute__((target_clones("avx2", "default"))) void gelu(float* x, std::size_t n,
                                                            bool tanh_form) {
  if (tanh_form) {
    for (std::size_t i = 0; i < n; ++i) {
      const float v = x[i];
      x[i] = 0.5f * v * (1.0f + tanhApprox(kTanhScale * (v + kCubic * v * v * v)));
    }
  } else {
    for (std::size_t i = 0; i < n; ++i)
      x[i] = 0.5f * x[i] * (1.0f + erfApprox(x[i] * static_cast<float>(M_SQRT1_2)));
  }
}

__attribute__((target_clones("avx2", "default"))) void geluBackward(float* g,
                                                                    const float* __restrict x,
                                                                    std::size_t n, bool tanh_form) {
  if (tanh_form) {
    for (std::size_t i = 0; i < n; ++i) {
      const float v = x[i];
      const float t = tanhApprox(kTanhScale * (v + kCubic * v * v * v));
      g[i] *= 0.5f * (1 + t) + 0.5f * v * (1 - t * t) * kTanhScale * (1 + 3 * kCubic * v * v);
    }
  } else {
    for (std::size_t i = 0; i < n; ++i) {
      const float v = x[i];
      g[i] *= 0.5f * (1 + erfApprox(v * static_cast<float>(M_SQRT1_2))) +
              v * expApprox(-0.5f * v * v) * kInvSqrt2Pi;
    }
  }
}

void rotate(float* x, int half, const float* cos, const float* sin, bool inverse) {
  const float s = inverse ? -1.0f : 1.0f;
  for (int i = 0; i < half; ++i) {
    const float a = x[i], b = x[half + i];
    x[i] = a * cos[i] - s * b * sin[i];
    x[half + i] = s * a * sin[i] + b * cos[i];
  }
}

}  // namespace ef::fast
