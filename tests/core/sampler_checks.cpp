// SPDX-License-Identifier: GPL-3.0-or-later
// The sampler's top-k restriction (LibTorch's and the fast path's) against probabilities computed
// here in double precision (declared in model_checks.h).
#include <torch/torch.h>

#include <algorithm>
#include <cmath>
#include <numeric>

#include "core/model_checks.h"
#include "model/fast_decoder.h"
#include "rollout/sampler.h"

namespace ef::checks {

TopKCheck topKSampling(int top_k, double temperature, int draws, std::uint64_t seed, bool fast) {
  // Three rows of eight logits with distinct values (no ties at the k-th).
  const std::vector<std::vector<double>> rows{{2.0, 1.5, 0.3, -0.2, 1.1, -1.0, 0.7, 0.0},
                                              {-0.5, 0.4, 0.9, 2.2, -1.3, 1.8, 0.1, 0.6},
                                              {0.05, 0.0, -0.05, 0.1, -0.1, 0.15, -0.15, 0.2}};
  const auto V = static_cast<int>(rows[0].size());
  std::vector<float> flat;
  for (const auto& r : rows)
    flat.insert(flat.end(), r.begin(), r.end());
  const auto logits =
      torch::tensor(flat, torch::kFloat32).view({static_cast<std::int64_t>(rows.size()), V});
  auto gen = at::make_generator<at::CPUGeneratorImpl>(seed);
  std::vector<std::vector<int>> counts(rows.size(), std::vector<int>(V, 0));
  TopKCheck c;
  c.draws = draws;
  for (int d = 0; d < draws; ++d) {
    if (fast) {
      const auto u = torch::rand({static_cast<std::int64_t>(rows.size())}, gen, torch::kFloat32);
      std::vector<int> picked(rows.size());
      pickTokensFast(flat.data(), static_cast<int>(rows.size()), V, temperature, top_k,
                     u.data_ptr<float>(), picked.data());
      for (std::size_t r = 0; r < rows.size(); ++r)
        ++counts[r][picked[r]];
      continue;
    }
    const auto picked = pickTokens(logits, temperature, top_k, gen);
    for (std::size_t r = 0; r < rows.size(); ++r)
      ++counts[r][picked[static_cast<std::int64_t>(r)].item<std::int64_t>()];
  }
  const int k = top_k > 0 ? std::min(top_k, V) : V;
  for (std::size_t r = 0; r < rows.size(); ++r) {
    std::vector<int> order(V);
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) { return rows[r][a] > rows[r][b]; });
    std::vector<double> p(V, 0.0);
    double z = 0;
    for (int i = 0; i < k; ++i)
      z += std::exp(rows[r][order[i]] / temperature);
    for (int i = 0; i < k; ++i)
      p[order[i]] = std::exp(rows[r][order[i]] / temperature) / z;
    for (int t = 0; t < V; ++t) {
      if (p[t] == 0.0) c.outside_top_k += counts[r][t];
      c.max_freq_error =
          std::max(c.max_freq_error, std::abs(counts[r][t] / static_cast<double>(draws) - p[t]));
    }
  }
  return c;
}

}  // namespace ef::checks
