// SPDX-License-Identifier: GPL-3.0-or-later
// run, sweep, resume: the commands that compute.
#include <csignal>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "cli/progress_printer.h"
#include "experiment/config/presets.h"
#include "util/json_settings.h"
#include "experiment/pipeline/run_pipeline.h"
#include "experiment/pipeline/sweep.h"
#include "experiment/tools/tune.h"
#include "store/run_store.h"
#include "util/paths.h"

namespace ef::cli {
namespace {

CancelToken g_cancel;

void onSignal(int) {
  g_cancel.cancel();
}

std::string readFile(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read config file '" + path + "'");
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace

bool loadRunConfig(const RunArgs& a, RunConfig& cfg) {
  try {
    if (a.settings.empty()) {
      cfg = a.config.empty() ? loadPreset(a.preset) : parseRunConfig(readFile(a.config));
    } else {
      std::string text;
      if (!a.config.empty()) text = readFile(a.config);
      for (const auto& p : builtinPresets())
        if (a.config.empty() && p.name == a.preset) text = p.json;
      if (text.empty()) loadPreset(a.preset);  // names the known presets
      cfg = parseRunConfig(applyJsonSettings(text, a.settings));
    }
    if (!a.device.empty()) cfg.device = a.device;
    if (a.seed >= 0) cfg.seed = static_cast<std::uint64_t>(a.seed);
    if (a.threads >= 0) cfg.threads = a.threads;
    if (!a.sweep_seeds.empty()) cfg.sweep.seeds = a.sweep_seeds;
    validate(cfg);
    return true;
  } catch (const std::exception& e) {
    fail(kExitBadInput, (a.config.empty() ? "" : a.config + ": ") + std::string(e.what()));
    return false;
  }
}

namespace {

int runExit(const std::string& status) {
  if (status == "cancelled") return kExitCancelled;
  return status == "ok" ? 0 : kExitFailed;
}

int reportRun(const RunSummary& s, bool json) {
  if (json) {
    std::cout << s.toJson() << std::endl;
  } else {
    std::printf("run %lld %s: test error %.4f, pass@%d %.4f, %.0f training tokens/s, %.1f s\n",
                static_cast<long long>(s.run_id), s.status.c_str(), s.test_error, s.pass_k,
                s.pass_at_k, s.train_tokens_per_s, s.wall_s);
    if (!s.error.empty()) std::printf("  %s\n", s.error.c_str());
  }
  return runExit(s.status);
}

int reportSweep(const SweepOutcome& s, bool json) {
  // Where the time went (stdout stays the JSON line with --json).
  if (!s.stages.empty())
    std::fprintf(json ? stderr : stdout, "time per stage, all cells:\n%s",
                 stageTable(s.stages).c_str());
  if (json) {
    std::cout << s.json << std::endl;
  } else {
    std::printf("sweep %lld %s\n%s\n", static_cast<long long>(s.sweep_id), s.status.c_str(),
                s.json.c_str());
  }
  return runExit(s.status);
}

}  // namespace

void installSignalHandlers() {
  std::signal(SIGINT, onSignal);
  std::signal(SIGTERM, onSignal);
}

namespace {

// Loads the config, opens the workspace and runs `execute` with a progress printer; `report`
// prints the outcome and gives the exit code.
template <typename Execute, typename Report>
int computeWithConfig(const RunArgs& a, Execute execute, Report report) {
  RunConfig cfg;
  if (!loadRunConfig(a, cfg)) return kExitBadInput;
  installSignalHandlers();
  try {
    RunStore store(workspace(a.db), RunStore::Mode::ReadWrite);
    ProgressPrinter printer(false);
    const auto outcome = execute(cfg, store, printer, g_cancel);
    printer.finishLine();
    return report(outcome, a.json);
  } catch (const StoreError& e) {
    return fail(kExitStore, e.what());
  } catch (const ConfigError& e) {
    return fail(kExitBadInput, (a.config.empty() ? "" : a.config + ": ") + std::string(e.what()));
  }
}

}  // namespace

int cmdRun(const RunArgs& a) {
  return computeWithConfig(a, executeRun, reportRun);
}

int cmdSweep(const SweepArgs& a) {
  if (!a.slurm_dir.empty() || a.task >= 0) {
    RunConfig cfg;
    if (!loadRunConfig(a.run, cfg)) return kExitBadInput;
    return a.task >= 0 ? cmdSweepTask(a, cfg) : cmdSweepSlurm(a, cfg);
  }
  return computeWithConfig(a.run, executeSweep, reportSweep);
}

int reportSweepOutcome(const SweepOutcome& s, bool json) {
  return reportSweep(s, json);
}

CancelToken& cancelToken() {
  return g_cancel;
}

namespace {

// The tune's table: validation error (mean [95% CI] over seeds) per grid point and method.
int reportTune(const TuneOutcome& t, bool json) {
  if (json) {
    std::cout << t.json << std::endl;
    return runExit(t.status);
  }
  const auto j = nlohmann::ordered_json::parse(t.json);
  std::printf("tune %lld %s: validation error, mean [95%% CI] over %zu seeds, on %d problems\n",
              static_cast<long long>(t.tune_id), t.status.c_str(), j["seeds"].size(),
              j["valid_problems"].get<int>());
  const auto row = [](const std::string& what, const nlohmann::ordered_json& sizes) {
    std::printf("  %-44s", what.c_str());
    for (const auto& s : sizes) {
      const auto& b = s["valid_error"];
      std::printf("  n=%d %.3f [%.3f, %.3f]", s["size"].get<int>(), b["mean"].get<double>(),
                  b["lo"].get<double>(), b["hi"].get<double>());
    }
    std::printf("\n");
  };
  row("sft", j["sft"]);
  const auto& variants = j["variants"];
  if (!variants.empty()) {
    for (const auto& [method, unused] : variants[0]["methods"].items()) {
      for (const auto& v : variants) {
        std::string set;
        for (const auto& [field, value] : v["set"].items())
          set += (set.empty() ? "" : " ") + field + "=" + value.dump();
        row(method + (set.empty() ? "" : " " + set), v["methods"][method]);
      }
    }
  }
  for (const auto& [method, b] : j["best"].items())
    std::printf("best %s: %s (mean validation error %.4f)\n", method.c_str(),
                b["set"].dump().c_str(), b["mean_valid_error"].get<double>());
  if (j.contains("error")) std::printf("  %s\n", j["error"].get<std::string>().c_str());
  return runExit(t.status);
}

}  // namespace

int cmdTune(const TuneArgs& a) {
  TuneRequest req;
  req.sizes = a.sizes;
  req.seeds = a.seeds;
  req.methods = a.methods;
  try {
    for (const auto& g : a.grid)
      req.grid.push_back(parseTuneAxis(g));
  } catch (const ConfigError& e) {
    return fail(kExitBadInput, e.what());
  }
  return computeWithConfig(
      a.run,
      [&req](const RunConfig& cfg, RunStore& store, RunObserver& obs, const CancelToken& cancel) {
        return executeTune(cfg, req, store, obs, cancel);
      },
      reportTune);
}

int cmdResume(std::int64_t id, const std::string& db, bool json) {
  installSignalHandlers();
  try {
    RunStore store(workspace(db), RunStore::Mode::ReadWrite);
    const auto run = store.run(id);
    if (!run)
      return fail(kExitBadInput, "no run " + std::to_string(id) + " in '" + store.path() + "'");
    if (run->isTune())
      return fail(kExitBadInput, "run " + std::to_string(id) +
                                     " is a tune, which does not resume: start the tune again");
    ProgressPrinter printer(false);
    if (run->isSweep()) {
      const SweepOutcome s = resumeSweep(id, store, printer, g_cancel);
      printer.finishLine();
      return reportSweep(s, json);
    }
    const RunSummary s = resumeRun(id, store, printer, g_cancel);
    printer.finishLine();
    return reportRun(s, json);
  } catch (const StoreError& e) {
    return fail(kExitStore, e.what());
  } catch (const ConfigError& e) {
    return fail(kExitBadInput, e.what());
  }
}

}  // namespace ef::cli
