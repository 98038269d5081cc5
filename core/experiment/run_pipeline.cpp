#include "experiment/run_pipeline.h"

#include <torch/torch.h>

#include <chrono>
#include <nlohmann/json.hpp>

#include "experiment/stage_context.h"
#include "model/device.h"
#include "util/log.h"
#include "util/versions.h"

namespace ef {
namespace {

void runBody(const RunConfig& cfg, RunStore& store, Recorder& rec, const CancelToken& cancel,
             const DeviceChoice& dev, RunSummary& sum) {
  torch::manual_seed(cfg.seed);
  const TaskData d = prepareTaskData(cfg, cfg.task.train_size);
  const auto examples = encodeTraining(d, d.train, cfg.model.context);
  Gpt model(d.gpt);
  model->to(torch::Device(dev.device));
  model->setPrecision(dev.precision);
  sum.parameters = d.gpt.parameterCount();
  rec.log(LogLevel::Info, "task " + d.task->kind() + ": " + std::to_string(d.train.size()) +
                              " training problems, " + std::to_string(d.test.size()) +
                              " test problems, vocabulary " + std::to_string(d.gpt.vocab));
  rec.log(LogLevel::Info, "model: " + d.gpt.describe());
  const std::string ckpt = store.filesDir() + "run-" + std::to_string(sum.run_id) + "/sft.pt";
  const TrainingEnv env{cfg, d, rec, cancel, cfg.seed, ckpt, "sft"};
  const TrainingOutcome out = trainSupervised(model, examples, cfg.sft, "sft", env);
  storeEvalSamples(store, sum.run_id, out.eval, d.test, out.steps);
  sum.steps = out.steps;
  sum.train_tokens_per_s = out.tokens_per_s;
  sum.test_error = out.eval.test_error;
  sum.pass_at_k = out.eval.pass_at_k;
  sum.pass_k = out.eval.k;
  sum.first_step_accuracy = out.eval.first_step_accuracy;
  sum.train_problems = out.eval.train_problems;
  sum.train_error = out.eval.train_error;
  sum.train_first_step_accuracy = out.eval.train_first_step_accuracy;
  sum.checkpoint = ckpt;
}

}  // namespace

std::string RunSummary::toJson() const {
  nlohmann::ordered_json j;
  j["run_id"] = run_id;
  j["status"] = status;
  j["test_error"] = test_error;
  j["pass_at_k"] = pass_at_k;
  j["k"] = pass_k;
  j["first_step_accuracy"] = first_step_accuracy;
  if (train_problems > 0) {
    j["train_error"] = train_error;
    j["train_first_step_accuracy"] = train_first_step_accuracy;
  }
  j["train_tokens_per_s"] = train_tokens_per_s;
  j["wall_s"] = wall_s;
  j["steps"] = steps;
  j["parameters"] = parameters;
  j["device"] = device;
  j["precision"] = precision;
  j["checkpoint"] = checkpoint;
  if (!error.empty()) j["error"] = error;
  return j.dump();
}

namespace {

RunSummary runWithId(std::int64_t run_id, const RunConfig& cfg, RunStore& store,
                     RunObserver& observer, const CancelToken& cancel) {
  const auto t0 = Clock::now();
  RunSummary sum;
  sum.run_id = run_id;
  observer.onRunCreated(sum.run_id);
  ScopedRunLog run_log(store.filesDir() + "logs/run-" + std::to_string(sum.run_id) + ".log");
  Recorder rec(store, observer, sum.run_id);
  try {
    const int threads = setThreadCount(cfg.threads);
    const DeviceChoice dev = chooseDevice(cfg.device, cfg.precision);
    sum.device = dev.device;
    sum.precision = precisionName(dev.precision);
    store.startRun(sum.run_id, dev.description);
    rec.log(LogLevel::Info, "run " + std::to_string(sum.run_id) + " '" + cfg.name + "' on " +
                                dev.description + ", " + std::to_string(threads) + " threads");
    runBody(cfg, store, rec, cancel, dev, sum);
    sum.status = "ok";
  } catch (const Cancelled&) {
    sum.status = "cancelled";
    sum.error = "cancelled by the user";
  } catch (...) {
    sum.status = "failed";
    sum.error = failureMessage(std::current_exception());
  }
  sum.wall_s = secondsSince(t0);
  try {
    rec.flush();
  } catch (const std::exception& e) {
    rec.log(LogLevel::Error, std::string("could not store the last metrics: ") + e.what());
  }
  if (sum.status != "ok")
    rec.log(sum.status == "cancelled" ? LogLevel::Warning : LogLevel::Error,
            "run " + std::to_string(sum.run_id) + " " + sum.status + ": " + sum.error);
  else
    rec.log(LogLevel::Info,
            "run " + std::to_string(sum.run_id) + " finished in " + fixed4(sum.wall_s) + " s");
  store.finishRun(sum.run_id, sum.status, sum.error, sum.toJson());
  return sum;
}

}  // namespace

RunSummary executeRun(const RunConfig& cfg, RunStore& store, RunObserver& observer,
                      const CancelToken& cancel) {
  const auto id = store.createRun("run", cfg.name, toJson(cfg), versionsJson(torchVersion(), ""));
  return runWithId(id, cfg, store, observer, cancel);
}

RunSummary resumeRun(std::int64_t run_id, RunStore& store, RunObserver& observer,
                     const CancelToken& cancel) {
  return runWithId(run_id, resumableConfig(store, run_id, "run"), store, observer, cancel);
}

}  // namespace ef
