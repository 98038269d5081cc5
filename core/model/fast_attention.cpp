// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/fast_attention.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

#include "model/fast_math.h"

namespace ef::fast {

namespace {

// The helpers below are inlined into the two entry points, which are built for AVX-512, AVX2 and
// the baseline (target_clones). Every inner loop runs over a block of kLanes floats
// (model/fast_math.h) held in a local array, which the compiler keeps in vector registers, and
// kRowTile rows go through a loop together, so that kRowTile independent sums are in flight
// instead of one chain of dependent multiply-adds. Matrices are padded with zeros to whole blocks
// and tiles, so no loop has a remainder.
constexpr int kRowTile = 4;

inline int roundUp(int n, int to) {
  return (n + to - 1) / to * to;
}

// s[r][0..nb*kLanes) = scale * sum_c a[r][c] * bt[c][..] for the kRowTile rows of a ([.. x Dp],
// row stride Dp) against bt ([Dp x Tp]); s has row stride Tp.
__attribute__((always_inline)) inline void tileScores(const float* __restrict a,
                                                      const float* __restrict bt, int Tp, int Dp,
                                                      int nb, float scale, float* __restrict s) {
  for (int b = 0; b < nb; ++b) {
    const int j0 = b * kLanes;
    float acc[kRowTile][kLanes] = {};
    for (int c = 0; c < Dp; ++c) {
      const float* __restrict bc = bt + static_cast<std::size_t>(c) * Tp + j0;
      for (int r = 0; r < kRowTile; ++r) {
        const float arc = a[static_cast<std::size_t>(r) * Dp + c];
        for (int k = 0; k < kLanes; ++k)
          acc[r][k] += arc * bc[k];
      }
    }
    for (int r = 0; r < kRowTile; ++r)
      for (int k = 0; k < kLanes; ++k)
        s[static_cast<std::size_t>(r) * Tp + j0 + k] = acc[r][k] * scale;
  }
}

// out[r][0..Dp) += sum_{j<n} w[r][j] * rows[j][0..Dp) for the kRowTile rows of w (row stride
// w_stride) and out (row stride out_stride); rows has row stride Dp.
__attribute__((always_inline)) inline void tileWeighted(const float* __restrict w, int w_stride,
                                                        const float* __restrict rows, int n, int Dp,
                                                        float* __restrict out, int out_stride) {
  for (int c0 = 0; c0 < Dp; c0 += kLanes) {
    float acc[kRowTile][kLanes] = {};
    for (int j = 0; j < n; ++j) {
      const float* __restrict rj = rows + static_cast<std::size_t>(j) * Dp + c0;
      for (int r = 0; r < kRowTile; ++r) {
        const float wrj = w[static_cast<std::size_t>(r) * w_stride + j];
        for (int k = 0; k < kLanes; ++k)
          acc[r][k] += wrj * rj[k];
      }
    }
    for (int r = 0; r < kRowTile; ++r)
      for (int k = 0; k < kLanes; ++k)
        out[static_cast<std::size_t>(r) * out_stride + c0 + k] += acc[r][k];
  }
}

// p[0..live) = softmax(p[0..live)) and p[live..n) = 0, in place; n is a multiple of kLanes.
__attribute__((always_inline)) inline void softmaxInPlace(float* __restrict p, int live, int n) {
  // The maximum of the live entries (exact in any order; a mask per lane here kept the loop
  // scalar).
  const float top = laneMax(p, live);
  for (int j = 0; j < n; ++j)
    p[j] = j < live ? expApprox(p[j] - top) : 0.0f;
  const float inv = 1.0f / laneSum(p, n);
  for (int j = 0; j < n; ++j)
    p[j] *= inv;
}

// One head of one sequence in padded, contiguous copies: T rows padded to Tr (a multiple of
// kRowTile and of kLanes), the head's Dh columns padded to Dp (a multiple of kLanes).
struct Head {
  int T = 0, Tr = 0, Dh = 0, Dp = 0;
  std::vector<float> q, k, v;         // [Tr x Dp]
  std::vector<float> kt, vt;          // [Dp x Tr]: keys and values transposed
  std::vector<float> a, b, c;         // [Tr x Tr] scratch: scores, weights and their transposes
  std::vector<float> dy, dq, dk, dv;  // [Tr x Dp]

