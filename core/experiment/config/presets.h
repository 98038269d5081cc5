// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Run presets shipped with the application (resources/presets/*.json, embedded at build time).
#include <string>
#include <vector>

#include "experiment/config/run_config.h"

namespace ef {

struct PresetInfo {
  std::string name;
  std::string description;
  std::string json;
};

const std::vector<PresetInfo>& builtinPresets();
// Throws ConfigError (field "preset") for an unknown name, listing the known ones.
RunConfig loadPreset(const std::string& name);
std::string defaultPresetName();

}  // namespace ef
