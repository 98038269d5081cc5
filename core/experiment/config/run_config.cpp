// SPDX-License-Identifier: GPL-3.0-or-later
#include "experiment/config/run_config.h"

#include <algorithm>
#include <stdexcept>
#include <utility>

#include "experiment/config/config_migrations.h"
#include "tasks/task_registry.h"
#include "util/device_name.h"
#include "util/field_json.h"

namespace ef {
namespace {

FieldList<SweepConfig> sweepConfigFields() {
  FieldList<SweepConfig> f;
  f.integers("sizes", &SweepConfig::sizes, 1, 100000000)
      .label(EF_TRANSLATABLE("ef::Fields", "|D_syn| sizes"))
      .help(EF_TRANSLATABLE("ef::Fields", "Training-set sizes of the sweep, one column each"))
      .unit(EF_TRANSLATABLE("ef::Fields", "problems"))
      .whenEmpty(EF_TRANSLATABLE("ef::Fields", "task.train_size only"));
  f.choices("methods", &SweepConfig::methods, registeredMethodNames())
      .label(EF_TRANSLATABLE("ef::Fields", "Methods"))
      .help(EF_TRANSLATABLE("ef::Fields",
                            "Methods trained at every size and seed; SFT always runs, since every "
                            "other method starts from it"));
  f.unsignedIntegers("seeds", &SweepConfig::seeds)
      .label(EF_TRANSLATABLE("ef::Fields", "Seeds"))
      .help(EF_TRANSLATABLE("ef::Fields", "One cell per seed at every size and method"));
  return f;
}

// The method sections that follow the pipeline section `anchor` (pipelineAnchor), in
// registeredSections()' order; with "" those that follow none of them.
void methodSectionsAfter(const std::string& anchor, FieldList<RunConfig>& f) {
  for (const ConfigSection* s : registeredSections())
    if (pipelineAnchor(*s) == anchor) s->declare(f);
}

FieldList<RunConfig> buildRunConfigFields() {
  FieldList<RunConfig> f;
  f.text("name", &RunConfig::name)
      .label(EF_TRANSLATABLE("ef::Fields", "Name"))
      .help(EF_TRANSLATABLE("ef::Fields", "Shown in the run list and in the cells' names"));
  f.text("description", &RunConfig::description)
      .label(EF_TRANSLATABLE("ef::Fields", "Description"))
      .help(EF_TRANSLATABLE("ef::Fields", "Free text kept with the run"));
  f.unsignedInteger("seed", &RunConfig::seed)
      .label(EF_TRANSLATABLE("ef::Fields", "Seed"))
      .help(EF_TRANSLATABLE("ef::Fields", "Same seed, same device: the same numbers"));
  f.text("device", &RunConfig::device)
      .label(EF_TRANSLATABLE("ef::Fields", "Device"))
      .help(EF_TRANSLATABLE("ef::Fields",
                            "auto, cpu, cuda or cuda:N; auto picks CUDA when LibTorch has it"))
      .suggest({"auto", "cpu", "cuda"});
  f.choice("precision", &RunConfig::precision, {"auto", "fp32", "bf16"})
      .label(EF_TRANSLATABLE("ef::Fields", "Precision"))
      .help(EF_TRANSLATABLE("ef::Fields",
                            "auto: bf16 on CUDA, fp32 on CPUs; bf16 = matmuls in bf16, losses and "
                            "optimizer state in fp32"));
  f.integer("threads", &RunConfig::threads, 0, 1024)
      .label(EF_TRANSLATABLE("ef::Fields", "Threads"))
      .help(EF_TRANSLATABLE("ef::Fields", "LibTorch intra-op threads"))
      .special(0, EF_TRANSLATABLE("ef::Fields", "all cores"));
  f.flag("adaptive_threads", &RunConfig::adaptive_threads)
      .label(EF_TRANSLATABLE("ef::Fields", "Adapt threads to the load"))
      .help(EF_TRANSLATABLE("ef::Fields",
                            "Training measures its steps and runs with half the threads while "
                            "that is faster (a busy machine). Only where the model trains on the "
                            "CPU fast path, whose numbers do not depend on the thread count"));
  f.section("task", &RunConfig::task, taskConfigFields())
      .label(EF_TRANSLATABLE("ef::Fields", "Task"))
      .help(EF_TRANSLATABLE("ef::Fields", "The synthetic problems and their teacher solutions"));
  methodSectionsAfter("task", f);
  f.section("model", &RunConfig::model, modelConfigFields())
      .label(EF_TRANSLATABLE("ef::Fields", "Model"))
      .help(EF_TRANSLATABLE("ef::Fields", "The decoder-only transformer trained from scratch"));
  methodSectionsAfter("model", f);
  f.section("sft", &RunConfig::sft, trainingConfigFields())
      .label(EF_TRANSLATABLE("ef::Fields", "SFT"))
      .help(EF_TRANSLATABLE("ef::Fields", "Supervised fine-tuning on D_syn: π_sft"));
  methodSectionsAfter("sft", f);
  f.section("eval", &RunConfig::eval, evalConfigFields())
      .label(EF_TRANSLATABLE("ef::Fields", "Evaluation"))
      .help(EF_TRANSLATABLE("ef::Fields", "Greedy test error, pass@k and the training-set probe"));
  methodSectionsAfter("eval", f);
  f.section("sample", &RunConfig::sample, sampleConfigFields())
      .label(EF_TRANSLATABLE("ef::Fields", "Self-sampling"))
      .help(EF_TRANSLATABLE("ef::Fields", "Solutions of π_sft, split by the verifier"));
  methodSectionsAfter("sample", f);
  f.section("advantages", &RunConfig::advantages, advantageConfigFields())
      .label(EF_TRANSLATABLE("ef::Fields", "Per-step advantages"))
      .help(EF_TRANSLATABLE("ef::Fields",
                            "Monte-Carlo Q and advantages of every step of the negatives"));
  methodSectionsAfter("advantages", f);
  methodSectionsAfter("", f);
  f.section("sweep", &RunConfig::sweep, sweepConfigFields())
      .label(EF_TRANSLATABLE("ef::Fields", "Sweep"))
      .help(EF_TRANSLATABLE("ef::Fields", "Data-scaling sweep: sizes × methods × seeds"));
  return f;
}

template <typename T>
void checkUnique(const std::vector<T>& v, const char* field) {
  for (std::size_t i = 0; i < v.size(); ++i) {
    for (std::size_t j = 0; j < i; ++j) {
      if (v[i] == v[j]) {
        throw ConfigError(std::string(field) + "[" + std::to_string(i) + "]",
                          "repeats element " + std::to_string(j));
      }
    }
  }
}

}  // namespace

const FieldList<RunConfig>& runConfigFields() {
  static const FieldList<RunConfig> fields = buildRunConfigFields();
  return fields;
}

const FieldSpec& runConfigField(const std::string& path) {
  const FieldSpec* s = runConfigFields().find(path);
  if (!s) throw std::out_of_range("no run config field '" + path + "'");
  return *s;
}

RunConfig parseRunConfig(const std::string& json_text) {
  RunConfig cfg;
  readFieldsJson(runConfigFields().bind(cfg), migrateConfigJson(json_text));
  validate(cfg);
  return cfg;
}

std::string toJson(const RunConfig& cfg) {
  // The writer only reads through the bound fields.
  return stampConfigVersion(
      writeFieldsJson(runConfigFields().bind(const_cast<RunConfig&>(cfg)), 2));
}

void checkTrainingSection(const TrainingConfig& t, const std::string& key, const RunConfig& c) {
  if (t.min_lr > t.lr) throw ConfigError(key + ".min_lr", "must be <= " + key + ".lr");
  if (t.select != "last" && c.task.valid_size == 0) {
    throw ConfigError(key + ".select",
                      t.select + " needs a validation split (task.valid_size > 0)");
  }
  // Evaluations during training run on the validation split (with the training probe).
  if (t.stop_at_first_step > 0 && c.task.valid_size == 0) {
    throw ConfigError(key + ".stop_at_first_step",
                      "needs a validation split (task.valid_size > 0)");
  }
  if (t.stop_at_first_step > 0 && t.stop_split == "train" && c.eval.train_problems == 0) {
    throw ConfigError(key + ".stop_split",
                      "train needs a training probe (eval.train_problems > 0)");
  }
}

RunConfig::RunConfig() {
  for (const ConfigSection* s : registeredSections())
    s->add_default(sections);
}

void validate(const RunConfig& c) {
  if (c.name.empty()) throw ConfigError("name", "must not be empty");
  if (!parseDeviceName(c.device)) throw ConfigError("device", deviceNameRule(c.device));
  // The selected task checks its settings; a generator task is built here, so a bad setting fails
  // at parse time and names its field (jsonl reads files: at run time).
  checkTaskConfig(c.task);
  if (c.model.d_model % c.model.heads != 0) {
    throw ConfigError("model.heads",
                      "must divide model.d_model (" + std::to_string(c.model.d_model) + ")");
  }
  if (c.model.position == "rotary" && (c.model.d_model / c.model.heads) % 2 != 0) {
    throw ConfigError("model.position", "rotary needs an even head width d_model/heads (got " +
                                            std::to_string(c.model.d_model / c.model.heads) + ")");
  }
  checkTrainingSection(c.sft, "sft", c);
  for (const ConfigSection* s : registeredSections())
    if (s->check) s->check(c);
  checkUnique(c.sweep.sizes, "sweep.sizes");
  checkUnique(c.sweep.methods, "sweep.methods");
  checkUnique(c.sweep.seeds, "sweep.seeds");
  if (c.sweep.seeds.empty()) throw ConfigError("sweep.seeds", "needs at least one seed");
  if (c.sweep.methods.empty()) throw ConfigError("sweep.methods", "needs at least one method");
}

}  // namespace ef
