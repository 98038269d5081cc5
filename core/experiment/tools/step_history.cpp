// SPDX-License-Identifier: GPL-3.0-or-later
#include <torch/torch.h>

#include <algorithm>
#include <filesystem>

#include "experiment/pipeline/checkpoint_records.h"
#include "experiment/config/method.h"
#include "experiment/config/run_config.h"
#include "experiment/tools/step_history.h"
#include "experiment/pipeline/task_data.h"
#include "rollout/rollout_engine.h"
#include "tasks/task_registry.h"
#include "util/random.h"

namespace ef {
namespace {

int methodRank(const std::string& name) {
  if (name == "sft") return -1;  // π_sft first: every other policy starts from it
  const auto& all = registeredMethods();
  for (std::size_t i = 0; i < all.size(); ++i)
    if (all[i]->name == name) return static_cast<int>(i);
  return static_cast<int>(all.size());
}

std::optional<LineagePolicy> policyOf(const RunStore& store, std::int64_t run_id,
                                      const std::string& method) {
  for (const CheckpointRecord& c : store.checkpoints(run_id)) {
    if (c.stage != method || !std::filesystem::exists(c.path)) continue;
    return LineagePolicy{run_id, method, c.stage, c.path, c.sha256};
  }
  return std::nullopt;
}

// Q̂ / A / pit of a row from its successes (docs/method.md, "Per-step credit").
void fillValues(StepHistoryRow& row, int k, bool correct) {
  const int L = static_cast<int>(row.successes.size());
  row.q.clear();
  for (int s : row.successes)
    row.q.push_back(static_cast<double>(s) / k);
  row.q.push_back(correct ? 1.0 : 0.0);
  row.advantage.clear();
  row.pit.reset();
  for (int i = 1; i <= L; ++i) {
    row.advantage.push_back(row.q[i] - row.q[i - 1]);
    if (!row.pit && row.q[i] == 0.0) row.pit = i;
  }
}

}  // namespace

std::vector<LineagePolicy> sampleLineage(const RunStore& store, std::int64_t sample_id) {
  const auto sample = store.sample(sample_id);
  if (!sample) throw StoreError("sample " + std::to_string(sample_id) + " is not in the workspace");
  const auto run = store.run(sample->run_id);
  std::vector<LineagePolicy> out;
  if (!run || !run->isCell() || run->parent_id == 0) {
    for (const CheckpointRecord& c : store.checkpoints(sample->run_id))
      if (std::filesystem::exists(c.path))
        out.push_back({sample->run_id, c.stage, c.stage, c.path, c.sha256});
    return out;
  }
  const std::vector<CellRecord> cells = store.cells(run->parent_id);
  const auto own = std::find_if(cells.begin(), cells.end(),
                                [&](const CellRecord& c) { return c.run_id == sample->run_id; });
  if (own == cells.end()) return out;
  std::vector<CellRecord> same;
  for (const CellRecord& c : cells)
    if (c.size == own->size && c.seed == own->seed && c.run_id != 0) same.push_back(c);
  std::stable_sort(same.begin(), same.end(), [](const CellRecord& a, const CellRecord& b) {
    return methodRank(a.method) < methodRank(b.method);
  });
  for (const CellRecord& c : same)
    if (auto p = policyOf(store, c.run_id, c.method)) out.push_back(*p);
  return out;
}

namespace {

// The solution's steps and verdict (the task splits the stored output as it did for credit).
StepHistory skeleton(const RunStore& store, std::int64_t sample_id, int k, std::uint64_t seed,
                     SampleRecord& sample, RunConfig& cfg) {
  const auto found = store.sample(sample_id);
  if (!found) throw StoreError("sample " + std::to_string(sample_id) + " is not in the workspace");
  sample = *found;
  const auto run = store.run(sample.run_id);
  if (!run) throw StoreError("the run of sample " + std::to_string(sample_id) + " is missing");
  cfg = parseRunConfig(run->config_json);
  StepHistory h;
  h.sample_id = sample_id;
  h.steps = makeTask(cfg.task)->splitSteps(sample.output);
  h.correct = sample.verdict == "correct";
  h.k = k;
  h.seed = seed;
  return h;
}

}  // namespace

StepHistory readStepHistory(const RunStore& store, std::int64_t sample_id,
                            const std::vector<LineagePolicy>& lineage, int k, std::uint64_t seed) {
  SampleRecord sample;
  RunConfig cfg;
  StepHistory h = skeleton(store, sample_id, k, seed, sample, cfg);
  const int L = static_cast<int>(h.steps.size());
  for (const LineagePolicy& policy : lineage) {
    const auto cached = store.stepHistory(sample_id, policy.sha256, k, seed, L);
    if (!cached) continue;
    StepHistoryRow row;
    row.policy = policy;
    row.successes = cached->successes;
    row.cached = true;
    fillValues(row, k, h.correct);
    h.rows.push_back(std::move(row));
  }
  return h;
}

StepHistory computeStepHistory(RunStore& store, std::int64_t sample_id,
                               const std::vector<LineagePolicy>& lineage, int k, std::uint64_t seed,
                               const CancelToken& cancel,
                               const std::function<void(int, int)>& progress) {
  SampleRecord sample;
  RunConfig cfg;
  StepHistory h = skeleton(store, sample_id, k, seed, sample, cfg);
  const int L = static_cast<int>(h.steps.size());
  std::optional<TaskData> data;  // built when a policy is not cached
  std::vector<Problem> problem;  // the sample's problem, found by its prompt and answer
  std::vector<RolloutRequest> requests;
  const auto prepare = [&] {
    data = prepareTaskData(cfg, cfg.task.train_size);
    for (const auto* list : {&data->train, &data->valid, &data->test}) {
      for (const Problem& p : *list) {
        if (p.prompt == sample.prompt && p.answer == sample.answer) {
          problem.push_back(p);
          break;
        }
      }
      if (!problem.empty()) break;
    }
    if (problem.empty()) {
      throw ConfigError("task", "sample " + std::to_string(sample_id) +
                                    ": its problem is not among the problems of run " +
                                    std::to_string(sample.run_id) + "'s task");
    }
    const std::string sep = data->task->stepSeparator();
    std::string prefix;
    for (int p = 0; p < L; ++p) {  // prefixes 0 .. L−1: after the last step nothing is left
      requests.push_back({0, prefix});
      prefix += h.steps[p] + sep;
    }
  };
  int done = 0;
  for (const LineagePolicy& policy : lineage) {
    if (cancel.cancelled()) break;
    StepHistoryRow row;
    row.policy = policy;
    if (auto cached = store.stepHistory(sample_id, policy.sha256, k, seed, L)) {
      row.successes = cached->successes;
      row.cached = true;
    } else {
      if (!data) prepare();
      Gpt model(data->gpt);
      loadRecordedCheckpoint(store, policy.run_id, policy.stage, policy.path, model, nullptr);
      model->eval();
      RolloutEngine engine(model, *data->task, *data->tok, problem, RolloutSettings{},
                           deriveSeed(seed, "step-history"));
      const auto outcomes = engine.run(requests, k, &cancel);
      if (cancel.cancelled()) break;
      for (const RolloutOutcome& o : outcomes)
        row.successes.push_back(o.successes);
      store.putStepHistory({sample_id, policy.sha256, k, seed, row.successes});
    }
    fillValues(row, k, h.correct);
    h.rows.push_back(std::move(row));
    if (progress) progress(++done, static_cast<int>(lineage.size()));
  }
  return h;
}

}  // namespace ef
