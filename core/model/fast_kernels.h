// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The kernels of the CPU fast path (model/fast_decoder.h, model/fast_trainer.h): row-major fp32
// arrays, matrix products through cblas_sgemm, element-wise work in plain loops.
#include <cstddef>

namespace ef::fast {

// out[n x d] = LayerNorm(x) * w + b (statistics in double); mean and rstd (may be null) receive
// each row's mean and 1/sqrt(var + eps).
void layerNorm(const float* x, int n, int d, const float* w, const float* b, double eps, float* out,
               float* mean = nullptr, float* rstd = nullptr);
// The backward of layerNorm: dx (= or, with accumulate, +=) from dy; adds to dw and db.
void layerNormBackward(const float* dy, const float* x, const float* mean, const float* rstd,
                       const float* w, int n, int d, float* dx, bool accumulate, float* dw,
                       float* db);

// out[n x out_dim] (= or +=) in[n x in_dim] * W^T + bias, W [out_dim x in_dim] row-major.
void linear(const float* in, int n, int in_dim, const float* W, const float* bias, int out_dim,
            float* out, bool accumulate);
// The backward of linear: dW += dout^T * in, db += column sums of dout (db may be null), and
// din = dout * W (skipped when din is null).
void linearBackward(const float* dout, const float* in, const float* W, int n, int in_dim,
                    int out_dim, float* dW, float* db, float* din);

// x = GELU(x) in place, the erf form or GPT-2's tanh form (erf and exp by branch-free
// approximations good to about 5e-7, so that the loop vectorises).
void gelu(float* x, std::size_t n, bool tanh_form);
// g *= GELU'(x) in place: the backward of gelu (x: its input).
void geluBackward(float* g, const float* x, std::size_t n, bool tanh_form);

// Rotates one head's vector (first half, second half) by the angles of one position; inverse
// rotates back (the backward of a rotation is its transpose).
void rotate(float* x, int half, const float* cos, const float* sin, bool inverse = false);

}  // namespace ef::fast
