// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/fast_decoder.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <stdexcept>
#include <string>

#include "model/fast_attention.h"
#include "model/fast_kernels.h"
#include "model/fast_parallel.h"

namespace ef {
namespace {
constexpr int kTokens = 4;  // new tokens per piece of the attention (model/fast_parallel.h)
}  // namespace

using fast::gelu;
using fast::layerNorm;
using fast::multiply;
using fast::rotate;

FastDecoder::FastDecoder(const FastWeights& w, int rows, int capacity)
    : w_(w),
      rows_(rows),
      capacity_(capacity),
      d_(w.cfg.d_model),
      heads_(w.cfg.heads),
      head_dim_(w.cfg.d_model / w.cfg.heads),
      length_(rows, 0) {
  if (rows < 1 || capacity < 1) {
    throw std::invalid_argument("FastDecoder needs at least one row and one slot");
  }
  const auto size = static_cast<std::size_t>(rows) * capacity * d_;
  k_.assign(w.layers.size(), std::vector<float>(size));
  v_.assign(w.layers.size(), std::vector<float>(size));
  packed_.resize(w.layers.size());
  for (std::size_t l = 0; l < w.layers.size(); ++l) {
    const auto& L = w.layers[l];
    packed_[l].qkv.packTransposed(L.qkv_w, 3 * d_, d_);
    packed_[l].proj.packTransposed(L.proj_w, d_, d_);
    packed_[l].fc.packTransposed(L.fc_w, 4 * d_, d_);
    packed_[l].out.packTransposed(L.out_w, d_, 4 * d_);
  }
  head_.packTransposed(w.head, w.cfg.vocab, d_);
}

float* FastDecoder::keyAt(int layer, int row, int slot) {
  return k_[layer].data() + (static_cast<std::size_t>(row) * capacity_ + slot) * d_;
}

float* FastDecoder::valueAt(int layer, int row, int slot) {
  return v_[layer].data() + (static_cast<std::size_t>(row) * capacity_ + slot) * d_;
}

void FastDecoder::copyRow(int from, int to) {
  if (from == to) return;
  const std::size_t n = static_cast<std::size_t>(length_.at(from)) * d_;
  for (std::size_t l = 0; l < k_.size(); ++l) {
    std::copy_n(keyAt(static_cast<int>(l), from, 0), n, keyAt(static_cast<int>(l), to, 0));
    std::copy_n(valueAt(static_cast<int>(l), from, 0), n, valueAt(static_cast<int>(l), to, 0));
  }
  length_.at(to) = length_[from];
}

void FastDecoder::step(const std::vector<int>& rows, const std::vector<int>& tokens,
                       std::vector<float>& logits) {
  std::vector<std::vector<int>> one(tokens.size());
  for (std::size_t i = 0; i < tokens.size(); ++i)
    one[i].assign(1, tokens[i]);
  forward(rows, one, logits, false);
}

void FastDecoder::append(const std::vector<int>& rows, const std::vector<std::vector<int>>& tokens,
                         std::vector<float>& logits, bool all_positions) {
  forward(rows, tokens, logits, all_positions);
}

void FastDecoder::embed(const std::vector<int>& rows, const std::vector<std::vector<int>>& tokens) {
  const auto& cfg = w_.cfg;
  tok_row_.clear();
  tok_slot_.clear();
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const int r = rows[i];
    if (r < 0 || r >= rows_)
      throw std::invalid_argument("FastDecoder: no cache row " + std::to_string(r));
    const int end = length_[r] + static_cast<int>(tokens[i].size());
    if (end > capacity_ || end > cfg.context) {
      throw std::invalid_argument("FastDecoder: row " + std::to_string(r) + " needs " +
                                  std::to_string(end) + " slots; the cache holds " +
                                  std::to_string(capacity_) + " and the model context is " +
                                  std::to_string(cfg.context));
    }
    for (std::size_t t = 0; t < tokens[i].size(); ++t) {
      tok_row_.push_back(r);
      tok_slot_.push_back(length_[r] + static_cast<int>(t));
    }
  }
  const std::size_t n = tok_row_.size();
  x_.resize(n * d_);
  std::size_t at = 0;
  for (const auto& seq : tokens) {
    for (const int id : seq) {
      if (id < 0 || id >= cfg.vocab) {
        throw std::invalid_argument("FastDecoder: token " + std::to_string(id) +
                                    " is outside the vocabulary of " + std::to_string(cfg.vocab));
      }
      float* xi = x_.data() + at * d_;
      const float* e = w_.wte + static_cast<std::size_t>(id) * d_;
      if (w_.wpe) {
        const float* p = w_.wpe + static_cast<std::size_t>(tok_slot_[at]) * d_;
        for (int c = 0; c < d_; ++c)
          xi[c] = e[c] + p[c];
      } else {
        std::copy_n(e, d_, xi);
      }
      ++at;
    }
  }
}

