// SPDX-License-Identifier: GPL-3.0-or-later
#include "experiment/pipeline/model_selection.h"

#include <torch/torch.h>

#include <filesystem>
#include <map>

#include "experiment/pipeline/checkpoint_records.h"
#include "util/log.h"

namespace ef {
namespace {

std::vector<torch::Tensor> stateOf(Gpt& model) {
  std::vector<torch::Tensor> out;
  torch::NoGradGuard ng;
  for (const auto& p : model->parameters())
    out.push_back(p.detach().clone());
  for (const auto& b : model->buffers())
    out.push_back(b.detach().clone());
  return out;
}

void restoreState(Gpt& model, const std::vector<torch::Tensor>& state) {
  torch::NoGradGuard ng;
  std::size_t i = 0;
  for (auto& p : model->parameters())
    p.copy_(state.at(i++));
  for (auto& b : model->buffers())
    b.copy_(state.at(i++));
}

}  // namespace

ModelSelection::ModelSelection(const TrainingConfig& cfg, const TrainingEnv& env,
                               std::string best_path)
    : cfg_(cfg), env_(env), best_path_(std::move(best_path)) {}

void ModelSelection::remember(Gpt& model, std::int64_t step, const EvalOutcome& v) {
  best_error_ = score(v);
  best_step_ = step;
  best_eval_ = v;
  since_best_ = 0;
  if (!keepsBest()) return;
  best_ = stateOf(model);
  if (!best_path_.empty()) {
    saveRecordedCheckpoint(env_.rec.store(), env_.rec.runId(), env_.checkpoint_stage + "@best",
                           best_path_, model, nullptr, checkpointInfo(model, env_, step));
  }
}

double ModelSelection::score(const EvalOutcome& v) const {
  return cfg_.select == "best_valid_first_step" ? 1.0 - v.valid_first_step_accuracy : v.valid_error;
}

void ModelSelection::logStop(const std::string& stage, std::int64_t step) const {
  env_.rec.log(LogLevel::Info,
               stage + ": stops at step " + std::to_string(step) + " (" + stop_reason_ + ")");
}

bool ModelSelection::consider(Gpt& model, std::int64_t step) {
  if (env_.data.valid.empty()) {  // no validation split: evaluations read the test set
    last_eval_ = evaluateAndRecord(model, env_, step);
    last_step_ = step;
    return false;
  }
  last_eval_ = validateAndRecord(model, env_, step);
  last_step_ = step;
  if (score(last_eval_) < best_error_) {
    remember(model, step, last_eval_);
  } else {
    ++since_best_;
  }
  const bool on_train = cfg_.stop_split == "train";
  const double first_step =
      on_train ? last_eval_.train_first_step_accuracy : last_eval_.valid_first_step_accuracy;
  if (cfg_.stop_at_first_step > 0 && first_step >= cfg_.stop_at_first_step) {
    stop_reason_ = std::string(on_train ? "training-probe" : "validation") +
                   " first-step accuracy " + fixed4(first_step) + " reached " +
                   fixed4(cfg_.stop_at_first_step);
    return true;
  }
  if (keepsBest() && cfg_.patience > 0 && since_best_ >= cfg_.patience) {
    stop_reason_ =
        std::to_string(cfg_.patience) + " evaluations without " +
        (cfg_.select == "best_valid_first_step" ? "a higher validation first-step accuracy"
                                                : "a lower validation error");
    return true;
  }
  return false;
}

void ModelSelection::replay(Gpt& model, std::int64_t step) {
  if (env_.data.valid.empty()) return;
  std::map<std::int64_t, std::map<std::string, double>> at;  // step -> metric -> value
  for (const auto& m : env_.rec.store().metrics(env_.rec.runId())) {
    if (m.stage == "eval" && m.step <= step) at[m.step][m.name] = m.value;
  }
  for (const auto& entry : at) {
    const std::int64_t s = entry.first;
    const auto& values = entry.second;
    const auto it = values.find("valid_error");
    if (it == values.end()) continue;
    last_step_ = s;
    EvalOutcome v;
    v.valid_error = it->second;
    const auto fs = values.find("valid_first_step_accuracy");
    v.valid_first_step_accuracy = fs == values.end() ? 0.0 : fs->second;
    if (score(v) < best_error_) {
      best_error_ = score(v);
      best_step_ = s;
      since_best_ = 0;
      best_eval_ = EvalOutcome{};
      best_eval_.valid_problems = static_cast<int>(env_.data.valid.size());
      best_eval_.valid_error = it->second;
      const auto get = [&values](const char* name, double fallback) {
        const auto v = values.find(name);
        return v == values.end() ? fallback : v->second;
      };
      best_eval_.valid_first_step_accuracy = get("valid_first_step_accuracy", 0.0);
      if (values.count("train_error")) {
        best_eval_.train_problems = static_cast<int>(env_.data.train_probe.size());
        best_eval_.train_error = get("train_error", 1.0);
        best_eval_.train_first_step_accuracy = get("train_first_step_accuracy", 0.0);
      }
    } else {
      ++since_best_;
    }
  }
  last_eval_ = best_eval_;
  if (!keepsBest() || best_step_ < 0 || best_path_.empty()) return;
  const std::string stage = env_.checkpoint_stage + "@best";
  if (!verifyRecordedCheckpoint(env_.rec.store(), env_.rec.runId(), stage, best_path_)) {
    env_.rec.log(LogLevel::Warning, "the best validation model of step " +
                                        std::to_string(best_step_) + " was not saved (" +
                                        best_path_ + "); selection starts again");
    best_error_ = 2.0;
    best_step_ = -1;
    return;
  }
  Gpt copy = cloneModel(model);
  const CheckpointInfo info = loadCheckpoint(best_path_, copy, nullptr);
  if (info.step != best_step_) {
    env_.rec.log(LogLevel::Warning, best_path_ + " holds step " + std::to_string(info.step) +
                                        ", the recorded best is step " +
                                        std::to_string(best_step_) + "; selection starts again");
    best_error_ = 2.0;
    best_step_ = -1;
    return;
  }
  best_ = stateOf(copy);
}

EvalOutcome ModelSelection::finish(Gpt& model, std::int64_t last_step, bool test) {
  if (env_.data.valid.empty()) {
    if (!test && evaluatedAt(last_step)) return last_eval_;
    return evaluateAndRecord(model, env_, last_step);
  }
  if (!evaluatedAt(last_step)) consider(model, last_step);
  std::int64_t step = last_step;
  EvalOutcome v = last_eval_;
  if (keepsBest() && !best_.empty()) {
    restoreState(model, best_);
    step = best_step_;
    v = best_eval_;
    env_.rec.log(LogLevel::Info, env_.checkpoint_stage + ": keeps step " + std::to_string(step) +
                                     " of " + std::to_string(last_step) + " (validation error " +
                                     fixed4(v.valid_error) + ", first-step accuracy " +
                                     fixed4(v.valid_first_step_accuracy) + ")");
  }
  EvalOutcome t = test ? testAndRecord(model, env_, step) : EvalOutcome{};
  t.valid_problems = v.valid_problems;
  t.valid_error = v.valid_error;
  t.valid_first_step_accuracy = v.valid_first_step_accuracy;
  t.train_problems = v.train_problems;
  t.train_error = v.train_error;
  t.train_first_step_accuracy = v.train_first_step_accuracy;
  t.selected_step = step;
  return t;
}

}  // namespace ef
