// SPDX-License-Identifier: GPL-3.0-or-later
#include "train/batching.h"

#include <torch/torch.h>

#include <algorithm>

namespace ef {

Batch makeBatch(const std::vector<Example>& examples, const std::vector<std::size_t>& indices,
                const at::Device& device) {
  std::size_t T = 0;
  for (auto i : indices)
    T = std::max(T, examples[i].tokens.size() - 1);
  const auto B = static_cast<std::int64_t>(indices.size());
  // Padding: id 0 (in every vocabulary), after the row's tokens, never a target, never attended to
  // by a real token (causal).
  std::vector<std::int64_t> in(B * T, 0), tg(B * T, -100);
  const bool weighted = std::any_of(indices.begin(), indices.end(),
                                    [&](std::size_t i) { return !examples[i].weights.empty(); });
  std::vector<float> w(weighted ? B * T : 0, 0.0f);
  Batch b;
  for (std::int64_t r = 0; r < B; ++r) {
    const auto& e = examples[indices[r]];
    for (std::size_t t = 0; t + 1 < e.tokens.size(); ++t) {
      in[r * T + t] = e.tokens[t];
      if (static_cast<int>(t + 1) >= e.prompt_len) {
        tg[r * T + t] = e.tokens[t + 1];
        ++b.loss_tokens;
        if (weighted) {
          const std::size_t j = t + 1 - static_cast<std::size_t>(e.prompt_len);
          w[r * T + t] = e.weights.empty() ? 1.0f : e.weights.at(j);
        }
      }
    }
    b.tokens += static_cast<std::int64_t>(e.tokens.size() - 1);
  }
  const auto Tl = static_cast<std::int64_t>(T);
  b.input = torch::tensor(in, torch::kLong).view({B, Tl}).to(device);
  b.target = torch::tensor(tg, torch::kLong).view({B, Tl}).to(device);
  if (weighted) b.weight = torch::tensor(w, torch::kFloat32).view({B, Tl}).to(device);
  return b;
}

}  // namespace ef