void FastDecoder::attend(int layer) {
  // Queries, keys and values of the new tokens are in qkv_ [n x 3d] (heads side by side in each
  // third); keys and values are first written to the cache, then every query attends to its row's
  // slots up to and including its own. Both passes run in pieces of tokens (model/fast_parallel.h).
  const auto n = static_cast<int>(tok_row_.size());
  const int half = head_dim_ / 2;
  const double work = 4.0 * n * d_;
  fast::parallelFor(fast::pieces(n, kTokens), work, [&](int piece) {
    const fast::Piece p = fast::piece(piece, n, kTokens);
    for (int i = p.begin; i < p.end; ++i) {
      float* q = qkv_.data() + static_cast<std::size_t>(i) * 3 * d_;
      float* k = q + d_;
      if (w_.rope_cos) {
        const int pos = tok_slot_[i];
        const float* cos = w_.rope_cos + static_cast<std::size_t>(pos) * half;
        const float* sin = w_.rope_sin + static_cast<std::size_t>(pos) * half;
        for (int h = 0; h < heads_; ++h) {
          rotate(q + h * head_dim_, half, cos, sin);
          rotate(k + h * head_dim_, half, cos, sin);
        }
      }
      std::copy_n(k, d_, keyAt(layer, tok_row_[i], tok_slot_[i]));
      std::copy_n(k + d_, d_, valueAt(layer, tok_row_[i], tok_slot_[i]));
    }
  });
  y_.assign(static_cast<std::size_t>(n) * d_, 0.0f);
  double keys = 0;
  for (int i = 0; i < n; ++i)
    keys += tok_slot_[i] + 1;
  fast::parallelFor(fast::pieces(n, kTokens), 4.0 * keys * d_, [&](int piece) {
    const fast::Piece p = fast::piece(piece, n, kTokens);
    thread_local std::vector<float> scores;
    scores.resize(capacity_);
    for (int i = p.begin; i < p.end; ++i) {
      fast::attendCache(qkv_.data() + static_cast<std::size_t>(i) * 3 * d_,
                        keyAt(layer, tok_row_[i], 0), valueAt(layer, tok_row_[i], 0),
                        tok_slot_[i] + 1, d_, heads_, head_dim_, scores.data(),
                        y_.data() + static_cast<std::size_t>(i) * d_);
    }
  });
}

void FastDecoder::block(int layer) {
  const auto& L = w_.layers[layer];
  const auto n = static_cast<int>(tok_row_.size());
  const double eps = w_.cfg.ln_eps;
  h_.resize(static_cast<std::size_t>(n) * d_);
  qkv_.resize(static_cast<std::size_t>(n) * 3 * d_);
  m_.resize(static_cast<std::size_t>(n) * 4 * d_);
  layerNorm(x_.data(), n, d_, L.ln1_w, L.ln1_b, eps, h_.data());
  const Packed& p = packed_[layer];
  multiply(h_.data(), n, p.qkv, L.qkv_b, qkv_.data());
  attend(layer);
  multiply(y_.data(), n, p.proj, L.proj_b, x_.data(), x_.data());
  layerNorm(x_.data(), n, d_, L.ln2_w, L.ln2_b, eps, h_.data());
  multiply(h_.data(), n, p.fc, L.fc_b, m_.data());
  gelu(m_.data(), m_.data(), m_.size(), w_.cfg.gelu_tanh);
  multiply(m_.data(), n, p.out, L.out_b, x_.data(), x_.data());
}

