// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A task's problems as training sequences (prompt + teacher solution).
#include <vector>

#include "tasks/task.h"
#include "text/encoding.h"

namespace ef {

// Encodes a data set; throws std::length_error naming the longest example and the context when a
// sequence does not fit.
std::vector<Example> encodeProblems(const Tokenizer& tok, const Task& task,
                                    const std::vector<Problem>& problems, int context);

}  // namespace ef
