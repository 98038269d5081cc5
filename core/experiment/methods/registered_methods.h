// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The registered methods (docs/architecture.md, "Add a method"), in plotting order, the baseline
// first: one line each. A line METHOD(x) names the method's description `const Method& xMethod()`
// (methods/<name>_method.cpp, torch-free, in the base library) and its trainer
// `void xTrain(CellContext&, CellOutcome&)` (methods/train/<name>_train.cpp, LibTorch, in the
// core library). method_registry.cpp and methods/train/trainers.cpp expand the list.
// clang-format off
#define EF_REGISTERED_METHODS(METHOD) \
  METHOD(sft)                         \
  METHOD(moreSft)                     \
  METHOD(reweightedSft)               \
  METHOD(rft)                         \
  METHOD(dpo)                         \
  METHOD(editDpo)                     \
  METHOD(stepDpoFull)                 \
  METHOD(stepDpoPrefix)               \
  METHOD(stepDpoAlt)                  \
  METHOD(rpo)                         \
  METHOD(editRpo)                     \
  METHOD(stepRpoFull)                 \
  METHOD(stepRpoPrefix)               \
  METHOD(stepRpoAlt)                  \
  METHOD(awr)                         \
  METHOD(iteratedStepDpo)             \
  /* end of the registered methods */
// clang-format on
