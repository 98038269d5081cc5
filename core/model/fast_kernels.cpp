// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/fast_kernels.h"

#include <cblas.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <vector>

#include "model/fast_math.h"
#include "model/fast_parallel.h"

namespace ef::fast {

namespace {

// Piece sizes (docs/engine.md, "Threads of the fast path"): functions of the shapes only.
constexpr int kRows = 64;                 // rows per piece of a row-wise kernel
constexpr int kGradRows = 32;             // rows of a weight gradient per piece
constexpr int kGradSlice = 512;           // input rows per partial sum of a weight gradient
constexpr int kLnColumns = 32;            // columns of LayerNorm's weight gradient per piece
constexpr std::size_t kElements = 16384;  // elements per piece of an element-wise kernel

// LayerNorm of rows [begin, end), statistics in float lanes (model/fast_math.h).
__attribute__((target_clones("avx512f", "avx2", "default"))) void layerNormRows(
    const float* x, int begin, int end, int d, const float* w, const float* b, float eps,
    float* out, float* mean_out, float* rstd_out) {
  std::vector<float> z(d);
  for (int i = begin; i < end; ++i) {
    const float* __restrict xi = x + static_cast<std::size_t>(i) * d;
    float* __restrict oi = out + static_cast<std::size_t>(i) * d;
    const float mean = laneSum(xi, d) / static_cast<float>(d);
    for (int c = 0; c < d; ++c)
      z[c] = xi[c] - mean;
    const float inv =
        1.0f / std::sqrt(laneDot(z.data(), z.data(), d) / static_cast<float>(d) + eps);
    for (int c = 0; c < d; ++c)
      oi[c] = z[c] * inv * w[c] + (b ? b[c] : 0.0f);
    if (mean_out) mean_out[i] = mean;
    if (rstd_out) rstd_out[i] = inv;
  }
}

// dx of LayerNorm for rows [begin, end): dx = rstd (g - mean(g) - xhat mean(g xhat)), g = dy w.
__attribute__((target_clones("avx512f", "avx2", "default"))) void layerNormBackwardRows(
    const float* dy, const float* x, const float* mean, const float* rstd, const float* w,
    int begin, int end, int d, float* dx, bool accumulate) {
  std::vector<float> g(d), xhat(d);
  for (int i = begin; i < end; ++i) {
    const float* __restrict dyi = dy + static_cast<std::size_t>(i) * d;
    const float* __restrict xi = x + static_cast<std::size_t>(i) * d;
    float* __restrict dxi = dx + static_cast<std::size_t>(i) * d;
    const float m = mean[i], r = rstd[i];
    for (int c = 0; c < d; ++c) {
      xhat[c] = (xi[c] - m) * r;
      g[c] = dyi[c] * w[c];
    }
    const float mean_g = laneSum(g.data(), d) / static_cast<float>(d);
    const float mean_gx = laneDot(g.data(), xhat.data(), d) / static_cast<float>(d);
    for (int c = 0; c < d; ++c) {
      const float v = r * (g[c] - mean_g - xhat[c] * mean_gx);
      dxi[c] = accumulate ? dxi[c] + v : v;
    }
  }
}

// dw[begin..end) += sum_i dy[i] xhat[i] and db += sum_i dy[i] over all n rows, in row order.
__attribute__((target_clones("avx512f", "avx2", "default"))) void layerNormWeightGradColumns(
    const float* dy, const float* x, const float* mean, const float* rstd, int n, int d, int begin,
    int end, float* dw, float* db) {
  float gw[kLnColumns] = {}, gb[kLnColumns] = {};
  const int width = end - begin;
  for (int i = 0; i < n; ++i) {
    const float* __restrict dyi = dy + static_cast<std::size_t>(i) * d + begin;
    const float* __restrict xi = x + static_cast<std::size_t>(i) * d + begin;
    const float m = mean[i], r = rstd[i];
    for (int c = 0; c < width; ++c) {
      gw[c] += dyi[c] * ((xi[c] - m) * r);
      gb[c] += dyi[c];
    }
  }
  for (int c = 0; c < width; ++c) {
    dw[begin + c] += gw[c];
    if (db) db[begin + c] += gb[c];
  }
}

// out[0..n) += a[0..n).
__attribute__((target_clones("avx512f", "avx2", "default"))) void addInto(const float* __restrict a,
                                                                          std::size_t n,
                                                                          float* __restrict out) {
  for (std::size_t i = 0; i < n; ++i)
    out[i] += a[i];
}

// sum[0..width) = column sums of rows [0, n) of a [n x stride] matrix from column `begin`.
__attribute__((target_clones("avx512f", "avx2", "default"))) void columnSums(const float* a, int n,
                                                                             int stride, int begin,
                                                                             int width,
                                                                             float* sum) {
  float acc[kGradRows] = {};
  if (width == kGradRows) {
    // A whole piece: a loop of constant length, so that the sums stay in vector registers (with
    // `width` they went through memory on every row). The same additions in the same order.
    for (int r = 0; r < n; ++r) {
      const float* __restrict row = a + static_cast<std::size_t>(r) * stride + begin;
      for (int c = 0; c < kGradRows; ++c)
        acc[c] += row[c];
    }
  } else {
    for (int r = 0; r < n; ++r) {
      const float* __restrict row = a + static_cast<std::size_t>(r) * stride + begin;
      for (int c = 0; c < width; ++c)
        acc[c] += row[c];
    }
  }
  std::copy_n(acc, width, sum);
}

}  // namespace

void layerNorm(const float* x, int n, int d, const float* w, const float* b, double eps, float* out,
               float* mean_out, float* rstd_out) {
  parallelFor(pieces(n, kRows), 8.0 * n * d, [&](int i) {
    const Piece p = piece(i, n, kRows);
    layerNormRows(x, p.begin, p.end, d, w, b, static_cast<float>(eps), out, mean_out, rstd_out);
  });
}

void layerNormBackward(const float* dy, const float* x, const float* mean, const float* rstd,
                       const float* w, int n, int d, float* dx, bool accumulate, float* dw,
                       float* db) {
  parallelFor(pieces(n, kRows), 12.0 * n * d, [&](int i) {
    const Piece p = piece(i, n, kRows);
    layerNormBackwardRows(dy, x, mean, rstd, w, p.begin, p.end, d, dx, accumulate);
  });
  // The weight and bias gradients: column sums over all rows, a piece of columns at a time.
  parallelFor(pieces(d, kLnColumns), 4.0 * n * d, [&](int i) {
    const Piece p = piece(i, d, kLnColumns);
    layerNormWeightGradColumns(dy, x, mean, rstd, n, d, p.begin, p.end, dw, db);
  });
}

void linearBackward(const float* dout, const float* in, int n, int in_dim, int out_dim, float* dW,
                    float* db) {
  // dW += dout^T in, summed over slices of kGradSlice rows: each slice's product is a piece, and
  // the slices' partial sums are then added in order. Cut by rows rather than by the weight's
  // rows, BLAS packs each input once instead of once per piece.
  const int slices = pieces(n, kGradSlice);
  const auto size = static_cast<std::size_t>(out_dim) * in_dim;
  // The calling thread's scratch (a reference: inside the pieces the name would mean each
  // worker's own thread_local).
  thread_local std::vector<float> scratch;
  std::vector<float>& partial = scratch;
  if (slices > 1 && partial.size() < size * slices) partial.resize(size * slices);
  parallelFor(slices, 2.0 * n * in_dim * out_dim, [&](int i) {
    const Piece p = piece(i, n, kGradSlice);
    float* target = slices > 1 ? partial.data() + size * i : dW;
    cblas_sgemm(CblasRowMajor, CblasTrans, CblasNoTrans, out_dim, in_dim, p.end - p.begin, 1.0f,
                dout + static_cast<std::size_t>(p.begin) * out_dim, out_dim,
                in + static_cast<std::size_t>(p.begin) * in_dim, in_dim, slices > 1 ? 0.0f : 1.0f,
                target, in_dim);
  });
  // The slices' sums into dW and the bias gradient (column sums of dout), a piece of the
  // weight's rows at a time.
  parallelFor(pieces(out_dim, kGradRows), 2.0 * size * slices + 2.0 * n * out_dim, [&](int i) {
    const Piece p = piece(i, out_dim, kGradRows);
    if (slices > 1) {
      for (int s = 0; s < slices; ++s)
        addInto(partial.data() + size * s + static_cast<std::size_t>(p.begin) * in_dim,
                static_cast<std::size_t>(p.end - p.begin) * in_dim,
                dW + static_cast<std::size_t>(p.begin) * in_dim);
    }
    if (!db) return;
    const int width = p.end - p.begin;
    float sum[kGradRows];
    columnSums(dout, n, out_dim, p.begin, width, sum);
    for (int c = 0; c < width; ++c)
      db[p.begin + c] += sum[c];
  });
}

namespace {

constexpr float kTanhScale = 0.7978845608028654f;  // sqrt(2 / pi)
constexpr float kCubic = 0.044715f;
constexpr float kInvSqrt2Pi = 0.3989422804014327f;

// GELU of one value, the tanh form or the erf form (inlined into each loop below).
template <bool kTanh>
__attribute__((always_inline)) inline float geluOf(float v) {
  if (kTanh) return 0.5f * v * (1.0f + tanhApprox(kTanhScale * (v + kCubic * v * v * v)));
  return 0.5f * v * (1.0f + erfApprox(v * static_cast<float>(M_SQRT1_2)));
}

// The GELU loops are built for AVX-512, AVX2 and the baseline, and the CPU picks at load time.
// In place (out == in) or into another array; two loops, so that the compiler knows in each
// whether the arrays alias and no runtime check sends it down the scalar loop.
__attribute__((target_clones("avx512f", "avx2", "default"))) void geluInPlace(float* x,
                                                                              std::size_t n,
                                                                              bool tanh_form) {
  if (tanh_form) {
    for (std::size_t i = 0; i < n; ++i)
      x[i] = geluOf<true>(x[i]);
  } else {
    for (std::size_t i = 0; i < n; ++i)
      x[i] = geluOf<false>(x[i]);
  }
}

__attribute__((target_clones("avx512f", "avx2", "default"))) void geluInto(
    const float* __restrict in, float* __restrict out, std::size_t n, bool tanh_form) {
  if (tanh_form) {
    for (std::size_t i = 0; i < n; ++i)
      out[i] = geluOf<true>(in[i]);
  } else {
    for (std::size_t i = 0; i < n; ++i)
      out[i] = geluOf<false>(in[i]);
  }
}

__attribute__((target_clones("avx512f", "avx2", "default"))) void geluBackwardPiece(
    float* g, const float* __restrict x, std::size_t n, bool tanh_form) {
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

}  // namespace

__attribute__((target_clones("avx512f", "avx2", "default"))) double crossEntropyGradRows(
    float* logits, int begin, int end, int vocab, const std::int64_t* target, const float* weight,
    double scale, double* token_loss) {
  double loss = 0;
  for (int n = begin; n < end; ++n) {
    float* __restrict row = logits + static_cast<std::size_t>(n) * vocab;
    const std::int64_t y = target[n];
    if (y == kNoTarget) {
      std::fill_n(row, vocab, 0.0f);
      if (token_loss) token_loss[n] = 0;
      continue;
    }
    const float top = laneMax(row, vocab);
    const float shifted_y = row[y] - top;
    for (int c = 0; c < vocab; ++c)
      row[c] = expApprox(row[c] - top);
    const float sum = laneSum(row, vocab);
    const double wgt = (weight ? weight[n] : 1.0f) * scale;
    // -log softmax(y) = log(sum_c exp(logit_c - top)) - (logit_y - top).
    const double l = wgt * (std::log(static_cast<double>(sum)) - shifted_y);
    loss += l;
    if (token_loss) token_loss[n] = l;
    const auto factor = static_cast<float>(wgt / sum);
    for (int c = 0; c < vocab; ++c)
      row[c] *= factor;
    row[y] -= static_cast<float>(wgt);
  }
  return loss;
}

void gelu(const float* in, float* out, std::size_t n, bool tanh_form) {
  const auto count = static_cast<int>((n + kElements - 1) / kElements);
  parallelFor(count, 30.0 * static_cast<double>(n), [&](int i) {
    const std::size_t begin = i * kElements;
    const std::size_t size = std::min(kElements, n - begin);
    if (in == out) {
      geluInPlace(out + begin, size, tanh_form);
    } else {
      geluInto(in + begin, out + begin, size, tanh_form);
    }
  });
}

void geluBackward(float* g, const float* x, std::size_t n, bool tanh_form) {
  const auto count = static_cast<int>((n + kElements - 1) / kElements);
  parallelFor(count, 40.0 * static_cast<double>(n), [&](int i) {
    const std::size_t begin = i * kElements;
    geluBackwardPiece(g + begin, x + begin, std::min(kElements, n - begin), tanh_form);
  });
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
