// SPDX-License-Identifier: GPL-3.0-or-later
#include "rollout/sampler.h"

#include <torch/torch.h>

#include <algorithm>
#include <iterator>
#include <string>
#include <limits>
#include <stdexcept>

namespace ef {

torch::Tensor pickTokens(const torch::Tensor& logits, double temperature, int top_k,
                         at::Generator& gen) {
  if (temperature <= 0.0) return logits.argmax(-1);
  auto l = logits / temperature;
  if (top_k > 0 && top_k < l.size(-1)) {
    auto kth = std::get<0>(l.topk(top_k, -1)).select(-1, top_k - 1).unsqueeze(-1);
    l = l.masked_fill(l < kth, -std::numeric_limits<float>::infinity());
  }
  auto cdf = torch::softmax(l, -1).cumsum(-1);
  auto u = torch::rand({l.size(0), 1}, gen, torch::TensorOptions().dtype(torch::kFloat32))
               .to(l.device());
  auto idx = (cdf < u * cdf.select(-1, -1).unsqueeze(-1)).sum(-1);
  return idx.clamp_max(l.size(-1) - 1);
}

namespace {

struct Rows {
  std::vector<int> origin;  // original row index of each live batch row
  std::vector<int> budget;  // tokens this row may still generate
};

SampleResult generateUncached(Gpt& model, const std::vector<std::vector<int>>& prompts,
                              const SampleOptions& opt, at::Generator& gen) {
  const auto P = prompts.front().size();
  for (const auto& p : prompts) {
    if (p.size() != P) throw std::invalid_argument("uncached sampling needs equal prompt lengths");
  }
  const int n = opt.num_samples;
  const auto B = static_cast<std::int64_t>(prompts.size()) * n;
  std::vector<std::int64_t> flat;
  for (const auto& p : prompts) {
    for (int s = 0; s < n; ++s)
      flat.insert(flat.end(), p.begin(), p.end());
  }
  auto seq =
      torch::tensor(flat, torch::kLong).view({B, static_cast<std::int64_t>(P)}).to(model->device());
  const int max_new =
      std::min<int>(opt.max_new_tokens, model->config().context - static_cast<int>(P));
  SampleResult r;
  r.tokens.assign(B, {});
  r.stopped.assign(B, false);
  std::vector<bool> done(B, false);
  for (int t = 0; t < max_new; ++t) {
    if (opt.cancel && opt.cancel->cancelled()) throw Cancelled{};
    auto logits = model->forward(seq).select(1, -1);
    auto next = pickTokens(logits, opt.temperature, opt.top_k, gen);
    seq = torch::cat({seq, next.unsqueeze(1)}, 1);
    auto cpu = next.to(torch::kCPU);
    const auto* v = cpu.data_ptr<std::int64_t>();
    bool all = true;
    for (std::int64_t b = 0; b < B; ++b) {
      if (done[b]) continue;
      ++r.generated;
      if (v[b] == opt.stop_token) {
        done[b] = true;
        r.stopped[b] = true;
      } else {
        r.tokens[b].push_back(static_cast<int>(v[b]));
      }
      all = all && done[b];
    }
    if (all) break;
  }
  return r;
}

// Cached sampling through LibTorch's ops: prompts left-padded into one prefill batch, the cache
// expanded num_samples times, finished rows dropped once a quarter of the batch is done.
SampleResult generateLibTorch(Gpt& model, const std::vector<std::vector<int>>& prompts,
                              const SampleOptions& opt, at::Generator& gen) {
  const int context = model->config().context;
  std::size_t P = 0;
  for (const auto& p : prompts)
    P = std::max(P, p.size());
  const auto nP = static_cast<std::int64_t>(prompts.size());
  const auto dev = model->device();
  std::vector<std::int64_t> ids(nP * P, 0);
  std::vector<std::int64_t> valid(nP * P, 0);
  int max_budget = 0;
  Rows rows;
  for (std::int64_t i = 0; i < nP; ++i) {
    const auto& p = prompts[i];
    const auto off = P - p.size();
    for (std::size_t j = 0; j < p.size(); ++j) {
      ids[i * P + off + j] = p[j];
      valid[i * P + off + j] = 1;
    }
    const int budget = std::min<int>(opt.max_new_tokens, context - static_cast<int>(p.size()));
    max_budget = std::max(max_budget, budget);
    for (int s = 0; s < opt.num_samples; ++s) {
      rows.origin.push_back(static_cast<int>(i * opt.num_samples + s));
      rows.budget.push_back(budget);
    }
  }
  const auto Pl = static_cast<std::int64_t>(P);
  auto idx = torch::tensor(ids, torch::kLong).view({nP, Pl}).to(dev);
  auto vmask = torch::tensor(valid, torch::kLong).view({nP, Pl}).to(torch::kBool).to(dev);
  KvCache cache = model->makeCache(nP, Pl + std::max(max_budget, 1));
  auto logits = model->forwardCached(idx, vmask, cache).select(1, -1);
  if (opt.num_samples > 1) {
    cache = cache.repeatRows(opt.num_samples);
    logits = logits.repeat_interleave(opt.num_samples, 0);
  }
  const std::size_t total = rows.origin.size();
  SampleResult r;
  r.tokens.assign(total, {});
  r.stopped.assign(total, false);
  auto ones = torch::ones({static_cast<std::int64_t>(total), 1},
                          torch::TensorOptions().dtype(torch::kBool).device(dev));
  std::vector<bool> alive(total, true);
  while (true) {
    if (opt.cancel && opt.cancel->cancelled()) throw Cancelled{};
    auto next = pickTokens(logits, opt.temperature, opt.top_k, gen);
    auto cpu = next.to(torch::kCPU);
    const auto* v = cpu.data_ptr<std::int64_t>();
    std::size_t n_alive = 0;
    for (std::size_t b = 0; b < rows.origin.size(); ++b) {
      if (!alive[b]) continue;
      const int o = rows.origin[b];
      ++r.generated;
      if (v[b] == opt.stop_token) {
        r.stopped[o] = true;
        alive[b] = false;
        continue;
      }
      r.tokens[o].push_back(static_cast<int>(v[b]));
      if (--rows.budget[b] <= 0) {
        alive[b] = false;
      } else {
        ++n_alive;
      }
    }
    if (n_alive == 0) break;
    auto step_ids = next.unsqueeze(1);
    // Drop finished rows once a quarter of the batch is done (the cache copy is amortised);
    // until then they ride along and their outputs are ignored.
    if (n_alive * 4 <= rows.origin.size() * 3) {
      std::vector<std::int64_t> keep;
      Rows kept;
      for (std::size_t b = 0; b < rows.origin.size(); ++b) {
        if (!alive[b]) continue;
        keep.push_back(static_cast<std::int64_t>(b));
        kept.origin.push_back(rows.origin[b]);
        kept.budget.push_back(rows.budget[b]);
      }
      auto sel = torch::tensor(keep, torch::kLong).to(dev);
      cache = cache.selectRows(sel);
      step_ids = step_ids.index_select(0, sel);
      rows = std::move(kept);
      alive.assign(rows.origin.size(), true);
    }
    logits =
        model->forwardCached(step_ids, ones.narrow(0, 0, step_ids.size(0)), cache).select(1, 0);
  }
  return r;
}

// The positions a prompt's rows need: the prompt and its budget of new tokens.
int rowCapacity(const std::vector<int>& prompt, const SampleOptions& opt, int context) {
  const int len = static_cast<int>(prompt.size());
  return len + std::min(opt.max_new_tokens, context - len);
}

// One group of prompts on the CPU fast path (docs/engine.md): each prompt is prefilled once,
// without padding, into the first of its num_samples cache rows and copied into the others; a
// decoding step computes only the rows still running.
SampleResult generateFastGroup(const FastWeights& weights, int context,
                               const std::vector<std::vector<int>>& prompts,
                               const SampleOptions& opt, at::Generator& gen) {
  const int vocab = weights.cfg.vocab;
  const int k = opt.num_samples;
  const int total = static_cast<int>(prompts.size()) * k;
  std::vector<int> budget(total), first_rows;
  int capacity = 1;
  for (std::size_t p = 0; p < prompts.size(); ++p) {
    const int c = rowCapacity(prompts[p], opt, context);
    capacity = std::max(capacity, c);
    std::fill_n(budget.begin() + p * k, k, c - static_cast<int>(prompts[p].size()));
    first_rows.push_back(static_cast<int>(p) * k);
  }
  FastDecoder decoder(weights, total, capacity);
  std::vector<float> prefill, logits(static_cast<std::size_t>(total) * vocab);
  decoder.append(first_rows, prompts, prefill);
  for (int row = 0; row < total; ++row) {
    decoder.copyRow(row - row % k, row);
    std::copy_n(prefill.data() + static_cast<std::size_t>(row / k) * vocab, vocab,
                logits.data() + static_cast<std::size_t>(row) * vocab);
  }
  SampleResult r;
  r.tokens.assign(total, {});
  r.stopped.assign(total, false);
  std::vector<int> live(total), next(total), still, fed;
  for (int row = 0; row < total; ++row)
    live[row] = row;
  while (!live.empty()) {
    if (opt.cancel && opt.cancel->cancelled()) throw Cancelled{};
    const auto n = static_cast<std::int64_t>(live.size());
    torch::Tensor u;
    if (opt.temperature > 0) u = torch::rand({n}, gen, torch::kFloat32);
    pickTokensFast(logits.data(), static_cast<int>(n), vocab, opt.temperature, opt.top_k,
                   u.defined() ? u.data_ptr<float>() : nullptr, next.data());
    still.clear();
    fed.clear();
    for (std::int64_t i = 0; i < n; ++i) {
      const int row = live[i];
      ++r.generated;
      if (next[i] == opt.stop_token) {
        r.stopped[row] = true;
        continue;
      }
      r.tokens[row].push_back(next[i]);
      if (--budget[row] > 0) {
        still.push_back(row);
        fed.push_back(next[i]);
      }
    }
    live.swap(still);
    if (!live.empty()) decoder.step(live, fed, logits);
  }
  return r;
}

// Cached sampling on the CPU fast path, in groups of prompts whose KV cache fits
// opt.fast_cache_bytes (rows of a group: prompts x num_samples; a batch within it is one group).
SampleResult generateFast(Gpt& model, const std::vector<std::vector<int>>& prompts,
                          const SampleOptions& opt, at::Generator& gen) {
  const FastWeights weights = model->fastWeights();
  const GptConfig& g = model->config();
  const std::size_t per_slot = std::size_t{2} * g.layers * g.d_model * sizeof(float);  // K and V
  SampleResult r;
  std::size_t begin = 0;
  while (begin < prompts.size()) {
    std::size_t end = begin;
    int capacity = 1;
    while (end < prompts.size()) {
      const int c = std::max(capacity, rowCapacity(prompts[end], opt, g.context));
      const std::size_t rows = (end - begin + 1) * static_cast<std::size_t>(opt.num_samples);
      if (end > begin && rows * c * per_slot > opt.fast_cache_bytes) break;
      capacity = c;
      ++end;
    }
    if (begin == 0 && end == prompts.size())
      return generateFastGroup(weights, g.context, prompts, opt, gen);
    const std::vector<std::vector<int>> group(prompts.begin() + begin, prompts.begin() + end);
    SampleResult part = generateFastGroup(weights, g.context, group, opt, gen);
    std::move(part.tokens.begin(), part.tokens.end(), std::back_inserter(r.tokens));
    r.stopped.insert(r.stopped.end(), part.stopped.begin(), part.stopped.end());
    r.generated += part.generated;
    begin = end;
  }
  return r;
}

}  // namespace

const char* engineName(InferenceEngine e) {
  switch (e) {
    case InferenceEngine::LibTorch:
      return "libtorch";
    case InferenceEngine::Fast:
      return "fast";
    case InferenceEngine::Auto:
      break;
  }
  return "auto";
}

InferenceEngine chooseEngine(Gpt& model, const SampleOptions& opt) {
  InferenceEngine e = opt.engine;
  if (e == InferenceEngine::Auto) {
    switch (engineOverride()) {
      case EngineOverride::LibTorch:
        e = InferenceEngine::LibTorch;
        break;
      case EngineOverride::Fast:
        e = InferenceEngine::Fast;
        break;
      case EngineOverride::None:
        break;
    }
  }
  if (e == InferenceEngine::Fast && !model->fastPathApplies()) {
    if (opt.engine == InferenceEngine::Fast) {
      throw std::invalid_argument(
          "the fast inference path needs an fp32 model on the CPU (this one runs on " +
          model->device().str() + " in " + precisionName(model->precision()) + ")");
    }
    e = InferenceEngine::LibTorch;  // EIGHTFOLD_ENGINE=fast where it cannot apply
  }
  if (e == InferenceEngine::Auto) {
    e = model->fastPathApplies() ? InferenceEngine::Fast : InferenceEngine::LibTorch;
  }
  return e;
}

SampleResult generate(Gpt& model, const std::vector<std::vector<int>>& prompts,
                      const SampleOptions& opt, at::Generator& gen) {
  torch::NoGradGuard no_grad;
  SampleResult r;
  if (prompts.empty()) return r;
  if (opt.max_new_tokens <= 0) {
    r.tokens.assign(prompts.size() * std::max(opt.num_samples, 1), {});
    r.stopped.assign(r.tokens.size(), false);
    return r;
  }
  if (opt.num_samples < 1) throw std::invalid_argument("num_samples must be >= 1");
  const int context = model->config().context;
  for (const auto& p : prompts) {
    if (p.empty()) throw std::invalid_argument("empty prompt");
    if (static_cast<int>(p.size()) >= context) {
      throw std::invalid_argument("prompt of " + std::to_string(p.size()) +
                                  " tokens leaves no room in the model context " +
                                  std::to_string(context));
    }
  }
  const bool was_training = model->is_training();
  model->eval();
  try {
    if (!opt.use_cache) {
      r = generateUncached(model, prompts, opt, gen);
    } else if (chooseEngine(model, opt) == InferenceEngine::Fast) {
      r = generateFast(model, prompts, opt, gen);
    } else {
      r = generateLibTorch(model, prompts, opt, gen);
    }
  } catch (...) {
    model->train(was_training);
    throw;
  }
  model->train(was_training);
  return r;
}

}  // namespace ef