void FastDecoder::head(const std::vector<int>& pick, std::vector<float>& logits) {
  const auto n = static_cast<int>(pick.size());
  const int vocab = w_.cfg.vocab;
  std::vector<float> last(static_cast<std::size_t>(n) * d_);
  for (int i = 0; i < n; ++i)
    std::copy_n(x_.data() + static_cast<std::size_t>(pick[i]) * d_, d_,
                last.data() + static_cast<std::size_t>(i) * d_);
  h_.resize(last.size());
  layerNorm(last.data(), n, d_, w_.lnf_w, w_.lnf_b, w_.cfg.ln_eps, h_.data());
  logits.resize(static_cast<std::size_t>(n) * vocab);
  multiply(h_.data(), n, head_, nullptr, logits.data());
}

void FastDecoder::forward(const std::vector<int>& rows, const std::vector<std::vector<int>>& tokens,
                          std::vector<float>& logits, bool all_positions) {
  if (rows.size() != tokens.size()) {
    throw std::invalid_argument("FastDecoder: one token list per row");
  }
  embed(rows, tokens);
  if (tok_row_.empty()) {
    logits.clear();
    return;
  }
  for (int l = 0; l < static_cast<int>(w_.layers.size()); ++l)
    block(l);
  std::vector<int> pick;
  int at = 0;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const int len = static_cast<int>(tokens[i].size());
    if (all_positions) {
      for (int t = 0; t < len; ++t)
        pick.push_back(at + t);
    } else if (len > 0) {
      pick.push_back(at + len - 1);
    }
    at += len;
    length_[rows[i]] += len;
  }
  head(pick, logits);
}

EngineOverride engineOverride() {
  static const EngineOverride forced = [] {
    const char* env = std::getenv("EIGHTFOLD_ENGINE");
    const std::string v = env ? env : "";
    if (v == "libtorch") return EngineOverride::LibTorch;
    if (v == "fast") return EngineOverride::Fast;
    return EngineOverride::None;
  }();
  return forced;
}

void pickTokensFast(const float* logits, int n, int vocab, double temperature, int top_k,
                    const float* u, int* out) {
  std::vector<float> l(vocab), sorted;
  std::vector<double> cdf(vocab);
  for (int i = 0; i < n; ++i) {
    const float* row = logits + static_cast<std::size_t>(i) * vocab;
    if (temperature <= 0.0) {
      out[i] = static_cast<int>(std::max_element(row, row + vocab) - row);
      continue;
    }
    const auto t = static_cast<float>(temperature);
    for (int c = 0; c < vocab; ++c)
      l[c] = row[c] / t;
    if (top_k > 0 && top_k < vocab) {
      sorted = l;
      std::nth_element(sorted.begin(), sorted.begin() + (top_k - 1), sorted.end(),
                       std::greater<float>());
      const float kth = sorted[top_k - 1];
      for (auto& v : l)
        if (v < kth) v = -std::numeric_limits<float>::infinity();
    }
    const float top = *std::max_element(l.begin(), l.end());
    double total = 0;
    for (int c = 0; c < vocab; ++c) {
      total += std::exp(static_cast<double>(l[c] - top));
      cdf[c] = total;
    }
    const double target = static_cast<double>(u[i]) * total;
    int idx = 0;
    while (idx < vocab && cdf[idx] < target)
      ++idx;
    out[i] = std::min(idx, vocab - 1);
  }
}

}  // namespace ef
