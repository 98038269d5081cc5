// SPDX-License-Identifier: GPL-3.0-or-later
#include "experiment/pipeline/sweep.h"

#include <torch/torch.h>

#include <algorithm>
#include <map>
#include <optional>
#include <nlohmann/json.hpp>

#include "experiment/pipeline/cell_pipeline.h"
#include "experiment/pipeline/run_lifecycle.h"
#include "experiment/analysis/sweep_summary.h"
#include "experiment/pipeline/sweep_tasks.h"
#include "model/device.h"
#include "util/log.h"
#include "util/memory.h"
#include "util/timing.h"
#include "util/versions.h"

namespace ef {
namespace {

struct CellKey {
  std::string method;
  int size;
  std::uint64_t seed;
  bool operator<(const CellKey& o) const {
    return std::tie(seed, size, method) < std::tie(o.seed, o.size, o.method);
  }
};

// The sweep's cells and their child runs, as stored; the host of every (size, seed) pipeline.
class SweepCells {
 public:
  SweepCells(std::int64_t sweep_id, const RunConfig& cfg, RunStore& store, RunObserver& obs,
             const DeviceChoice& dev)
      : id_(sweep_id), cfg_(cfg), store_(store), obs_(obs), dev_(dev) {
    for (const auto& c : store.cells(sweep_id))
      cells_[{c.method, c.size, c.seed}] = c;
    for (const auto& r : store.childRuns(sweep_id))
      child_runs_[r.name] = r.id;
  }

  bool done(const std::string& m, int size, std::uint64_t seed) const {
    auto it = cells_.find({m, size, seed});
    return it != cells_.end() && it->second.status == "ok";
  }
  bool known(const std::string& m, int size, std::uint64_t seed) const {
    return cells_.count({m, size, seed}) > 0;
  }
  bool allOk() const {
    return std::all_of(cells_.begin(), cells_.end(),
                       [](const auto& kv) { return kv.second.status == "ok"; });
  }

  void setCell(const std::string& m, int size, std::uint64_t seed, const std::string& status,
               std::int64_t run_id, const EvalOutcome* ev, const std::string& extra) {
    CellRecord c;
    c.sweep_id = id_;
    c.method = m;
    c.size = size;
    c.seed = seed;
    c.status = status;
    c.run_id = run_id;
    if (ev) {
      c.test_error = ev->test_error;
      c.pass_at_k = ev->pass_at_k;
      c.first_step_accuracy = ev->first_step_accuracy;
    }
    c.result_json = extra;
    store_.upsertCell(c);
    cells_[{m, size, seed}] = c;
    obs_.onCell(m, size, seed, status, extra);
  }

  std::int64_t cellRun(const std::string& m, int size, std::uint64_t seed) {
    const std::string name = m + " n=" + std::to_string(size) + " seed=" + std::to_string(seed);
    auto it = child_runs_.find(name);
    if (it != child_runs_.end()) return it->second;
    const auto id = createCellRun(store_, id_, cfg_, name, seed, size,
                                  versionsJson(torchVersion(), dev_.device));
    child_runs_[name] = id;
    return id;
  }

  std::string checkpointPath(const std::string& m, int size, std::uint64_t seed) const {
    return store_.filesDir() + "sweep-" + std::to_string(id_) + "/" + m + "-n" +
           std::to_string(size) + "-s" + std::to_string(seed) + ".pt";
  }

