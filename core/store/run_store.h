// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The SQLite run store (docs/architecture.md, "Store"). One file per workspace; schema changes go
// through the numbered migrations in migrations.cpp. WAL mode and a busy timeout let one writer
// (the worker) and several readers (GUI, CLI) share the file.
//
// A run that is "running" is protected by a lock file held by the process executing it
// (<db>.locks/run-<id>.lock, flock). A reader that finds a "running" run whose lock is free reports
// it as "interrupted"; a writer opening the store records that status for good.
#include <cstdint>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "util/observer.h"

struct sqlite3;

namespace ef {

class StoreError : public std::runtime_error {
 public:
  explicit StoreError(const std::string& what) : std::runtime_error(what) {}
};

// The kinds of stored run.
namespace run_kind {
inline constexpr char kRun[] = "run";
inline constexpr char kSweep[] = "sweep";
inline constexpr char kTune[] = "tune";
inline constexpr char kCell[] = "cell";  // a sweep's or a tune's cell run
}  // namespace run_kind

struct RunRecord {
  std::int64_t id = 0;
  std::string kind;  // one of run_kind
  std::string name;
  std::string status;  // queued | running | ok | failed | cancelled | interrupted
  std::string config_json;
  std::string versions_json;
  std::string device;
  std::string error;
  double created_at = 0;       // unix seconds (UTC)
  double started_at = 0;       // 0 = not started
  double ended_at = 0;         // 0 = not ended
  std::string result_json;     // final summary (test_error, pass_at_k, ...), "" until finished
  std::int64_t parent_id = 0;  // 0 = top level; a sweep's cell runs point at the sweep's run id

  // A sweep or a tune: its training happened in its cell runs (childRuns).
  bool hasCells() const { return kind == run_kind::kSweep || kind == run_kind::kTune; }
  bool isSweep() const { return kind == run_kind::kSweep; }
  bool isCell() const { return kind == run_kind::kCell; }
  bool isTune() const { return kind == run_kind::kTune; }
};

struct SampleRecord {
  std::int64_t id = 0;  // filled by readers; ignored by addSamples, which returns the new ids
  std::int64_t run_id = 0;
  std::string stage;      // e.g. "eval"
  std::int64_t step = 0;  // optimizer step of the model that produced it
  int problem_index = 0;
  std::string prompt;
  std::string output;
  std::string answer;
  std::string verdict;  // "correct" | "wrong" | "unparseable"
  std::string mode;     // "greedy" | "sample"
};

// One reasoning step of an analysed sample, with its Monte Carlo value estimate.
struct StepRecord {
  std::int64_t sample_id = 0;
  int step_index = 0;  // 1-based; 0 = the bare problem (V(x)), with text ""
  std::string text;
  std::optional<double> q, advantage;  // nullopt = not estimated
  int rollouts = 0, successes = 0;
  bool is_pit = false, is_spurious = false;
};

// A completion sampled from a prefix of a sample (its first prefix_len steps).
struct RolloutRecord {
  std::int64_t id = 0;  // filled by readers; ignored by addRollouts
  std::int64_t sample_id = 0;
  int prefix_len = 0;
  std::string text;
  std::string verdict;
};

// A preference pair for DPO.
struct PairRecord {
  std::int64_t run_id = 0;
  std::string kind;
  int problem_index = 0;
  std::string prompt, chosen, rejected;
  bool chosen_complete = true, rejected_complete = true;
  int pit = 0;
};

// One (method, size, seed) cell of a sweep.
struct CellRecord {
  std::int64_t sweep_id = 0;  // the sweep's run id
  std::string method;
  int size = 0;
  std::uint64_t seed = 0;  // stored bit for bit in a signed 64-bit column
  std::string status;
  std::int64_t run_id = 0;  // the cell's own run, 0 = none yet
  std::optional<double> test_error, pass_at_k, first_step_accuracy;
  std::string result_json;
  double updated_at = 0;  // set by upsertCell
};

// Successes of k rollouts from each prefix of a sample under one checkpoint (the step-history
// cache, experiment/tools/step_history.h): successes[p] for prefix length p = 0 .. L−1.
struct StepHistoryRecord {
  std::int64_t sample_id = 0;
  std::string checkpoint_sha256;
  int k = 0;
  std::uint64_t seed = 0;
  std::vector<int> successes;
};

// A checkpoint file of a run's stage, stored next to the database (filesDir()). Read back, a
// path under another workspace's files folder reads as the same file under this one's when it
// exists there: a workspace copied or moved with its folder keeps its checkpoints.
struct CheckpointRecord {
  std::int64_t run_id = 0;
  std::string stage;
  std::string path;
  std::string sha256;
  std::int64_t step = 0;
  double created_at = 0;  // putCheckpoint stores the current time when this is 0
};

// A sweep run that executes one task of a sweep split into shards (a Slurm array task, one
// (seed, size) with its methods; docs/cluster.md). Stored in the shard's own workspace file.
struct ShardRecord {
  std::int64_t sweep_id = 0;
  std::string plan;  // the split's id, shared by all its shards (manifest.json "plan")
  int task = 0;      // 0-based task index (SLURM_ARRAY_TASK_ID)
  int tasks = 0;     // number of tasks of the split
};

struct ShardMergeReport;  // store/shard_merge.h

class RunStore {
 public:
  enum class Mode { ReadWrite, ReadOnly };

