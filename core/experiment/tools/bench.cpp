// SPDX-License-Identifier: GPL-3.0-or-later
#include "experiment/tools/bench.h"

#include <torch/torch.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <stdexcept>
#include <string>
#include <nlohmann/json.hpp>

#include "model/device.h"
#include "model/gpt_impl.h"
#include "text/char_tokenizer.h"
#include "rollout/sampler.h"
#include "text/tokenizer.h"
#include "util/random.h"
#include "train/sft_trainer.h"

namespace ef {
namespace {

using Clock = std::chrono::steady_clock;

void sync(const torch::Device& d) {
  if (d.is_cuda()) torch::cuda::synchronize(d.index());
}

// Runs fn repeatedly for at least min_seconds and min_calls (after one warm-up call) and returns
// the median call time in seconds: robust against the bursts and stalls of a shared machine, and
// the same statistic on both sides of every ratio.
template <typename Fn>
double medianCall(const torch::Device& d, Fn fn, double min_seconds = 0.5, int min_calls = 3) {
  fn();
  sync(d);
  std::vector<double> times;
  const auto t0 = Clock::now();
  do {
    const auto t = Clock::now();
    fn();
    sync(d);
    times.push_back(std::chrono::duration<double>(Clock::now() - t).count());
  } while (static_cast<int>(times.size()) < min_calls ||
           std::chrono::duration<double>(Clock::now() - t0).count() < min_seconds);
  std::nth_element(times.begin(), times.begin() + times.size() / 2, times.end());
  return times[times.size() / 2];
}

double matmulGflops(const torch::Device& d, torch::ScalarType dt, int n) {
  torch::NoGradGuard ng;
  auto a = torch::randn({n, n}, torch::TensorOptions().device(d)).to(dt);
  auto b = torch::randn({n, n}, torch::TensorOptions().device(d)).to(dt);
  const double s = medianCall(d, [&] { auto c = torch::mm(a, b); });
  return 2.0 * n * n * n / s / 1e9;
}

Gpt benchModel(const GptConfig& g, const torch::Device& d, Precision p, std::uint64_t seed) {
  torch::manual_seed(seed);
  Gpt model(g);
  model->to(d);
  model->setPrecision(p);
  return model;
}

std::vector<std::vector<int>> randomPrompts(int n, int length, int vocab, std::uint64_t seed) {
  std::vector<std::vector<int>> prompts(n, std::vector<int>(length));
  Rng rng(seed);
  for (auto& pr : prompts) {
    for (auto& t : pr) {
      t = CharTokenizer::kNumSpecial +
          static_cast<int>(rng.below(vocab - CharTokenizer::kNumSpecial));
    }
  }
  return prompts;
}

// Generated tokens per second of generate(prompts, so), never stopping early.
double generationTokensPerSecond(Gpt& model, const std::vector<std::vector<int>>& prompts,
                                 SampleOptions so, int new_tokens, const torch::Device& d) {
  so.temperature = 1.0;
  so.max_new_tokens = new_tokens;
  so.stop_token = -1;  // every row generates new_tokens
  auto gen = at::make_generator<at::CPUGeneratorImpl>(3);
  std::int64_t generated = 0;
  const double s = medianCall(
      d, [&] { generated = generate(model, prompts, so, gen).generated; }, 1.0, 2);
  return static_cast<double>(generated) / s;
}

double trainTokensPerSecond(const BenchOptions& o, const GptConfig& g, const torch::Device& d,
                            Precision p, bool use_fast = false) {
  Gpt model = benchModel(g, d, p, 1);
  model->train();
  TrainingConfig cfg;
  cfg.lr = 1e-4;
  auto opt = makeAdamW(model, cfg);
  auto data = torch::randint(CharTokenizer::kNumSpecial, g.vocab, {o.batch, o.context + 1},
                             torch::TensorOptions().dtype(torch::kLong).device(d));
  auto x = data.narrow(1, 0, o.context).contiguous(), y = data.narrow(1, 1, o.context).contiguous();
  const bool fast = use_fast && model->fastTrainingCapable();
  std::unique_ptr<FastLanguageModelGrad> grad;
  if (fast) grad = std::make_unique<FastLanguageModelGrad>(model->fastWeights());
  auto step = [&] {  // what SftTrainer::step does, on random tokens
    model->clearGradients();
    if (fast) {
      grad->step(x.data_ptr<std::int64_t>(), y.data_ptr<std::int64_t>(), nullptr, o.batch,
                 o.context, 1.0 / (static_cast<double>(o.batch) * o.context), model->fastGrads());
    } else {
      auto loss = languageModelLoss(model->forward(x), y);
      loss.backward();
    }
    torch::nn::utils::clip_grad_norm_(model->parameters(), 1.0);
    opt->step();
  };
  step();  // warm-up (allocations, oneDNN primitive creation)
  const double s = medianCall(d, step, 1.0, o.steps);
  return static_cast<double>(o.batch) * o.context / s;
}

// Rollouts: batch / rollouts distinct prompts, each completed `rollouts` times, either with the
// prompt computed once and expanded in the cache, or prefilled once per copy.
double rolloutTokensPerSecond(const BenchOptions& o, const GptConfig& g, const torch::Device& d,
                              Precision p, bool shared) {
  Gpt model = benchModel(g, d, p, 4);
  const int k = std::max(1, o.rollouts);
  const auto prompts = randomPrompts(std::max(1, o.batch / k), o.rollout_prefix, g.vocab, 5);
  SampleOptions so;
  if (shared) {
    so.num_samples = k;
    return generationTokensPerSecond(model, prompts, so, o.rollout_new_tokens, d);
  }
  std::vector<std::vector<int>> copies;
  for (const auto& pr : prompts)
    copies.insert(copies.end(), k, pr);
  return generationTokensPerSecond(model, copies, so, o.rollout_new_tokens, d);
}

double sampleTokensPerSecond(const BenchOptions& o, const GptConfig& g, const torch::Device& d,
                             Precision p, bool cached,
                             InferenceEngine engine = InferenceEngine::Auto) {
  Gpt model = benchModel(g, d, p, 2);
  SampleOptions so;
  so.use_cache = cached;
  so.engine = engine;
  return generationTokensPerSecond(model, randomPrompts(o.batch, o.prompt, g.vocab, 3), so,
                                   o.new_tokens, d);
}

}  // namespace

std::string BenchResult::toJson() const {
  nlohmann::ordered_json j;
  j["device"] = device;
  j["threads"] = threads;
  j["params_m"] = params_m;
  j["matmul_fp32_gflops"] = matmul_fp32_gflops;
  j["matmul_bf16_gflops"] = matmul_bf16_gflops;
  j["train_fp32_tokens_per_s"] = train_fp32_tokens_per_s;
  j["train_bf16_tokens_per_s"] = train_bf16_tokens_per_s;
  j["train_fp32_gflops"] = train_fp32_gflops;
  j["train_bf16_gflops"] = train_bf16_gflops;
  j["mfu_fp32"] = mfu_fp32;
  j["mfu_bf16"] = mfu_bf16;
  j["bf16_speedup"] = bf16_speedup;
  j["bf16_native"] = bf16_native;
  j["train_engine"] = train_engine;
  j["train_fast_tokens_per_s"] = train_fast_tokens_per_s;
  j["train_libtorch_tokens_per_s"] = train_libtorch_tokens_per_s;
  j["fast_train_speedup"] = fast_train_speedup;
  j["sample_precision"] = sample_precision;
  j["sample_cached_tokens_per_s"] = sample_cached_tokens_per_s;
  j["sample_uncached_tokens_per_s"] = sample_uncached_tokens_per_s;
  j["kv_cache_speedup"] = kv_cache_speedup;
  j["sample_engine"] = sample_engine;
  j["sample_libtorch_tokens_per_s"] = sample_libtorch_tokens_per_s;
  j["fast_path_speedup"] = fast_path_speedup;
  j["rollouts"] = rollouts;
  j["rollout_prefix"] = rollout_prefix;
  j["rollout_new_tokens"] = rollout_new_tokens;
  j["rollout_shared_tokens_per_s"] = rollout_shared_tokens_per_s;
  j["rollout_unshared_tokens_per_s"] = rollout_unshared_tokens_per_s;
  j["prefix_sharing_speedup"] = prefix_sharing_speedup;
  return j.dump();
}

std::string BenchResult::toText() const {
  char buf[2048];
  std::snprintf(
      buf, sizeof buf,
      "device %s, %d threads, model %.2fM parameters\n"
      "matmul 1024^2      fp32 %8.1f GFLOP/s   bf16 %8.1f GFLOP/s\n"
      "training           fp32 %8.0f tok/s (%6.1f GFLOP/s, %5.1f%% of matmul)\n"
      "                   bf16 %8.0f tok/s (%6.1f GFLOP/s, %5.1f%% of matmul)\n"
      "bf16 / fp32 training speed: %.2fx\n"
      "training engine    %s   fast path %8.0f tok/s   LibTorch autograd %8.0f tok/s   "
      "ratio %.2fx\n"
      "sampling (%s)     KV cache %8.0f tok/s   no cache %8.0f tok/s   ratio %.1fx\n"
      "sampling engine    %s: %8.0f tok/s   LibTorch ops %8.0f tok/s   ratio %.2fx\n"
      "rollouts x%d (prefix %d, %d new) shared prefix %8.0f tok/s   per copy %8.0f tok/s   "
      "ratio %.2fx\n",
      device.c_str(), threads, params_m, matmul_fp32_gflops, matmul_bf16_gflops,
      train_fp32_tokens_per_s, train_fp32_gflops, 100 * mfu_fp32, train_bf16_tokens_per_s,
      train_bf16_gflops, 100 * mfu_bf16, bf16_speedup, train_engine.c_str(),
      train_fast_tokens_per_s, train_libtorch_tokens_per_s, fast_train_speedup,
      sample_precision.c_str(), sample_cached_tokens_per_s, sample_uncached_tokens_per_s,
      kv_cache_speedup, sample_engine.c_str(), sample_cached_tokens_per_s,
      sample_libtorch_tokens_per_s, fast_path_speedup, rollouts, rollout_prefix, rollout_new_tokens,
      rollout_shared_tokens_per_s, rollout_unshared_tokens_per_s, prefix_sharing_speedup);
  std::string out = buf;
  if (!bf16_native) {
    std::snprintf(buf, sizeof buf,
                  "bf16 is emulated on this CPU (no AVX-512 BF16 or AMX): training in bf16 runs at "
                  "%.2fx of fp32, so precision \"auto\" uses fp32 here\n",
                  bf16_speedup);
    out += buf;
  }
  return out;
}

BenchResult runBench(const BenchOptions& o,
                     const std::function<void(const std::string&)>& progress) {
  auto say = [&](const std::string& s) {
    if (progress) progress(s);
  };
  auto fits = [&](int prompt, int generated, const char* what) {
    if (prompt + generated > o.context)
      throw std::invalid_argument(std::string("bench: ") + what + " (" + std::to_string(prompt) +
                                  " + " + std::to_string(generated) + ") exceed --context (" +
                                  std::to_string(o.context) + ")");
  };
  fits(o.prompt, o.new_tokens, "--prompt + --new-tokens");
  fits(o.rollout_prefix, o.rollout_new_tokens, "--rollout-prefix + --rollout-new-tokens");
  BenchResult r;
  r.threads = setThreadCount(o.threads);
  const auto choice = chooseDevice(o.device, "auto");
  r.device = choice.device;
  r.bf16_native = choice.device != "cpu" || cpuHasNativeBf16();
  const torch::Device d(choice.device);
  GptConfig g;
  g.vocab = o.vocab;
  g.context = o.context;
  g.layers = o.layers;
  g.d_model = o.d_model;
  g.heads = o.heads;
  r.params_m = g.parameterCount() / 1e6;
  say("matmul fp32");
  r.matmul_fp32_gflops = matmulGflops(d, torch::kFloat32, 1024);
  say("matmul bf16");
  r.matmul_bf16_gflops = matmulGflops(d, torch::kBFloat16, 1024);
  const double flops = g.trainFlopsPerToken(o.context);
  say("training fp32");
  // Whether fp32 training runs on the fast path here, and could (EIGHTFOLD_ENGINE may force
  // either).
  bool fast_training = false, fast_capable = false;
  {
    Gpt probe = benchModel(g, d, Precision::FP32, 1);
    fast_training = probe->fastTrainingApplies();
    fast_capable = probe->fastTrainingCapable();
  }
  r.train_fp32_tokens_per_s = trainTokensPerSecond(o, g, d, Precision::FP32, fast_training);
  say("training bf16");
  r.train_bf16_tokens_per_s = trainTokensPerSecond(o, g, d, Precision::BF16);
  r.train_fp32_gflops = r.train_fp32_tokens_per_s * flops / 1e9;
  r.train_bf16_gflops = r.train_bf16_tokens_per_s * flops / 1e9;
  r.mfu_fp32 = r.train_fp32_gflops / r.matmul_fp32_gflops;
  r.mfu_bf16 = r.train_bf16_gflops / r.matmul_bf16_gflops;
  r.bf16_speedup = r.train_bf16_tokens_per_s / r.train_fp32_tokens_per_s;
  r.train_engine = fast_training ? "fast" : "libtorch";
  (fast_training ? r.train_fast_tokens_per_s : r.train_libtorch_tokens_per_s) =
      r.train_fp32_tokens_per_s;
  if (fast_capable) {
    say(fast_training ? "training fp32 through LibTorch's autograd"
                      : "training fp32 through the fast path");
    (fast_training ? r.train_libtorch_tokens_per_s : r.train_fast_tokens_per_s) =
        trainTokensPerSecond(o, g, d, Precision::FP32, !fast_training);
    r.fast_train_speedup = r.train_fast_tokens_per_s / r.train_libtorch_tokens_per_s;
  }
  const Precision sp = choice.precision;
  r.sample_precision = precisionName(sp);
  say("sampling with KV cache");
  r.sample_cached_tokens_per_s = sampleTokensPerSecond(o, g, d, sp, true);
  say("sampling without KV cache");
  r.sample_uncached_tokens_per_s = sampleTokensPerSecond(o, g, d, sp, false);
  r.kv_cache_speedup = r.sample_cached_tokens_per_s / r.sample_uncached_tokens_per_s;
  {
    Gpt probe = benchModel(g, d, sp, 2);
    SampleOptions so;
    r.sample_engine = engineName(chooseEngine(probe, so));
  }
  if (r.sample_engine == engineName(InferenceEngine::Fast)) {
    say("sampling with KV cache through LibTorch's ops");
    r.sample_libtorch_tokens_per_s =
        sampleTokensPerSecond(o, g, d, sp, true, InferenceEngine::LibTorch);
  } else {
    r.sample_libtorch_tokens_per_s = r.sample_cached_tokens_per_s;
  }
  r.fast_path_speedup = r.sample_cached_tokens_per_s / r.sample_libtorch_tokens_per_s;
  r.rollouts = o.rollouts;
  r.rollout_prefix = o.rollout_prefix;
  r.rollout_new_tokens = o.rollout_new_tokens;
  say("rollouts with a shared prefix");
  r.rollout_shared_tokens_per_s = rolloutTokensPerSecond(o, g, d, sp, true);
  say("rollouts prefilled per copy");
  r.rollout_unshared_tokens_per_s = rolloutTokensPerSecond(o, g, d, sp, false);
  r.prefix_sharing_speedup = r.rollout_shared_tokens_per_s / r.rollout_unshared_tokens_per_s;
  return r;
}

}  // namespace ef
