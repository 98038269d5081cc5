// SPDX-License-Identifier: GPL-3.0-or-later
#include "experiment/config/presets.h"

#include <nlohmann/json.hpp>
#include <utility>

namespace ef {

// Generated at build time from resources/presets/*.json (embed_presets.cmake).
const std::vector<std::pair<std::string, std::string>>& embeddedPresetFiles();

const std::vector<PresetInfo>& builtinPresets() {
  static const std::vector<PresetInfo> presets = [] {
    std::vector<PresetInfo> out;
    for (const auto& [name, json] : embeddedPresetFiles()) {
      PresetInfo p;
      p.name = name;
      p.json = json;
      const auto doc = nlohmann::json::parse(json, nullptr, /*allow_exceptions=*/false);
      if (doc.is_object() && doc.contains("description") && doc["description"].is_string()) {
        p.description = doc["description"].get<std::string>();
      }
      out.push_back(std::move(p));
    }
    return out;
  }();
  return presets;
}

RunConfig loadPreset(const std::string& name) {
  std::string known;
  for (const auto& p : builtinPresets()) {
    if (p.name == name) {
      try {
        return parseRunConfig(p.json);
      } catch (const ConfigError& e) {
        throw ConfigError(e.field(), std::string("in preset '") + name + "': " + e.what());
      }
    }
    known += (known.empty() ? "" : ", ") + p.name;
  }
  throw ConfigError("preset", "unknown preset '" + name + "' (known: " + known + ")");
}

std::string defaultPresetName() {
  return "arith-small";
}

}  // namespace ef
