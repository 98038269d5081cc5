// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A registered method's trainer (methods/train/): it trains the cell's model and evaluates it
// (docs/architecture.md, "Add a method", describes the context). Torch-free header; the trainers
// themselves compute with LibTorch and live in the core library.
#include "experiment/config/method.h"

namespace ef {

struct CellContext;  // experiment/pipeline/cell_context.h (LibTorch): what a trainer works with
struct CellOutcome;  // experiment/pipeline/cell_context.h: what it hands back

using MethodTrainer = void (*)(CellContext& ctx, CellOutcome& out);

// The trainer of a registered method (methods/registered_methods.h pairs them).
MethodTrainer trainerOf(const Method& m);

}  // namespace ef