  // Opens (and for ReadWrite creates and migrates) the database. ReadOnly refuses a database whose
  // schema is newer than this build and does not migrate. Throws StoreError naming the path.
  RunStore(const std::string& path, Mode mode);
  ~RunStore();
  RunStore(const RunStore&) = delete;
  RunStore& operator=(const RunStore&) = delete;

  const std::string& path() const { return path_; }
  static int latestSchemaVersion();
  int schemaVersion() const;

  // --- writer side ---
  // Every writer below runs in one transaction and throws StoreError naming the action and path.

  // A parent_id other than 0 must name an existing run.
  std::int64_t createRun(const std::string& kind, const std::string& name,
                         const std::string& config_json, const std::string& versions_json,
                         std::int64_t parent_id = 0);
  // Marks the run running and takes its lock; the lock is released by finishRun or process exit.
  // Allowed from queued, interrupted, dead running, cancelled and failed (a resume); refused for
  // ok and for a run running in this object or another process.
  void startRun(std::int64_t run_id, const std::string& device);
  void finishRun(std::int64_t run_id, const std::string& status, const std::string& error,
                 const std::string& result_json);
  void addMetrics(std::int64_t run_id, const std::vector<MetricPoint>& points);  // one transaction
  // Returns the new row ids in input order.
  std::vector<std::int64_t> addSamples(const std::vector<SampleRecord>& samples);
  void addSteps(const std::vector<StepRecord>& steps);  // replaces rows with the same key
  void addRollouts(const std::vector<RolloutRecord>& rollouts);
  void addPairs(const std::vector<PairRecord>& pairs);
  // Insert or replace by (sweep_id, method, size, seed); sets updated_at to now.
  void upsertCell(const CellRecord& cell);
  void putCheckpoint(const CheckpointRecord& checkpoint);  // insert or replace by (run_id, stage)
  // The checkpoint of (run_id, stage) was rewritten with the same weights: its recorded hash and
  // the step-history cache under the old hash take the new one (one transaction).
  void rehashCheckpoint(std::int64_t run_id, const std::string& stage,
                        const std::string& old_sha256, const std::string& new_sha256);
  void putStepHistory(const StepHistoryRecord& history);  // insert or replace, one transaction
  void putShard(const ShardRecord& shard);                // insert or replace by sweep_id

  // Carries the finished cells of a shard workspace (another file) into this one: the sweep of
  // the shard's plan (created on first merge), the cells' runs with new ids, their metrics,
  // samples, steps, rollouts, pairs and checkpoints (files copied, paths rewritten). A cell merged
  // before is skipped, so merging a shard twice adds nothing. One transaction per shard.
  ShardMergeReport mergeShard(const std::string& shard_path);

