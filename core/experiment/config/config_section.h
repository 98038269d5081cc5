// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A section of the run config that belongs to methods (docs/architecture.md, "Add a method"): the
// settings a method's trainer reads besides the pipeline's own sections (task, model, sft, eval,
// sample, advantages, sweep). The method's file defines it with configSectionOf
// (experiment/config/run_config.h) and lists it in Method::sections; the run config then holds its
// default, reads and writes its fields under `key`, shows it in the setup form and runs its
// checks, and tune treats it as the method's own. Torch-free.
#include <functional>
#include <string>
#include <vector>

#include "util/config_sections.h"
#include "util/field_table.h"

namespace ef {

struct RunConfig;

struct ConfigSection {
  std::string key;    // the JSON key and the fields' dotted prefix ("rft")
  std::string label;  // English; the workbench translates it ("ef::Fields")
  std::string help;   // one sentence ("ef::Fields")
  // The section it follows in the JSON and the setup form; empty: after every other method
  // section, before "sweep".
  std::string after;
  std::function<void(FieldList<RunConfig>&)> declare;  // adds the section and its fields
  std::function<void(ConfigSections&)> add_default;    // puts its default into a RunConfig
  // Checks across fields (its own and others'); throws ConfigError naming the field. May be empty.
  std::function<void(const RunConfig&)> check;
};

// Every section the registered methods list, each once, in JSON order: each right after its
// `after`, the chains in the order of the pipeline sections they follow, those that follow none
// last.
const std::vector<const ConfigSection*>& registeredSections();
// The pipeline's own sections in JSON order (task ... advantages; "sweep" closes the config).
const std::vector<std::string>& pipelineSections();
// The pipeline section that s follows, directly or through other method sections; "" when its
// chain starts at none (it then comes after every chain that does, before "sweep").
std::string pipelineAnchor(const ConfigSection& s);
// nullptr for a key no registered method lists.
const ConfigSection* findSection(const std::string& key);

}  // namespace ef
