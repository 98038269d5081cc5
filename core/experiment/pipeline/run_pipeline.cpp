// SPDX-License-Identifier: GPL-3.0-or-later
#include "experiment/pipeline/run_pipeline.h"

#include <torch/torch.h>

#include <nlohmann/json.hpp>

#include "experiment/pipeline/cell_pipeline.h"
#include "experiment/pipeline/run_lifecycle.h"
#include "model/device.h"
#include "util/log.h"
#include "util/memory.h"
#include "util/timing.h"
#include "util/versions.h"

namespace ef {
namespace {

// A run is the baseline's cell of the pipeline, recorded in the run itself.
class RunHost : public CellHost {
 public:
  RunHost(RunStore& store, const TaskData& data, RunSummary& sum, Recorder& rec)
      : store_(store), data_(data), sum_(sum), rec_(rec) {}

  std::int64_t cellRun(const Method&, int) override { return sum_.run_id; }
  std::string checkpointPath(const Method& m, int) const override {
    return store_.filesDir() + "run-" + std::to_string(sum_.run_id) + "/" + m.name + ".pt";
  }
  // A run resumes inside its trainer, from its last checkpoint.
  bool finished(const Method&, int) const override { return done_; }
  bool execute(const Method& m, int, const std::function<CellOutcome(Recorder&)>& train) override {
    const CellOutcome out = train(rec_);
    storeEvalSamples(store_, sum_.run_id, out.eval, data_.test, out.steps);
    sum_.steps = out.steps;
    sum_.train_tokens_per_s = out.train_tokens_per_s;
    sum_.test_error = out.eval.test_error;
    sum_.pass_at_k = out.eval.pass_at_k;
    sum_.pass_k = out.eval.k;
    sum_.first_step_accuracy = out.eval.first_step_accuracy;
    sum_.valid_problems = out.eval.valid_problems;
    sum_.valid_error = out.eval.valid_error;
    sum_.selected_step = out.eval.selected_step;
    sum_.train_problems = out.eval.train_problems;
    sum_.train_error = out.eval.train_error;
    sum_.train_first_step_accuracy = out.eval.train_first_step_accuracy;
    sum_.checkpoint = checkpointPath(m, 0);
    done_ = true;
    return true;
  }

 private:
  RunStore& store_;
  const TaskData& data_;
  RunSummary& sum_;
  Recorder& rec_;
  bool done_ = false;
};

RunSummary runWithId(std::int64_t run_id, const RunConfig& cfg, RunStore& store,
                     RunObserver& observer, const CancelToken& cancel) {
  const auto t0 = Clock::now();
  RunSummary sum;
  sum.run_id = run_id;
  observer.onRunCreated(sum.run_id);
  ScopedRunLog run_log(store.filesDir() + "logs/run-" + std::to_string(sum.run_id) + ".log");
  RunLifecycle life(store, observer, run_id);
  Recorder& rec = life.recorder();
  const RunEnd end = life.attempt([&] {
    const int threads = setThreadCount(cfg.threads);
    const DeviceChoice dev = chooseDevice(cfg.device, cfg.precision);
    sum.device = dev.device;
    sum.precision = precisionName(dev.precision);
    life.start(dev.description);
    rec.log(LogLevel::Info, "run " + std::to_string(sum.run_id) + " '" + cfg.name + "' on " +
                                dev.description + ", " + std::to_string(threads) + " threads");
    const TaskData d = prepareTaskData(cfg, cfg.task.train_size);
    sum.parameters = d.gpt.parameterCount();
    rec.log(LogLevel::Info, "task " + d.task->kind() + ": " + std::to_string(d.train.size()) +
                                " training problems, " + std::to_string(d.test.size()) +
                                " test problems, vocabulary " + std::to_string(d.gpt.vocab));
    rec.log(LogLevel::Info, "model: " + d.gpt.describe());
    RunHost host(store, d, sum, rec);
    const PipelineInputs in{cfg, d, cfg.task.train_size, cfg.seed, dev, store, observer, cancel};
    runCellPipeline(in, {&baselineMethod()}, host);
  });
  sum.status = end.status;
  sum.error = end.error;
  sum.wall_s = secondsSince(t0);
  sum.peak_rss_mib = static_cast<double>(peakResidentBytes()) / (1 << 20);
  if (!end.ok())
    rec.log(sum.status == "cancelled" ? LogLevel::Warning : LogLevel::Error,
            "run " + std::to_string(sum.run_id) + " " + sum.status + ": " + sum.error);
  else
    rec.log(LogLevel::Info,
            "run " + std::to_string(sum.run_id) + " finished in " + fixed4(sum.wall_s) + " s");
  life.finish(end, sum.toJson());
  return sum;
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
  if (valid_problems > 0) {
    j["valid_error"] = valid_error;
    j["selected_step"] = selected_step;
  }
  if (train_problems > 0) {
    j["train_error"] = train_error;
    j["train_first_step_accuracy"] = train_first_step_accuracy;
  }
  j["train_tokens_per_s"] = train_tokens_per_s;
  j["wall_s"] = wall_s;
  j["peak_rss_mib"] = peak_rss_mib;
  j["steps"] = steps;
  j["parameters"] = parameters;
  j["device"] = device;
  j["precision"] = precision;
  j["checkpoint"] = checkpoint;
  if (!error.empty()) j["error"] = error;
  return j.dump();
}

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
