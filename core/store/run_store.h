#pragma once
// The SQLite run store (DESIGN.md, Store). One file per workspace; schema changes go through the
// numbered migrations in migrations.cpp. WAL mode and a busy timeout let one writer (the worker)
// and several readers (GUI, CLI) share the file.
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

#include "experiment/observer.h"

struct sqlite3;

namespace ef {

class StoreError : public std::runtime_error {
 public:
  explicit StoreError(const std::string& what) : std::runtime_error(what) {}
};

struct RunRecord {
  std::int64_t id = 0;
  std::string kind;  // "run" (later also "sweep")
  std::string name;
  std::string status;  // queued | running | ok | failed | cancelled | interrupted
  std::string config_json;
  std::string versions_json;
  std::string device;
  std::string error;
  double created_at = 0;    // unix seconds (UTC)
  double started_at = 0;    // 0 = not started
  double ended_at = 0;      // 0 = not ended
  std::string result_json;  // final summary (test_error, pass_at_k, ...), "" until finished
};

struct SampleRecord {
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
  std::int64_t createRun(const std::string& kind, const std::string& name,
                         const std::string& config_json, const std::string& versions_json);
  // Marks the run running and takes its lock; the lock is released by finishRun or process exit.
  void startRun(std::int64_t run_id, const std::string& device);
  void finishRun(std::int64_t run_id, const std::string& status, const std::string& error,
                 const std::string& result_json);
  void addMetrics(std::int64_t run_id, const std::vector<MetricPoint>& points);  // one transaction
  void addSamples(const std::vector<SampleRecord>& samples);                     // one transaction

  // --- reader side ---
  std::vector<RunRecord> listRuns() const;  // newest first; dead "running" runs read "interrupted"
  std::optional<RunRecord> run(std::int64_t run_id) const;
  std::vector<MetricPoint> metrics(std::int64_t run_id, const std::string& name = "") const;
  std::vector<SampleRecord> samples(std::int64_t run_id, const std::string& stage = "",
                                    int limit = -1) const;

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
  void applyLiveness(RunRecord& record) const;  // a dead "running" run reads "interrupted"

  std::string path_;
  Mode mode_;
  sqlite3* db_ = nullptr;
  struct Locks;
  std::unique_ptr<Locks> locks_;
};

}  // namespace ef
