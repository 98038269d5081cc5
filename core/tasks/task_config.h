// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The task section of a run config: which task, how many problems, and every registered task's
// own settings (tasks/task_registry.h declares their fields).
#include <string>

#include "tasks/arith_task.h"
#include "tasks/hint_task.h"
#include "tasks/jsonl_task.h"
#include "tasks/lookup_task.h"
#include "tasks/stargraph_task.h"

namespace ef {

struct TaskConfig {
  std::string kind = "arith";  // a registered task (taskKindNames())
  int train_size = 2000;       // |D_syn|: problems with a teacher solution used for SFT
  int valid_size = 200;        // validation problems: checkpoint and hyperparameter selection
  int test_size = 200;         // held-out problems, read once per finished model
  ArithConfig arith;
  StarGraphConfig stargraph;
  JsonlConfig jsonl;
  LookupConfig lookup;
  HintConfig hint;
};

}  // namespace ef
