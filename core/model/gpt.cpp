// SPDX-License-Identifier: GPL-3.0-or-later
#include <cmath>
#include <limits>
#include <sstream>
#include <stdexcept>

#include "model/gpt_impl.h"

#include <torch/version.h>

namespace ef {

namespace F = torch::nn::functional;

KvCache KvCache::repeatRows(std::int64_t times) const {
  KvCache out;
  out.length = length;
  out.capacity = capacity;
  for (std::size_t l = 0; l < k.size(); ++l) {
    out.k.push_back(k[l].repeat_interleave(times, 0));
    out.v.push_back(v[l].repeat_interleave(times, 0));
  }
  out.key_valid = key_valid.repeat_interleave(times, 0);
  out.next_pos = next_pos.repeat_interleave(times, 0);
  return out;
}

KvCache KvCache::selectRows(const torch::Tensor& rows) const {
  KvCache out;
  out.length = length;
  out.capacity = capacity;
  for (std::size_t l = 0; l < k.size(); ++l) {
    out.k.push_back(k[l].index_select(0, rows));
    out.v.push_back(v[l].index_select(0, rows));
  }
  out.key_valid = key_valid.index_select(0, rows);
  out.next_pos = next_pos.index_select(0, rows);
  return out;
}

torch::nn::LayerNorm GptImpl::layerNorm(std::int64_t d) const {
  return torch::nn::LayerNorm(torch::nn::LayerNormOptions({d}).eps(cfg_.ln_eps));
}

torch::nn::Linear GptImpl::linearLayer(std::int64_t in, std::int64_t out) const {
  return torch::nn::Linear(torch::nn::LinearOptions(in, out).bias(cfg_.bias));
}

GptImpl::GptImpl(const GptConfig& cfg) : cfg_(cfg) {
  if (cfg.vocab <= 0 || cfg.d_model % cfg.heads != 0) {
    throw std::invalid_argument("GptConfig: vocab must be > 0 and heads must divide d_model");
  }
  const std::int64_t d = cfg.d_model;
  wte_ = register_module("wte", torch::nn::Embedding(cfg.vocab, d));
  if (cfg.positions > 0 && cfg.positions < cfg.context) {
    throw std::invalid_argument("GptConfig: " + std::to_string(cfg.positions) +
                                " learned positions are fewer than the context " +
                                std::to_string(cfg.context));
  }
  if (!cfg.rotary) wpe_ = register_module("wpe", torch::nn::Embedding(cfg.positionRows(), d));
  drop_ = register_module("drop", torch::nn::Dropout(cfg.dropout));
  const double std_dev = 0.02;
  const double resid_std = 0.02 / std::sqrt(2.0 * cfg.layers);
  torch::NoGradGuard no_grad;
  wte_->weight.normal_(0.0, std_dev);
  if (wpe_) wpe_->weight.normal_(0.0, std_dev);
  for (int i = 0; i < cfg.layers; ++i) {
    Layer L;
    const std::string p = "h" + std::to_string(i) + "_";
    L.ln1 = register_module(p + "ln1", layerNorm(d));
    L.qkv = register_module(p + "qkv", linearLayer(d, 3 * d));
    L.proj = register_module(p + "proj", linearLayer(d, d));
    L.ln2 = register_module(p + "ln2", layerNorm(d));
    L.fc = register_module(p + "fc", linearLayer(d, 4 * d));
    L.fc_out = register_module(p + "fc_out", linearLayer(4 * d, d));
    for (auto* lin : {&L.qkv, &L.fc})
      (*lin)->weight.normal_(0.0, std_dev);
    for (auto* lin : {&L.proj, &L.fc_out})
      (*lin)->weight.normal_(0.0, resid_std);
    for (auto* lin : {&L.qkv, &L.proj, &L.fc, &L.fc_out})
      if ((*lin)->bias.defined()) (*lin)->bias.zero_();
    layers_.push_back(L);
  }
  ln_f_ = register_module("ln_f", layerNorm(d));
  if (!cfg.tied_head) {
    lm_head_ = register_module(
        "lm_head", torch::nn::Linear(torch::nn::LinearOptions(d, cfg.vocab).bias(false)));
    lm_head_->weight.normal_(0.0, std_dev);
  }
  causal_bias_ = register_buffer(
      "causal_bias",
      torch::full({cfg.context, cfg.context}, -std::numeric_limits<float>::infinity()).triu(1));
  if (cfg.rotary) {
    const std::int64_t half = d / cfg.heads / 2;
    auto inv_freq = torch::pow(10000.0, -torch::arange(half, torch::kFloat64) / half);
    auto angles = torch::arange(cfg.context, torch::kFloat64).unsqueeze(1) * inv_freq.unsqueeze(0);
    rope_cos_ = register_buffer("rope_cos", angles.cos().to(torch::kFloat32));
    rope_sin_ = register_buffer("rope_sin", angles.sin().to(torch::kFloat32));
  }
}

torch::Tensor GptImpl::rotate(const torch::Tensor& x, const torch::Tensor& pos) const {
  const auto half = x.size(-1) / 2;
  // cos/sin per position: pos [T] -> [1,1,T,half]; pos [B,T] -> [B,1,T,half].
  const std::vector<std::int64_t> shape =
      pos.dim() == 1 ? std::vector<std::int64_t>{1, 1, pos.size(0), half}
                     : std::vector<std::int64_t>{pos.size(0), 1, pos.size(1), half};
  const auto flat = pos.reshape({-1});
  auto cos = rope_cos_.index_select(0, flat).view(shape).to(x.scalar_type());
  auto sin = rope_sin_.index_select(0, flat).view(shape).to(x.scalar_type());
  auto x1 = x.narrow(-1, 0, half), x2 = x.narrow(-1, half, half);
  return torch::cat({x1 * cos - x2 * sin, x1 * sin + x2 * cos}, -1);
}

torch::Tensor GptImpl::embed(const torch::Tensor& idx, const torch::Tensor& pos) {
  // index_select instead of Embedding: its backward is one index_add_, while the CPU embedding
  // backward of LibTorch 1.13 adds rows one token at a time.
  const std::vector<std::int64_t> shape{idx.size(0), idx.size(1), cfg_.d_model};
  auto x = wte_->weight.index_select(0, idx.reshape({-1})).view(shape);
  if (!wpe_) return x;
  if (pos.dim() == 1) return x + wpe_->weight.narrow(0, 0, pos.size(0)).unsqueeze(0);  // 0..T-1
  return x + wpe_->weight.index_select(0, pos.reshape({-1})).view(shape);
}

torch::ScalarType GptImpl::computeDtype() const {
  return precision_ == Precision::BF16 ? torch::kBFloat16 : torch::kFloat32;
}

torch::Tensor GptImpl::castWeight(const torch::Tensor& w) {
  const auto dt = computeDtype();
  if (w.scalar_type() == dt) return w;
  if (torch::GradMode::is_enabled()) return w.to(dt);
  // Inference: cast once per weight version (the optimizer bumps the version on each update).
  auto it = cast_cache_.find(w.unsafeGetTensorImpl());
  const std::int64_t version = w._version();
  if (it != cast_cache_.end() && it->second.version == version &&
      it->second.value.scalar_type() == dt && it->second.value.device() == w.device()) {
    return it->second.value;
  }
  auto value = w.to(dt);
  cast_cache_[w.unsafeGetTensorImpl()] = CastEntry{version, value};
  return value;
}

torch::Tensor GptImpl::linear(const torch::Tensor& x, const torch::nn::Linear& l) {
  return torch::linear(x, castWeight(l->weight),
                       l->bias.defined() ? castWeight(l->bias) : torch::Tensor());
}

torch::Tensor GptImpl::dropout(const torch::Tensor& x) {
  if (cfg_.dropout <= 0 || !is_training()) return x;
  return drop_->forward(x);
}

torch::Tensor GptImpl::attendCausal(const torch::Tensor& q, const torch::Tensor& k,
                                    const torch::Tensor& v) {
  // q, k, v: [B,H,T,Dh] contiguous.
  const double p = is_training() ? cfg_.dropout : 0.0;
#if TORCH_VERSION_MAJOR >= 2
  // Fused kernels (flash / memory-efficient attention on GPUs) exist from LibTorch 2.0 on.
  return at::scaled_dot_product_attention(q, k, v, {}, p, /*is_causal=*/true);
#endif
  const auto B = q.size(0), H = q.size(1), T = q.size(2), Dh = q.size(3);
  const double scale = 1.0 / std::sqrt(static_cast<double>(Dh));
  auto q3 = q.view({B * H, T, Dh}), k3 = k.view({B * H, T, Dh}), v3 = v.view({B * H, T, Dh});
  const auto bias = causal_bias_.narrow(0, 0, T).narrow(1, 0, T);
  torch::Tensor scores;
  if (q.scalar_type() == torch::kFloat32) {
    // One kernel for scale, mask and QK^T; its backward needs no mask.
    scores = torch::baddbmm(bias, q3, k3.transpose(1, 2), 1.0, scale);
  } else {
    scores = torch::bmm(q3, k3.transpose(1, 2)).to(torch::kFloat32).mul_(scale).add_(bias);
  }
  auto att = torch::softmax(scores, -1).to(v.scalar_type());
  if (p > 0) att = F::dropout(att, F::DropoutFuncOptions().p(p).training(true));
  return torch::bmm(att, v3).view({B, H, T, Dh});
}

torch::Tensor GptImpl::attendCached(const torch::Tensor& q, const torch::Tensor& k,
                                    const torch::Tensor& v, const torch::Tensor& bias) {
  // q [B,H,Tq,Dh], k/v [B,H,Tk,Dh] (cache views), bias [B,1,Tq,Tk] additive (0 or -inf).
  const double scale = 1.0 / std::sqrt(static_cast<double>(q.size(-1)));
  auto scores = torch::matmul(q, k.transpose(-2, -1)).to(torch::kFloat32).mul_(scale).add_(bias);
  auto att = torch::softmax(scores, -1).to(v.scalar_type());
  return torch::matmul(att, v);
}

torch::Tensor GptImpl::block(const torch::Tensor& x, Layer& L, std::size_t index, KvCache* cache,
                             const torch::Tensor& bias, const torch::Tensor& pos) {
  const auto B = x.size(0), T = x.size(1);
  const auto H = cfg_.heads, Dh = cfg_.d_model / cfg_.heads;
  const auto dt = computeDtype();
  auto h = L.ln1->forward(x).to(dt);
  // [B,T,3,H,Dh] -> [3,B,H,T,Dh] in one copy; unbind keeps q, k, v contiguous (and its backward
  // is a single stack instead of three zero-filled scatters).
  auto qkv = linear(h, L.qkv).view({B, T, 3, H, Dh}).permute({2, 0, 3, 1, 4}).contiguous();
  auto parts = qkv.unbind(0);
  auto q = parts[0], k = parts[1], v = parts[2];
  if (cfg_.rotary) {
    q = rotate(q, pos);
    k = rotate(k, pos);
  }
  torch::Tensor y;
  if (cache) {
    const auto s0 = cache->length;
    cache->k[index].narrow(2, s0, T).copy_(k);
    cache->v[index].narrow(2, s0, T).copy_(v);
    y = attendCached(q, cache->k[index].narrow(2, 0, s0 + T), cache->v[index].narrow(2, 0, s0 + T),
                     bias);
  } else {
    y = attendCausal(q, k, v);
  }
  y = y.transpose(1, 2).reshape({B, T, cfg_.d_model});
  auto out = x + dropout(linear(y, L.proj)).to(torch::kFloat32);
  auto m = linear(L.ln2->forward(out).to(dt), L.fc);
  // Exact (erf) GELU for scratch models: measured 2-3x faster than the tanh form on CPU; GPT-2's
  // weights were trained with the tanh form.
  m = cfg_.gelu_tanh ? torch::gelu(m, "tanh") : torch::gelu(m);
  return out + dropout(linear(m, L.fc_out)).to(torch::kFloat32);
}

torch::Tensor GptImpl::head(const torch::Tensor& x) {
  auto h = ln_f_->forward(x).to(computeDtype());
  const auto& w = lm_head_ ? lm_head_->weight : wte_->weight;
  return torch::matmul(h, castWeight(w).t()).to(torch::kFloat32);
}

torch::Tensor GptImpl::forward(const torch::Tensor& idx) {
  const auto T = idx.size(1);
  if (T > cfg_.context) {
    throw std::invalid_argument("sequence of " + std::to_string(T) +
                                " tokens exceeds the model context " +
                                std::to_string(cfg_.context));
  }
  auto pos = torch::arange(T, torch::TensorOptions().dtype(torch::kLong).device(idx.device()));
  auto x = dropout(embed(idx, pos));
  for (std::size_t i = 0; i < layers_.size(); ++i)
    x = block(x, layers_[i], i, nullptr, {}, pos);
  return head(x);
}

KvCache GptImpl::makeCache(std::int64_t batch, std::int64_t capacity) const {
  KvCache c;
  c.capacity = capacity;
  const auto H = cfg_.heads, Dh = cfg_.d_model / cfg_.heads;
  const auto opts = torch::TensorOptions().dtype(computeDtype()).device(device());
  for (int l = 0; l < cfg_.layers; ++l) {
    c.k.push_back(torch::zeros({batch, H, capacity, Dh}, opts));
    c.v.push_back(torch::zeros({batch, H, capacity, Dh}, opts));
  }
  c.key_valid =
      torch::zeros({batch, capacity}, torch::TensorOptions().dtype(torch::kBool).device(device()));
  c.next_pos = torch::zeros({batch}, torch::TensorOptions().dtype(torch::kLong).device(device()));
  return c;
}

torch::Tensor GptImpl::forwardCached(const torch::Tensor& idx, const torch::Tensor& valid,
                                     KvCache& cache) {
  const auto T = idx.size(1);
  const auto s0 = cache.length;
  if (s0 + T > cache.capacity) {
    throw std::invalid_argument("KV cache full: " + std::to_string(s0 + T) + " slots needed, " +
                                std::to_string(cache.capacity) + " allocated");
  }
  const auto dev = idx.device();
  auto valid_l = valid.to(torch::kLong);
  auto pos = cache.next_pos.unsqueeze(1) + valid_l.cumsum(1) - valid_l;  // [B,T]
  pos = pos.clamp_max(cfg_.context - 1);  // samplers never feed a real token past the context
  auto x = embed(idx, pos);
  cache.key_valid.narrow(1, s0, T).copy_(valid);
  // Query slot s0+i may attend key slot j <= s0+i if the key is a real token; a padding query
  // attends to itself only so that its (ignored) output stays finite.
  const auto lopts = torch::TensorOptions().dtype(torch::kLong).device(dev);
  auto qslot = torch::arange(s0, s0 + T, lopts).unsqueeze(1);
  auto kslot = torch::arange(0, s0 + T, lopts).unsqueeze(0);
  auto mask = (kslot <= qslot).unsqueeze(0) & cache.key_valid.narrow(1, 0, s0 + T).unsqueeze(1);
  mask = (mask | (kslot == qslot).unsqueeze(0)).unsqueeze(1);  // [B,1,T,s0+T]
  const auto bias = torch::zeros(mask.sizes(), torch::TensorOptions().device(dev))
                        .masked_fill_(mask.logical_not(), -std::numeric_limits<float>::infinity());
  for (std::size_t i = 0; i < layers_.size(); ++i)
    x = block(x, layers_[i], i, &cache, bias, pos);
  cache.length += T;
  cache.next_pos += valid_l.sum(1);
  return head(x);
}

namespace {

const float* floatData(const torch::Tensor& t, const char* what) {
  if (!t.defined()) return nullptr;
  if (t.scalar_type() != torch::kFloat32 || !t.device().is_cpu() || !t.is_contiguous()) {
    throw std::logic_error(std::string("fast path: ") + what +
                           " is not a contiguous fp32 CPU tensor");
  }
  return t.data_ptr<float>();
}

}  // namespace

bool GptImpl::fastPathApplies() const {
  return device().is_cpu() && precision_ == Precision::FP32 &&
         wte_->weight.scalar_type() == torch::kFloat32 && (cfg_.dropout <= 0 || !is_training());
}

FastWeights GptImpl::fastWeights() const {
  FastWeights w;
  w.cfg = cfg_;
  w.wte = floatData(wte_->weight, "wte");
  if (wpe_) w.wpe = floatData(wpe_->weight, "wpe");
  if (cfg_.rotary) {
    w.rope_cos = floatData(rope_cos_, "rope_cos");
    w.rope_sin = floatData(rope_sin_, "rope_sin");
  }
  for (const auto& L : layers_) {
    FastWeights::Layer f;
    f.ln1_w = floatData(L.ln1->weight, "ln1");
    f.ln1_b = floatData(L.ln1->bias, "ln1");
    f.qkv_w = floatData(L.qkv->weight, "qkv");
    f.qkv_b = floatData(L.qkv->bias, "qkv");
    f.proj_w = floatData(L.proj->weight, "proj");
    f.proj_b = floatData(L.proj->bias, "proj");
    f.ln2_w = floatData(L.ln2->weight, "ln2");
    f.ln2_b = floatData(L.ln2->bias, "ln2");
    f.fc_w = floatData(L.fc->weight, "fc");
    f.fc_b = floatData(L.fc->bias, "fc");
    f.out_w = floatData(L.fc_out->weight, "fc_out");
    f.out_b = floatData(L.fc_out->bias, "fc_out");
    w.layers.push_back(f);
  }
  w.lnf_w = floatData(ln_f_->weight, "ln_f");
  w.lnf_b = floatData(ln_f_->bias, "ln_f");
  w.head = lm_head_ ? floatData(lm_head_->weight, "lm_head") : w.wte;
  return w;
}

bool GptImpl::fastTrainingCapable() const {
  return device().is_cpu() && precision_ == Precision::FP32 &&
         wte_->weight.scalar_type() == torch::kFloat32 && cfg_.dropout <= 0;
}

bool GptImpl::fastTrainingApplies() const {
  return engineOverride() != EngineOverride::LibTorch && fastTrainingCapable();
}

FastGrads GptImpl::fastGrads() {
  auto grad = [](const torch::Tensor& p) -> float* {
    if (!p.defined()) return nullptr;
    auto& g = const_cast<torch::Tensor&>(p).mutable_grad();
    if (!g.defined()) g = torch::zeros_like(p);
    if (g.scalar_type() != torch::kFloat32 || !g.is_contiguous())
      throw std::logic_error("fast path: a gradient is not a contiguous fp32 tensor");
    return g.data_ptr<float>();
  };
  FastGrads g;
  g.wte = grad(wte_->weight);
  if (wpe_) g.wpe = grad(wpe_->weight);
  for (const auto& L : layers_) {
    FastGrads::Layer f;
    f.ln1_w = grad(L.ln1->weight);
    f.ln1_b = grad(L.ln1->bias);
    f.qkv_w = grad(L.qkv->weight);
    f.qkv_b = grad(L.qkv->bias);
    f.proj_w = grad(L.proj->weight);
    f.proj_b = grad(L.proj->bias);
    f.ln2_w = grad(L.ln2->weight);
    f.ln2_b = grad(L.ln2->bias);
    f.fc_w = grad(L.fc->weight);
    f.fc_b = grad(L.fc->bias);
    f.out_w = grad(L.fc_out->weight);
    f.out_b = grad(L.fc_out->bias);
    g.layers.push_back(f);
  }
  g.lnf_w = grad(ln_f_->weight);
  g.lnf_b = grad(ln_f_->bias);
  g.head = lm_head_ ? grad(lm_head_->weight) : g.wte;
  return g;
}

void GptImpl::clearGradients() {
  for (auto& p : parameters())
    p.mutable_grad().reset();
}

std::vector<torch::Tensor> GptImpl::decayParameters() const {
  std::vector<torch::Tensor> out;
  for (const auto& p : parameters()) {
    if (p.dim() >= 2) out.push_back(p);
  }
  return out;
}

std::vector<torch::Tensor> GptImpl::noDecayParameters() const {
  std::vector<torch::Tensor> out;
  for (const auto& p : parameters()) {
    if (p.dim() < 2) out.push_back(p);
  }
  return out;
}

torch::Tensor sequenceLogProbs(const torch::Tensor& logits, const torch::Tensor& targets,
                               const torch::Tensor& mask) {
  auto logp =
      torch::log_softmax(logits, -1).gather(-1, targets.clamp_min(0).unsqueeze(-1)).squeeze(-1);
  return (logp * mask.to(logp.scalar_type())).sum(1);
}

Gpt cloneModel(Gpt& src) {
  Gpt dst(src->config());
  dst->to(src->device());
  dst->setPrecision(src->precision());
  torch::NoGradGuard ng;
  const auto a = src->named_parameters(), b = dst->named_parameters();
  for (const auto& p : a)
    b[p.key()].copy_(p.value());
  return dst;
}

}  // namespace ef
