// SPDX-License-Identifier: GPL-3.0-or-later
#include "experiment/config/work_estimate.h"

#include <algorithm>

namespace ef {

WorkEstimate estimateWork(const RunConfig& cfg, bool sweep) {
  WorkEstimate w;
  const Method& base = baselineMethod();
  if (!sweep) {
    const MethodWork b = base.work(cfg);
    w.cells = 1;
    w.sft_models = 1;
    w.train_problems = cfg.task.train_size;
    w.test_problems = cfg.task.test_size;
    w.optimizer_steps = b.optimizer_steps;
    w.evaluations = b.evaluations;
    return w;
  }
  const std::vector<int> sizes =
      cfg.sweep.sizes.empty() ? std::vector<int>{cfg.task.train_size} : cfg.sweep.sizes;
  const auto methods = methodsFor(cfg.sweep.methods);
  const std::int64_t seeds = static_cast<std::int64_t>(cfg.sweep.seeds.size());
  bool needs_samples = false, needs_credit = false;
  MethodWork per_size;  // every method's cell at one size and seed
  for (const Method* m : methods) {
    const MethodWork mw = m->work(cfg);
    per_size.optimizer_steps += mw.optimizer_steps;
    per_size.evaluations += mw.evaluations;
    needs_samples = needs_samples || m->needs_samples || m->needs_credit;
    needs_credit = needs_credit || m->needs_credit;
  }
  const auto& a = cfg.advantages;
  for (int size : sizes) {
    w.train_problems += size * seeds;
    w.sft_models += static_cast<int>(seeds);
    w.cells += static_cast<int>(methods.size() * seeds);
    w.optimizer_steps += per_size.optimizer_steps * seeds;
    w.evaluations += per_size.evaluations * seeds;
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
