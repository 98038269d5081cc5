// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Private (LibTorch) header: which evaluated model a training stage ends with (docs/method.md,
// "Model selection"). Every evaluation of a stage measures the validation split; with
// select = "best_valid" the weights of the lowest validation error are kept (with
// "best_valid_first_step" the highest validation first-step accuracy) (in memory, and in a
// recorded file beside the stage's checkpoint when the stage can resume) and restored at the end,
// and `patience` evaluations without a new best stop the stage. The test set is read once, by the
// final evaluation of the selected model.
#include <cstdint>
#include <string>
#include <vector>

#include "experiment/pipeline/supervised_training.h"

namespace ef {

class ModelSelection {
 public:
  // best_path: where the best weights are saved for a resumed stage ("" = memory only).
  ModelSelection(const TrainingConfig& cfg, const TrainingEnv& env, std::string best_path = "");

  // After a resume: the validation errors recorded up to `step` decide the best so far, and its
  // saved weights are read back.
  void replay(Gpt& model, std::int64_t step);

  // Validation (and training-probe) evaluation at `step`, recorded; keeps the model when it is a
  // new best. Returns true when the stage should stop: patience used up, or the validation
  // first-step accuracy reached cfg.stop_at_first_step; stopReason() says which.
  bool consider(Gpt& model, std::int64_t step);
  const std::string& stopReason() const { return stop_reason_; }
  // Logs "<stage>: stops at step <step> (<stopReason()>)", step counted within the stage.
  void logStop(const std::string& stage, std::int64_t step) const;
  bool evaluatedAt(std::int64_t step) const { return last_step_ == step; }

  // Ends the stage: restores the selected weights into `model` and (with `test`) evaluates it on
  // the test set, recorded at the selected step. The outcome carries the selected model's
  // validation numbers.
  EvalOutcome finish(Gpt& model, std::int64_t last_step, bool test = true);

 private:
  bool keepsBest() const { return cfg_.select != "last"; }
  double score(const EvalOutcome& v) const;  // lower is better
  void remember(Gpt& model, std::int64_t step, const EvalOutcome& v);

  TrainingConfig cfg_;
  const TrainingEnv& env_;
  std::string best_path_;
  std::vector<torch::Tensor> best_;  // parameters then buffers of the best model
  EvalOutcome best_eval_, last_eval_;
  std::string stop_reason_;
  double best_error_ = 2.0;
  std::int64_t best_step_ = -1, last_step_ = -1;
  int since_best_ = 0;
};

}  // namespace ef
