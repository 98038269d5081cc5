// SPDX-License-Identifier: GPL-3.0-or-later
#include <torch/torch.h>

#include <algorithm>
#include <cmath>

#include "experiment/pipeline/preference_training.h"
#include "experiment/pipeline/checkpoint_records.h"
#include "experiment/pipeline/governed_steps.h"
#include "experiment/pipeline/model_selection.h"
#include "train/batching.h"
#include "model/device.h"
#include "train/dpo_trainer.h"
#include "util/log.h"
#include "util/timing.h"

namespace ef {

namespace {

// The pairs stored under the run, and those that fit the context encoded for training.
std::vector<DpoPair> storeAndEncode(const std::vector<PreferencePair>& pairs, int context,
                                    const TrainingEnv& env) {
  std::vector<PairRecord> rows;
  std::vector<DpoPair> encoded;
  int too_long = 0;
  for (const auto& p : pairs) {
    rows.push_back({env.rec.runId(), pairKindName(p.kind), p.problem, p.prompt, p.chosen,
                    p.rejected, p.chosen_complete, p.rejected_complete, p.pit});
    DpoPair d{encodeExample(*env.data.tok, p.prompt, p.chosen, p.chosen_complete),
              encodeExample(*env.data.tok, p.prompt, p.rejected, p.rejected_complete)};
    if (static_cast<int>(d.chosen.tokens.size()) > context ||
        static_cast<int>(d.rejected.tokens.size()) > context) {
      ++too_long;
      continue;
    }
    encoded.push_back(std::move(d));
  }
  env.rec.store().addPairs(rows);
  if (too_long > 0) {
    env.rec.log(LogLevel::Warning,
                std::to_string(too_long) + " pairs exceed the context and are left out");
  }
  return encoded;
}

// The model is selected, tested as configured and saved at `step`: the stage's end.
EvalOutcome finishStage(Gpt& policy, ModelSelection& selection, std::int64_t step,
                        const TrainingEnv& env, bool test) {
  EvalOutcome eval = selection.finish(policy, step, test);
  saveRecordedCheckpoint(env.rec.store(), env.rec.runId(), env.checkpoint_stage,
                         env.checkpoint_path, policy, nullptr, checkpointInfo(policy, env, step));
  env.rec.flush();
  return eval;
}

// One optimizer step's metrics and progress.
void recordStep(const DpoStepStats& st, std::int64_t at, std::int64_t total, double nll_weight,
                const std::string& stage, double elapsed_s, const TrainingEnv& env) {
  env.rec.metric(stage, at, "loss", st.loss);
  env.rec.metric(stage, at, "lr", st.lr);
  env.rec.metric(stage, at, "grad_norm", st.grad_norm);
  env.rec.metric(stage, at, "margin", st.margin);
  env.rec.metric(stage, at, "pair_accuracy", st.accuracy);
  env.rec.metric(stage, at, "chosen_reward", st.chosen_reward);
  env.rec.metric(stage, at, "rejected_reward", st.rejected_reward);
  if (nll_weight != 0.0) env.rec.metric(stage, at, "chosen_nll", st.chosen_nll);
  Progress p;
  p.stage = stage;
  p.done = st.step;
  p.total = total;
  p.elapsed_s = elapsed_s;
  p.eta_s = p.elapsed_s / st.step * (total - st.step);
  env.rec.observer().onProgress(p);
}

}  // namespace

PreferenceOutcome trainPreferences(Gpt& policy, Gpt& reference,
                                   const std::vector<PreferencePair>& pairs, const DpoConfig& dpo,
                                   const std::string& stage, const TrainingEnv& env,
                                   const PreferenceOptions& opt) {
  const std::int64_t first_step = opt.first_step;
  PreferenceOutcome out;
  std::vector<DpoPair> encoded = storeAndEncode(pairs, policy->config().context, env);
  if (encoded.empty()) {
    // π_sft solves (nearly) all its training problems when it has memorised them: without
    // negatives there is nothing to prefer against, so the method's model is the policy as it
    // is, selected and tested like a trained one (docs/method.md, "DPO").
    env.rec.log(LogLevel::Warning, stage +
                                       ": no preference pair to train on (the sampled negatives "
                                       "gave none); the model stays as it is");
    ModelSelection selection(dpo.train, env);
    out.eval = finishStage(policy, selection, first_step, env, opt.test);
    return out;
  }
  out.pairs = static_cast<int>(encoded.size());
  DpoConfig cfg = dpo;
  cfg.train.steps = dpoSteps(cfg, encoded.size());  // the schedule spans the steps actually run
  if (cfg.train.steps < dpo.train.steps) {
    env.rec.log(LogLevel::Info, "dpo: " + std::to_string(out.pairs) + " pairs, " +
                                    std::to_string(cfg.train.steps) +
                                    " steps (dpo.max_epochs caps dpo.steps " +
                                    std::to_string(dpo.train.steps) + ")");
  }
  DpoTrainer trainer(policy, reference, cfg, std::move(encoded), env.seed, opt.nll_weight);
  ModelSelection selection(cfg.train, env);
  env.rec.observer().onStage(stage);
  const auto total = static_cast<std::int64_t>(cfg.train.steps);
  std::int64_t last = total;
  const auto t0 = Clock::now();
  std::int64_t tokens = 0;
  GovernedSteps steps(env.cfg.adaptive_threads && policy->fastTrainingApplies());
  for (std::int64_t s = 0; s < total; ++s) {
    if (env.cancel.cancelled()) throw Cancelled{};
    const DpoStepStats st = steps.run([&trainer] { return trainer.step(); });
    tokens += st.tokens;
    recordStep(st, first_step + st.step, total, opt.nll_weight, stage, secondsSince(t0), env);
    out.final_margin = st.margin;
    out.final_accuracy = st.accuracy;
    if (cfg.train.eval_every > 0 && st.step % cfg.train.eval_every == 0 && st.step < total) {
      const bool stop = selection.consider(policy, first_step + st.step);
      env.rec.flush();
      env.rec.observer().onStage(stage);
      if (stop) {
        last = st.step;
        selection.logStop(stage, last);
        break;
      }
    }
  }
  out.steps = static_cast<int>(last);
  env.rec.stageTime(stage, first_step + last, steps.seconds(), static_cast<double>(tokens));
  out.eval = finishStage(policy, selection, first_step + last, env, opt.test);
  return out;
}

std::vector<ProblemPairs> pairInputs(const std::vector<Problem>& train, const SelfSamples& samples,
                                     const std::vector<NegativeSample>& credited,
                                     const PairsConfig& cfg) {
  std::vector<ProblemPairs> out(train.size());
  for (std::size_t i = 0; i < train.size(); ++i) {
    out[i].problem = static_cast<int>(i);
    out[i].prompt = train[i].prompt;
    out[i].teacher_steps = train[i].steps;
    if (cfg.chosen == "self") {
      for (const auto& p : samples.problems[i].positives)
        out[i].positives.push_back(p.steps);
    }
  }
  if (!credited.empty()) {
    for (const auto& n : credited)
      out[n.problem].negatives.push_back(n);
  } else {
    for (std::size_t i = 0; i < train.size(); ++i) {
      for (const auto& n : samples.problems[i].negatives) {
        out[i].negatives.push_back({static_cast<int>(i), n.steps, std::nullopt, {}, {}});
      }
    }
  }
  return out;
}

}  // namespace ef
