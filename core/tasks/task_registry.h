// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The registered tasks (docs/architecture.md, "Add a task"): one entry per task kind with its
// name, its label, the fields of its own settings and its factory. The config reader, the setup
// form's task choice and makeTask iterate this list.
#include <memory>
#include <string>
#include <vector>

#include "tasks/task.h"
#include "tasks/task_config.h"
#include "util/field_table.h"

namespace ef {

struct TaskKind {
  std::string name;   // the value of task.kind
  std::string label;  // English; the workbench translates it (context "ef::Fields")
  // Adds the task's settings to the task section (a nested object named after the task).
  void (*declare_fields)(FieldList<TaskConfig>& fields);
  std::unique_ptr<Task> (*make)(const TaskConfig& cfg);
};

// In registration order (the order of the setup form's choice).
const std::vector<TaskKind>& taskKinds();
std::vector<std::string> taskKindNames();

// kind, train_size, test_size and each registered task's section.
FieldList<TaskConfig> taskConfigFields();

// Builds the task cfg.kind names. Throws ConfigError naming the task field when the task rejects
// its settings (for jsonl: when a file cannot be imported).
std::unique_ptr<Task> makeTask(const TaskConfig& cfg);

}  // namespace ef
