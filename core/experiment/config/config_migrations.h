// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Numbered versions of the run config, as the store's schema has them (store/migrations.h):
// every stored config records the `config_version` it was written under, and a release that
// renames, moves or removes a field adds a migration that rewrites older JSON into the new shape.
// A workspace from any earlier release therefore stays readable: resume, step history, export
// (docs/architecture.md, "Config versions").
#include <functional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace ef {

// The version toJson(RunConfig) writes. Configs without the key were written before versions
// existed and are version 1.
constexpr int kConfigVersion = 1;

struct ConfigMigration {
  int to_version;           // it turns version to_version - 1 into to_version
  const char* description;  // said in the log when it runs
  std::function<void(nlohmann::ordered_json&)> apply;
};

// This release's migrations, in order: the entry at index i turns version i + 1 into i + 2. Append
// only; never edit or renumber one that has shipped.
const std::vector<ConfigMigration>& configMigrations();

// Brings a config object to `current` through `chain`, removing the `config_version` key. Throws
// ConfigError("config_version", ...) for a version that is not a whole number >= 1, or newer than
// `current` (written by a later release), or a gap in the chain.
void migrateConfig(nlohmann::ordered_json& config, const std::vector<ConfigMigration>& chain,
                   int current);

// migrateConfig with this release's chain, on JSON text. Text that is not a JSON object is
// returned unchanged, for the reader to report.
std::string migrateConfigJson(const std::string& json_text);

// The config JSON with `config_version` = kConfigVersion as its first key.
std::string stampConfigVersion(const std::string& json_text, int indent = 2);

}  // namespace ef
