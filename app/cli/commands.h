#pragma once
// The eightfold-cli subcommands. Exit codes: 0 ok, 1 the run failed, 2 bad input, 3 store error,
// 130 cancelled.
#include <cstdint>
#include <string>
#include <vector>

#include "experiment/bench.h"

namespace ef::cli {

constexpr int kExitFailed = 1;
constexpr int kExitBadInput = 2;
constexpr int kExitStore = 3;
constexpr int kExitCancelled = 130;

int fail(int code, const std::string& msg);
std::string workspace(const std::string& db_arg);  // --db or the default workspace
void installSignalHandlers();                      // Ctrl-C / SIGTERM cancel the running work

struct RunArgs {
  std::string preset, config, db, device;
  std::int64_t seed = -1;
  bool json = false;
};

// tune: a grid of the methods' fields, judged on the validation split (experiment/tune.h).
struct TuneArgs {
  RunArgs run;
  std::vector<std::string> grid;  // FIELD=V1,V2,...
  std::vector<int> sizes;
  std::vector<std::uint64_t> seeds;
  std::vector<std::string> methods;
};

// export pairs | steps | samples | model (docs/models.md, "Exports").
struct ExportArgs {
  std::string what;  // pairs | steps | samples | model
  std::int64_t run = 0;
  std::string db, format, out, stage, dtype = "F32";
  bool soft = false;
};

int cmdRun(const RunArgs& a);
int cmdTune(const TuneArgs& a);
int cmdSweep(const RunArgs& a);
int cmdResume(std::int64_t id, const std::string& db, bool json);
int cmdPresets(bool json);
int cmdRuns(const std::string& db, bool json);
int cmdAdvantages(std::int64_t run_id, const std::string& db, int limit, bool json);
int cmdBench(const BenchOptions& o, bool json);
int cmdTokenize(const std::string& dir, bool json);
int cmdModel(const std::string& dir, const std::string& prompt, int new_tokens,
             const std::string& device, bool json);
int cmdExportDataset(const ExportArgs& a);
int cmdExportModel(const ExportArgs& a);

}  // namespace ef::cli
