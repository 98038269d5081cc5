// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <string>

namespace ef {

std::string eightfoldVersion();
// JSON object with the versions that produced a run: eightfold, torch, compiler, sqlite, device.
std::string versionsJson(const std::string& torch_version, const std::string& device);

}  // namespace ef
