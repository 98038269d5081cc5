// SPDX-License-Identifier: GPL-3.0-or-later
// The run config reader (util/field_json.h) on arbitrary text, with the real field declarations
// of every torch-free section (task, model, SFT, evaluation, self-sampling, advantages, pairs,
// DPO). A ConfigError is the expected answer to a bad document; anything else is a finding.
// Accepted documents round-trip: written back and read again, they give the same JSON.
#include <cstdint>
#include <string>

#include "model/model_config.h"
#include "rollout/credit_config.h"
#include "rollout/pair_builder.h"
#include "rollout/sample_config.h"
#include "tasks/task_registry.h"
#include "train/dpo_config.h"
#include "train/eval_config.h"
#include "train/training_config.h"
#include "util/field_json.h"

namespace {

struct Sections {
  std::string name = "run";
  ef::TaskConfig task;
  ef::ModelConfig model;
  ef::TrainingConfig sft;
  ef::EvalConfig eval;
  ef::SampleConfig sample;
  ef::AdvantageConfig advantages;
  ef::PairsConfig pairs;
  ef::DpoConfig dpo;
};

const ef::FieldList<Sections>& fields() {
  static const ef::FieldList<Sections> f = [] {
    ef::FieldList<Sections> l;
    l.text("name", &Sections::name);
    l.section("task", &Sections::task, ef::taskConfigFields());
    l.section("model", &Sections::model, ef::modelConfigFields());
    l.section("sft", &Sections::sft, ef::trainingConfigFields());
    l.section("eval", &Sections::eval, ef::evalConfigFields());
    l.section("sample", &Sections::sample, ef::sampleConfigFields());
    l.section("advantages", &Sections::advantages, ef::advantageConfigFields());
    l.section("pairs", &Sections::pairs, ef::pairsConfigFields());
    l.section("dpo", &Sections::dpo, ef::dpoConfigFields());
    return l;
  }();
  return f;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  Sections s;
  try {
    ef::readFieldsJson(fields().bind(s), text);
  } catch (const ef::ConfigError&) {
    return 0;
  }
  const std::string written = ef::writeFieldsJson(fields().bind(s), -1);
  Sections again;
  try {
    ef::readFieldsJson(fields().bind(again), written);
  } catch (const ef::ConfigError&) {
    __builtin_trap();  // what the writer wrote, the reader must take
  }
  if (ef::writeFieldsJson(fields().bind(again), -1) != written) __builtin_trap();
  return 0;
}
