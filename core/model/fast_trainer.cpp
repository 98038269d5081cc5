// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/fast_trainer.h"

#include <cblas.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>

#include "model/fast_kernels.h"

namespace ef {

using fast::gelu;
using fast::geluBackward;
using fast::layerNorm;
using fast::layerNormBackward;
using fast::linear;
using fast::linearBackward;

double FastLanguageModelGrad::step(const std::int64_t* input, const std::int64_t* target,
                                   const float* weight, int rows, int cols, double scale,
                                   const FastGrads& g) {
  if (rows < 1 || cols < 1 || cols > w_.cfg.context) {
    throw std::invalid_argument("fast training step: " + std::to_string(rows) + " x " +
                                std::to_string(cols) + " tokens for a context of " +
                                std::to_string(w_.cfg.context));
  }
  B_ = rows;
  T_ = cols;
  N_ = rows * cols;
  forward(input);
  const double loss = lossGrad(target, weight, scale);
  backward(input, g);
  return loss;
}

void FastLanguageModelGrad::rotateAll(float* qkv, bool inverse, bool keys_too) const {
  if (!w_.rope_cos) return;
  const int d = w_.cfg.d_model, H = w_.cfg.heads, Dh = d / H, half = Dh / 2;
  for (int n = 0; n < N_; ++n) {
    const int t = n % T_;
    const float* cos = w_.rope_cos + static_cast<std::size_t>(t) * half;
    const float* sin = w_.rope_sin + static_cast<std::size_t>(t) * half;
    float* row = qkv + static_cast<std::size_t>(n) * 3 * d;
    for (int h = 0; h < H; ++h) {
      fast::rotate(row + h * Dh, half, cos, sin, inverse);
      if (keys_too) fast::rotate(row + d + h * Dh, half, cos, sin, inverse);
    }
  }
}

void FastLanguageModelGrad::attentionForward(LayerActs& a) {
  const int d = w_.cfg.d_model, H = w_.cfg.heads, Dh = d / H, T = T_;
  const float scale = static_cast<float>(1.0 / std::sqrt(static_cast<double>(Dh)));
  a.att.assign(static_cast<std::size_t>(B_) * H * T * T, 0.0f);
  a.y.assign(static_cast<std::size_t>(N_) * d, 0.0f);
  for (int b = 0; b < B_; ++b) {
    const float* base = a.qkv.data() + static_cast<std::size_t>(b) * T * 3 * d;
    for (int h = 0; h < H; ++h) {
      const float* Q = base + h * Dh;
      const float* K = base + d + h * Dh;
      const float* V = base + 2 * d + h * Dh;
      float* P = a.att.data() + (static_cast<std::size_t>(b) * H + h) * T * T;
      cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasTrans, T, T, Dh, scale, Q, 3 * d, K, 3 * d,
                  0.0f, P, T);
      for (int t = 0; t < T; ++t) {  // causal softmax of row t over keys 0..t
        float* p = P + static_cast<std::size_t>(t) * T;
        float top = -std::numeric_limits<float>::infinity();
        for (int j = 0; j <= t; ++j)
          top = std::max(top, p[j]);
        float sum = 0;
        for (int j = 0; j <= t; ++j) {
          p[j] = std::exp(p[j] - top);
          sum += p[j];
        }
        const float inv = 1.0f / sum;
        for (int j = 0; j <= t; ++j)
          p[j] *= inv;
        for (int j = t + 1; j < T; ++j)
          p[j] = 0.0f;
      }
      float* Y = a.y.data() + static_cast<std::size_t>(b) * T * d + h * Dh;
      cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, T, Dh, T, 1.0f, P, T, V, 3 * d, 0.0f,
                  Y, d);
    }
  }
}

