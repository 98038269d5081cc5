// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The run configuration: everything that defines a run or a sweep. Each section's struct lives
// beside the code that uses it and declares its fields there (util/field_table.h); this file
// assembles them. Reading checks types and ranges field by field and raises ConfigError naming
// the field by its dotted path ("sft.lr"); missing keys take the struct defaults.
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "experiment/config/config_section.h"
#include "experiment/config/method.h"
#include "model/model_config.h"
#include "rollout/credit_config.h"
#include "rollout/sample_config.h"
#include "tasks/task_config.h"
#include "train/eval_config.h"
#include "train/training_config.h"
#include "util/config_error.h"
#include "util/field_table.h"

namespace ef {

// Data-scaling sweep: sizes × methods × seeds, each an independent cell.
struct SweepConfig {
  std::vector<int> sizes;  // |D_syn| values; empty = task.train_size only
  std::vector<std::string> methods = registeredMethodNames();
  std::vector<std::uint64_t> seeds{1};
};

struct RunConfig {
  RunConfig();  // every registered method section's default

  std::string name = "run";
  std::string description;
  std::uint64_t seed = 1;
  std::string device = "auto";     // auto | cpu | cuda | cuda:N
  std::string precision = "auto";  // auto | fp32 | bf16
  int threads = 0;                 // LibTorch intra-op threads; 0 = all logical CPUs
  // Training adapts its thread count to a busy machine (train/thread_governor.h) where the model
  // trains on the CPU fast path, whose numbers do not depend on the thread count.
  bool adaptive_threads = true;
  // The pipeline's sections, which every method shares.
  TaskConfig task;
  ModelConfig model;
  TrainingConfig sft;
  EvalConfig eval;
  SampleConfig sample;
  AdvantageConfig advantages;
  SweepConfig sweep;
  // The methods' own sections (rft, pairs, dpo, awr, controls, iterated, ...; registered with
  // their methods, experiment/config/config_section.h), by type: section<RftConfig>().
  ConfigSections sections;

  template <class S>
  S& section() {
    return sections.get<S>();
  }
  template <class S>
  const S& section() const {
    return sections.get<S>();
  }
};

// A method section whose settings are S, declared by `fields` and checked by `check` (may be
// empty), placed after the section `after` (ConfigSection::after).
template <class S>
ConfigSection configSectionOf(std::string key, std::string label, std::string help,
                              std::string after, FieldList<S> (*fields)(),
                              std::function<void(const S&, const RunConfig&)> check = {}) {
  ConfigSection s;
  s.key = key;
  s.label = label;
  s.help = help;
  s.after = std::move(after);
  s.declare = [key, label, help, fields](FieldList<RunConfig>& f) {
    f.sectionAt(
         key, [](RunConfig& c) -> S& { return c.section<S>(); }, fields())
        .label(label)
        .help(help);
  };
  s.add_default = [](ConfigSections& sections) { sections.add(S{}); };
  if (check) s.check = [check](const RunConfig& c) { check(c.section<S>(), c); };
  return s;
}

// The checks of a training section (`key`: "sft", "rft", ...): min_lr <= lr, and what selection
// and early stopping need from the task and the evaluation (a validation split, a training
// probe). Throws ConfigError naming key.<field>.
void checkTrainingSection(const TrainingConfig& t, const std::string& key, const RunConfig& c);

// Every field of a run config, sections in pipeline order (the order of the JSON and the form).
const FieldList<RunConfig>& runConfigFields();
// The field at a dotted path; throws std::out_of_range for an unknown one.
const FieldSpec& runConfigField(const std::string& path);

// Parse and validate; throws ConfigError.
RunConfig parseRunConfig(const std::string& json_text);
// Full JSON of a config (every field, defaults included), pretty-printed with 2-space indent.
std::string toJson(const RunConfig& cfg);
// Cross-field checks (heads divides d_model, min_steps <= max_steps, ...); throws ConfigError.
void validate(const RunConfig& cfg);

}  // namespace ef
