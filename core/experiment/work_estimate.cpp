#include "experiment/work_estimate.h"

#include <algorithm>

namespace ef {
namespace {

bool has(const std::vector<std::string>& v, const char* name) {
  return std::find(v.begin(), v.end(), name) != v.end();
}

// Evaluation passes of a training stage: one per eval interval plus the final one.
std::int64_t evaluationsOf(const SftConfig& t) {
  return (t.eval_every > 0 ? t.steps / t.eval_every : 0) + 1;
}

}  // namespace

WorkEstimate estimateWork(const RunConfig& cfg, bool sweep) {
  WorkEstimate w;
  if (!sweep) {
    w.cells = 1;
    w.sft_models = 1;
    w.train_problems = cfg.task.train_size;
    w.test_problems = cfg.task.test_size;
    w.optimizer_steps = cfg.sft.steps;
    w.evaluations = evaluationsOf(cfg.sft);
    return w;
  }
  const std::vector<int> sizes =
      cfg.sweep.sizes.empty() ? std::vector<int>{cfg.task.train_size} : cfg.sweep.sizes;
  const auto& methods = cfg.sweep.methods;
  const std::int64_t seeds = static_cast<std::int64_t>(cfg.sweep.seeds.size());
  const int dpo_methods = static_cast<int>(has(methods, "dpo")) + has(methods, "edit_dpo") +
                          has(methods, "step_dpo_full") + has(methods, "step_dpo_prefix");
  const bool needs_samples = has(methods, "rft") || dpo_methods > 0;
  const bool needs_credit = has(methods, "step_dpo_full") || has(methods, "step_dpo_prefix");
  const auto& a = cfg.advantages;
  for (int size : sizes) {
    w.train_problems += size * seeds;
    w.sft_models += static_cast<int>(seeds);
    w.cells += static_cast<int>(methods.size() * seeds);
    std::int64_t steps = cfg.sft.steps, evals = evaluationsOf(cfg.sft);
    if (has(methods, "rft")) {
      steps += cfg.rft.train.steps;
      evals += evaluationsOf(cfg.rft.train);
    }
    steps += static_cast<std::int64_t>(dpo_methods) * cfg.dpo.train.steps;
    evals += dpo_methods * evaluationsOf(cfg.dpo.train);
    w.optimizer_steps += steps * seeds;
    w.evaluations += evals * seeds;
    if (needs_samples)
      w.samples += static_cast<std::int64_t>(size) * cfg.sample.samples_per_problem * seeds;
    if (needs_credit) {
      const std::int64_t negatives =
          static_cast<std::int64_t>(size) *
          std::min(cfg.sample.max_negatives, cfg.sample.samples_per_problem) * seeds;
      std::int64_t analysed = negatives;
      if (a.analyze_positives)
        analysed += static_cast<std::int64_t>(size) *
                    std::min(cfg.sample.max_positives, cfg.sample.samples_per_problem) * seeds;
      w.max_negatives += negatives;
      w.max_rollouts += analysed * (a.max_steps + (a.estimate_value ? 1 : 0)) * a.k_est;
    }
  }
  w.test_problems = cfg.task.test_size;
  return w;
}

}  // namespace ef