void FastLanguageModelGrad::forward(const std::int64_t* input) {
  const auto& cfg = w_.cfg;
  const int d = cfg.d_model, V = cfg.vocab;
  const auto nd = static_cast<std::size_t>(N_) * d;
  std::vector<float> x(nd);
  for (int n = 0; n < N_; ++n) {
    const std::int64_t id = input[n];
    if (id < 0 || id >= V) {
      throw std::invalid_argument("fast training step: token " + std::to_string(id) +
                                  " is outside the vocabulary of " + std::to_string(V));
    }
    const float* e = w_.wte + static_cast<std::size_t>(id) * d;
    float* xi = x.data() + static_cast<std::size_t>(n) * d;
    if (w_.wpe) {
      const float* p = w_.wpe + static_cast<std::size_t>(n % T_) * d;
      for (int c = 0; c < d; ++c)
        xi[c] = e[c] + p[c];
    } else {
      std::copy_n(e, d, xi);
    }
  }
  acts_.resize(w_.layers.size());
  for (std::size_t l = 0; l < w_.layers.size(); ++l) {
    const auto& L = w_.layers[l];
    LayerActs& a = acts_[l];
    a.x_in = x;
    a.ln1.resize(nd);
    a.ln1_mean.resize(N_);
    a.ln1_rstd.resize(N_);
    layerNorm(x.data(), N_, d, L.ln1_w, L.ln1_b, cfg.ln_eps, a.ln1.data(), a.ln1_mean.data(),
              a.ln1_rstd.data());
    a.qkv.resize(nd * 3);
    linear(a.ln1.data(), N_, d, L.qkv_w, L.qkv_b, 3 * d, a.qkv.data(), false);
    rotateAll(a.qkv.data(), false, true);
    attentionForward(a);
    linear(a.y.data(), N_, d, L.proj_w, L.proj_b, d, x.data(), true);
    a.x_mid = x;
    a.ln2.resize(nd);
    a.ln2_mean.resize(N_);
    a.ln2_rstd.resize(N_);
    layerNorm(x.data(), N_, d, L.ln2_w, L.ln2_b, cfg.ln_eps, a.ln2.data(), a.ln2_mean.data(),
              a.ln2_rstd.data());
    a.fc_pre.resize(nd * 4);
    linear(a.ln2.data(), N_, d, L.fc_w, L.fc_b, 4 * d, a.fc_pre.data(), false);
    a.fc_act = a.fc_pre;
    gelu(a.fc_act.data(), a.fc_act.size(), cfg.gelu_tanh);
    linear(a.fc_act.data(), N_, 4 * d, L.out_w, L.out_b, d, x.data(), true);
  }
  x_final_ = std::move(x);
  lnf_.resize(nd);
  lnf_mean_.resize(N_);
  lnf_rstd_.resize(N_);
  layerNorm(x_final_.data(), N_, d, w_.lnf_w, w_.lnf_b, cfg.ln_eps, lnf_.data(), lnf_mean_.data(),
            lnf_rstd_.data());
  probs_.resize(static_cast<std::size_t>(N_) * V);
  linear(lnf_.data(), N_, d, w_.head, nullptr, V, probs_.data(), false);  // logits, for now
}

// Turns the logits in probs_ into dLoss/dlogits (scaled, weighted; 0 where no loss is taken) and
// returns the loss.
double FastLanguageModelGrad::lossGrad(const std::int64_t* target, const float* weight,
                                       double scale) {
  const int V = w_.cfg.vocab;
  double loss = 0;
  for (int n = 0; n < N_; ++n) {
    float* row = probs_.data() + static_cast<std::size_t>(n) * V;
    const std::int64_t y = target[n];
    if (y == -100) {
      std::fill_n(row, V, 0.0f);
      continue;
    }
    if (y < 0 || y >= V) {
      throw std::invalid_argument("fast training step: target " + std::to_string(y) +
                                  " is outside the vocabulary of " + std::to_string(V));
    }
    const float top = *std::max_element(row, row + V);
    double sum = 0;
    for (int c = 0; c < V; ++c)
      sum += std::exp(static_cast<double>(row[c] - top));
    const double log_z = top + std::log(sum);
    const double wgt = (weight ? weight[n] : 1.0f) * scale;
    loss += wgt * (log_z - row[y]);
    for (int c = 0; c < V; ++c)
      row[c] = static_cast<float>(wgt * std::exp(row[c] - log_z));
    row[y] -= static_cast<float>(wgt);
  }
  return loss;
}

