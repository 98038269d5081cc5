// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Everything a config's task provides to a run: the task, its tokenizer, the training and test
// problems and the model shape. Torch-free.
#include <memory>
#include <string>
#include <vector>

#include "experiment/config/run_config.h"
#include "model/gpt_config.h"
#include "tasks/task.h"
#include "text/encoding.h"
#include "text/tokenizer.h"

namespace ef {

struct TaskData {
  std::unique_ptr<Task> task;
  std::unique_ptr<Tokenizer> tok;
  std::vector<Problem> train;  // the largest training set any stage needs
  std::vector<Problem> valid;  // model selection; no prompt of it is a training or test prompt
  std::vector<Problem> test;
  std::vector<Problem> train_probe;  // first eval.train_problems problems every training set shares
  GptConfig gpt;
};

// The first `train_size` training problems, the validation set (task.valid_size problems of the
// "valid" split whose prompts are neither training nor test prompts) and the test set. Throws
// ConfigError naming task.valid_size when too few validation problems are left, and ConfigError
// naming `size_field` when the task has fewer training problems (an imported file may be short),
// and model.context when a problem does not fit the context.
TaskData prepareTaskData(const RunConfig& cfg, int train_size,
                         const std::string& size_field = "task.train_size");
// The training-set probe: the first min(eval.train_problems, smallest_train_size) problems of
// d.train, which every training set drawn as a prefix of d.train contains.
void setTrainProbe(TaskData& d, const RunConfig& cfg, std::size_t smallest_train_size);
// The run's tokenizer: the task's characters, or the tokenizer files of model.init's folder or of
// model.tokenizer. Throws ConfigError naming the field.
std::unique_ptr<Tokenizer> makeTokenizer(const RunConfig& cfg, const Task& task);
// Prompt + teacher solution of each problem; throws ConfigError (model.context) when one does not
// fit.
std::vector<Example> encodeTraining(const TaskData& d, const std::vector<Problem>& problems,
                                    int context);

}  // namespace ef
