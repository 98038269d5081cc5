// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The eightfold-cli subcommands. Exit codes: 0 ok, 1 the run failed, 2 bad input, 3 store error,
// 130 cancelled.
#include <cstdint>
#include <string>
#include <vector>

#include "experiment/tools/bench.h"
#include "experiment/config/run_config.h"
#include "experiment/pipeline/sweep.h"
#include "util/observer.h"

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
  int threads = -1;  // -1 = the config's
  bool json = false;
  std::vector<std::uint64_t> sweep_seeds;  // sweep --seeds: replaces sweep.seeds when given
  std::vector<std::string> settings;       // --set PATH=VALUE, applied to the config's JSON
};

// sweep: local, one task of a split sweep (--task, run by the Slurm script), or a Slurm plan.
struct SweepArgs {
  RunArgs run;
  std::string slurm_dir, partition, time, mem;  // --slurm DIR and its options
  int gpus_per_task = 0, cpus_per_task = 0;
  bool submit = false;
  std::string plan;  // --plan ID with --task N: one shard of a split sweep
  int task = -1;
};

// tune: a grid of the methods' fields, judged on the validation split (experiment/tools/tune.h).
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
int cmdSweep(const SweepArgs& a);
// docs/cluster.md: the plan folder (and sbatch), one task's shard, merging, watching.
int cmdSweepSlurm(const SweepArgs& a, const RunConfig& cfg);
int cmdSweepTask(const SweepArgs& a, const RunConfig& cfg);
int cmdMerge(const std::string& db, const std::vector<std::string>& shards, bool json);
int cmdSlurmStatus(const std::string& dir, bool json);
int reportSweepOutcome(const SweepOutcome& s, bool json);  // the sweep's line(s); its exit code
CancelToken& cancelToken();  // cancelled by Ctrl-C / SIGTERM once installSignalHandlers ran
// Loads and validates --preset/--config with the overrides; false after printing the error.
bool loadRunConfig(const RunArgs& a, RunConfig& cfg);
int cmdResume(std::int64_t id, const std::string& db, bool json);
int cmdPresets(bool json);
int cmdRuns(const std::string& db, bool json);
int cmdCompact(const std::string& db, std::int64_t run_id, bool json);
int cmdAdvantages(std::int64_t run_id, const std::string& db, int limit, bool json);
// bench --reference [--python PATH]: eager PyTorch on the same shapes (bench_reference.h).
struct BenchReferenceArgs {
  bool run = false;
  std::string python;  // "" = defaultReferencePython()
};
int cmdBench(const BenchOptions& o, bool json, const BenchReferenceArgs& reference);
int cmdTokenize(const std::string& dir, bool json);
int cmdModel(const std::string& dir, const std::string& prompt, int new_tokens,
             const std::string& device, bool json);
int cmdExportDataset(const ExportArgs& a);
int cmdExportModel(const ExportArgs& a);

}  // namespace ef::cli
