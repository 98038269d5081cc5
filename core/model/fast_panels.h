// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Matrix products of the CPU fast path with the right-hand matrix packed once into panels
// (docs/engine.md, "Packed panels"). A panel holds kPanel consecutive columns of B, row after row,
// so a product streams it from memory in order and keeps a tile of output rows x kPanel columns
// in vector registers. BLAS packs B itself on every call, which at the experiments' shapes costs
// as much as the product; here a decoder packs its weights once, and a training step once per
// step.
//
// Every output element is the sum over j = 0 .. k-1 of a[r][j] * B[j][c] in that order (one
// multiply-add at a time), whatever the tile, piece or thread count: results do not depend on
// how the work is cut.
#include <vector>

namespace ef::fast {

constexpr int kPanel = 32;  // columns per panel

class Panels {
 public:
  // B = W^T for a weight W [rows x cols] row-major (a linear layer's [out x in]): k = cols.
  void packTransposed(const float* W, int rows, int cols);
  // B [k x cols] row-major as it is.
  void pack(const float* B, int k, int cols);

  int k() const { return k_; }
  int cols() const { return cols_; }
  // Panel p: [k x kPanel], columns past cols() zero.
  const float* panel(int p) const {
    return data_.data() + static_cast<std::size_t>(p) * k_ * kPanel;
  }
  int panels() const { return (cols_ + kPanel - 1) / kPanel; }

 private:
  int k_ = 0, cols_ = 0;
  std::vector<float> data_;
};

// out[n x b.cols()] = add + a[n x b.k()] * B + bias, in pieces of rows and panels over the fast
// path's threads (model/fast_parallel.h). bias may be null; add (laid out as out) may be null, or
// out itself to accumulate, or another array (a residual stream: no copy first).
void multiply(const float* a, int n, const Panels& b, const float* bias, float* out,
              const float* add = nullptr);

// The kernels multiply has, one per instruction set; it runs the first this CPU supports. Tests
// run each of them through the overload below.
enum class PanelKernel { Avx512, Avx2, Baseline };
std::vector<PanelKernel> panelKernelsOnThisCpu();
void multiply(const float* a, int n, const Panels& b, const float* bias, float* out,
              const float* add, PanelKernel kernel);

}  // namespace ef::fast
