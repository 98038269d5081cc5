// SPDX-License-Identifier: GPL-3.0-or-later
#include "experiment/config/config_migrations.h"

#include "util/config_error.h"
#include "util/log.h"

namespace ef {

const std::vector<ConfigMigration>& configMigrations() {
  // Version 1: the config as of Eightfold 0.1.0, the first release to number it. The first
  // rename or removal of a field appends {2, "what changed", [](nlohmann::ordered_json& c) {...}}.
  static const std::vector<ConfigMigration> chain;
  return chain;
}

void migrateConfig(nlohmann::ordered_json& config, const std::vector<ConfigMigration>& chain,
                   int current) {
  int version = 1;
  if (auto it = config.find("config_version"); it != config.end()) {
    if (!it->is_number_integer() || it->get<long long>() < 1) {
      throw ConfigError("config_version", "must be a whole number >= 1 (got " + it->dump() + ")");
    }
    if (it->get<long long>() > current) {
      throw ConfigError("config_version", "is " + it->dump() +
                                              ", written by a newer Eightfold; this one reads " +
                                              "configs up to version " + std::to_string(current));
    }
    version = it->get<int>();
    config.erase(it);
  }
  for (const auto& m : chain) {
    if (m.to_version <= version) continue;
    if (m.to_version != version + 1) {
      throw ConfigError("config_version", "no migration from version " + std::to_string(version) +
                                              " to " + std::to_string(version + 1));
    }
    logger()->info("config: migrating version {} to {} ({})", version, m.to_version, m.description);
    m.apply(config);
    version = m.to_version;
  }
  if (version != current) {
    throw ConfigError("config_version", "no migration from version " + std::to_string(version) +
                                            " to " + std::to_string(current));
  }
}

std::string migrateConfigJson(const std::string& json_text) {
  // nlohmann's parser stops at a NUL byte; the field reader refuses it, naming the place.
  if (json_text.find('\0') != std::string::npos) return json_text;
  auto j = nlohmann::ordered_json::parse(json_text, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded() || !j.is_object()) return json_text;
  const bool versioned = j.contains("config_version");
  migrateConfig(j, configMigrations(), kConfigVersion);
  // Unchanged text where nothing changed: the reader's messages point into what the user wrote.
  if (!versioned && configMigrations().empty()) return json_text;
  return j.dump();
}

std::string stampConfigVersion(const std::string& json_text, int indent) {
  const auto body = nlohmann::ordered_json::parse(json_text);
  nlohmann::ordered_json out;
  out["config_version"] = kConfigVersion;
  for (auto it = body.begin(); it != body.end(); ++it) {
    if (it.key() != "config_version") out[it.key()] = it.value();
  }
  return out.dump(indent);
}

}  // namespace ef
