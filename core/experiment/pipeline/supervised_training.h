// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Private (LibTorch) header: what every training stage shares. Supervised next-token training
// (SFT, RFT) with periodic evaluation, recorded checkpoints and resume; the evaluation with its
// metrics; storing an evaluation's outputs.
#include <cstdint>
#include <string>
#include <vector>

#include "experiment/pipeline/recorder.h"
#include "experiment/pipeline/task_data.h"
#include "model/checkpoint.h"
#include "model/gpt_impl.h"
#include "train/evaluator.h"

namespace ef {

struct TrainingOutcome {
  EvalOutcome eval;  // evaluation of the final model
  double tokens_per_s = 0;
  std::int64_t steps = 0;
  bool resumed = false;
};

struct TrainingEnv {
  const RunConfig& cfg;
  const TaskData& data;
  Recorder& rec;
  const CancelToken& cancel;
  std::uint64_t seed;           // data order and evaluation sampling
  std::string checkpoint_path;  // saved at every evaluation; resumed from when present
  std::string checkpoint_stage;
};

// Supervised next-token training of `model` on `examples` (SFT, RFT) with evaluation and a
// checkpoint every cfg.eval_every steps; the model it ends with is chosen by cfg.select
// (experiment/pipeline/model_selection.h). When env.checkpoint_path holds a checkpoint of the same
// stage, training continues from it: the model and optimizer state are restored, metric points
// recorded after it are dropped, and the data order is the one an uninterrupted run would see.
TrainingOutcome trainSupervised(Gpt& model, const std::vector<Example>& examples,
                                const TrainingConfig& cfg, const std::string& stage,
                                const TrainingEnv& env);

// Evaluate and record test_error / pass_at_k / first_step_accuracy at `step`, and train_error /
// train_first_step_accuracy on the training-set probe when there is one (the evaluation of a run
// without a validation split).
EvalOutcome evaluateAndRecord(Gpt& model, const TrainingEnv& env, std::int64_t step);
// The test set alone (greedy and pass@k), recorded at `step`: read once per finished model.
EvalOutcome testAndRecord(Gpt& model, const TrainingEnv& env, std::int64_t step);
// Greedy on the validation split (valid_error, valid_first_step_accuracy) and the training-set
// probe, recorded at `step`.
EvalOutcome validateAndRecord(Gpt& model, const TrainingEnv& env, std::int64_t step);

// Store the greedy and sampled outputs of an evaluation as samples of stage "eval".
void storeEvalSamples(RunStore& store, std::int64_t run_id, const EvalOutcome& ev,
                      const std::vector<Problem>& test, std::int64_t step);

// The metadata a checkpoint of `model` trained under env carries.
CheckpointInfo checkpointInfo(Gpt& model, const TrainingEnv& env, std::int64_t step);

}  // namespace ef
