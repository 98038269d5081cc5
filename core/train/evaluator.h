// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Private (LibTorch) header: evaluation on the held-out test set — greedy test error (final
// answer exact match) and pass@k (k samples at temperature T, the prompt prefix computed once).
#include <cstdint>
#include <string>
#include <vector>

#include "util/observer.h"
#include "train/eval_config.h"
#include "model/gpt_impl.h"
#include "tasks/task.h"
#include "text/tokenizer.h"

namespace ef {

struct EvalSample {
  int problem_index = 0;
  std::string output;
  Verdict verdict = Verdict::Unparseable;
};

struct EvalOutcome {
  int problems = 0;
  double test_error = 1.0;  // greedy
  double pass_at_k = 0.0;   // fraction of problems with at least one correct sample of k
  int k = 0;
  double first_step_accuracy = 0.0;  // greedy step Task::firstDecisionStep() equals the reference
  // Greedy error on the problems where the task's shortcut fails (Problem::shortcut_fails); 0
  // problems: the task has no shortcut.
  int minority_problems = 0;
  double minority_error = 0.0;
  // Greedy probe on training problems (filled by the experiment layer; train_problems 0 = none).
  int valid_problems = 0;  // greedy on the validation split (0 = none)
  double valid_error = 1.0;
  double valid_first_step_accuracy = 0.0;
  std::int64_t selected_step = 0;  // the training step of the evaluated model
  int train_problems = 0;
  double train_error = 1.0;
  double train_first_step_accuracy = 0.0;
  std::int64_t generated_tokens = 0;
  double seconds = 0.0;
  std::vector<EvalSample> greedy;   // one per problem
  std::vector<EvalSample> sampled;  // k per problem
};

// cfg.pass_k == 0 evaluates greedily only (pass_at_k stays 0).
EvalOutcome evaluate(Gpt& model, const Task& task, const Tokenizer& tok,
                     const std::vector<Problem>& problems, const EvalConfig& cfg,
                     std::uint64_t seed, const CancelToken* cancel = nullptr);

}  // namespace ef
