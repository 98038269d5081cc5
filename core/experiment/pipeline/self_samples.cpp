// SPDX-License-Identifier: GPL-3.0-or-later
#include <torch/torch.h>

#include <set>

#include "experiment/pipeline/self_samples.h"
#include "rollout/sampler.h"
#include "text/encoding.h"
#include "util/log.h"
#include "util/random.h"
#include "util/timing.h"
#include "util/memory.h"

namespace ef {

SelfSamples sampleSelf(Gpt& model, const TaskData& data, const std::vector<Problem>& train,
                       const SampleConfig& cfg, Recorder& rec, const CancelToken& cancel,
                       std::uint64_t seed, std::int64_t at_step) {
  SelfSamples out;
  out.problems.resize(train.size());
  auto gen = at::make_generator<at::CPUGeneratorImpl>(deriveSeed(seed, "self-samples"));
  SampleOptions so;
  so.temperature = cfg.temperature;
  so.top_k = cfg.top_k;
  so.max_new_tokens = model->config().context;
  so.num_samples = cfg.samples_per_problem;
  const auto& tok = *data.tok;
  so.stop_token = tok.eos();
  so.cancel = &cancel;
  const auto& task = *data.task;
  std::int64_t drawn = 0, correct = 0, generated = 0;
  const auto t0 = Clock::now();
  for (std::size_t begin = 0; begin < train.size(); begin += cfg.batch_size) {
    if (cancel.cancelled()) throw Cancelled{};
    const std::size_t end =
        std::min(train.size(), begin + static_cast<std::size_t>(cfg.batch_size));
    std::vector<std::vector<int>> prompts;
    for (std::size_t i = begin; i < end; ++i)
      prompts.push_back(encodePrompt(tok, train[i].prompt));
    const SampleResult r = generate(model, prompts, so, gen);
    for (const auto& t : r.tokens)
      generated += static_cast<std::int64_t>(t.size());
    std::vector<SampleRecord> rows;
    std::vector<std::pair<std::size_t, bool>> where;  // (problem, positive) of each row
    for (std::size_t i = begin; i < end; ++i) {
      auto& ps = out.problems[i];
      std::set<std::string> seen;
      for (int s = 0; s < cfg.samples_per_problem; ++s) {
        const std::string text = tok.decode(r.tokens[(i - begin) * cfg.samples_per_problem + s]);
        const Verdict v = task.verify(text, train[i]);
        ++ps.drawn;
        ps.correct += isCorrect(v) ? 1 : 0;
        if (!seen.insert(text).second) continue;
        const bool pos = isCorrect(v);
        auto& bucket = pos ? ps.positives : ps.negatives;
        if (static_cast<int>(bucket.size()) >= (pos ? cfg.max_positives : cfg.max_negatives))
          continue;
        bucket.push_back({0, text, task.splitSteps(text)});
        SampleRecord row;
        row.run_id = rec.runId();
        row.stage = "sample";
        row.step = at_step;
        row.problem_index = static_cast<int>(i);
        row.prompt = train[i].prompt;
        row.output = text;
        row.answer = train[i].answer;
        row.verdict = verdictName(v);
        row.mode = "sample";
        rows.push_back(std::move(row));
        where.emplace_back(i, pos);
      }
      drawn += ps.drawn;
      correct += ps.correct;
    }
    const auto ids = rec.store().addSamples(rows);
    // Hand the row ids back to the kept samples, in the order they were added.
    std::vector<std::size_t> next_pos(train.size(), 0), next_neg(train.size(), 0);
    for (std::size_t k = 0; k < ids.size(); ++k) {
      const auto [i, pos] = where[k];
      auto& ps = out.problems[i];
      (pos ? ps.positives[next_pos[i]++] : ps.negatives[next_neg[i]++]).id = ids[k];
    }
    Progress p;
    p.stage = "sample";
    p.done = static_cast<std::int64_t>(end);
    p.total = static_cast<std::int64_t>(train.size());
    p.elapsed_s = secondsSince(t0);
    p.eta_s = p.elapsed_s / p.done * (p.total - p.done);
    rec.observer().onProgress(p);
  }
  for (const auto& ps : out.problems) {
    out.positives += static_cast<int>(ps.positives.size());
    out.negatives += static_cast<int>(ps.negatives.size());
  }
  out.fraction_correct = drawn > 0 ? static_cast<double>(correct) / drawn : 0.0;
  rec.stageTime("sample", at_step, secondsSince(t0), static_cast<double>(generated));
  rec.metric("sample", at_step, "fraction_correct", out.fraction_correct);
  rec.metric("sample", at_step, "positives", out.positives);
  rec.metric("sample", at_step, "negatives", out.negatives);
  rec.log(LogLevel::Info, "sampled " + std::to_string(drawn) +
                              " solutions: " + fixed4(out.fraction_correct) + " correct; kept " +
                              std::to_string(out.positives) + " distinct positives and " +
                              std::to_string(out.negatives) + " distinct negatives");
  releaseFreeMemory();  // the stage's batches (docs/architecture.md, "Memory")
  return out;
}

}  // namespace ef