  // Runs one cell inside the lifecycle of its run and records how it ended.
  bool execute(const std::string& m, int size, std::uint64_t seed, const std::vector<Problem>& test,
               const std::function<CellOutcome(Recorder&)>& train) {
    const auto run_id = cellRun(m, size, seed);
    RunLifecycle life(store_, obs_, run_id);
    life.start(dev_.description);
    setCell(m, size, seed, "running", run_id, nullptr, "");
    obs_.onRunCreated(run_id);
    EvalOutcome ev;
    nlohmann::ordered_json extra;
    const RunEnd end = life.attempt([&] {
      CellOutcome out = train(life.recorder());
      storeEvalSamples(store_, run_id, out.eval, test, -1);
      extra = std::move(out.extra);
      extra["test_error"] = out.eval.test_error;
      extra["pass_at_k"] = out.eval.pass_at_k;
      extra["first_step_accuracy"] = out.eval.first_step_accuracy;
      if (out.eval.minority_problems > 0) {
        extra["minority_problems"] = out.eval.minority_problems;
        extra["minority_error"] = out.eval.minority_error;
      }
      if (out.eval.valid_problems > 0) {
        extra["valid_error"] = out.eval.valid_error;
        extra["valid_first_step_accuracy"] = out.eval.valid_first_step_accuracy;
        extra["selected_step"] = out.eval.selected_step;
      }
      if (out.eval.train_problems > 0) {
        extra["train_problems"] = out.eval.train_problems;
        extra["train_error"] = out.eval.train_error;
        extra["train_first_step_accuracy"] = out.eval.train_first_step_accuracy;
      }
      // The process's high-water mark when the cell ended (it never falls, so a cell's value
      // bounds every cell before it).
      extra["peak_rss_mib"] = static_cast<double>(peakResidentBytes()) / (1024.0 * 1024.0);
      ev = std::move(out.eval);
    });
    if (end.status == "failed")
      life.recorder().log(LogLevel::Error, m + " n=" + std::to_string(size) + ": " + end.error);
    const std::string result = end.ok() ? extra.dump() : std::string();
    life.finish(end, result);
    setCell(m, size, seed, end.status, run_id, end.ok() ? &ev : nullptr, result);
    if (end.status == "cancelled") throw Cancelled{};
    // A full disk fails every later cell too: the sweep stops with that error.
    if (end.status == "failed" && (end.error.find("No space left on device") != std::string::npos ||
                                   end.error.find("no space left on device") != std::string::npos))
      throw std::runtime_error(end.error);
    return end.ok();
  }

 private:
  std::int64_t id_;
  const RunConfig& cfg_;
  RunStore& store_;
  RunObserver& obs_;
  DeviceChoice dev_;
  std::map<CellKey, CellRecord> cells_;
  std::map<std::string, std::int64_t> child_runs_;
};

// The cells of one size and seed, as the pipeline sees them.
class SweepHost : public CellHost {
 public:
  SweepHost(SweepCells& cells, int size, std::uint64_t seed, const std::vector<Problem>& test)
      : cells_(cells), size_(size), seed_(seed), test_(test) {}
  std::int64_t cellRun(const Method& m, int) override {
    return cells_.cellRun(m.name, size_, seed_);
  }
  std::string checkpointPath(const Method& m, int) const override {
    return cells_.checkpointPath(m.name, size_, seed_);
  }
  bool finished(const Method& m, int) const override { return cells_.done(m.name, size_, seed_); }
  bool execute(const Method& m, int, const std::function<CellOutcome(Recorder&)>& train) override {
    return cells_.execute(m.name, size_, seed_, test_, train);
  }

