// SPDX-License-Identifier: GPL-3.0-or-later
// The CPU fast path (model/fast_decoder.h) against LibTorch's forward on the same weights
// (declared in model_checks.h).
#include <torch/torch.h>

#include <algorithm>

#include "core/model_checks.h"
#include "model/fast_decoder.h"
#include "model/gpt_impl.h"
#include "rollout/sampler.h"
#include "train/dpo_trainer.h"
#include "train/sft_trainer.h"

namespace ef::checks {
namespace {

// A model whose weights are far from their small initial values (biases and LayerNorms too), so
// that logits are of order 1-10 and every parameter matters.
Gpt perturbedModel(const GptConfig& g, std::uint64_t seed) {
  torch::manual_seed(seed);
  Gpt m(g);
  torch::NoGradGuard ng;
  for (auto& p : m->parameters())
    p.add_(torch::randn_like(p) * 0.3);
  m->eval();
  return m;
}

// The model's gradients against `want`, per tensor relative to its largest value, into c.
void compareGradients(Gpt& m, const std::vector<torch::Tensor>& want, GradCheck& c) {
  const auto params = m->parameters();
  for (std::size_t i = 0; i < params.size(); ++i) {
    const double scale_i = want[i].abs().max().item<double>();
    const double diff = (params[i].grad() - want[i]).abs().max().item<double>();
    c.max_relative = std::max(c.max_relative, scale_i > 0 ? diff / scale_i : diff);
    c.smallest_scale = std::min(c.smallest_scale, scale_i);
    ++c.tensors;
  }
}

std::vector<int> randomSequence(int n, int vocab) {
  const auto t = torch::randint(4, vocab, {n}, torch::kLong);
  std::vector<int> v(n);
  for (int i = 0; i < n; ++i)
    v[i] = static_cast<int>(t[i].item<std::int64_t>());
  return v;
}

}  // namespace

double fastPathRelativeDiff(const GptConfig& g, std::uint64_t seed) {
  torch::NoGradGuard ng;
  auto m = perturbedModel(g, seed);
  const std::vector<int> prompt_lens{3, 9, 1, 6};
  const int total = std::min(g.context, 20);
  std::vector<std::vector<int>> seqs, prompts;
  std::vector<int> rows;
  for (std::size_t r = 0; r < prompt_lens.size(); ++r) {
    seqs.push_back(randomSequence(total, g.vocab));
    prompts.emplace_back(seqs[r].begin(), seqs[r].begin() + prompt_lens[r]);
    rows.push_back(static_cast<int>(r));
  }
  const FastWeights w = m->fastWeights();
  FastDecoder dec(w, static_cast<int>(rows.size()), total);
  std::vector<float> pre;
  dec.append(rows, prompts, pre, /*all_positions=*/true);
  double worst = 0, scale = 0;
  std::vector<torch::Tensor> full;
  for (const auto& s : seqs) {
    auto idx = torch::tensor(std::vector<std::int64_t>(s.begin(), s.end()), torch::kLong);
    full.push_back(m->forward(idx.unsqueeze(0))[0]);  // [total, V]
    scale = std::max(scale, full.back().abs().max().item<double>());
  }
  auto compare = [&](const float* got, std::size_t r, int t) {
    for (int c = 0; c < g.vocab; ++c)
      worst = std::max(worst, std::abs(got[c] - full[r][t][c].item<double>()));
  };
  std::size_t at = 0;
  for (std::size_t r = 0; r < rows.size(); ++r) {
    for (int t = 0; t < prompt_lens[r]; ++t, ++at)
      compare(pre.data() + at * g.vocab, r, t);
  }
  // Decode: each row feeds its own next tokens; rows start at different lengths, so each step
  // lists only the rows that still have tokens left.
  std::vector<float> logits;
  for (int t = 0; t < total; ++t) {
    std::vector<int> live, next;
    for (std::size_t r = 0; r < rows.size(); ++r) {
      if (t >= prompt_lens[r]) {
        live.push_back(static_cast<int>(r));
        next.push_back(seqs[r][t]);
      }
    }
    if (live.empty()) continue;
    dec.step(live, next, logits);
    for (std::size_t i = 0; i < live.size(); ++i)
      compare(logits.data() + i * g.vocab, live[i], t);
  }
  return scale > 0 ? worst / scale : -1;
}

GreedyCheck fastGreedyEqualsLibTorch(const GptConfig& g, std::uint64_t seed, int num_samples,
                                     std::size_t fast_cache_bytes) {
  auto m = perturbedModel(g, seed);
  std::vector<std::vector<int>> prompts;
  for (int len : {2, 9, 5, 1, 7})
    prompts.push_back(randomSequence(len, g.vocab));
  SampleOptions o;
  o.temperature = 0;
  o.max_new_tokens = g.context;
  o.num_samples = num_samples;
  o.fast_cache_bytes = fast_cache_bytes;
  auto gen = at::make_generator<at::CPUGeneratorImpl>(seed);
  // The stop token: one that greedy decoding writes halfway through the first row, so that rows
  // stop early (the batch shrinks) while others may run to the context.
  o.stop_token = -1;
  o.engine = InferenceEngine::Fast;
  const auto free_run = generate(m, prompts, o, gen);
  const auto& first = free_run.tokens.front();
  o.stop_token = -1;
  for (std::size_t i = first.size() / 2; i < first.size() && o.stop_token < 0; ++i)
    if (first[i] != first.front()) o.stop_token = first[i];  // not the first token: rows write some
  const auto fast = generate(m, prompts, o, gen);
  o.engine = InferenceEngine::LibTorch;
  const auto slow = generate(m, prompts, o, gen);
  GreedyCheck c;
  c.rows = static_cast<int>(fast.tokens.size());
  for (std::size_t r = 0; r < fast.tokens.size(); ++r) {
    c.stopped += fast.stopped[r] ? 1 : 0;
    c.tokens += static_cast<int>(fast.tokens[r].size());
  }
  c.identical = fast.tokens == slow.tokens && fast.stopped == slow.stopped &&
                fast.generated == slow.generated;
  return c;
}

GradCheck fastGradientsVsAutograd(const GptConfig& g, std::uint64_t seed, bool weighted, int B,
                                  int T) {
  auto m = perturbedModel(g, seed);
  m->train();
  T = std::min(g.context, T);
  auto input = torch::randint(4, g.vocab, {B, T}, torch::kLong);
  auto target = torch::randint(4, g.vocab, {B, T}, torch::kLong);
  target.index_put_({0, torch::indexing::Slice(0, 3)}, -100);  // positions without loss
  target.index_put_({2, T - 1}, -100);
  torch::Tensor weight;
  if (weighted) weight = torch::rand({B, T}) * 2.0;
  const double scale = 1.0 / 17.0;
  // LibTorch's autograd.
  m->clearGradients();
  const auto loss = summedLanguageModelLoss(m->forward(input), target, weight) * scale;
  loss.backward();
  std::vector<torch::Tensor> want;
  for (const auto& p : m->parameters())
    want.push_back(p.grad().clone());
  // The fast path, from zero gradients.
  m->clearGradients();
  const FastWeights w = m->fastWeights();
  const FastGrads grads = m->fastGrads();
  FastLanguageModelGrad fast(w);
  const auto wc = weight.defined() ? weight.contiguous() : weight;
  GradCheck c;
  c.loss = fast.step(input.data_ptr<std::int64_t>(), target.data_ptr<std::int64_t>(),
                     wc.defined() ? wc.data_ptr<float>() : nullptr, B, T, scale, grads);
  c.loss_ref = loss.item<double>();
  compareGradients(m, want, c);
  return c;
}

double fastGradientsThreadDifference(const GptConfig& g, std::uint64_t seed, int B, int T,
                                     int threads) {
  auto m = perturbedModel(g, seed);
  m->train();
  T = std::min(g.context, T);
  const auto input = torch::randint(4, g.vocab, {B, T}, torch::kLong);
  const auto target = torch::randint(4, g.vocab, {B, T}, torch::kLong);
  const auto weight = (torch::rand({B, T}) * 2.0).contiguous();
  const int before = torch::get_num_threads();
  auto run = [&](int n, double& loss) {
    torch::set_num_threads(n);
    m->clearGradients();
    FastLanguageModelGrad fast(m->fastWeights());
    loss = fast.step(input.data_ptr<std::int64_t>(), target.data_ptr<std::int64_t>(),
                     weight.data_ptr<float>(), B, T, 1.0 / (B * T), m->fastGrads());
    std::vector<torch::Tensor> grads;
    for (const auto& p : m->parameters())
      grads.push_back(p.grad().clone());
    return grads;
  };
  double loss1 = 0, loss_n = 0;
  const auto one = run(1, loss1);
  const auto many = run(threads, loss_n);
  torch::set_num_threads(before);
  double diff = std::abs(loss1 - loss_n);
  for (std::size_t i = 0; i < one.size(); ++i)
    diff = std::max(diff, (one[i] - many[i]).abs().max().item<double>());
  return diff;
}

GradCheck fastDpoGradientsVsAutograd(const GptConfig& g, std::uint64_t seed, double alpha) {
  auto policy = perturbedModel(g, seed);
  auto reference = perturbedModel(g, seed + 1);  // π ≠ π_ref: margins away from 0
  policy->train();
  // Pairs of different lengths (padding), one chosen = rejected, prompts of 2 to 6 tokens.
  std::vector<DpoPair> pairs;
  for (int i = 0; i < 6; ++i) {
    const int prompt = 2 + i % 5;
    DpoPair p;
    p.chosen.tokens = randomSequence(std::min(g.context, prompt + 3 + i), g.vocab);
    p.rejected.tokens =
        i == 4 ? p.chosen.tokens : randomSequence(prompt + 1 + (5 * i) % 7, g.vocab);
    p.chosen.prompt_len = p.rejected.prompt_len = prompt;
    pairs.push_back(p);
  }
  DpoConfig cfg;
  cfg.beta = 0.5;
  DpoTrainer trainer(policy, reference, cfg, pairs, 1, alpha);
  const std::vector<std::size_t> idx{5, 0, 3, 1, 4};
  const double share = 0.75;
  policy->clearGradients();
  const auto loss = trainer.loss(idx);
  (loss * share).backward();
  std::vector<torch::Tensor> want;
  for (const auto& p : policy->parameters())
    want.push_back(p.grad().clone());
  policy->clearGradients();
  GradCheck c;
  c.loss = trainer.accumulateGradient(idx, share).loss;  // the fast path: a CPU fp32 model
  c.loss_ref = loss.item<double>();
  compareGradients(policy, want, c);
  return c;
}

}  // namespace ef::checks
