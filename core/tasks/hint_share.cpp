// SPDX-License-Identifier: GPL-3.0-or-later
#include "tasks/hint_share.h"

#include <cmath>

namespace ef {
namespace {

// How many of the first n problems have a wrong hint.
std::size_t wrongHints(std::size_t n, double hint_rate) {
  return static_cast<std::size_t>(std::floor(static_cast<double>(n) * (1.0 - hint_rate) + 1e-9));
}

}  // namespace

bool hintIsWrong(std::size_t index, double hint_rate) {
  return wrongHints(index + 1, hint_rate) > wrongHints(index, hint_rate);
}

}  // namespace ef