 private:
  SweepCells& cells_;
  int size_;
  std::uint64_t seed_;
  const std::vector<Problem>& test_;
};

// shard: run only that task's cells (a shard of a split sweep); nullptr = every cell.
SweepOutcome runSweep(std::int64_t sweep_id, const RunConfig& cfg, RunStore& store,
                      RunObserver& observer, const CancelToken& cancel,
                      const std::optional<ShardRecord>& shard) {
  const auto t0 = Clock::now();
  SweepOutcome out;
  out.sweep_id = sweep_id;
  observer.onRunCreated(sweep_id);
  ScopedRunLog log(store.filesDir() + "logs/run-" + std::to_string(sweep_id) + ".log");
  RunLifecycle life(store, observer, sweep_id);
  std::optional<SweepCells> cells;
  const RunEnd end = life.attempt([&] {
    setThreadCount(cfg.threads);
    const DeviceChoice dev = chooseDevice(cfg.device, cfg.precision);
    life.start(dev.description);
    cells.emplace(sweep_id, cfg, store, observer, dev);
    const auto sizes = sweepSizes(cfg);
    const auto methods = methodsFor(cfg.sweep.methods);
    TaskData data = prepareTaskData(cfg, sizes.back(),
                                    cfg.sweep.sizes.empty() ? "task.train_size" : "sweep.sizes");
    setTrainProbe(data, cfg, static_cast<std::size_t>(sizes.front()));
    life.recorder().log(LogLevel::Info, "sweep " + std::to_string(sweep_id) + ": sizes " +
                                            std::to_string(sizes.size()) + " x methods " +
                                            std::to_string(cfg.sweep.methods.size()) + " x seeds " +
                                            std::to_string(cfg.sweep.seeds.size()) + "; model " +
                                            data.gpt.describe());
    std::vector<SweepTask> tasks = sweepTasks(cfg);
    if (shard) {
      if (shard->task < 0 || shard->task >= static_cast<int>(tasks.size()) ||
          shard->tasks != static_cast<int>(tasks.size()))
        throw ConfigError("--task", "task " + std::to_string(shard->task) + " of " +
                                        std::to_string(shard->tasks) +
                                        " does not exist: " + "this config's sweep has " +
                                        std::to_string(tasks.size()) + " tasks");
      tasks = {tasks[static_cast<std::size_t>(shard->task)]};
      life.recorder().log(LogLevel::Info, "shard: task " + std::to_string(shard->task) + " of " +
                                              std::to_string(shard->tasks) + " (seed " +
                                              std::to_string(tasks[0].seed) +
                                              ", n=" + std::to_string(tasks[0].size) +
                                              ") of plan " + shard->plan);
    }
    for (const SweepTask& t : tasks) {
      for (const Method* m : methods) {
        if (!cells->known(m->name, t.size, t.seed))
          cells->setCell(m->name, t.size, t.seed, "queued", 0, nullptr, "");
      }
    }
    for (const SweepTask& t : tasks) {
      SweepHost host(*cells, t.size, t.seed, data.test);
      const PipelineInputs in{cfg, data, t.size, t.seed, dev, store, observer, cancel};
      runCellPipeline(in, methods, host);
    }
  });
  RunEnd result = end;
  const std::vector<CellRecord> stored = store.cells(sweep_id);
  if (end.ok() && !cells->allOk()) result = {"failed", failedCellsError(stored)};
  const SweepReport report = summarizeCells(stored, 0.5 / cfg.task.test_size);
  out.status = result.status;
  std::map<std::int64_t, StageTimes> stage_times;
  for (const CellRecord& c : stored)
    if (c.run_id != 0) stage_times[c.run_id] = stageTimesOf(store, c.run_id);
  out.json =
      sweepJson(sweep_id, out.status, result.error, stored, report, secondsSince(t0), stage_times);
  std::vector<StageTimes> each;
  for (const auto& [run, times] : stage_times)
    each.push_back(times);
  out.stages = totalStageTimes(each);
  life.finish(result, out.json);
  return out;
}

}  // namespace

SweepOutcome executeSweep(const RunConfig& cfg, RunStore& store, RunObserver& observer,
                          const CancelToken& cancel) {
  const auto id =
      store.createRun(run_kind::kSweep, cfg.name, toJson(cfg), versionsJson(torchVersion(), ""));
  return runSweep(id, cfg, store, observer, cancel, std::nullopt);
}

SweepOutcome executeSweepTask(const RunConfig& cfg, const std::string& plan, int task,
                              RunStore& store, RunObserver& observer, const CancelToken& cancel) {
  const int tasks = static_cast<int>(sweepTasks(cfg).size());
  if (task < 0 || task >= tasks)
    throw ConfigError("--task", "task " + std::to_string(task) + " does not exist: the sweep has " +
                                    std::to_string(tasks) + " tasks (0-" +
                                    std::to_string(tasks - 1) + ")");
  const auto id =
      store.createRun(run_kind::kSweep, cfg.name, toJson(cfg), versionsJson(torchVersion(), ""));
  const ShardRecord shard{id, plan, task, tasks};
  store.putShard(shard);
  return runSweep(id, cfg, store, observer, cancel, shard);
}

SweepOutcome resumeSweep(std::int64_t sweep_id, RunStore& store, RunObserver& observer,
                         const CancelToken& cancel) {
  return runSweep(sweep_id, resumableConfig(store, sweep_id, run_kind::kSweep), store, observer,
                  cancel, store.shard(sweep_id));
}

}  // namespace ef
