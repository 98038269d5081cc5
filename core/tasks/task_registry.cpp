// SPDX-License-Identifier: GPL-3.0-or-later
#include "tasks/task_registry.h"

#include <filesystem>

#include <stdexcept>

#include "util/config_error.h"

namespace ef {

const std::vector<TaskKind>& taskKinds() {
  static const std::vector<TaskKind> kinds{
      {"arith", EF_TRANSLATABLE("ef::Fields", "Arithmetic chains"),
       [](FieldList<TaskConfig>& f) {
         f.section("arith", &TaskConfig::arith, arithConfigFields())
             .label(EF_TRANSLATABLE("ef::Fields", "Arithmetic chains"));
       },
       [](const TaskConfig& c) -> std::unique_ptr<Task> {
         return std::make_unique<ArithTask>(c.arith);
       }},
      {"stargraph", EF_TRANSLATABLE("ef::Fields", "Star graph G(d, ℓ)"),
       [](FieldList<TaskConfig>& f) {
         f.section("stargraph", &TaskConfig::stargraph, starGraphConfigFields())
             .label(EF_TRANSLATABLE("ef::Fields", "Star graph G(d, ℓ)"));
       },
       [](const TaskConfig& c) -> std::unique_ptr<Task> {
         return std::make_unique<StarGraphTask>(c.stargraph);
       }},
      {"lookup", EF_TRANSLATABLE("ef::Fields", "Fact-recall chains"),
       [](FieldList<TaskConfig>& f) {
         f.section("lookup", &TaskConfig::lookup, lookupConfigFields())
             .label(EF_TRANSLATABLE("ef::Fields", "Fact-recall chains"));
       },
       [](const TaskConfig& c) -> std::unique_ptr<Task> {
         return std::make_unique<LookupTask>(c.lookup);
       }},
      {"hint", EF_TRANSLATABLE("ef::Fields", "Hinted lookup chains (a shortcut)"),
       [](FieldList<TaskConfig>& f) {
         f.section("hint", &TaskConfig::hint, hintConfigFields())
             .label(EF_TRANSLATABLE("ef::Fields", "Hinted lookup chains (a shortcut)"));
       },
       [](const TaskConfig& c) -> std::unique_ptr<Task> {
         return std::make_unique<HintTask>(c.hint);
       }},
      {"jsonl", EF_TRANSLATABLE("ef::Fields", "GSM8K-style JSONL import"),
       [](FieldList<TaskConfig>& f) {
         f.section("jsonl", &TaskConfig::jsonl, jsonlConfigFields())
             .label(EF_TRANSLATABLE("ef::Fields", "GSM8K-style JSONL import"));
       },
       [](const TaskConfig& c) -> std::unique_ptr<Task> {
         // A file that is not there: say which field and where GSM8K itself comes from.
         const std::pair<const char*, const std::string*> files[] = {
             {"train_file", &c.jsonl.train_file},
             {"test_file", &c.jsonl.test_file},
             {"valid_file", &c.jsonl.valid_file}};
         for (const auto& [field, path] : files) {
           if (path->empty() || std::filesystem::exists(*path)) continue;
           throw ConfigError(std::string("task.jsonl.") + field,
                             "'" + *path +
                                 "' does not exist. GSM8K's splits are "
                                 "grade_school_math/data/train.jsonl and test.jsonl in "
                                 "github.com/openai/grade-school-math; download them and set "
                                 "this field to the file");
         }
         try {
           return std::make_unique<JsonlTask>(c.jsonl);
         } catch (const JsonlError& e) {
           throw ConfigError("task.jsonl", e.what());  // names the file and line
         }
       }},
  };
  return kinds;
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
