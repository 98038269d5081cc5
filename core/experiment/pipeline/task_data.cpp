// SPDX-License-Identifier: GPL-3.0-or-later
#include "experiment/pipeline/task_data.h"

#include <algorithm>
#include <stdexcept>
#include <unordered_set>

#include "tasks/task_registry.h"
#include "text/char_tokenizer.h"
#include "text/tokenizer_files.h"
#include "train/training_data.h"

namespace ef {

std::unique_ptr<Tokenizer> makeTokenizer(const RunConfig& cfg, const Task& task) {
  const std::string& sep = task.stepSeparator();
  const bool folder = cfg.model.pretrained();
  const std::string dir = folder ? cfg.model.init : cfg.model.tokenizer;
  if (dir.empty()) return std::make_unique<CharTokenizer>(task.symbols(), sep);
  const char* field = folder ? "model.init" : "model.tokenizer";
  std::unique_ptr<Tokenizer> tok;
  try {
    tok = readTokenizer(dir, sep);
  } catch (const std::exception& e) {
    throw ConfigError(field, e.what());
  }
  if (const auto* chars = dynamic_cast<const CharTokenizer*>(tok.get())) {
    const auto& have = chars->symbols();
    for (const auto& s : task.symbols()) {
      if (std::find(have.begin(), have.end(), s) == have.end()) {
        throw ConfigError(field, "its character tokenizer lacks the symbol '" + s + "' of the " +
                                     task.kind() + " task");
      }
    }
  }
  return tok;
}

namespace {

// The first task.valid_size problems of the "valid" split whose prompts no training or test
// problem has (independent streams can repeat a prompt; a repeated one would measure memory).
std::vector<Problem> validationProblems(const Task& task, const RunConfig& cfg,
                                        const std::vector<Problem>& train,
                                        const std::vector<Problem>& test) {
  const auto want = static_cast<std::size_t>(cfg.task.valid_size);
  if (want == 0) return {};
  std::unordered_set<std::string> taken;
  for (const auto* set : {&train, &test})
    for (const Problem& p : *set)
      taken.insert(p.prompt);
  // Draw the stream in growing prefixes (a generator's prefixes nest) until enough are left.
  std::vector<Problem> out;
  for (std::size_t draw = want; draw <= 64 * want && out.size() < want; draw *= 2) {
    out.clear();
    std::unordered_set<std::string> seen = taken;
    for (Problem& p : task.problems("valid", draw, cfg.seed)) {
      if (out.size() == want) break;
      if (seen.insert(p.prompt).second) out.push_back(std::move(p));
    }
  }
  if (out.size() < want) {
    throw ConfigError("task.valid_size",
                      "asks for " + std::to_string(want) + " validation problems, but the " +
                          task.kind() + " task has only " + std::to_string(out.size()) +
                          " whose prompts are neither training nor test prompts");
  }
  return out;
}

}  // namespace

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
  d.valid = validationProblems(*d.task, cfg, d.train, d.test);
  d.tok = makeTokenizer(cfg, *d.task);
  d.gpt = resolveGptConfig(cfg.model, d.tok->vocabSize());
  encodeTraining(d, d.train, cfg.model.context);
  encodeTraining(d, d.valid, cfg.model.context);
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
