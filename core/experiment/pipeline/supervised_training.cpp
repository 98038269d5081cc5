// SPDX-License-Identifier: GPL-3.0-or-later
#include "experiment/pipeline/supervised_training.h"

#include <torch/torch.h>

#include <algorithm>
#include <filesystem>

#include "experiment/pipeline/checkpoint_records.h"
#include "experiment/pipeline/governed_steps.h"
#include "experiment/pipeline/model_selection.h"
#include "model/device.h"
#include "train/sft_trainer.h"
#include "util/log.h"
#include "util/random.h"
#include "util/timing.h"

namespace ef {

namespace {

// Greedy evaluation on the training-set probe, recorded as train_error /
// train_first_step_accuracy; "" when there is no probe, else the log text.
std::string probeAndRecord(Gpt& model, const TrainingEnv& env, std::int64_t step, EvalOutcome& ev) {
  if (env.data.train_probe.empty()) return "";
  EvalConfig greedy = env.cfg.eval;
  greedy.pass_k = 0;
  const auto tr =
      evaluate(model, *env.data.task, *env.data.tok, env.data.train_probe, greedy, 0, &env.cancel);
  ev.train_problems = tr.problems;
  ev.train_error = tr.test_error;
  ev.train_first_step_accuracy = tr.first_step_accuracy;
  env.rec.stageTime("probe", step, tr.seconds, static_cast<double>(tr.generated_tokens));
  env.rec.metric("eval", step, "train_error", tr.test_error);
  env.rec.metric("eval", step, "train_first_step_accuracy", tr.first_step_accuracy);
  return "; training problems: error " + fixed4(tr.test_error) + " (" +
         std::to_string(tr.problems) + ")";
}

}  // namespace

EvalOutcome testAndRecord(Gpt& model, const TrainingEnv& env, std::int64_t step) {
  if (env.data.test.empty()) {  // a tune (experiment/tools/tune.h): no test set is read
    EvalOutcome none;
    none.problems = 0;
    none.selected_step = step;
    return none;
  }
  env.rec.observer().onStage("eval");
  auto ev = evaluate(model, *env.data.task, *env.data.tok, env.data.test, env.cfg.eval,
                     deriveSeed(env.seed, "eval", static_cast<std::uint64_t>(step)), &env.cancel);
  ev.selected_step = step;
  // Once per finished model: a resumed run that evaluates it again replaces the earlier values
  // (the kill -9 soak found them stored twice when a kill fell between recording and finishing).
  env.rec.store().deleteNamedMetrics(env.rec.runId(), "eval",
                                     {"test_error", "pass_at_k", "first_step_accuracy",
                                      "minority_error", "stage_seconds", "stage_tokens"});
  env.rec.stageTime("eval", step, ev.seconds, static_cast<double>(ev.generated_tokens));
  env.rec.metric("eval", step, "test_error", ev.test_error);
  env.rec.metric("eval", step, "pass_at_k", ev.pass_at_k);
  env.rec.metric("eval", step, "first_step_accuracy", ev.first_step_accuracy);
  if (ev.minority_problems > 0) env.rec.metric("eval", step, "minority_error", ev.minority_error);
  env.rec.log(LogLevel::Info, "step " + std::to_string(step) + ": test error " +
                                  fixed4(ev.test_error) + ", pass@" + std::to_string(ev.k) + " " +
                                  fixed4(ev.pass_at_k) + " (" + std::to_string(ev.problems) +
                                  " problems, " + fixed4(ev.seconds) + " s)");
  return ev;
}

EvalOutcome validateAndRecord(Gpt& model, const TrainingEnv& env, std::int64_t step) {
  env.rec.observer().onStage("eval");
  EvalConfig greedy = env.cfg.eval;
  greedy.pass_k = 0;
  const auto v =
      evaluate(model, *env.data.task, *env.data.tok, env.data.valid, greedy, 0, &env.cancel);
  EvalOutcome ev;
  ev.valid_problems = v.problems;
  ev.valid_error = v.test_error;
  ev.valid_first_step_accuracy = v.first_step_accuracy;
  ev.selected_step = step;
  env.rec.stageTime("validation", step, v.seconds, static_cast<double>(v.generated_tokens));
  env.rec.metric("eval", step, "valid_error", v.test_error);
  env.rec.metric("eval", step, "valid_first_step_accuracy", v.first_step_accuracy);
  const std::string probe = probeAndRecord(model, env, step, ev);
  env.rec.log(LogLevel::Info, "step " + std::to_string(step) + ": validation error " +
                                  fixed4(v.test_error) + " (" + std::to_string(v.problems) +
                                  " problems, " + fixed4(v.seconds) + " s)" + probe);
  return ev;
}

EvalOutcome evaluateAndRecord(Gpt& model, const TrainingEnv& env, std::int64_t step) {
  EvalOutcome ev = testAndRecord(model, env, step);
  const std::string probe = probeAndRecord(model, env, step, ev);
  if (!probe.empty()) env.rec.log(LogLevel::Info, "step " + std::to_string(step) + probe);
  return ev;
}

void storeEvalSamples(RunStore& store, std::int64_t run_id, const EvalOutcome& ev,
                      const std::vector<Problem>& test, std::int64_t step) {
  std::vector<SampleRecord> rows;
  auto add = [&](const EvalSample& s, const char* mode) {
    SampleRecord r;
    r.run_id = run_id;
    r.stage = "eval";
    r.step = step;
    r.problem_index = s.problem_index;
    r.prompt = test[s.problem_index].prompt;
    r.output = s.output;
    r.answer = test[s.problem_index].answer;
    r.verdict = verdictName(s.verdict);
    r.mode = mode;
    rows.push_back(std::move(r));
  };
  for (const auto& s : ev.greedy)
    add(s, "greedy");
  for (const auto& s : ev.sampled)
    add(s, "sample");
  store.addSamples(rows);
}

TrainingOutcome trainSupervised(Gpt& model, const std::vector<Example>& examples,
                                const TrainingConfig& cfg_in, const std::string& stage,
                                const TrainingEnv& env) {
  TrainingOutcome out;
  TrainingConfig cfg = cfg_in;
  cfg.steps = stageSteps(cfg_in, examples.size());  // the schedule spans the budget
  SftTrainer trainer(model, cfg, examples, env.seed);
  auto& store = env.rec.store();
  const auto run_id = env.rec.runId();
  ModelSelection selection(cfg, env, env.checkpoint_path + ".best");
  if (verifyRecordedCheckpoint(store, run_id, env.checkpoint_stage, env.checkpoint_path)) {
    const auto saved = readCheckpointInfo(env.checkpoint_path);
    if (saved.stage == env.checkpoint_stage && saved.step <= cfg.steps) {
      loadCheckpoint(env.checkpoint_path, model, &trainer.optimizer());
      trainer.setStepsDone(saved.step);
      store.deleteMetricsAfter(run_id, stage, saved.step);
      for (const char* evaluations : {"eval", "validation", "probe"})
        store.deleteMetricsAfter(run_id, evaluations, saved.step);
      selection.replay(model, saved.step);
      out.resumed = true;
      env.rec.log(LogLevel::Info, stage + ": resuming from step " + std::to_string(saved.step) +
                                      " (" + env.checkpoint_path + ")");
    }
  }
  auto save = [&](std::int64_t step) {
    saveRecordedCheckpoint(store, run_id, env.checkpoint_stage, env.checkpoint_path, model,
                           &trainer.optimizer(), checkpointInfo(model, env, step));
  };
  env.rec.observer().onStage(stage);
  const auto total = static_cast<std::int64_t>(cfg.steps);
  const auto first = trainer.stepsDone();
  if (first == 0 && cfg_in.epochs > 0) {
    env.rec.log(LogLevel::Info, stage + ": " + std::to_string(total) + " steps (" +
                                    fixed4(cfg_in.epochs) + " passes over " +
                                    std::to_string(examples.size()) + " examples)");
  }
  const auto t0 = Clock::now();
  std::int64_t tokens = 0;
  std::int64_t last = total;
  GovernedSteps steps(env.cfg.adaptive_threads && model->fastTrainingApplies());
  for (std::int64_t s = first; s < total; ++s) {
    if (env.cancel.cancelled()) throw Cancelled{};
    const StepStats st = steps.run([&trainer] { return trainer.step(); });
    tokens += st.tokens;
    env.rec.metric(stage, st.step, "loss", st.loss);
    env.rec.metric(stage, st.step, "lr", st.lr);
    env.rec.metric(stage, st.step, "grad_norm", st.grad_norm);
    Progress p;
    p.stage = stage;
    p.done = st.step;
    p.total = total;
    p.elapsed_s = secondsSince(t0);
    p.eta_s =
        p.elapsed_s / static_cast<double>(st.step - first) * static_cast<double>(total - st.step);
    env.rec.observer().onProgress(p);
    if (cfg.eval_every > 0 && st.step % cfg.eval_every == 0 && st.step < total) {
      env.rec.metric(stage, st.step, "tokens_per_s", tokens / std::max(steps.seconds(), 1e-9));
      const bool stop = selection.consider(model, st.step);
      save(stop ? total : st.step);  // a stopped stage is complete: a resume does not continue it
      env.rec.flush();
      env.rec.observer().onStage(stage);
      if (stop) {
        last = st.step;
        selection.logStop(stage, last);
        break;
      }
    }
  }
  if (steps.switches() > 0) {
    env.rec.log(LogLevel::Debug, stage + ": the thread governor switched " +
                                     std::to_string(steps.switches()) + " times (a busy machine)");
  }
  out.steps = last;
  const double train_seconds = steps.seconds();
  out.tokens_per_s = train_seconds > 0 ? tokens / train_seconds : 0.0;
  if (last > first) {
    env.rec.metric(stage, last, "tokens_per_s", out.tokens_per_s);
    env.rec.stageTime(stage, last, train_seconds, static_cast<double>(tokens));
  }
  out.eval = selection.finish(model, last);
  save(total);
  env.rec.flush();
  return out;
}

CheckpointInfo checkpointInfo(Gpt& model, const TrainingEnv& env, std::int64_t step) {
  CheckpointInfo info;
  info.stage = env.checkpoint_stage;
  info.step = step;
  info.model = model->config();
  info.precision = precisionName(model->precision());
  info.config_json = toJson(env.cfg);
  info.tokenizer = env.data.tok->signature();
  return info;
}

}  // namespace ef
