// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model_checks.h"

#include <torch/torch.h>

#include <filesystem>
#include <fstream>

#include <algorithm>

#include "model/checkpoint_impl.h"
#include "rollout/rollout_engine.h"
#include "rollout/sampler.h"
#include "tasks/arith_task.h"
#include "text/char_tokenizer.h"
#include "train/training_data.h"
#include "experiment/pipeline/checkpoint_records.h"
#include "store/run_store.h"
#include "util/sha256.h"
#include "train/batching.h"
#include "train/dpo_trainer.h"
#include "train/sft_trainer.h"

namespace ef::checks {
namespace {

torch::Tensor randomTokens(std::int64_t n, int vocab) {
  return torch::randint(4, vocab, {n}, torch::kLong);
}

Gpt makeModel(const GptConfig& g, std::uint64_t seed, Precision p = Precision::FP32) {
  torch::manual_seed(seed);
  Gpt m(g);
  m->setPrecision(p);
  m->eval();
  return m;
}

std::vector<int> toVector(const torch::Tensor& t) {
  std::vector<int> v;
  for (std::int64_t i = 0; i < t.numel(); ++i)
    v.push_back(static_cast<int>(t[i].item<std::int64_t>()));
  return v;
}

}  // namespace

GptConfig smallConfig() {
  GptConfig g;
  g.vocab = 20;
  g.context = 32;
  g.layers = 2;
  g.d_model = 32;
  g.heads = 4;
  return g;
}

std::vector<std::int64_t> logitsShape(const GptConfig& g, int batch, int seq) {
  torch::NoGradGuard ng;
  auto m = makeModel(g, 1);
  auto out = m->forward(torch::randint(0, g.vocab, {batch, seq}, torch::kLong));
  return out.sizes().vec();
}

std::int64_t moduleParameterCount(const GptConfig& g) {
  Gpt m(g);
  std::int64_t n = 0;
  for (const auto& p : m->parameters())
    n += p.numel();
  return n;
}

double kvCacheMaxDiff(const GptConfig& g, Precision p, std::uint64_t seed) {
  torch::NoGradGuard ng;
  auto m = makeModel(g, seed, p);
  const std::vector<int> prompt_lens{3, 7, 5};
  const int total = 16;  // tokens per row: prompt + decoded
  std::vector<torch::Tensor> seqs;
  for (std::size_t r = 0; r < prompt_lens.size(); ++r)
    seqs.push_back(randomTokens(total, g.vocab));
  const int P = *std::max_element(prompt_lens.begin(), prompt_lens.end());
  const auto B = static_cast<std::int64_t>(prompt_lens.size());
  auto idx = torch::zeros({B, P}, torch::kLong);
  auto valid = torch::zeros({B, P}, torch::kBool);
  for (std::int64_t r = 0; r < B; ++r) {
    const int L = prompt_lens[r];
    idx[r].narrow(0, P - L, L).copy_(seqs[r].narrow(0, 0, L));
    valid[r].narrow(0, P - L, L).fill_(true);
  }
  KvCache cache = m->makeCache(B, P + total);
  auto pre = m->forwardCached(idx, valid, cache);  // [B,P,V]
  double worst = 0;
  std::vector<torch::Tensor> full;
  for (std::int64_t r = 0; r < B; ++r)
    full.push_back(m->forward(seqs[r].unsqueeze(0))[0]);
  for (std::int64_t r = 0; r < B; ++r) {
    const int L = prompt_lens[r];
    auto d = (pre[r].narrow(0, P - L, L) - full[r].narrow(0, 0, L)).abs().max().item<double>();
    worst = std::max(worst, d);
  }
  // Decode: row r feeds its token at position prompt_len + t (rows end at different positions).
  const int steps = total - P;
  for (int t = 0; t < steps; ++t) {
    auto step_ids = torch::zeros({B, 1}, torch::kLong);
    for (std::int64_t r = 0; r < B; ++r)
      step_ids[r][0] = seqs[r][prompt_lens[r] + t];
    auto out = m->forwardCached(step_ids, torch::ones({B, 1}, torch::kBool), cache);
    for (std::int64_t r = 0; r < B; ++r) {
      auto d = (out[r][0] - full[r][prompt_lens[r] + t]).abs().max().item<double>();
      worst = std::max(worst, d);
    }
  }
  return worst;
}

double expandedPrefixMaxDiff(const GptConfig& g, std::uint64_t seed) {
  torch::NoGradGuard ng;
  auto m = makeModel(g, seed);
  const int K = 4, P = 6, steps = 5;
  auto prompt = randomTokens(P, g.vocab).unsqueeze(0);
  auto cont = torch::randint(4, g.vocab, {K, steps}, torch::kLong);
  KvCache shared = m->makeCache(1, P + steps);
  m->forwardCached(prompt, torch::ones({1, P}, torch::kBool), shared);
  shared = shared.repeatRows(K);
  KvCache separate = m->makeCache(K, P + steps);
  m->forwardCached(prompt.repeat({K, 1}), torch::ones({K, P}, torch::kBool), separate);
  double worst = 0;
  for (int t = 0; t < steps; ++t) {
    auto ids = cont.narrow(1, t, 1);
    auto a = m->forwardCached(ids, torch::ones({K, 1}, torch::kBool), shared);
    auto b = m->forwardCached(ids, torch::ones({K, 1}, torch::kBool), separate);
    worst = std::max(worst, (a - b).abs().max().item<double>());
  }
  return worst;
}

bool greedyCachedEqualsUncached(const GptConfig& g, std::uint64_t seed, int rows, int prompt_len,
                                int new_tokens) {
  auto m = makeModel(g, seed);
  std::vector<std::vector<int>> prompts;
  for (int r = 0; r < rows; ++r)
    prompts.push_back(toVector(randomTokens(prompt_len, g.vocab)));
  SampleOptions o;
  o.temperature = 0;
  o.max_new_tokens = new_tokens;
  o.stop_token = -1;
  auto gen = at::make_generator<at::CPUGeneratorImpl>(seed);
  const auto a = generate(m, prompts, o, gen);
  o.use_cache = false;
  const auto b = generate(m, prompts, o, gen);
  return a.tokens == b.tokens && !a.tokens.empty() &&
         static_cast<int>(a.tokens.front().size()) == new_tokens;
}

bool batchedGreedyEqualsSingle(const GptConfig& g, std::uint64_t seed) {
  auto m = makeModel(g, seed);
  std::vector<std::vector<int>> prompts;
  for (int len : {2, 9, 5, 1, 7})
    prompts.push_back(toVector(randomTokens(len, g.vocab)));
  SampleOptions o;
  o.temperature = 0;
  o.max_new_tokens = 12;
  o.stop_token = 5;  // some rows stop early, exercising the batch compaction
  auto gen = at::make_generator<at::CPUGeneratorImpl>(seed);
  const auto batched = generate(m, prompts, o, gen);
  for (std::size_t i = 0; i < prompts.size(); ++i) {
    const auto single = generate(m, {prompts[i]}, o, gen);
    if (single.tokens[0] != batched.tokens[i] || single.stopped[0] != batched.stopped[i])
      return false;
  }
  return true;
}

RoundTrip checkpointRoundTrip(const GptConfig& g, const std::string& dir) {
  RoundTrip rt;
  torch::manual_seed(7);
  Gpt a(g);
  torch::optim::AdamW opt_a(a->parameters(), torch::optim::AdamWOptions(1e-2));
  auto data = torch::randint(4, g.vocab, {4, 12}, torch::kLong);
  auto trainStep = [&](Gpt& m, torch::optim::AdamW& opt) {
    opt.zero_grad();
    auto loss = languageModelLoss(m->forward(data.narrow(1, 0, 11)), data.narrow(1, 1, 11));
    loss.backward();
    opt.step();
  };
  trainStep(a, opt_a);
  trainStep(a, opt_a);
  CheckpointInfo info;
  info.stage = "sft";
  info.step = 2;
  info.model = g;
  info.precision = "fp32";
  info.config_json = "{}";
  const std::string path = dir + "/model.pt";
  saveCheckpoint(path, a, &opt_a, info);
  torch::manual_seed(99);  // a different init, fully overwritten by the load
  Gpt b(g);
  torch::optim::AdamW opt_b(b->parameters(), torch::optim::AdamWOptions(1e-2));
  const auto loaded = loadCheckpoint(path, b, &opt_b);
  rt.step = loaded.step;
  rt.stage = loaded.stage;
  {
    torch::NoGradGuard ng;
    a->eval();
    b->eval();
    rt.output_max_diff = (a->forward(data) - b->forward(data)).abs().max().item<double>();
  }
  a->train();
  b->train();
  trainStep(a, opt_a);
  trainStep(b, opt_b);
  double worst = 0;
  const auto pa = a->parameters(), pb = b->parameters();
  for (std::size_t i = 0; i < pa.size(); ++i) {
    worst = std::max(worst, (pa[i] - pb[i]).abs().max().item<double>());
  }
  rt.param_max_diff_after_step = worst;
  return rt;
}

void writeCheckpoint(const std::string& path, const GptConfig& g) {
  writeMislabelledCheckpoint(path, g, g);
}

void writeMislabelledCheckpoint(const std::string& path, const GptConfig& weights,
                                const GptConfig& claimed) {
  Gpt m(weights);
  CheckpointInfo info;
  info.stage = "sft";
  info.model = claimed;
  info.precision = "fp32";
  saveCheckpoint(path, m, nullptr, info);
}

std::string checkpointLoadError(const std::string& path, const GptConfig& g) {
  Gpt m(g);
  try {
    loadCheckpoint(path, m, nullptr);
    return "";
  } catch (const CheckpointError& e) {
    return e.what();
  }
}

RecordedCheckpoints recordedCheckpoints(const std::string& dir) {
  RecordedCheckpoints out;
  RunStore store(dir + "/w.sqlite", RunStore::Mode::ReadWrite);
  const auto run = store.createRun("run", "r", "{}", "{}");
  const GptConfig g = smallConfig();
  torch::manual_seed(3);
  Gpt m(g);
  CheckpointInfo info;
  info.stage = "sft";
  info.step = 1;
  info.model = g;
  info.precision = "fp32";
  out.path = dir + "/run/sft.pt";
  saveRecordedCheckpoint(store, run, "sft", out.path, m, nullptr, info);
  out.recorded_hash_matches = store.checkpoint(run, "sft")->sha256 == sha256OfFile(out.path);
  out.temporary_removed = !std::filesystem::exists(out.path + ".tmp");

  std::string bytes;
  {
    std::ifstream in(out.path, std::ios::binary);
    bytes.assign(std::istreambuf_iterator<char>(in), {});
  }
  std::string flipped = bytes;
  flipped[flipped.size() / 2] = static_cast<char>(flipped[flipped.size() / 2] ^ 0x01);
  std::ofstream(out.path, std::ios::binary | std::ios::trunc) << flipped;
  Gpt loaded(g);
  try {
    loadRecordedCheckpoint(store, run, "sft", out.path, loaded, nullptr);
  } catch (const CheckpointError& e) {
    out.changed_error = e.what();
  }
  std::ofstream(out.path, std::ios::binary | std::ios::trunc) << bytes;

  // A save that recorded its hash and stopped before the rename.
  info.step = 2;
  writeCheckpoint(out.path + ".tmp", m, nullptr, info);
  store.putCheckpoint({run, "sft", out.path, sha256OfFile(out.path + ".tmp"), 2, 0});
  out.step_after_interrupted =
      loadRecordedCheckpoint(store, run, "sft", out.path, loaded, nullptr).step;
  out.temporary_gone_after_interrupted = !std::filesystem::exists(out.path + ".tmp");

  const std::string other = dir + "/other.pt";
  saveCheckpoint(other, m, nullptr, info);
  out.unrecorded_loads =
      loadRecordedCheckpoint(store, run, "rft", other, loaded, nullptr).step == 2;
  return out;
}

std::vector<double> trainLosses(std::uint64_t seed, int steps, Precision p, int micro_batch) {
  torch::manual_seed(seed);
  GptConfig g = smallConfig();
  Gpt m(g);
  m->setPrecision(p);
  std::vector<Example> data;
  for (int i = 0; i < 64; ++i) {
    Example e;
    for (int t = 0; t < 8 + i % 5; ++t)
      e.tokens.push_back(4 + (i * 7 + t * (i % 5 + 1)) % 16);
    e.prompt_len = 3;
    data.push_back(e);
  }
  TrainingConfig cfg;
  cfg.steps = steps;
  cfg.batch_size = 8;
  cfg.micro_batch_size = micro_batch;
  cfg.lr = 3e-3;
  cfg.warmup_steps = 2;
  SftTrainer trainer(m, cfg, data, seed);
  std::vector<double> losses;
  for (int s = 0; s < steps; ++s)
    losses.push_back(trainer.step().loss);
  return losses;
}

double bf16RelativeDiff(const GptConfig& g, std::uint64_t seed) {
  torch::NoGradGuard ng;
  auto m = makeModel(g, seed);
  auto idx = torch::randint(0, g.vocab, {3, 20}, torch::kLong);
  auto a = m->forward(idx);
  m->setPrecision(Precision::BF16);
  auto b = m->forward(idx);
  return ((a - b).abs().max() / a.abs().max()).item<double>();
}

bool rolloutsMatchScratch() {
  ArithConfig ac;
  ArithTask task(ac);
  const auto problems = task.problems("train", 4, 3);
  CharTokenizer tok(task.symbols(), task.stepSeparator());
  GptConfig g = smallConfig();
  g.vocab = tok.vocabSize();
  g.context = 64;
  auto m = makeModel(g, 9);
  RolloutSettings rs;
  rs.temperature = 0.0;
  RolloutEngine engine(m, task, tok, problems, rs, 1);
  std::vector<RolloutRequest> reqs;
  for (int i = 0; i < 4; ++i) {
    std::string prefix;
    for (int s = 0; s < i % 3; ++s)
      prefix += problems[i].steps[s] + "\n";
    reqs.push_back({i, prefix});
  }
  const int k = 3;
  const auto out = engine.run(reqs, k);
  auto gen = at::make_generator<at::CPUGeneratorImpl>(1);
  bool same = true;
  for (std::size_t i = 0; i < reqs.size(); ++i) {
    const auto prompt =
        encodePrompt(tok, problems[reqs[i].problem].prompt, reqs[i].solution_prefix);
    SampleOptions so;
    so.temperature = 0;
    so.max_new_tokens = g.context;
    so.stop_token = tok.eos();
    const auto scratch = generate(m, {prompt}, so, gen);
    for (int s = 0; s < k; ++s)
      same = same && out[i].completions[s] == tok.decode(scratch.tokens[0]);
  }
  return same;
}

DpoCheck dpoOnToyPair(double beta, int steps) {
  const GptConfig g = smallConfig();
  torch::manual_seed(31);
  Gpt policy(g);
  Gpt reference(g);
  {
    torch::NoGradGuard ng;
    const auto src = policy->parameters();
    auto dst = reference->parameters();
    for (std::size_t i = 0; i < src.size(); ++i)
      dst[i].copy_(src[i]);
  }
  DpoPair pair;
  pair.chosen.tokens = {1, 5, 6, 7, 8, 9, 2};  // BOS prompt(5 6) completion(7 8 9) EOS
  pair.chosen.prompt_len = 3;
  pair.rejected.tokens = {1, 5, 6, 10, 11};  // partial: no EOS
  pair.rejected.prompt_len = 3;
  DpoConfig cfg;
  cfg.beta = beta;
  cfg.train.steps = steps;
  cfg.train.lr = 1e-3;
  cfg.train.min_lr = 1e-3;
  cfg.train.warmup_steps = 0;
  DpoTrainer t(policy, reference, cfg, {pair}, 1);
  DpoCheck c;
  std::tie(c.initial_loss, c.initial_margin) = t.evaluateAll();
  for (int s = 0; s < steps; ++s)
    c.step_accuracy = t.step().accuracy;
  std::tie(c.loss_after, c.margin_after) = t.evaluateAll();
  return c;
}

namespace {

Gpt twinOf(Gpt& src) {
  Gpt copy = cloneModel(src);
  return copy;
}

std::vector<torch::Tensor> gradients(Gpt& m) {
  std::vector<torch::Tensor> g;
  for (const auto& p : m->parameters())
    g.push_back(p.grad().defined() ? p.grad().detach().clone() : torch::zeros_like(p));
  return g;
}

double maxDiff(const std::vector<torch::Tensor>& a, const std::vector<torch::Tensor>& b,
               double scale_b = 1.0) {
  double d = 0;
  for (std::size_t i = 0; i < a.size(); ++i)
    d = std::max(d, (a[i] - scale_b * b[i]).abs().max().item<double>());
  return d;
}

}  // namespace

RpoCheck rpoOnToyPair(double beta, double alpha) {
  const GptConfig g = smallConfig();
  torch::manual_seed(37);
  Gpt policy(g);
  Gpt reference = twinOf(policy);
  DpoPair pair;
  pair.chosen.tokens = {1, 5, 6, 7, 8, 9, 2};
  pair.chosen.prompt_len = 3;
  pair.rejected.tokens = {1, 5, 6, 10, 11};
  pair.rejected.prompt_len = 3;
  DpoConfig cfg;
  cfg.beta = beta;
  RpoCheck c;
  const auto gradOf = [&](DpoTrainer& t, const DpoPair&) {
    policy->clearGradients();
    auto loss = t.loss({0});
    loss.backward();
    return std::make_pair(loss.item<double>(), gradients(policy));
  };
  DpoTrainer dpo(policy, reference, cfg, {pair}, 1);
  DpoTrainer rpo(policy, reference, cfg, {pair}, 1, alpha);
  const auto [ld, gd] = gradOf(dpo, pair);
  const auto [lr, gr] = gradOf(rpo, pair);
  // The NLL of the chosen completion by hand: mean −log p over its 4 target tokens (7 8 9 EOS).
  policy->clearGradients();
  const auto input = torch::tensor(std::vector<std::int64_t>{1, 5, 6, 7, 8, 9}).view({1, 6});
  const auto logp = torch::log_softmax(policy->forward(input).to(torch::kFloat32), -1);
  const std::vector<std::int64_t> targets{7, 8, 9, 2};
  torch::Tensor nll = torch::zeros({});
  for (std::size_t j = 0; j < targets.size(); ++j)
    nll = nll - logp[0][static_cast<std::int64_t>(2 + j)][targets[j]];
  nll = nll / static_cast<double>(targets.size());
  nll.backward();
  const auto gn = gradients(policy);
  c.dpo_loss = ld;
  c.rpo_loss = lr;
  c.nll = nll.item<double>();
  std::vector<torch::Tensor> extra;
  for (std::size_t i = 0; i < gr.size(); ++i)
    extra.push_back(gr[i] - gd[i]);
  c.grad_identity_diff = maxDiff(extra, gn, alpha);
  double norm = 0;
  for (const auto& t : gn)
    norm += t.pow(2).sum().item<double>();
  c.nll_grad_norm = std::sqrt(norm);
  // chosen = rejected: the DPO term's gradient vanishes, RPO's is α ∇NLL.
  DpoPair same{pair.chosen, pair.chosen};
  DpoTrainer rpo_same(policy, reference, cfg, {same}, 1, alpha);
  const auto [ls, gs] = gradOf(rpo_same, same);
  (void)ls;
  c.same_pair_grad_diff = maxDiff(gs, gn, alpha);
  return c;
}

MicroBatchDiff dpoMicroBatchDiff(int micro_batch, int steps) {
  const GptConfig g = smallConfig();
  torch::manual_seed(41);
  Gpt start(g);
  std::vector<DpoPair> pairs;
  for (int i = 0; i < 5; ++i) {
    DpoPair p;
    p.chosen.tokens = {1, 5, 6};
    p.rejected.tokens = {1, 5, 6};
    for (int t = 0; t <= i; ++t) {
      p.chosen.tokens.push_back(7 + (i + t) % 6);
      p.rejected.tokens.push_back(13 - (i * t) % 5);
    }
    p.chosen.tokens.push_back(2);
    p.chosen.prompt_len = p.rejected.prompt_len = 3;
    pairs.push_back(p);
  }
  const auto train = [&](int micro, std::vector<double>* losses) {
    Gpt policy = twinOf(start);
    Gpt reference = twinOf(start);
    DpoConfig cfg;
    cfg.beta = 0.5;
    cfg.train.steps = steps;
    cfg.train.batch_size = 5;
    cfg.train.lr = 1e-2;
    cfg.train.min_lr = 1e-2;
    cfg.train.warmup_steps = 0;
    cfg.train.micro_batch_size = micro;
    DpoTrainer t(policy, reference, cfg, pairs, 3, 0.7);
    for (int s = 0; s < steps; ++s)
      losses->push_back(t.step().loss);
    std::vector<torch::Tensor> out;
    for (const auto& p : policy->parameters())
      out.push_back(p.detach().clone());
    return out;
  };
  std::vector<double> whole_losses, micro_losses;
  const auto whole = train(0, &whole_losses);
  const auto micro = train(micro_batch, &micro_losses);
  MicroBatchDiff d;
  for (std::size_t i = 0; i < whole_losses.size(); ++i)
    d.loss = std::max(d.loss, std::abs(whole_losses[i] - micro_losses[i]));
  d.parameters = maxDiff(whole, micro);
  std::vector<torch::Tensor> initial;
  for (const auto& p : start->parameters())
    initial.push_back(p.detach());
  d.moved = maxDiff(whole, initial);
  return d;
}

double weightedLossMaxDiff(std::uint64_t seed) {
  const GptConfig g = smallConfig();
  torch::manual_seed(static_cast<std::int64_t>(seed));
  Gpt model(g);
  model->eval();
  Example e;
  e.tokens = {1, 5, 6, 7, 8, 9, 2};
  e.prompt_len = 3;
  e.weights = {0.5f, 2.0f, 0.0f, 1.5f};
  Example plain = e;
  plain.weights.clear();
  const std::vector<Example> ex{e, plain};
  const Batch b = makeBatch(ex, {0}, torch::kCPU);
  torch::NoGradGuard ng;
  const auto logits = model->forward(b.input);
  const double weighted = weightedLanguageModelLoss(logits, b.target, b.weight).item<double>();
  const auto logp = torch::log_softmax(logits.to(torch::kFloat32), -1);
  double by_hand = 0;
  for (std::size_t j = 0; j < e.weights.size(); ++j) {
    const auto t = static_cast<std::int64_t>(e.prompt_len - 1 + j);
    by_hand -= e.weights[j] * logp[0][t][e.tokens[static_cast<std::size_t>(t + 1)]].item<double>();
  }
  by_hand /= static_cast<double>(e.weights.size());
  // Unit weights give the plain loss.
  const Batch bp = makeBatch(ex, {1}, torch::kCPU);
  const auto ones = torch::ones_like(bp.target, torch::kFloat32);
  const double unit = weightedLanguageModelLoss(logits, bp.target, ones).item<double>();
  const double plain_loss = languageModelLoss(logits, bp.target).item<double>();
  return std::max(std::abs(weighted - by_hand), std::abs(unit - plain_loss));
}

}  // namespace ef::checks
