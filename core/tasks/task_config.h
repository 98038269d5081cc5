// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The task section of a run config: which task, how many problems, and every registered task's
// own settings (tasks/task_registry.h registers them; read one with section<ArithConfig>()).
#include <string>

#include "util/config_sections.h"

namespace ef {

struct TaskConfig {
  TaskConfig();  // every registered task kind's default settings

  std::string kind = "arith";  // a registered task (taskKindNames())
  int train_size = 2000;       // |D_syn|: problems with a teacher solution used for SFT
  int valid_size = 200;        // validation problems: checkpoint and hyperparameter selection
  int test_size = 200;         // held-out problems, read once per finished model
  ConfigSections settings;     // the task kinds' own settings, by type

  template <class S>
  S& section() {
    return settings.get<S>();
  }
  template <class S>
  const S& section() const {
    return settings.get<S>();
  }
};

}  // namespace ef
