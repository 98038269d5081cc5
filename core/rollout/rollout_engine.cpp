// SPDX-License-Identifier: GPL-3.0-or-later
#include "rollout/rollout_engine.h"

#include <torch/torch.h>

#include <algorithm>
#include <chrono>

#include "rollout/sampler.h"
#include "text/encoding.h"
#include "util/memory.h"

namespace ef {

RolloutEngine::RolloutEngine(Gpt& model, const Task& task, const Tokenizer& tok,
                             const std::vector<Problem>& problems, RolloutSettings settings,
                             std::uint64_t seed)
    : model_(model),
      task_(task),
      tok_(tok),
      problems_(problems),
      settings_(settings),
      gen_(at::make_generator<at::CPUGeneratorImpl>(seed)) {}

std::vector<RolloutOutcome> RolloutEngine::run(
    const std::vector<RolloutRequest>& requests, int k, const CancelToken* cancel,
    const std::function<void(std::size_t, std::size_t)>& progress) {
  const auto t0 = std::chrono::steady_clock::now();
  std::vector<RolloutOutcome> out(requests.size());
  const int context = model_->config().context;
  const auto batch = static_cast<std::size_t>(std::max(1, settings_.batch_prompts));
  for (std::size_t begin = 0; begin < requests.size(); begin += batch) {
    if (cancel && cancel->cancelled()) throw Cancelled{};
    const std::size_t end = std::min(requests.size(), begin + batch);
    std::vector<std::vector<int>> prompts;
    std::vector<std::size_t> live;  // requests with room left in the context
    for (std::size_t i = begin; i < end; ++i) {
      auto ids =
          encodePrompt(tok_, problems_[requests[i].problem].prompt, requests[i].solution_prefix);
      if (static_cast<int>(ids.size()) >= context) {
        // Nothing can be generated: every "rollout" is the prefix itself, checked as is.
        const Verdict v = task_.verify(requests[i].solution_prefix, problems_[requests[i].problem]);
        for (int s = 0; s < k; ++s) {
          out[i].completions.emplace_back();
          out[i].verdicts.push_back(v);
          out[i].successes += isCorrect(v) ? 1 : 0;
        }
        continue;
      }
      prompts.push_back(std::move(ids));
      live.push_back(i);
    }
    if (prompts.empty()) {
      if (progress) progress(end, requests.size());
      continue;
    }
    SampleOptions so;
    so.temperature = settings_.temperature;
    so.top_k = settings_.top_k;
    so.max_new_tokens = context;
    so.num_samples = k;
    so.stop_token = tok_.eos();
    so.cancel = cancel;
    const SampleResult r = generate(model_, prompts, so, gen_);
    generated_ += r.generated;
    for (std::size_t j = 0; j < live.size(); ++j) {
      const auto& req = requests[live[j]];
      auto& o = out[live[j]];
      for (int s = 0; s < k; ++s) {
        std::string text = tok_.decode(r.tokens[j * k + s]);
        const Verdict v = task_.verify(req.solution_prefix + text, problems_[req.problem]);
        o.successes += isCorrect(v) ? 1 : 0;
        o.completions.push_back(std::move(text));
        o.verdicts.push_back(v);
      }
    }
    if (progress) progress(end, requests.size());
  }
  seconds_ += std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  releaseFreeMemory();  // the stage's batches (docs/architecture.md, "Memory")
  return out;
}

}  // namespace ef
