// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Torch-free entry points that run Eightfold's trainers on the fixture of
// tests/data/training/make_training_reference.py (float64 PyTorch, written from docs/method.md)
// and pair every number they compute with the fixture's (training_reference_checks.cpp holds the
// tensor work).
#include <string>
#include <vector>

namespace ef::checks {

// One compared quantity: a scalar (relative error |got − want| / |want|) or a vector (relative
// L2 error ||got − want|| / ||want||).
struct ReferenceValue {
  std::string what;
  double got = 0;   // the scalar, or ||got|| for a vector
  double want = 0;  // the scalar, or ||want||
  double relative_error = 0;
};

// DPO / RPO for every (β, α) of the fixture on its full-solution pairs ("dpo") or its per-step
// pairs with the shared prefix in the masked prompt ("step_prefix"): loss, mean margin, the norm
// of the whole gradient and of each parameter's, and the gradient of the fixture's 1-D tensors.
std::vector<ReferenceValue> dpoAgainstReference(const std::string& data_dir,
                                                const std::string& set);
// Advantage-weighted RL for every β: the step weights (awrStepWeights), the loss and gradients.
std::vector<ReferenceValue> awrAgainstReference(const std::string& data_dir);
// Four SftTrainer steps (AdamW, warmup + cosine, clipping): lr, loss and gradient norm per step,
// then the norm of each parameter's change and the values of the fixture's 1-D tensors; and
// learningRateAt over a 12-step schedule.
std::vector<ReferenceValue> adamwAgainstReference(const std::string& data_dir);

}  // namespace ef::checks
