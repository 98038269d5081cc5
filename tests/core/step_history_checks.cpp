// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/step_history_checks.h"

#include <torch/torch.h>

#include <stdexcept>

#include "experiment/config/run_config.h"
#include "experiment/pipeline/task_data.h"
#include "model/checkpoint_impl.h"
#include "rollout/rollout_engine.h"
#include "store/run_store.h"
#include "util/random.h"

namespace ef::checks {

std::vector<int> directPrefixSuccesses(const std::string& db, std::int64_t sample_id,
                                       const std::string& checkpoint, int k, std::uint64_t seed) {
  RunStore store(db, RunStore::Mode::ReadOnly);
  const auto sample = store.sample(sample_id);
  if (!sample) throw std::runtime_error("no sample");
  const RunConfig cfg = parseRunConfig(store.run(sample->run_id)->config_json);
  const TaskData data = prepareTaskData(cfg, cfg.task.train_size);
  const std::vector<Problem> one{data.train.at(sample->problem_index)};
  if (one[0].prompt != sample->prompt) throw std::runtime_error("problem index does not match");
  std::vector<RolloutRequest> requests;
  std::string prefix;
  for (const StepRecord& s : store.steps(sample_id)) {
    if (s.step_index == 0) continue;
    requests.push_back({0, prefix});
    prefix += s.text + data.task->stepSeparator();
  }
  Gpt model(data.gpt);
  loadCheckpoint(checkpoint, model, nullptr);
  model->eval();
  RolloutEngine engine(model, *data.task, *data.tok, one, RolloutSettings{},
                       deriveSeed(seed, "step-history"));
  std::vector<int> out;
  for (const RolloutOutcome& o : engine.run(requests, k))
    out.push_back(o.successes);
  return out;
}

}  // namespace ef::checks
