// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Torch side of test_step_history: Q̂ of a stored sample's prefixes computed without the step
// history code (the cell's training list by the stored problem index, the step texts the credit
// stage stored, the checkpoint loaded directly).
#include <cstdint>
#include <string>
#include <vector>

namespace ef::checks {

std::vector<int> directPrefixSuccesses(const std::string& db, std::int64_t sample_id,
                                       const std::string& checkpoint, int k, std::uint64_t seed);

}  // namespace ef::checks
