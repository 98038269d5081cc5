// SPDX-License-Identifier: GPL-3.0-or-later
#include "train/evaluator.h"

#include <torch/torch.h>

#include <algorithm>
#include <chrono>

#include "rollout/sampler.h"
#include "train/training_data.h"
#include "util/memory.h"

namespace ef {

EvalOutcome evaluate(Gpt& model, const Task& task, const Tokenizer& tok,
                     const std::vector<Problem>& problems, const EvalConfig& cfg,
                     std::uint64_t seed, const CancelToken* cancel) {
  const auto t0 = std::chrono::steady_clock::now();
  EvalOutcome out;
  out.problems = static_cast<int>(problems.size());
  out.k = cfg.pass_k;
  if (problems.empty()) return out;
  auto gen = at::make_generator<at::CPUGeneratorImpl>(seed);
  const int max_new = cfg.max_new_tokens > 0 ? cfg.max_new_tokens : model->config().context;
  int greedy_ok = 0, pass_ok = 0, first_ok = 0, minority_ok = 0;
  for (std::size_t begin = 0; begin < problems.size(); begin += cfg.batch_size) {
    if (cancel && cancel->cancelled()) throw Cancelled{};
    const std::size_t end =
        std::min(problems.size(), begin + static_cast<std::size_t>(cfg.batch_size));
    std::vector<std::vector<int>> prompts;
    for (std::size_t i = begin; i < end; ++i)
      prompts.push_back(encodePrompt(tok, problems[i].prompt));

    SampleOptions greedy;
    greedy.temperature = 0.0;
    greedy.max_new_tokens = max_new;
    greedy.stop_token = tok.eos();
    greedy.cancel = cancel;  // checked before every generated token
    const auto g = generate(model, prompts, greedy, gen);
    out.generated_tokens += g.generated;
    for (std::size_t i = begin; i < end; ++i) {
      EvalSample s;
      s.problem_index = static_cast<int>(i);
      s.output = tok.decode(g.tokens[i - begin]);
      s.verdict = task.verify(s.output, problems[i]);
      greedy_ok += isCorrect(s.verdict) ? 1 : 0;
      if (problems[i].shortcut_fails) {
        ++out.minority_problems;
        minority_ok += isCorrect(s.verdict) ? 1 : 0;
      }
      const auto steps = task.splitSteps(s.output);
      const auto d = static_cast<std::size_t>(task.firstDecisionStep());
      if (steps.size() > d && problems[i].steps.size() > d && steps[d] == problems[i].steps[d]) {
        ++first_ok;
      }
      out.greedy.push_back(std::move(s));
    }

    if (cfg.pass_k <= 0) continue;
    SampleOptions sampled;
    sampled.temperature = cfg.temperature;
    sampled.top_k = cfg.top_k;
    sampled.max_new_tokens = max_new;
    sampled.num_samples = cfg.pass_k;
    sampled.stop_token = tok.eos();
    sampled.cancel = cancel;
    // At most batch_size sequences share one KV cache: the pass@k samples of a batch come in
    // chunks of batch_size / pass_k problems (the cache of all of them at once dominated the
    // peak memory of a run).
    const std::size_t chunk =
        std::max<std::size_t>(1, static_cast<std::size_t>(cfg.batch_size / cfg.pass_k));
    for (std::size_t c0 = 0; c0 < prompts.size(); c0 += chunk) {
      const std::size_t c1 = std::min(prompts.size(), c0 + chunk);
      const std::vector<std::vector<int>> part(prompts.begin() + static_cast<std::ptrdiff_t>(c0),
                                               prompts.begin() + static_cast<std::ptrdiff_t>(c1));
      const auto r = generate(model, part, sampled, gen);
      out.generated_tokens += r.generated;
      for (std::size_t i = begin + c0; i < begin + c1; ++i) {
        bool any = false;
        for (int s = 0; s < cfg.pass_k; ++s) {
          EvalSample e;
          e.problem_index = static_cast<int>(i);
          e.output = tok.decode(r.tokens[(i - begin - c0) * cfg.pass_k + s]);
          e.verdict = task.verify(e.output, problems[i]);
          any = any || isCorrect(e.verdict);
          out.sampled.push_back(std::move(e));
        }
        pass_ok += any ? 1 : 0;
      }
    }
  }
  const double n = static_cast<double>(problems.size());
  out.test_error = 1.0 - greedy_ok / n;
  out.pass_at_k = pass_ok / n;
  out.first_step_accuracy = first_ok / n;
  if (out.minority_problems > 0)
    out.minority_error = 1.0 - static_cast<double>(minority_ok) / out.minority_problems;
  out.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  releaseFreeMemory();  // the stage's batches (docs/architecture.md, "Memory")
  return out;
}

}  // namespace ef
