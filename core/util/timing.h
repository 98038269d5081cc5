// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Wall-clock timing of stages (progress ETAs, tokens per second).
#include <chrono>

namespace ef {

using Clock = std::chrono::steady_clock;

inline double secondsSince(Clock::time_point t) {
  return std::chrono::duration<double>(Clock::now() - t).count();
}

}  // namespace ef
