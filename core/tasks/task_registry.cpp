// SPDX-License-Identifier: GPL-3.0-or-later
#include "tasks/task_registry.h"

#include <stdexcept>

#include "util/config_error.h"

namespace ef {

// The registered task kinds, in the order of the setup form's choice. A task's own file defines
// `const TaskKind& <function>()`; registering it is one line here, above the closing comment.
// clang-format off
#define EF_REGISTERED_TASKS(TASK) \
  TASK(arithTaskKind)             \
  TASK(starGraphTaskKind)         \
  TASK(lookupTaskKind)            \
  TASK(hintTaskKind)              \
  TASK(jsonlTaskKind)             \
  /* end of the registered tasks */
// clang-format on

#define EF_DECLARE_TASK(function) const TaskKind& function();
EF_REGISTERED_TASKS(EF_DECLARE_TASK)
#undef EF_DECLARE_TASK

const std::vector<TaskKind>& taskKinds() {
#define EF_TASK_ENTRY(function) function(),
  static const std::vector<TaskKind> kinds{EF_REGISTERED_TASKS(EF_TASK_ENTRY)};
#undef EF_TASK_ENTRY
  return kinds;
}

TaskConfig::TaskConfig() {
  for (const auto& k : taskKinds())
    k.add_defaults(settings);
}

std::vector<std::string> taskKindNames() {
  std::vector<std::string> out;
  for (const auto& k : taskKinds())
    out.push_back(k.name);
  return out;
}

FieldList<TaskConfig> taskConfigFields() {
  FieldList<TaskConfig> f;
  f.choice("kind", &TaskConfig::kind, taskKindNames())
      .label(EF_TRANSLATABLE("ef::Fields", "Kind"))
      .help(EF_TRANSLATABLE("ef::Fields", "Which task generates (or imports) the problems"));
  f.integer("train_size", &TaskConfig::train_size, 1, 100000000)
      .label(EF_TRANSLATABLE("ef::Fields", "|D_syn| (training problems)"))
      .help(EF_TRANSLATABLE("ef::Fields", "Problems with a teacher solution used for SFT"))
      .unit(EF_TRANSLATABLE("ef::Fields", "problems"));
  f.integer("valid_size", &TaskConfig::valid_size, 0, 10000000)
      .label(EF_TRANSLATABLE("ef::Fields", "Validation problems"))
      .help(EF_TRANSLATABLE("ef::Fields",
                            "Held-out problems that choose checkpoints and settings; the test set "
                            "is read once per finished model"))
      .unit(EF_TRANSLATABLE("ef::Fields", "problems"))
      .special(0, EF_TRANSLATABLE("ef::Fields", "none (evaluations read the test set)"));
  f.integer("test_size", &TaskConfig::test_size, 1, 10000000)
      .label(EF_TRANSLATABLE("ef::Fields", "Test problems"))
      .help(EF_TRANSLATABLE("ef::Fields", "Held-out problems for evaluation"))
      .unit(EF_TRANSLATABLE("ef::Fields", "problems"));
  for (const auto& k : taskKinds())
    k.declare_fields(f);
  return f;
}

void checkTaskConfig(const TaskConfig& cfg) {
  for (const auto& k : taskKinds()) {
    if (k.name != cfg.kind) continue;
    if (k.check) k.check(cfg);
    if (!k.reads_files) makeTask(cfg);
    return;
  }
  throw ConfigError("task.kind", "unknown task kind \"" + cfg.kind + "\"");
}

std::unique_ptr<Task> makeTask(const TaskConfig& cfg) {
  for (const auto& k : taskKinds()) {
    if (k.name != cfg.kind) continue;
    try {
      return k.make(cfg);
    } catch (const std::invalid_argument& e) {
      // "<kind>.<field>: message" (the tasks' own rule) names the field under task.
      const std::string what = e.what(), prefix = cfg.kind + ".";
      const auto colon = what.find(": ");
      if (what.rfind(prefix, 0) == 0 && colon != std::string::npos)
        throw ConfigError("task." + what.substr(0, colon), what.substr(colon + 2));
      throw ConfigError("task." + cfg.kind, what);
    }
  }
  throw ConfigError("task.kind", "unknown task kind \"" + cfg.kind + "\"");
}

}  // namespace ef
