#include "experiment/task_data.h"

#include <algorithm>
#include <stdexcept>

#include "tasks/task_registry.h"
#include "train/training_data.h"

namespace ef {

std::string tokenizerSignature(const Tokenizer& tok) {
  std::string s;
  for (const auto& x : tok.symbols())
    s += x + '\x1f';
  return s;
}

TaskData prepareTaskData(const RunConfig& cfg, int train_size, const std::string& size_field) {
  TaskData d;
  d.task = makeTask(cfg.task);
  d.train = d.task->problems("train", static_cast<std::size_t>(train_size), cfg.seed);
  if (d.train.size() < static_cast<std::size_t>(train_size)) {
    throw ConfigError(size_field, "asks for " + std::to_string(train_size) +
                                      " training problems, but the " + d.task->kind() +
                                      " task has only " + std::to_string(d.train.size()));
  }
  d.test = d.task->problems("test", static_cast<std::size_t>(cfg.task.test_size), cfg.seed);
  d.tok = std::make_unique<Tokenizer>(d.task->symbols(), d.task->stepSeparator());
  d.gpt = gptConfigFor(cfg.model, d.tok->vocabSize());
  encodeTraining(d, d.train, cfg.model.context);
  encodeTraining(d, d.test, cfg.model.context);
  setTrainProbe(d, cfg, d.train.size());
  return d;
}

void setTrainProbe(TaskData& d, const RunConfig& cfg, std::size_t smallest_train_size) {
  const std::size_t n = std::min(
      {static_cast<std::size_t>(cfg.eval.train_problems), smallest_train_size, d.train.size()});
  d.train_probe.assign(d.train.begin(), d.train.begin() + static_cast<std::ptrdiff_t>(n));
}

std::vector<Example> encodeTraining(const TaskData& d, const std::vector<Problem>& problems,
                                    int context) {
  try {
    return encodeProblems(*d.tok, *d.task, problems, context);
  } catch (const std::length_error& e) {
    throw ConfigError("model.context", e.what());
  }
}

}  // namespace ef