void FastLanguageModelGrad::attentionBackward(LayerActs& a, const std::vector<float>& dy,
                                              std::vector<float>& dqkv) {
  const int d = w_.cfg.d_model, H = w_.cfg.heads, Dh = d / H, T = T_;
  const float scale = static_cast<float>(1.0 / std::sqrt(static_cast<double>(Dh)));
  std::vector<float> dP(static_cast<std::size_t>(T) * T);
  dqkv.assign(static_cast<std::size_t>(N_) * 3 * d, 0.0f);
  for (int b = 0; b < B_; ++b) {
    const float* base = a.qkv.data() + static_cast<std::size_t>(b) * T * 3 * d;
    float* dbase = dqkv.data() + static_cast<std::size_t>(b) * T * 3 * d;
    for (int h = 0; h < H; ++h) {
      const float* Q = base + h * Dh;
      const float* K = base + d + h * Dh;
      const float* V = base + 2 * d + h * Dh;
      const float* P = a.att.data() + (static_cast<std::size_t>(b) * H + h) * T * T;
      const float* dY = dy.data() + static_cast<std::size_t>(b) * T * d + h * Dh;
      // dV = P^T dY; dP = dY V^T.
      cblas_sgemm(CblasRowMajor, CblasTrans, CblasNoTrans, T, Dh, T, 1.0f, P, T, dY, d, 0.0f,
                  dbase + 2 * d + h * Dh, 3 * d);
      cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasTrans, T, T, Dh, 1.0f, dY, d, V, 3 * d, 0.0f,
                  dP.data(), T);
      // dS = P * (dP - rowsum(P * dP)), causal.
      for (int t = 0; t < T; ++t) {
        const float* p = P + static_cast<std::size_t>(t) * T;
        float* g = dP.data() + static_cast<std::size_t>(t) * T;
        double dot = 0;
        for (int j = 0; j <= t; ++j)
          dot += static_cast<double>(p[j]) * g[j];
        for (int j = 0; j <= t; ++j)
          g[j] = p[j] * (g[j] - static_cast<float>(dot));
        for (int j = t + 1; j < T; ++j)
          g[j] = 0.0f;
      }
      // dQ = scale dS K; dK = scale dS^T Q.
      cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, T, Dh, T, scale, dP.data(), T, K,
                  3 * d, 0.0f, dbase + h * Dh, 3 * d);
      cblas_sgemm(CblasRowMajor, CblasTrans, CblasNoTrans, T, Dh, T, scale, dP.data(), T, Q, 3 * d,
                  0.0f, dbase + d + h * Dh, 3 * d);
    }
  }
}

void FastLanguageModelGrad::backward(const std::int64_t* input, const FastGrads& g) {
  const auto& cfg = w_.cfg;
  const int d = cfg.d_model, V = cfg.vocab;
  const auto nd = static_cast<std::size_t>(N_) * d;
  // Head: logits = lnf head^T.
  std::vector<float> dlnf(nd), dx(nd);
  linearBackward(probs_.data(), lnf_.data(), w_.head, N_, d, V, g.head, nullptr, dlnf.data());
  layerNormBackward(dlnf.data(), x_final_.data(), lnf_mean_.data(), lnf_rstd_.data(), w_.lnf_w, N_,
                    d, dx.data(), false, g.lnf_w, g.lnf_b);
  std::vector<float> dm(nd * 4), dh(nd), dy(nd), dqkv;
  for (int l = static_cast<int>(w_.layers.size()) - 1; l >= 0; --l) {
    const auto& L = w_.layers[l];
    const auto& G = g.layers[l];
    LayerActs& a = acts_[l];
    // x_out = x_mid + GELU(LN2(x_mid) Wfc^T + bfc) Wout^T + bout
    linearBackward(dx.data(), a.fc_act.data(), L.out_w, N_, 4 * d, d, G.out_w, G.out_b, dm.data());
    geluBackward(dm.data(), a.fc_pre.data(), dm.size(), cfg.gelu_tanh);
    linearBackward(dm.data(), a.ln2.data(), L.fc_w, N_, d, 4 * d, G.fc_w, G.fc_b, dh.data());
    layerNormBackward(dh.data(), a.x_mid.data(), a.ln2_mean.data(), a.ln2_rstd.data(), L.ln2_w, N_,
                      d, dx.data(), true, G.ln2_w, G.ln2_b);
    // x_mid = x_in + Attention(LN1(x_in)) Wproj^T + bproj
    linearBackward(dx.data(), a.y.data(), L.proj_w, N_, d, d, G.proj_w, G.proj_b, dy.data());
    attentionBackward(a, dy, dqkv);
    rotateAll(dqkv.data(), true, true);  // back through the rotation of q and k
    linearBackward(dqkv.data(), a.ln1.data(), L.qkv_w, N_, d, 3 * d, G.qkv_w, G.qkv_b, dh.data());
    layerNormBackward(dh.data(), a.x_in.data(), a.ln1_mean.data(), a.ln1_rstd.data(), L.ln1_w, N_,
                      d, dx.data(), true, G.ln1_w, G.ln1_b);
  }
  for (int n = 0; n < N_; ++n) {
    const float* dxi = dx.data() + static_cast<std::size_t>(n) * d;
    float* ge = g.wte + static_cast<std::size_t>(input[n]) * d;
    for (int c = 0; c < d; ++c)
      ge[c] += dxi[c];
    if (g.wpe) {
      float* gp = g.wpe + static_cast<std::size_t>(n % T_) * d;
      for (int c = 0; c < d; ++c)
        gp[c] += dxi[c];
    }
  }
}

}  // namespace ef
