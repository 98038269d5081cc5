// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The kernels of the CPU fast path (model/fast_decoder.h, model/fast_trainer.h): row-major fp32
// arrays, weight gradients through cblas_sgemm (the other products: model/fast_panels.h),
// element-wise work in plain loops.
#include <cstddef>
#include <cstdint>
#include <vector>

namespace ef::fast {

// out[n x d] = LayerNorm(x) * w + b (statistics in double); mean and rstd (may be null) receive
// each row's mean and 1/sqrt(var + eps).
void layerNorm(const float* x, int n, int d, const float* w, const float* b, double eps, float* out,
               float* mean = nullptr, float* rstd = nullptr);
// The backward of layerNorm: dx (= or, with accumulate, +=) from dy; adds to dw and db.
void layerNormBackward(const float* dy, const float* x, const float* mean, const float* rstd,
                       const float* w, int n, int d, float* dx, bool accumulate, float* dw,
                       float* db);

// The weight gradients of a linear layer out = in * W^T + bias: dW += dout^T * in and db += the
// column sums of dout (db may be null). Its input gradient dout * W is a product with W packed
// (model/fast_panels.h).
void linearBackward(const float* dout, const float* in, int n, int in_dim, int out_dim, float* dW,
                    float* db);

// out = GELU(in) (out may be in), the erf form or GPT-2's tanh form (erf and exp by branch-free
// approximations good to about 5e-7, so that the loop vectorises).
void gelu(const float* in, float* out, std::size_t n, bool tanh_form);
// g *= GELU'(x) in place: the backward of gelu (x: its input).
void geluBackward(float* g, const float* x, std::size_t n, bool tanh_form);

// The target id of a position without loss (PyTorch's ignore_index).
constexpr std::int64_t kNoTarget = -100;

// For rows [begin, end) of logits [rows x vocab]: replaces each row by the gradient of
// weight[n] * scale * cross-entropy(softmax(row), target[n]) (weight may be null: 1; a row with
// target kNoTarget becomes zeros) and returns the sum of those weighted losses. When token_loss
// is not null, token_loss[n] receives row n's weighted loss (0 without a target).
double crossEntropyGradRows(float* logits, int begin, int end, int vocab,
                            const std::int64_t* target, const float* weight, double scale,
                            double* token_loss = nullptr);

// Rotates one head's vector (first half, second half) by the angles of one position; inverse
// rotates back (the backward of a rotation is its transpose).
void rotate(float* x, int half, const float* cos, const float* sin, bool inverse = false);

}  // namespace ef::fast
