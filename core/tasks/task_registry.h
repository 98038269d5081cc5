// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The registered tasks (docs/architecture.md, "Add a task"): one entry per task kind with its
// name, its label, its own settings (a struct, its fields and their cross-field checks) and its
// factory. A task kind is defined in its own file (`const TaskKind& <name>TaskKind()`, made by
// taskKindOf) and registered by one line in task_registry.cpp. The config reader, the setup form's
// task choice and makeTask iterate this list.
#include <functional>
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
  std::function<void(FieldList<TaskConfig>&)> declare_fields;
  // Puts the default of the task's settings into a TaskConfig.
  std::function<void(ConfigSections&)> add_defaults;
  // Cross-field checks of the task's settings (ConfigError naming task.<name>.<field>), run when
  // a config selects the kind; may be empty.
  std::function<void(const TaskConfig&)> check;
  std::function<std::unique_ptr<Task>(const TaskConfig&)> make;
  // A task built from its settings alone is also built when a config is checked, so a setting
  // that its constructor refuses fails at parse time; one that reads files is built at run time.
  bool reads_files = false;
};

// A task kind whose settings are S (declared by `fields`); `check` may be empty.
template <class S>
TaskKind taskKindOf(std::string name, std::string label, FieldList<S> (*fields)(),
                    std::function<std::unique_ptr<Task>(const S&)> make,
                    std::function<void(const S&)> check = {}) {
  TaskKind k;
  k.name = name;
  k.label = label;
  k.declare_fields = [name, label, fields](FieldList<TaskConfig>& f) {
    f.sectionAt(
         name, [](TaskConfig& c) -> S& { return c.section<S>(); }, fields())
        .label(label);
  };
  k.add_defaults = [](ConfigSections& s) { s.add(S{}); };
  if (check) k.check = [check](const TaskConfig& c) { check(c.section<S>()); };
  k.make = [make](const TaskConfig& c) { return make(c.section<S>()); };
  return k;
}

// In registration order (the order of the setup form's choice).
const std::vector<TaskKind>& taskKinds();
std::vector<std::string> taskKindNames();

// kind, train_size, test_size and each registered task's section.
FieldList<TaskConfig> taskConfigFields();

// The selected kind's checks, and building it unless it reads files (ConfigError naming the field).
void checkTaskConfig(const TaskConfig& cfg);

// Builds the task cfg.kind names. Throws ConfigError naming the task field when the task rejects
// its settings (for jsonl: when a file cannot be imported).
std::unique_ptr<Task> makeTask(const TaskConfig& cfg);

}  // namespace ef
