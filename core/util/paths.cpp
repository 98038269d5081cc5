// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/paths.h"

#include <cstdlib>
#include <filesystem>

namespace ef {

std::string defaultWorkspacePath() {
  namespace fs = std::filesystem;
  if (const char* db = std::getenv("EIGHTFOLD_DB"); db && *db) return db;
  fs::path base;
  if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg) {
    base = xdg;
  } else if (const char* home = std::getenv("HOME"); home && *home) {
    base = fs::path(home) / ".local" / "share";
  } else {
    base = fs::current_path();
  }
  const fs::path dir = base / "eightfold";
  std::error_code ec;
  fs::create_directories(dir, ec);
  return (dir / "workspace.sqlite").string();
}

}  // namespace ef
