// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Which problems of a split carry a wrong hint (docs/method.md, "Tasks and verification": hint,
// and lookup with a hint): exactly floor(n · (1 − hint_rate)) of the first n problems, spread
// evenly, so every nested training size and the test set hold the configured share. Depends on
// the problem's index alone.
#include <cstddef>

namespace ef {

bool hintIsWrong(std::size_t index, double hint_rate);

}  // namespace ef
