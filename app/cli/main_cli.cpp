// eightfold-cli: the headless front end (presets, run, runs, bench).
#include <CLI/CLI.hpp>

#include <csignal>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli/progress_printer.h"
#include "experiment/bench.h"
#include "experiment/presets.h"
#include "experiment/run_pipeline.h"
#include "store/run_store.h"
#include "util/blas_tuning.h"
#include "util/log.h"
#include "util/paths.h"
#include "util/versions.h"

namespace {

ef::CancelToken g_cancel;

void onSignal(int) {
  g_cancel.cancel();
}

// Exit codes: 0 ok, 1 the run failed, 2 bad input, 3 store error, 130 cancelled.
constexpr int kExitFailed = 1;
constexpr int kExitBadInput = 2;
constexpr int kExitStore = 3;
constexpr int kExitCancelled = 130;

int fail(int code, const std::string& msg) {
  std::fprintf(stderr, "eightfold-cli: error: %s\n", msg.c_str());
  return code;
}

std::string readFile(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read config file '" + path + "'");
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string isoTime(double t) {
  if (t <= 0) return "";
  const std::time_t s = static_cast<std::time_t>(t);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", std::gmtime(&s));
  return buf;
}

int cmdPresets(bool json) {
  for (const auto& p : ef::builtinPresets()) {
    if (json) {
      std::cout << nlohmann::json{{"name", p.name}, {"description", p.description}}.dump() << "\n";
    } else {
      std::printf("%-20s %s%s\n", p.name.c_str(), p.description.c_str(),
                  p.name == ef::defaultPresetName() ? " (default)" : "");
    }
  }
  return 0;
}

struct RunArgs {
  std::string preset, config, db, device;
  std::int64_t seed = -1;
  bool json = false;
};

int cmdRun(const RunArgs& a) {
  ef::RunConfig cfg;
  try {
    cfg = a.config.empty() ? ef::loadPreset(a.preset) : ef::parseRunConfig(readFile(a.config));
    if (!a.device.empty()) cfg.device = a.device;
    if (a.seed >= 0) cfg.seed = static_cast<std::uint64_t>(a.seed);
    ef::validate(cfg);
  } catch (const std::exception& e) {
    return fail(kExitBadInput, (a.config.empty() ? "" : a.config + ": ") + std::string(e.what()));
  }
  const std::string db = a.db.empty() ? ef::defaultWorkspacePath() : a.db;
  std::signal(SIGINT, onSignal);
  std::signal(SIGTERM, onSignal);
  try {
    ef::RunStore store(db, ef::RunStore::Mode::ReadWrite);
    ef::cli::ProgressPrinter printer(false);
    const ef::RunSummary s = ef::executeRun(cfg, store, printer, g_cancel);
    printer.finishLine();
    if (a.json) {
      std::cout << s.toJson() << std::endl;
    } else {
      std::printf("run %lld %s: test error %.4f, pass@%d %.4f, %.0f training tokens/s, %.1f s\n",
                  static_cast<long long>(s.run_id), s.status.c_str(), s.test_error, s.pass_k,
                  s.pass_at_k, s.train_tokens_per_s, s.wall_s);
      if (!s.error.empty()) std::printf("  %s\n", s.error.c_str());
    }
    if (s.status == "cancelled") return kExitCancelled;
    return s.status == "ok" ? 0 : kExitFailed;
  } catch (const ef::StoreError& e) {
    return fail(kExitStore, e.what());
  }
}

int cmdRuns(const std::string& db_arg, bool json) {
  const std::string db = db_arg.empty() ? ef::defaultWorkspacePath() : db_arg;
  try {
    ef::RunStore store(db, ef::RunStore::Mode::ReadOnly);
    const auto runs = store.listRuns();
    if (!json) {
      std::printf("%-6s %-6s %-12s %-24s %-21s %10s\n", "id", "kind", "status", "name", "started",
                  "wall_s");
    }
    for (const auto& r : runs) {
      const double wall = r.ended_at > 0 && r.started_at > 0 ? r.ended_at - r.started_at : 0.0;
      if (json) {
        nlohmann::ordered_json j;
        j["id"] = r.id;
        j["kind"] = r.kind;
        j["status"] = r.status;
        j["name"] = r.name;
        j["created_at"] = isoTime(r.created_at);
        j["started_at"] = isoTime(r.started_at);
        j["ended_at"] = isoTime(r.ended_at);
        j["wall_s"] = wall;
        j["device"] = r.device;
        j["error"] = r.error;
        j["result"] = r.result_json.empty() ? nlohmann::json(nullptr)
                                            : nlohmann::json::parse(r.result_json, nullptr, false);
        std::cout << j.dump() << "\n";
      } else {
        std::printf("%-6lld %-6s %-12s %-24s %-21s %10.1f\n", static_cast<long long>(r.id),
                    r.kind.c_str(), r.status.c_str(), r.name.c_str(), isoTime(r.started_at).c_str(),
                    wall);
      }
    }
    return 0;
  } catch (const ef::StoreError& e) {
    return fail(kExitStore, e.what());
  }
}

int cmdBench(const ef::BenchOptions& o, bool json) {
  try {
    const auto r = ef::runBench(o, [&](const std::string& s) {
      if (!json) std::fprintf(stderr, "bench: %s...\n", s.c_str());
    });
    if (json) {
      std::cout << r.toJson() << std::endl;
    } else {
      std::cout << r.toText();
    }
    return 0;
  } catch (const std::exception& e) {
    return fail(kExitBadInput, e.what());
  }
}

}  // namespace

int main(int argc, char** argv) {
  ef::ensureFastBlas(argc, argv);
  CLI::App app{"Eightfold " + ef::eightfoldVersion() +
               ": RL on incorrect synthetic data (Setlur et al. 2024), headless"};
  app.require_subcommand(1);
  app.fallthrough();  // --log-level may also follow the subcommand
  std::string log_level = "info";
  app.add_option("--log-level", log_level, "stderr log level: debug, info, warning, error, off")
      ->check(CLI::IsMember({"debug", "info", "warning", "error", "off"}));

  bool json = false;
  auto* presets = app.add_subcommand("presets", "List the built-in run presets");
  presets->add_flag("--json", json, "One JSON object per line");

  RunArgs ra;
  auto* run = app.add_subcommand("run", "Train and evaluate one run");
  auto* src = run->add_option_group("source", "what to run");
  src->add_option("--preset", ra.preset, "Built-in preset name (see `presets`)");
  src->add_option("--config", ra.config, "Run config JSON file");
  src->require_option(1);
  run->add_option("--db", ra.db,
                  "Workspace database (default: " +
                      std::string("$EIGHTFOLD_DB or ~/.local/share/eightfold/workspace.sqlite)"));
  run->add_option("--device", ra.device, "auto, cpu, cuda or cuda:N (overrides the config)");
  run->add_option("--seed", ra.seed, "Seed (overrides the config)")->check(CLI::NonNegativeNumber);
  run->add_flag("--json", ra.json, "Print the result as one JSON object on the last line");

  std::string runs_db;
  bool runs_json = false;
  auto* runs = app.add_subcommand("runs", "List runs in a workspace");
  runs->add_option("--db", runs_db, "Workspace database");
  runs->add_flag("--json", runs_json, "One JSON object per line");

  ef::BenchOptions bo;
  bool bench_json = false;
  auto* bench = app.add_subcommand("bench", "Measure training and sampling speed on this machine");
  bench->add_option("--layers", bo.layers, "Transformer layers")->check(CLI::Range(1, 64));
  bench->add_option("--d-model", bo.d_model, "Model width")->check(CLI::Range(8, 8192));
  bench->add_option("--heads", bo.heads, "Attention heads")->check(CLI::Range(1, 128));
  bench->add_option("--context", bo.context, "Training sequence length")
      ->check(CLI::Range(8, 65536));
  bench->add_option("--batch", bo.batch, "Batch size")->check(CLI::Range(1, 65536));
  bench->add_option("--steps", bo.steps, "Timed training steps per precision")
      ->check(CLI::Range(1, 100000));
  bench->add_option("--prompt", bo.prompt, "Sampling prompt length")->check(CLI::Range(1, 65536));
  bench->add_option("--new-tokens", bo.new_tokens, "Tokens generated per row")
      ->check(CLI::Range(1, 65536));
  bench->add_option("--threads", bo.threads, "LibTorch threads (0 = all)")
      ->check(CLI::Range(0, 1024));
  bench->add_option("--device", bo.device, "auto, cpu, cuda or cuda:N");
  bench->add_flag("--json", bench_json, "Print one JSON object");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  }
  ef::setConsoleLogLevel(log_level);
  if (*presets) return cmdPresets(json);
  if (*run) return cmdRun(ra);
  if (*runs) return cmdRuns(runs_db, runs_json);
  if (*bench) {
    if (bo.d_model % bo.heads != 0) return fail(kExitBadInput, "--heads must divide --d-model");
    if (bo.prompt + bo.new_tokens > bo.context) {
      return fail(kExitBadInput, "--prompt + --new-tokens must fit in --context");
    }
    return cmdBench(bo, bench_json);
  }
  return kExitBadInput;
}
