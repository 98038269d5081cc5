// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A sweep as a Slurm job array (docs/cluster.md): a plan folder holding the sweep's config, a
// self-contained sbatch script with one array task per (seed, size)
// (experiment/pipeline/sweep_tasks.h), and manifest.json; each task writes its own workspace file
// under shards/. Torch-free, so the workbench writes and previews the same script as the CLI.
#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

#include "experiment/config/run_config.h"
#include "experiment/pipeline/sweep_tasks.h"
#include "util/subprocess.h"

namespace ef {

class SlurmError : public std::runtime_error {
 public:
  explicit SlurmError(const std::string& what) : std::runtime_error(what) {}
};

// What the job asks of the cluster. Empty / 0 = the cluster's default (no #SBATCH line).
struct SlurmOptions {
  std::string partition;
  int gpus_per_task = 0;
  int cpus_per_task = 0;  // also the LibTorch thread count of each task
  std::string time;       // minutes, MM:SS, HH:MM:SS, D-HH, D-HH:MM or D-HH:MM:SS
  std::string mem;        // e.g. 16G, 4000M
};

// Throws ConfigError naming the option (--partition, --time, --mem, ...).
void validateSlurmOptions(const SlurmOptions& o);

struct SlurmPlan {
  std::string dir;        // absolute
  std::string plan;       // the plan id every shard records
  std::string name;       // the sweep's name
  std::string cli;        // absolute path of the eightfold-cli the tasks run
  std::string workspace;  // where the watcher merges (may be empty)
  std::string created;    // UTC, ISO 8601
  std::string job_id;     // after submission
  SlurmOptions options;
  std::vector<SweepTask> tasks;
  std::vector<std::string> methods;

  std::string configPath() const { return dir + "/config.json"; }
  std::string scriptPath() const { return dir + "/job.sh"; }
  std::string manifestPath() const { return dir + "/manifest.json"; }
  std::string shardPath(int task) const;  // dir/shards/task-<task>.sqlite
};

// A new plan for `cfg` (fresh plan id; nothing written yet). `cli` must be absolute.
SlurmPlan makeSlurmPlan(const RunConfig& cfg, const std::string& dir, const SlurmOptions& o,
                        const std::string& cli, const std::string& workspace);
// The sbatch script of a plan (what writeSlurmPlan writes to job.sh).
std::string slurmScript(const SlurmPlan& plan);
// Writes config.json, job.sh, manifest.json and the shards/ and logs/ folders. Refuses a folder
// that already holds a plan (SlurmError naming it). `cfg` must be the plan's config.
void writeSlurmPlan(const SlurmPlan& plan, const RunConfig& cfg);
// Reads DIR/manifest.json; SlurmError naming the file and field.
SlurmPlan readSlurmPlan(const std::string& dir);
// sbatch --parsable job.sh; records the job id in the manifest. SlurmError with sbatch's stderr.
// How long sbatch may take before the submission is given up (a controller that does not answer
// would otherwise block the caller for as long as sbatch retries).
inline constexpr double kSlurmTimeoutS = 60.0;
std::string submitSlurmPlan(SlurmPlan& plan, double timeout_s = kSlurmTimeoutS);
// The two halves of submitSlurmPlan, for callers that run sbatch themselves (the workbench runs
// it asynchronously): the command line, and the check of its result, which records the job id in
// the manifest and returns it, or throws SlurmError saying what went wrong.
std::vector<std::string> sbatchCommand(const SlurmPlan& plan);
std::string acceptSbatchResult(SlurmPlan& plan, const ProcessResult& result, double timeout_s);

// The eightfold-cli next to a running executable, else the one on PATH, else the bare name
// "eightfold-cli" (to be found on the cluster's PATH): what the tasks run.
std::string siblingCli(const std::string& executable);
// 'text' quoted for bash.
std::string shellQuote(const std::string& text);

}  // namespace ef
