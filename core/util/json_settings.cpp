// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/json_settings.h"

#include <nlohmann/json.hpp>

#include "util/config_error.h"

namespace ef {

std::string applyJsonSettings(const std::string& json_text,
                              const std::vector<std::string>& settings) {
  using nlohmann::ordered_json;
  if (settings.empty()) return json_text;
  ordered_json doc;
  try {
    doc = ordered_json::parse(json_text);
  } catch (const ordered_json::parse_error& e) {
    throw ConfigError("", std::string("not valid JSON: ") + e.what());
  }
  if (!doc.is_object()) throw ConfigError("", "the configuration must be a JSON object");
  for (const std::string& setting : settings) {
    const auto eq = setting.find('=');
    if (eq == std::string::npos || eq == 0)
      throw ConfigError("--set", "'" + setting + "' is not PATH=VALUE (e.g. sft.lr=0.001)");
    const std::string path = setting.substr(0, eq), text = setting.substr(eq + 1);
    ordered_json value = ordered_json::parse(text, nullptr, /*allow_exceptions=*/false);
    if (value.is_discarded()) value = text;  // not JSON: a string
    ordered_json* at = &doc;
    std::string walked;
    for (std::size_t start = 0;;) {
      const auto dot = path.find('.', start);
      const std::string key = path.substr(start, dot == std::string::npos ? dot : dot - start);
      if (key.empty()) throw ConfigError("--set", "'" + setting + "' has an empty path segment");
      if (!at->is_object())
        throw ConfigError(walked, "is not an object, so '" + path + "' cannot be set");
      walked += (walked.empty() ? "" : ".") + key;
      at = &(*at)[key];
      if (dot == std::string::npos) break;
      if (at->is_null()) *at = ordered_json::object();
      start = dot + 1;
    }
    *at = std::move(value);
  }
  return doc.dump(2);
}

}  // namespace ef
