// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The speed benchmark behind `eightfold-cli bench`: LibTorch matmul rates, training throughput in
// fp32 and bf16 (and the share of the matmul rate it reaches), and sampling with and without the KV
// cache. Every ratio compares against a baseline measured in the same run.
#include <functional>
#include <string>

namespace ef {

struct BenchOptions {
  int layers = 4;
  int d_model = 256;
  int heads = 4;
  int context = 128;
  int batch = 32;
  int steps = 8;  // timed training steps per precision (after 2 warm-up steps)
  int vocab = 48;
  int prompt = 32;      // sampling prompt length
  int new_tokens = 64;  // tokens generated per row when sampling
  int rollouts = 8;     // rollout section: completions per prefix
  // Rollout section: a credit rollout continues a problem plus the steps before the probed one
  // (long) and writes the remaining steps (short), so its prefix is longer than a sampling prompt.
  int rollout_prefix = 96;
  int rollout_new_tokens = 24;
  int threads = 0;  // 0 = all logical CPUs
  std::string device = "auto";
};

struct BenchResult {
  std::string device;
  int threads = 0;
  double params_m = 0;
  double matmul_fp32_gflops = 0;  // square 1024 matmul
  double matmul_bf16_gflops = 0;
  double train_fp32_tokens_per_s = 0;
  double train_bf16_tokens_per_s = 0;
  double train_fp32_gflops = 0;
  double train_bf16_gflops = 0;
  double mfu_fp32 = 0;  // train_fp32_gflops / matmul_fp32_gflops
  double mfu_bf16 = 0;
  double bf16_speedup = 0;  // train bf16 / fp32 tokens/s
  // The device computes bf16 natively (a GPU; a CPU with AVX-512 BF16 or AMX). Without it bf16 is
  // emulated, far slower than fp32, and precision "auto" never picks it.
  bool bf16_native = false;
  // The engine fp32 training runs on ("fast": the CPU fast path of model/fast_trainer.h, the
  // default for fp32 CPU models; "libtorch": autograd, on a GPU or with EIGHTFOLD_ENGINE=libtorch);
  // train_fp32_tokens_per_s is its rate. Where the fast path can run both engines are measured,
  // and fast_train_speedup = fast / libtorch.
  std::string train_engine;
  double train_fast_tokens_per_s = 0;
  double train_libtorch_tokens_per_s = 0;
  double fast_train_speedup = 0;
  double sample_cached_tokens_per_s = 0;
  double sample_uncached_tokens_per_s = 0;
  double kv_cache_speedup = 0;
  // The engine cached sampling runs on by default ("fast": the CPU fast path, model/fast_decoder.h;
  // "libtorch": LibTorch's ops) and the same sampling through LibTorch's ops, for the ratio.
  std::string sample_engine;
  double sample_libtorch_tokens_per_s = 0;
  double fast_path_speedup = 0;  // sample_cached / sample_libtorch
  // Monte-Carlo rollouts: batch/rollouts prefixes x rollouts completions, prefix computed once
  // and expanded in the cache vs every copy prefilled separately.
  double rollout_shared_tokens_per_s = 0;
  double rollout_unshared_tokens_per_s = 0;
  double prefix_sharing_speedup = 0;
  std::string sample_precision;
  int rollouts = 0;
  int rollout_prefix = 0;
  int rollout_new_tokens = 0;

  std::string toJson() const;
  std::string toText() const;
};

BenchResult runBench(const BenchOptions& opt,
                     const std::function<void(const std::string&)>& progress = {});

}  // namespace ef
