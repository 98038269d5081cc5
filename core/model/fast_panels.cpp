// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/fast_panels.h"

#include <algorithm>
#include <cstddef>
#include <cstring>

#include "model/fast_parallel.h"

namespace ef::fast {

namespace {

constexpr int kRowsPerPiece = 64;   // output rows per piece
constexpr int kPanelsPerPiece = 2;  // panels per piece

}  // namespace

void Panels::pack(const float* B, int k, int cols) {
  if (k != k_ || cols != cols_) {
    k_ = k;
    cols_ = cols;
    data_.assign(static_cast<std::size_t>(panels()) * k * kPanel, 0.0f);  // padding stays zero
  }
  for (int j = 0; j < k; ++j) {
    const float* row = B + static_cast<std::size_t>(j) * cols;
    for (int c = 0; c < cols; ++c)
      data_[(static_cast<std::size_t>(c / kPanel) * k + j) * kPanel + c % kPanel] = row[c];
  }
}

void Panels::packTransposed(const float* W, int rows, int cols) {
  if (cols != k_ || rows != cols_) {
    k_ = cols;
    cols_ = rows;
    data_.assign(static_cast<std::size_t>(panels()) * k_ * kPanel, 0.0f);
  }
  for (int c = 0; c < rows; ++c) {
    const float* w = W + static_cast<std::size_t>(c) * cols;
    float* to = data_.data() + static_cast<std::size_t>(c / kPanel) * k_ * kPanel + c % kPanel;
    for (int j = 0; j < cols; ++j)
      to[static_cast<std::size_t>(j) * kPanel] = w[j];
  }
}

namespace {

// R rows of a (row stride k) times one panel into out (row stride `stride`, columns c0 ..
// c0 + width), plus add (same layout; may be out, or null): R x kPanel sums held in vectors of
// type V, a multiply-add per (j, row, vector).
template <typename V, int R>
__attribute__((always_inline)) inline void tile(const float* __restrict a, int k,
                                                const float* __restrict panel, const float* bias,
                                                const float* add, float* out, int stride,
                                                int width) {
  constexpr int kWidth = static_cast<int>(sizeof(V) / sizeof(float));
  constexpr int kVectors = kPanel / kWidth;
  V acc[R][kVectors];
  for (int r = 0; r < R; ++r)
    for (int v = 0; v < kVectors; ++v)
      acc[r][v] = V{};
  for (int j = 0; j < k; ++j) {
    V w[kVectors];
    std::memcpy(w, panel + static_cast<std::size_t>(j) * kPanel, sizeof w);
    for (int r = 0; r < R; ++r) {
      const float x = a[static_cast<std::size_t>(r) * k + j];
      for (int v = 0; v < kVectors; ++v)
        acc[r][v] += x * w[v];
    }
  }
  for (int r = 0; r < R; ++r) {
    float sum[kPanel];
    std::memcpy(sum, acc[r], sizeof sum);
    float* o = out + static_cast<std::size_t>(r) * stride;
    const float* plus = add ? add + static_cast<std::size_t>(r) * stride : nullptr;
    for (int c = 0; c < width; ++c)
      o[c] = (plus ? plus[c] : 0.0f) + sum[c] + (bias ? bias[c] : 0.0f);
  }
}

// Rows [begin, end) against one panel: tiles of R rows, the rest in tiles of R/2, R/4, ... 1.
template <typename V, int R>
__attribute__((always_inline)) inline void rows(const float* a, int begin, int end, int k,
                                                const float* panel, const float* bias,
                                                const float* add, float* out, int stride,
                                                int width) {
  int r = begin;
  for (; r + R <= end; r += R) {
    const auto at = static_cast<std::size_t>(r) * stride;
    tile<V, R>(a + static_cast<std::size_t>(r) * k, k, panel, bias, add ? add + at : nullptr,
               out + at, stride, width);
  }
  if constexpr (R > 1) rows<V, R / 2>(a, r, end, k, panel, bias, add, out, stride, width);
}

// One piece's work for each instruction set: the tile height fills the vector registers (16 sums
// of 16 floats with AVX-512's 32 registers, 8 of 8 with AVX2's 16, 8 of 4 with SSE's 16).
using V16 = float __attribute__((vector_size(64)));
using V8 = float __attribute__((vector_size(32)));
using V4 = float __attribute__((vector_size(16)));

struct Block {
  const float* a;
  int begin, end, k;
  const float* panel;
  const float* bias;
  const float* add;
  float* out;
  int stride, width;
};

__attribute__((target("avx512f"))) void blockAvx512(const Block& b) {
  rows<V16, 8>(b.a, b.begin, b.end, b.k, b.panel, b.bias, b.add, b.out, b.stride, b.width);
}
__attribute__((target("avx2,fma"))) void blockAvx2(const Block& b) {
  rows<V8, 2>(b.a, b.begin, b.end, b.k, b.panel, b.bias, b.add, b.out, b.stride, b.width);
}
void blockBaseline(const Block& b) {
  rows<V4, 1>(b.a, b.begin, b.end, b.k, b.panel, b.bias, b.add, b.out, b.stride, b.width);
}

using BlockFn = void (*)(const Block&);

BlockFn blockOf(PanelKernel kernel) {
  switch (kernel) {
    case PanelKernel::Avx512:
      return &blockAvx512;
    case PanelKernel::Avx2:
      return &blockAvx2;
    case PanelKernel::Baseline:
      break;
  }
  return &blockBaseline;
}

}  // namespace

std::vector<PanelKernel> panelKernelsOnThisCpu() {
  __builtin_cpu_init();
  std::vector<PanelKernel> kernels;
  if (__builtin_cpu_supports("avx512f")) kernels.push_back(PanelKernel::Avx512);
  if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma"))
    kernels.push_back(PanelKernel::Avx2);
  kernels.push_back(PanelKernel::Baseline);
  return kernels;
}

void multiply(const float* a, int n, const Panels& b, const float* bias, float* out,
              const float* add) {
  static const PanelKernel best = panelKernelsOnThisCpu().front();
  multiply(a, n, b, bias, out, add, best);
}

void multiply(const float* a, int n, const Panels& b, const float* bias, float* out,
              const float* add, PanelKernel kernel) {
  if (n <= 0) return;
  const BlockFn block = blockOf(kernel);
  const int panels = b.panels(), cols = b.cols(), k = b.k();
  const int column_pieces = pieces(panels, kPanelsPerPiece);
  const int count = pieces(n, kRowsPerPiece) * column_pieces;
  parallelFor(count, 2.0 * n * k * cols, [&](int i) {
    const Piece r = piece(i / column_pieces, n, kRowsPerPiece);
    const Piece p = piece(i % column_pieces, panels, kPanelsPerPiece);
    for (int q = p.begin; q < p.end; ++q) {
      const int c0 = q * kPanel;
      block({a, r.begin, r.end, k, b.panel(q), bias ? bias + c0 : nullptr, add ? add + c0 : nullptr,
             out + c0, cols, std::min(kPanel, cols - c0)});
    }
  });
}

}  // namespace ef::fast
