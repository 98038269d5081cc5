// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/fast_trainer.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>

#include "model/fast_attention.h"
#include "model/fast_kernels.h"
#include "model/fast_parallel.h"

namespace ef {

using fast::gelu;
using fast::geluBackward;
using fast::layerNorm;
using fast::layerNormBackward;
using fast::linearBackward;
using fast::multiply;

namespace {
constexpr int kRows = 64;     // token rows per piece (model/fast_parallel.h)
constexpr int kColumns = 16;  // embedding columns per piece of the embeddings' gradient
}  // namespace

void FastLanguageModelGrad::setShape(int rows, int cols) {
  if (rows < 1 || cols < 1 || cols > w_.cfg.context) {
    throw std::invalid_argument("fast training step: " + std::to_string(rows) + " x " +
                                std::to_string(cols) + " tokens for a context of " +
                                std::to_string(w_.cfg.context));
  }
  B_ = rows;
  T_ = cols;
  N_ = rows * cols;
}

double FastLanguageModelGrad::step(const std::int64_t* input, const std::int64_t* target,
                                   const float* weight, int rows, int cols, double scale,
                                   const FastGrads& g) {
  setShape(rows, cols);
  forward(input);
  const double loss = lossGrad(target, weight, scale);
  backward(input, g);
  return loss;
}

std::vector<double> FastLanguageModelGrad::rowLogProbs(const std::int64_t* input,
                                                       const std::int64_t* target, int rows,
                                                       int cols) {
  setShape(rows, cols);
  forward(input);
  token_loss_.assign(static_cast<std::size_t>(N_), 0.0);
  lossGrad(target, nullptr, 1.0, token_loss_.data());  // probs_ = d(Σ CE)/dlogits
  std::vector<double> logp(static_cast<std::size_t>(B_), 0.0);
  for (int b = 0; b < B_; ++b) {
    for (int t = 0; t < T_; ++t)
      logp[b] -= token_loss_[static_cast<std::size_t>(b) * T_ + t];
  }
  return logp;
}

void FastLanguageModelGrad::backwardRowLogProbs(const std::int64_t* input,
                                                const std::vector<double>& coef,
                                                const FastGrads& g) {
  if (coef.size() != static_cast<std::size_t>(B_))
    throw std::invalid_argument("fast training step: one coefficient per row is needed");
  // probs_ holds d(Σ_t CE_t)/dlogits per row, and log p = −Σ_t CE_t: the gradient of
  // coef · log p is −coef times it.
  const int V = w_.cfg.vocab;
  fast::parallelFor(fast::pieces(N_, kRows), 1.0 * N_ * V, [&](int i) {
    const fast::Piece p = fast::piece(i, N_, kRows);
    for (int n = p.begin; n < p.end; ++n) {
      const auto f = static_cast<float>(-coef[static_cast<std::size_t>(n / T_)]);
      float* row = probs_.data() + static_cast<std::size_t>(n) * V;
      for (int c = 0; c < V; ++c)
        row[c] *= f;
    }
  });
  backward(input, g);
}

void FastLanguageModelGrad::pack(bool transposed) {
  const int d = w_.cfg.d_model, V = w_.cfg.vocab;
  packed_.resize(w_.layers.size());
  // W [out x in]: the forward multiplies by W^T, the input gradient by W.
  auto one = [&](fast::Panels& p, const float* W, int out, int in) {
    if (transposed) {
      p.packTransposed(W, out, in);
    } else {
      p.pack(W, out, in);
    }
  };
  for (std::size_t l = 0; l < w_.layers.size(); ++l) {
    const auto& L = w_.layers[l];
    one(packed_[l].qkv, L.qkv_w, 3 * d, d);
    one(packed_[l].proj, L.proj_w, d, d);
    one(packed_[l].fc, L.fc_w, 4 * d, d);
    one(packed_[l].out, L.out_w, d, 4 * d);
  }
  one(head_, w_.head, V, d);
}

void FastLanguageModelGrad::rotateAll(float* qkv, bool inverse, bool keys_too) const {
  if (!w_.rope_cos) return;
  const int d = w_.cfg.d_model, H = w_.cfg.heads, Dh = d / H, half = Dh / 2;
  fast::parallelFor(fast::pieces(N_, kRows), 12.0 * N_ * d, [&](int i) {
    const fast::Piece p = fast::piece(i, N_, kRows);
    for (int n = p.begin; n < p.end; ++n) {
      const int t = n % T_;
      const float* cos = w_.rope_cos + static_cast<std::size_t>(t) * half;
      const float* sin = w_.rope_sin + static_cast<std::size_t>(t) * half;
      float* row = qkv + static_cast<std::size_t>(n) * 3 * d;
      for (int h = 0; h < H; ++h) {
        fast::rotate(row + h * Dh, half, cos, sin, inverse);
        if (keys_too) fast::rotate(row + d + h * Dh, half, cos, sin, inverse);
      }
    }
  });
}

void FastLanguageModelGrad::attentionForward(LayerActs& a) {
  const int d = w_.cfg.d_model, H = w_.cfg.heads, Dh = d / H, T = T_;
  a.att.resize(static_cast<std::size_t>(B_) * H * T * T);
  a.y.resize(static_cast<std::size_t>(N_) * d);
  // One piece per sequence and head.
  fast::parallelFor(B_ * H, 2.0 * B_ * H * T * T * Dh, [&](int unit) {
    const int b = unit / H, h = unit % H;
    fast::causalAttentionForward(a.qkv.data() + static_cast<std::size_t>(b) * T * 3 * d, T, d, h,
                                 Dh, a.att.data() + static_cast<std::size_t>(unit) * T * T,
                                 a.y.data() + static_cast<std::size_t>(b) * T * d);
  });
}

void FastLanguageModelGrad::forward(const std::int64_t* input) {
  const auto& cfg = w_.cfg;
  const int d = cfg.d_model, V = cfg.vocab;
  const auto nd = static_cast<std::size_t>(N_) * d;
  acts_.resize(w_.layers.size());
  // The residual stream: each layer's input is the one before's output; the last one's is x_final_.
  auto streamAt = [&](std::size_t l) -> std::vector<float>& {
    return l < acts_.size() ? acts_[l].x_in : x_final_;
  };
  std::vector<float>& x = streamAt(0);
  x.resize(nd);
  for (int n = 0; n < N_; ++n) {
    if (input[n] < 0 || input[n] >= V) {
      throw std::invalid_argument("fast training step: token " + std::to_string(input[n]) +
                                  " is outside the vocabulary of " + std::to_string(V));
    }
  }
  fast::parallelFor(fast::pieces(N_, kRows), 1.0 * N_ * d, [&](int i) {
    const fast::Piece p = fast::piece(i, N_, kRows);
    for (int n = p.begin; n < p.end; ++n) {
      const float* e = w_.wte + static_cast<std::size_t>(input[n]) * d;
      float* xi = x.data() + static_cast<std::size_t>(n) * d;
      if (w_.wpe) {
        const float* pos = w_.wpe + static_cast<std::size_t>(n % T_) * d;
        for (int c = 0; c < d; ++c)
          xi[c] = e[c] + pos[c];
      } else {
        std::copy_n(e, d, xi);
      }
    }
  });
  pack(true);
  for (std::size_t l = 0; l < w_.layers.size(); ++l) {
    const auto& L = w_.layers[l];
    const Packed& P = packed_[l];
    LayerActs& a = acts_[l];
    a.ln1.resize(nd);
    a.ln1_mean.resize(N_);
    a.ln1_rstd.resize(N_);
    layerNorm(a.x_in.data(), N_, d, L.ln1_w, L.ln1_b, cfg.ln_eps, a.ln1.data(), a.ln1_mean.data(),
              a.ln1_rstd.data());
    a.qkv.resize(nd * 3);
    multiply(a.ln1.data(), N_, P.qkv, L.qkv_b, a.qkv.data());
    rotateAll(a.qkv.data(), false, true);
    attentionForward(a);
    a.x_mid.resize(nd);
    multiply(a.y.data(), N_, P.proj, L.proj_b, a.x_mid.data(), a.x_in.data());
    a.ln2.resize(nd);
    a.ln2_mean.resize(N_);
    a.ln2_rstd.resize(N_);
    layerNorm(a.x_mid.data(), N_, d, L.ln2_w, L.ln2_b, cfg.ln_eps, a.ln2.data(), a.ln2_mean.data(),
              a.ln2_rstd.data());
    a.fc_pre.resize(nd * 4);
    multiply(a.ln2.data(), N_, P.fc, L.fc_b, a.fc_pre.data());
    a.fc_act.resize(nd * 4);
    gelu(a.fc_pre.data(), a.fc_act.data(), a.fc_act.size(), cfg.gelu_tanh);
    std::vector<float>& out = streamAt(l + 1);
    out.resize(nd);
    multiply(a.fc_act.data(), N_, P.out, L.out_b, out.data(), a.x_mid.data());
  }
  lnf_.resize(nd);
  lnf_mean_.resize(N_);
  lnf_rstd_.resize(N_);
  layerNorm(x_final_.data(), N_, d, w_.lnf_w, w_.lnf_b, cfg.ln_eps, lnf_.data(), lnf_mean_.data(),
            lnf_rstd_.data());
  probs_.resize(static_cast<std::size_t>(N_) * V);
  multiply(lnf_.data(), N_, head_, nullptr, probs_.data());  // logits, for now
}

// Turns the logits in probs_ into dLoss/dlogits (scaled, weighted; 0 where no loss is taken) and
// returns the loss.
double FastLanguageModelGrad::lossGrad(const std::int64_t* target, const float* weight,
                                       double scale, double* token_loss) {
  const int V = w_.cfg.vocab;
  for (int n = 0; n < N_; ++n) {
    if (target[n] != fast::kNoTarget && (target[n] < 0 || target[n] >= V)) {
      throw std::invalid_argument("fast training step: target " + std::to_string(target[n]) +
                                  " is outside the vocabulary of " + std::to_string(V));
    }
  }
  // Each piece sums its rows' losses; the pieces' sums are added in order.
  std::vector<double> piece_loss(fast::pieces(N_, kRows), 0.0);
  fast::parallelFor(fast::pieces(N_, kRows), 20.0 * N_ * V, [&](int i) {
    const fast::Piece p = fast::piece(i, N_, kRows);
    piece_loss[i] = fast::crossEntropyGradRows(probs_.data(), p.begin, p.end, V, target, weight,
                                               scale, token_loss);
  });
  double loss = 0;
  for (const double l : piece_loss)
    loss += l;
  return loss;
}

void FastLanguageModelGrad::attentionBackward(LayerActs& a, const std::vector<float>& dy,
                                              std::vector<float>& dqkv) {
  const int d = w_.cfg.d_model, H = w_.cfg.heads, Dh = d / H, T = T_;
  dqkv.resize(static_cast<std::size_t>(N_) * 3 * d);
  fast::parallelFor(B_ * H, 4.0 * B_ * H * T * T * Dh, [&](int unit) {
    const int b = unit / H, h = unit % H;
    const auto seq = static_cast<std::size_t>(b) * T;
    fast::causalAttentionBackward(a.qkv.data() + seq * 3 * d,
                                  a.att.data() + static_cast<std::size_t>(unit) * T * T,
                                  dy.data() + seq * d, T, d, h, Dh, dqkv.data() + seq * 3 * d);
  });
}

void FastLanguageModelGrad::backward(const std::int64_t* input, const FastGrads& g) {
  const auto& cfg = w_.cfg;
  const int d = cfg.d_model, V = cfg.vocab;
  const auto nd = static_cast<std::size_t>(N_) * d;
  // Head: logits = lnf head^T.
  std::vector<float>&dlnf = dlnf_, &dx = dx_, &dm = dm_, &dh = dh_, &dy = dy_, &dqkv = dqkv_;
  dlnf.resize(nd);
  dx.resize(nd);
  dm.resize(nd * 4);
  dh.resize(nd);
  dy.resize(nd);
  pack(false);
  linearBackward(probs_.data(), lnf_.data(), N_, d, V, g.head, nullptr);
  multiply(probs_.data(), N_, head_, nullptr, dlnf.data());
  layerNormBackward(dlnf.data(), x_final_.data(), lnf_mean_.data(), lnf_rstd_.data(), w_.lnf_w, N_,
                    d, dx.data(), false, g.lnf_w, g.lnf_b);
  for (int l = static_cast<int>(w_.layers.size()) - 1; l >= 0; --l) {
    const auto& L = w_.layers[l];
    const auto& G = g.layers[l];
    const Packed& P = packed_[l];
    LayerActs& a = acts_[l];
    // x_out = x_mid + GELU(LN2(x_mid) Wfc^T + bfc) Wout^T + bout
    linearBackward(dx.data(), a.fc_act.data(), N_, 4 * d, d, G.out_w, G.out_b);
    multiply(dx.data(), N_, P.out, nullptr, dm.data());
    geluBackward(dm.data(), a.fc_pre.data(), dm.size(), cfg.gelu_tanh);
    linearBackward(dm.data(), a.ln2.data(), N_, d, 4 * d, G.fc_w, G.fc_b);
    multiply(dm.data(), N_, P.fc, nullptr, dh.data());
    layerNormBackward(dh.data(), a.x_mid.data(), a.ln2_mean.data(), a.ln2_rstd.data(), L.ln2_w, N_,
                      d, dx.data(), true, G.ln2_w, G.ln2_b);
    // x_mid = x_in + Attention(LN1(x_in)) Wproj^T + bproj
    linearBackward(dx.data(), a.y.data(), N_, d, d, G.proj_w, G.proj_b);
    multiply(dx.data(), N_, P.proj, nullptr, dy.data());
    attentionBackward(a, dy, dqkv);
    rotateAll(dqkv.data(), true, true);  // back through the rotation of q and k
    linearBackward(dqkv.data(), a.ln1.data(), N_, d, 3 * d, G.qkv_w, G.qkv_b);
    multiply(dqkv.data(), N_, P.qkv, nullptr, dh.data());
    layerNormBackward(dh.data(), a.x_in.data(), a.ln1_mean.data(), a.ln1_rstd.data(), L.ln1_w, N_,
                      d, dx.data(), true, G.ln1_w, G.ln1_b);
  }
  // The embeddings' gradient: scattered over the rows of wte, so each piece owns some columns.
  fast::parallelFor(fast::pieces(d, kColumns), 2.0 * N_ * d, [&](int i) {
    const fast::Piece p = fast::piece(i, d, kColumns);
    for (int n = 0; n < N_; ++n) {
      const float* dxi = dx.data() + static_cast<std::size_t>(n) * d;
      float* ge = g.wte + static_cast<std::size_t>(input[n]) * d;
      for (int c = p.begin; c < p.end; ++c)
        ge[c] += dxi[c];
      if (g.wpe) {
        float* gp = g.wpe + static_cast<std::size_t>(n % T_) * d;
        for (int c = p.begin; c < p.end; ++c)
          gp[c] += dxi[c];
      }
    }
  });
}

}  // namespace ef
