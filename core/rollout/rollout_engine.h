// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Private (LibTorch) header: Monte-Carlo completions of partial solutions, batched. Each request
// is a problem plus the first steps of a solution; its prompt + prefix is computed once in the KV
// cache and expanded into k rows (rollout/sampler.h), and every completion is checked by the task's
// verifier on the whole solution text (prefix + completion).
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "util/observer.h"
#include "model/gpt_impl.h"
#include "tasks/task.h"
#include "text/tokenizer.h"

namespace ef {

struct RolloutRequest {
  int problem = 0;              // index into the problem list
  std::string solution_prefix;  // steps so far, each followed by the separator ("" = none)
};

struct RolloutOutcome {
  int successes = 0;
  std::vector<std::string> completions;  // text generated after the prefix
  std::vector<Verdict> verdicts;
};

struct RolloutSettings {
  double temperature = 1.0;
  int top_k = 0;
  int batch_prompts = 64;  // requests per generate() call (each expanded k times)
};

class RolloutEngine {
 public:
  RolloutEngine(Gpt& model, const Task& task, const Tokenizer& tok,
                const std::vector<Problem>& problems, RolloutSettings settings, std::uint64_t seed);

  // k completions per request, in request order. Checks the cancel token between batches.
  // progress(done, total) is called after every batch of requests.
  std::vector<RolloutOutcome> run(
      const std::vector<RolloutRequest>& requests, int k, const CancelToken* cancel = nullptr,
      const std::function<void(std::size_t, std::size_t)>& progress = {});
  std::int64_t generatedTokens() const { return generated_; }
  double seconds() const { return seconds_; }

 private:
  Gpt& model_;
  const Task& task_;
  const Tokenizer& tok_;
  const std::vector<Problem>& problems_;
  RolloutSettings settings_;
  at::Generator gen_;
  std::int64_t generated_ = 0;
  double seconds_ = 0;
};

}  // namespace ef
