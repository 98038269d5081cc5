#pragma once
// Builds the Task a run config asks for.
#include <memory>

#include "experiment/run_config.h"
#include "tasks/task.h"

namespace ef {

// Throws ConfigError naming the task field when the task rejects its settings (for jsonl: when a
// file cannot be imported).
std::unique_ptr<Task> makeTask(const TaskConfig& cfg);

}  // namespace ef
