// SPDX-License-Identifier: GPL-3.0-or-later
#include "experiment/methods/awr_weights.h"

#include <algorithm>
#include <cmath>

namespace ef {

std::vector<std::vector<double>> awrStepWeights(const std::vector<CreditedSample>& samples,
                                                const AwrConfig& cfg, AwrStats* stats) {
  AwrStats st;
  std::vector<std::vector<double>> w;
  double sum = 0;
  for (const auto& s : samples) {
    std::vector<double> row(s.advantages.size(), 0.0);
    for (std::size_t i = 0; i < row.size(); ++i) {
      if (!s.advantages[i]) {
        ++st.unknown_steps;
        continue;
      }
      row[i] = std::exp(*s.advantages[i] / cfg.beta);
      sum += row[i];
      ++st.steps;
    }
    w.push_back(std::move(row));
  }
  st.mean_raw_weight = st.steps > 0 ? sum / st.steps : 0.0;
  const double scale =
      cfg.normalize == "mean" && st.mean_raw_weight > 0 ? 1.0 / st.mean_raw_weight : 1.0;
  for (std::size_t k = 0; k < w.size(); ++k) {
    for (std::size_t i = 0; i < w[k].size(); ++i) {
      if (!samples[k].advantages[i]) continue;
      w[k][i] *= scale;
      if (w[k][i] > cfg.max_weight) {
        w[k][i] = cfg.max_weight;
        ++st.clipped;
      }
    }
  }
  if (stats) *stats = st;
  return w;
}

std::vector<Example> awrExamples(const Tokenizer& tok, const std::string& separator,
                                 const std::vector<Problem>& problems,
                                 const std::vector<CreditedSample>& samples, const AwrConfig& cfg,
                                 int context, AwrStats* stats) {
  AwrStats st;
  const auto weights = awrStepWeights(samples, cfg, &st);
  std::vector<Example> out;
  for (std::size_t k = 0; k < samples.size(); ++k) {
    const CreditedSample& s = samples[k];
    if (s.steps.empty()) continue;
    Example e;
    e.tokens = encodePrompt(tok, problems.at(static_cast<std::size_t>(s.problem)).prompt);
    e.prompt_len = static_cast<int>(e.tokens.size());
    for (std::size_t i = 0; i < s.steps.size(); ++i) {
      const bool last = i + 1 == s.steps.size();
      const auto piece = tok.encode(last ? s.steps[i] : s.steps[i] + separator);
      e.tokens.insert(e.tokens.end(), piece.begin(), piece.end());
      e.weights.insert(e.weights.end(), piece.size(), static_cast<float>(weights[k][i]));
    }
    e.tokens.push_back(tok.eos());
    e.weights.push_back(static_cast<float>(weights[k].back()));
    if (static_cast<int>(e.tokens.size()) > context) continue;
    out.push_back(std::move(e));
    ++st.samples;
  }
  if (stats) *stats = st;
  return out;
}

}  // namespace ef