  // Resume support: drops the metric points of a run's stage with step > after_step (recorded
  // after the checkpoint a resumed run restarts from). Returns how many were removed.
  int deleteMetricsAfter(std::int64_t run_id, const std::string& stage, std::int64_t after_step);
  // Drops the run's points of `stage` named in `names`, at every step: values recorded once per
  // model (its test-set results), which a resumed run records again. Returns how many.
  int deleteNamedMetrics(std::int64_t run_id, const std::string& stage,
                         const std::vector<std::string>& names);
  // Deletes what a run stored for a stage so it can be recomputed: its samples with stage
  // `sample_stage` (none if it is empty) together with their steps and rollouts, and, if
  // `pair_kind_prefix` is not empty, its pairs whose kind starts with that prefix.
  void clearStage(std::int64_t run_id, const std::string& sample_stage,
                  const std::string& pair_kind_prefix = "");

  // Deletes everything a run recorded (metrics, samples with their steps and rollouts, pairs), so
  // that an unfinished run can start again from nothing. Its checkpoint records stay.
  void clearRun(std::int64_t run_id);

  // --- reader side ---
  // Top-level runs (parent_id 0), newest first; dead "running" runs read "interrupted".
  std::vector<RunRecord> listRuns() const;
  std::vector<RunRecord> childRuns(std::int64_t parent_id) const;  // oldest first
  std::optional<RunRecord> run(std::int64_t run_id) const;
  std::vector<MetricPoint> metrics(std::int64_t run_id, const std::string& name = "") const;

  // Samples are ordered by id; an empty stage or verdict matches any; limit -1 = all.
  std::optional<SampleRecord> sample(std::int64_t sample_id) const;
  std::vector<SampleRecord> samples(std::int64_t run_id, const std::string& stage = "",
                                    int limit = -1) const;
  std::vector<SampleRecord> samples(std::int64_t run_id, const std::string& stage,
                                    const std::string& verdict, int limit) const;
  // Samples of a run that have step rows (the analysed ones).
  std::vector<SampleRecord> analysedSamples(std::int64_t run_id, int limit = -1) const;
  std::vector<StepRecord> steps(std::int64_t sample_id) const;  // by step_index
  // The cached step history of a sample under a checkpoint; nullopt when none (or a partial one)
  // is stored for these k and seed.
  std::optional<StepHistoryRecord> stepHistory(std::int64_t sample_id, const std::string& sha256,
                                               int k, std::uint64_t seed, int prefixes) const;
  // By id; prefix_len -1 = all prefixes.
  std::vector<RolloutRecord> rollouts(std::int64_t sample_id, int prefix_len = -1) const;
  std::vector<PairRecord> pairs(std::int64_t run_id, const std::string& kind = "") const;  // by id

  std::vector<CellRecord> cells(std::int64_t sweep_id) const;  // by seed, size, method
  std::optional<CheckpointRecord> checkpoint(std::int64_t run_id, const std::string& stage) const;
  std::vector<CheckpointRecord> checkpoints(std::int64_t run_id) const;  // by created_at, stage
  std::optional<ShardRecord> shard(std::int64_t sweep_id) const;
  // The sweep that merged shards of `plan` created here (0 = none yet).
  std::int64_t planSweep(const std::string& plan) const;

  // Directory for checkpoints and logs of this workspace: "<db path without .sqlite>.files/".
  std::string filesDir() const;

 private:
  void migrate();
  void markDeadRunsInterrupted();
  bool runLockHeldElsewhere(std::int64_t run_id) const;
  std::string lockPath(std::int64_t run_id) const;
  bool runAlive(std::int64_t run_id) const;  // held by this object or by someone else
  void requireWriter(const char* action) const;
  std::optional<RunRecord> loadRun(std::int64_t run_id) const;  // as stored
  std::vector<RunRecord> loadRuns(const char* where_order, std::int64_t parent_id) const;
  void applyLiveness(RunRecord& record) const;  // a dead "running" run reads "interrupted"

  std::string path_;
  Mode mode_;
  sqlite3* db_ = nullptr;
  struct Locks;
  std::unique_ptr<Locks> locks_;
};

}  // namespace ef
