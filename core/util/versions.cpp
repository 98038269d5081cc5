// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/versions.h"

#include <sqlite3.h>

#include <nlohmann/json.hpp>

namespace ef {

std::string eightfoldVersion() {
  return EIGHTFOLD_VERSION;
}

std::string versionsJson(const std::string& torch_version, const std::string& device) {
  nlohmann::ordered_json j;
  j["eightfold"] = eightfoldVersion();
  j["torch"] = torch_version;
  j["sqlite"] = sqlite3_libversion();
#if defined(__clang__)
  j["compiler"] = "clang " __clang_version__;
#elif defined(__GNUC__)
  j["compiler"] = "gcc " __VERSION__;
#endif
  j["device"] = device;
  return j.dump();
}

}  // namespace ef