  // Copies the head in. The padding is zeroed when the shape changes and is never written after,
  // so a piece of the same shape as the last one only overwrites the live rows and columns.
  __attribute__((always_inline)) void load(const float* qkv, int T_, int d, int head, int Dh_) {
    if (T_ != T || Dh_ != Dh) {
      T = T_;
      Dh = Dh_;
      Tr = roundUp(T, kLanes);
      Dp = roundUp(Dh, kLanes);
      const auto size = static_cast<std::size_t>(Tr) * Dp;
      const auto square = static_cast<std::size_t>(Tr) * Tr;
      for (auto* m : {&q, &k, &v, &kt, &vt, &dy, &dq, &dk, &dv})
        m->assign(size, 0.0f);
      for (auto* m : {&a, &b, &c})
        m->assign(square, 0.0f);
    }
    for (int t = 0; t < T; ++t) {
      const float* row = qkv + static_cast<std::size_t>(t) * 3 * d + head * Dh;
      copyFloats(row, Dh, &q[static_cast<std::size_t>(t) * Dp]);
      copyFloats(row + d, Dh, &k[static_cast<std::size_t>(t) * Dp]);
      copyFloats(row + 2 * d, Dh, &v[static_cast<std::size_t>(t) * Dp]);
      for (int c = 0; c < Dh; ++c) {
        kt[static_cast<std::size_t>(c) * Tr + t] = row[d + c];
        vt[static_cast<std::size_t>(c) * Tr + t] = row[2 * d + c];
      }
    }
  }
  float* rowOf(std::vector<float>& m, int t, int stride) {
    return m.data() + static_cast<std::size_t>(t) * stride;
  }
};

thread_local Head t_head;

// m[0..T) x [0..T) transposed into out (both row stride Tr), the lower triangle only (the rest
// stays zero).
__attribute__((always_inline)) inline void transposeLower(const float* m, int T, int Tr,
                                                          float* out) {
  for (int t = 0; t < T; ++t)
    for (int j = 0; j <= t; ++j)
      out[static_cast<std::size_t>(j) * Tr + t] = m[static_cast<std::size_t>(t) * Tr + j];
}

}  // namespace

__attribute__((target_clones("avx512f", "avx2", "default"))) void causalAttentionForward(
    const float* qkv, int T, int d, int head, int Dh, float* P, float* y) {
  Head& h = t_head;
  h.load(qkv, T, d, head, Dh);
  const float scale = static_cast<float>(1.0 / std::sqrt(static_cast<double>(Dh)));
  for (int t0 = 0; t0 < T; t0 += kRowTile) {
    // Rows t0 .. t0 + kRowTile - 1 see keys up to their own position: nb blocks cover them all.
    const int nb = roundUp(std::min(t0 + kRowTile, T), kLanes) / kLanes;
    float* s = h.rowOf(h.a, t0, h.Tr);
    tileScores(h.rowOf(h.q, t0, h.Dp), h.kt.data(), h.Tr, h.Dp, nb, scale, s);
    for (int r = 0; r < kRowTile; ++r)
      softmaxInPlace(s + static_cast<std::size_t>(r) * h.Tr, std::min(t0 + r, T - 1) + 1,
                     nb * kLanes);
    // The tile's outputs (in dq, scratch here): the weights times the values of keys 0 .. its
    // last row.
    zeroFloats(h.rowOf(h.dq, t0, h.Dp), kRowTile * h.Dp);
    tileWeighted(s, h.Tr, h.v.data(), std::min(t0 + kRowTile, T), h.Dp, h.rowOf(h.dq, t0, h.Dp),
                 h.Dp);
    for (int r = 0; r < kRowTile && t0 + r < T; ++r) {
      const int t = t0 + r;
      copyFloats(h.rowOf(h.dq, t, h.Dp), Dh, y + static_cast<std::size_t>(t) * d + head * Dh);
      // Columns from nb * kLanes on are stale scratch: the row is zero there.
      float* p = P + static_cast<std::size_t>(t) * T;
      const int written = std::min(T, nb * kLanes);
      copyFloats(s + static_cast<std::size_t>(r) * h.Tr, written, p);
      zeroFloats(p + written, T - written);
    }
  }
}

__attribute__((target_clones("avx512f", "avx2", "default"))) void causalAttentionBackward(
    const float* qkv, const float* P, const float* dy, int T, int d, int head, int Dh,
    float* dqkv) {
  Head& h = t_head;
  h.load(qkv, T, d, head, Dh);
  const int Tr = h.Tr, Dp = h.Dp;
  for (auto* m : {&h.dq, &h.dk, &h.dv})
    std::fill(m->begin(), m->end(), 0.0f);
  for (int t = 0; t < T; ++t)
    copyFloats(dy + static_cast<std::size_t>(t) * d + head * Dh, Dh, h.rowOf(h.dy, t, Dp));
  const float scale = static_cast<float>(1.0 / std::sqrt(static_cast<double>(Dh)));
  // a = dS: row t is scale * P[t] * (dP[t] - P[t] . dP[t]) with dP[t][j] = dY[t] . V[j];
  // dQ[t] = sum_j dS[t][j] K[j].
  for (int t0 = 0; t0 < T; t0 += kRowTile) {
    const int nb = roundUp(std::min(t0 + kRowTile, T), kLanes) / kLanes;
    float* ds = h.rowOf(h.a, t0, Tr);
    tileScores(h.rowOf(h.dy, t0, Dp), h.vt.data(), Tr, Dp, nb, scale, ds);
    // Only the tile's first `keys` columns are read after this (here and by transposeLower,
    // which takes j <= t): the rest of each row may stay stale.
    const int keys = std::min(t0 + kRowTile, T);
    for (int r = 0; r < kRowTile; ++r) {
      float* row = ds + static_cast<std::size_t>(r) * Tr;
      const int t = t0 + r;
      if (t >= T) {
        zeroFloats(row, keys);
        continue;
      }
      const float* p = P + static_cast<std::size_t>(t) * T;
      const float dot = laneDot(p, row, t + 1);
      for (int j = 0; j <= t; ++j)
        row[j] = p[j] * (row[j] - dot);
      zeroFloats(row + t + 1, keys - t - 1);
    }
    tileWeighted(ds, Tr, h.k.data(), keys, Dp, h.rowOf(h.dq, t0, Dp), Dp);
  }
  // Columns of dS and P as rows (b = dS^T, c = P^T; their upper triangles stay zero): dK[j] =
  // sum_{t>=j} dS[t][j] Q[t] and dV[j] = sum_{t>=j} P[t][j] dY[t].
  transposeLower(h.a.data(), T, Tr, h.b.data());
  for (int j0 = 0; j0 < T; j0 += kRowTile) {
    tileWeighted(h.rowOf(h.b, j0, Tr) + j0, Tr, h.rowOf(h.q, j0, Dp), T - j0, Dp,
                 h.rowOf(h.dk, j0, Dp), Dp);
  }
  for (int t = 0; t < T; ++t)
    for (int j = 0; j <= t; ++j)
      h.c[static_cast<std::size_t>(j) * Tr + t] = P[static_cast<std::size_t>(t) * T + j];
  for (int j0 = 0; j0 < T; j0 += kRowTile) {
    tileWeighted(h.rowOf(h.c, j0, Tr) + j0, Tr, h.rowOf(h.dy, j0, Dp), T - j0, Dp,
                 h.rowOf(h.dv, j0, Dp), Dp);
  }
  for (int t = 0; t < T; ++t) {
    float* row = dqkv + static_cast<std::size_t>(t) * 3 * d + head * Dh;
    copyFloats(h.rowOf(h.dq, t, Dp), Dh, row);
    copyFloats(h.rowOf(h.dk, t, Dp), Dh, row + d);
    copyFloats(h.rowOf(h.dv, t, Dp), Dh, row + 2 * d);
  }
}

__attribute__((target_clones("avx512f", "avx2", "default"))) void attendCache(
    const float* q, const float* K, const float* V, int keys, int d, int heads, int Dh,
    float* scores, float* y) {
  const float scale = static_cast<float>(1.0 / std::sqrt(static_cast<double>(Dh)));
  for (int h = 0; h < heads; ++h) {
    const float* qh = q + h * Dh;
    for (int j = 0; j < keys; ++j)
      scores[j] = laneDot(qh, K + static_cast<std::size_t>(j) * d + h * Dh, Dh) * scale;
    const float top = laneMax(scores, keys);
    for (int j = 0; j < keys; ++j)
      scores[j] = expApprox(scores[j] - top);
    const float inv = 1.0f / laneSum(scores, keys);
    for (int j = 0; j < keys; ++j)
      scores[j] *= inv;
    float* __restrict yh = y + h * Dh;
    int c0 = 0;
    // Four blocks of columns at a time: four independent chains of multiply-adds over the keys
    // instead of one (each sum still runs over the keys in order).
    for (; c0 + 4 * kLanes <= Dh; c0 += 4 * kLanes) {
      float acc[4][kLanes] = {};
      for (int j = 0; j < keys; ++j) {
        const float pj = scores[j];
        const float* __restrict vj = V + static_cast<std::size_t>(j) * d + h * Dh + c0;
        for (int b = 0; b < 4; ++b)
          for (int k = 0; k < kLanes; ++k)
            acc[b][k] += pj * vj[b * kLanes + k];
      }
      for (int b = 0; b < 4; ++b)
        std::copy_n(acc[b], kLanes, yh + c0 + b * kLanes);
    }
    for (; c0 + kLanes <= Dh; c0 += kLanes) {
      float acc[kLanes] = {};
      for (int j = 0; j < keys; ++j) {
        const float pj = scores[j];
        const float* __restrict vj = V + static_cast<std::size_t>(j) * d + h * Dh + c0;
        for (int k = 0; k < kLanes; ++k)
          acc[k] += pj * vj[k];
      }
      std::copy_n(acc, kLanes, yh + c0);
    }
    for (int c = c0; c < Dh; ++c) {
      float acc = 0.0f;
      for (int j = 0; j < keys; ++j)
        acc += scores[j] * V[static_cast<std::size_t>(j) * d + h * Dh + c];
      yh[c] = acc;
    }
  }
}

}  // namespace ef::fast
