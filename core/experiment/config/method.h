// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The training methods a sweep compares (docs/architecture.md, "Add a method"). Each method is one
// registered entry: its name (the config value and cell key), its legend label, the data and
// stages it needs, the metrics its training records, its work estimate and its own config
// sections. The sweep,
// the work estimate, the CLI's progress, the setup form's method choice and the workbench's plots
// and legends iterate the registry; nothing else lists methods. Torch-free: the trainers, which
// compute with LibTorch, are looked up with trainerOf (experiment/pipeline/method_trainer.h).
#include <cstdint>
#include <string>
#include <vector>

#include "experiment/config/config_section.h"
#include "experiment/config/metric_info.h"
#include "train/training_config.h"

namespace ef {

struct RunConfig;

// Work of one cell of the method, for estimates before a run.
struct MethodWork {
  std::int64_t optimizer_steps = 0;
  std::int64_t evaluations = 0;  // greedy + pass@k passes over the test set
};

// A training stage's work: its steps and an evaluation every eval_every steps plus the final one.
MethodWork trainingWork(const TrainingConfig& t);

struct Method {
  std::string name;         // the value in sweep.methods; cell key and checkpoint stage
  std::string label;        // legend label, English (the workbench translates: "ef::Methods")
  std::string description;  // one sentence for tooltips ("ef::Methods")
  std::string stage;        // the stage its training records metrics under ("sft", "rft", "dpo")
  // The method every other one starts from and is measured against (SFT). Exactly one.
  bool baseline = false;
  bool needs_samples = false;       // self-samples of π_sft: positives and negatives
  bool needs_credit = false;        // Monte-Carlo per-step credit on the negatives
  std::vector<MetricInfo> metrics;  // what its training records besides loss and lr
  MethodWork (*work)(const RunConfig& cfg) = nullptr;
  // Credit on the positives too (their steps' advantages), whatever advantages.analyze_positives
  // says.
  bool needs_positive_credit = false;
  // The config sections its trainer reads besides the pipeline's (task, model, sft, eval, sample,
  // advantages): listing a section here registers it (experiment/config/config_section.h), and a
  // tuning grid trains the method once per distinct value of these (experiment/tools/tune.h). Empty
  // = every section.
  std::vector<const ConfigSection*> sections = {};
};

// Every registered method in registration order, which is also the plotting order; the baseline
// first.
const std::vector<const Method*>& registeredMethods();
std::vector<std::string> registeredMethodNames();
const Method* findMethod(const std::string& name);  // nullptr for an unknown name
const Method& baselineMethod();
// The registered methods named in `names` in registration order, the baseline always included
// (every other method starts from it). Unknown names are ignored: the config reader rejects them.
std::vector<const Method*> methodsFor(const std::vector<std::string>& names);

// A stage in which a method trains (loss and lr are recorded there).
bool isTrainingStage(const std::string& stage);

}  // namespace ef
