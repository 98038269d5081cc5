// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <string>

namespace ef {

// The default workspace database: $EIGHTFOLD_DB, else $XDG_DATA_HOME/eightfold/workspace.sqlite,
// else ~/.local/share/eightfold/workspace.sqlite. The parent directory is created.
std::string defaultWorkspacePath();

}  // namespace ef
