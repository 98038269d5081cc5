// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The licence notice the programs print (--version, About): Eightfold is free software under the
// GNU General Public License, version 3 or later (LICENSE; packaging/copyright lists the
// dependencies' licences). The GPL follows from QCustomPlot, which the workbench links.
#include <string>

namespace ef {

inline constexpr const char* kLicenceSpdx = "GPL-3.0-or-later";

// "Copyright (C) 2026 Eightfold developers\nLicense GPL-3.0-or-later: ..." (three lines).
inline std::string licenceNotice() {
  return "Copyright (C) 2026 Eightfold developers\n"
         "License GPL-3.0-or-later: GNU GPL version 3 or later "
         "<https://www.gnu.org/licenses/gpl-3.0.html>\n"
         "This is free software: you are free to change and redistribute it.\n"
         "There is NO WARRANTY, to the extent permitted by law.";
}

}  // namespace ef
