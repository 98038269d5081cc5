// SPDX-License-Identifier: GPL-3.0-or-later
// sweep --slurm, sweep --task, merge, slurm-status: sweeps split over a cluster (docs/cluster.md).
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "cli/progress_printer.h"
#include "cluster/slurm_plan.h"
#include "cluster/slurm_status.h"
#include "experiment/pipeline/sweep.h"
#include "experiment/pipeline/sweep_merge.h"
#include "store/run_store.h"

namespace ef::cli {

namespace {

std::string selfPath() {
  std::error_code ec;
  const auto p = std::filesystem::read_symlink("/proc/self/exe", ec);
  return ec ? std::string() : p.string();
}

}  // namespace

int cmdSweepSlurm(const SweepArgs& a, const RunConfig& cfg) {
  SlurmOptions o;
  o.partition = a.partition;
  o.gpus_per_task = a.gpus_per_task;
  o.cpus_per_task = a.cpus_per_task;
  o.time = a.time;
  o.mem = a.mem;
  try {
    SlurmPlan plan = makeSlurmPlan(cfg, a.slurm_dir, o, siblingCli(selfPath()),
                                   a.run.db.empty() ? "" : workspace(a.run.db));
    writeSlurmPlan(plan, cfg);
    std::string job;
    if (a.submit) job = submitSlurmPlan(plan);
    if (a.run.json) {
      nlohmann::ordered_json j;
      j["plan"] = plan.plan;
      j["dir"] = plan.dir;
      j["script"] = plan.scriptPath();
      j["tasks"] = plan.tasks.size();
      j["job_id"] = plan.job_id;
      std::cout << j.dump() << std::endl;
    } else {
      std::printf("wrote %s (%zu array tasks, plan %s)\n", plan.scriptPath().c_str(),
                  plan.tasks.size(), plan.plan.c_str());
      if (!job.empty())
        std::printf("submitted job %s; watch with: eightfold-cli slurm-status %s\n", job.c_str(),
                    plan.dir.c_str());
      else
        std::printf("submit with: sbatch %s\n", shellQuote(plan.scriptPath()).c_str());
      std::printf("merge with:  eightfold-cli merge --db WORKSPACE %s\n",
                  shellQuote(plan.dir).c_str());
    }
    return 0;
  } catch (const ConfigError& e) {
    return fail(kExitBadInput, e.what());
  } catch (const SlurmError& e) {
    return fail(kExitFailed, e.what());
  }
}

int cmdSweepTask(const SweepArgs& a, const RunConfig& cfg) {
  if (a.plan.empty()) return fail(kExitBadInput, "--task needs --plan (the plan id of the split)");
  installSignalHandlers();
  try {
    RunStore store(workspace(a.run.db), RunStore::Mode::ReadWrite);
    ProgressPrinter printer(false);
    // A requeued task finds its shard's sweep and resumes it; a finished one is reported again.
    for (const auto& r : store.listRuns()) {
      const auto shard = r.isSweep() ? store.shard(r.id) : std::nullopt;
      if (!shard || shard->plan != a.plan || shard->task != a.task) continue;
      if (r.status == "ok") {
        std::printf("task %d of plan %s already finished (sweep %lld)\n", a.task, a.plan.c_str(),
                    static_cast<long long>(r.id));
        if (a.run.json) std::cout << r.result_json << std::endl;
        return 0;
      }
      const SweepOutcome s = resumeSweep(r.id, store, printer, cancelToken());
      printer.finishLine();
      return reportSweepOutcome(s, a.run.json);
    }
    const SweepOutcome s = executeSweepTask(cfg, a.plan, a.task, store, printer, cancelToken());
    printer.finishLine();
    return reportSweepOutcome(s, a.run.json);
  } catch (const StoreError& e) {
    return fail(kExitStore, e.what());
  } catch (const ConfigError& e) {
    return fail(kExitBadInput, e.what());
  }
}

int cmdMerge(const std::string& db, const std::vector<std::string>& shards, bool json) {
  try {
    RunStore store(workspace(db), RunStore::Mode::ReadWrite);
    const SweepMergeOutcome m = mergeShards(store, shards);
    // Tasks of a plan folder that have written no shard yet (pending, or never started).
    auto report = nlohmann::ordered_json::parse(m.json);
    auto& missing = report["missing"] = nlohmann::ordered_json::array();
    for (const auto& arg : shards) {
      if (!std::filesystem::is_directory(arg)) continue;
      try {
        const SlurmPlan plan = readSlurmPlan(arg);
        for (const auto& t : plan.tasks)
          if (!std::filesystem::exists(plan.shardPath(t.index)))
            missing.push_back({{"plan", plan.plan},
                               {"task", t.index},
                               {"seed", t.seed},
                               {"size", t.size},
                               {"shard", plan.shardPath(t.index)}});
      } catch (const SlurmError&) {
        // a folder of shards without a manifest: nothing to compare against
      }
    }
    if (json) {
      std::cout << report.dump() << std::endl;
    } else {
      for (const auto& t : missing)
        std::printf("task %d (seed %llu, n=%d): no shard yet\n", t["task"].get<int>(),
                    t["seed"].get<unsigned long long>(), t["size"].get<int>());
      for (const auto& r : m.shards) {
        std::printf("%s: task %d/%d, %s%s: %zu cells merged, %zu merged before, %zu unfinished\n",
                    r.shard.c_str(), r.task, r.tasks, r.shard_status.c_str(),
                    r.partial() ? " (partial)" : "", r.merged.size(), r.already.size(),
                    r.unfinished.size());
        for (const auto& c : r.unfinished)
          std::printf("  not merged: %s n=%d seed=%llu (%s)\n", c.method.c_str(), c.size,
                      static_cast<unsigned long long>(c.seed), c.status.c_str());
      }
      for (const auto& e : m.errors)
        std::printf("error: %s\n", e.c_str());
      for (const auto& s : report["sweeps"])
        std::printf("sweep %lld: %s, %d of %d cells ok, %d failed, %d pending\n",
                    s["sweep_id"].get<long long>(), s["status"].get<std::string>().c_str(),
                    s["ok"].get<int>(), s["cells"].get<int>(), s["failed"].get<int>(),
                    s["pending"].get<int>());
    }
    return m.errors.empty() ? 0 : kExitBadInput;
  } catch (const StoreError& e) {
    return fail(kExitStore, e.what());
  }
}

int cmdSlurmStatus(const std::string& dir, bool json) {
  try {
    const SlurmPlan plan = readSlurmPlan(dir);
    const SlurmStatus s = slurmStatus(plan);
    if (json) {
      std::cout << slurmStatusJson(plan, s) << std::endl;
      return 0;
    }
    std::printf("plan %s (%s), job %s, Slurm states from %s%s%s\n", plan.plan.c_str(),
                plan.name.c_str(), plan.job_id.empty() ? "-" : plan.job_id.c_str(),
                s.slurm_source.c_str(), s.note.empty() ? "" : ": ", s.note.c_str());
    std::printf("%5s %6s %7s  %-12s %-12s %s\n", "task", "seed", "size", "slurm", "shard", "cells");
    int finished = 0;
    for (const auto& t : s.tasks) {
      finished += t.finished();
      std::printf(
          "%5d %6llu %7d  %-12s %-12s %d/%d ok%s\n", t.task.index,
          static_cast<unsigned long long>(t.task.seed), t.task.size,
          t.slurm.empty() ? "-" : t.slurm.c_str(), t.shard.c_str(), t.cells_ok, t.cells_total,
          t.cells_failed ? (", " + std::to_string(t.cells_failed) + " failed").c_str() : "");
    }
    std::printf("%d of %zu tasks finished\n", finished, s.tasks.size());
    return 0;
  } catch (const SlurmError& e) {
    return fail(kExitBadInput, e.what());
  }
}

}  // namespace ef::cli
