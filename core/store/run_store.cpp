// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/run_store.h"

#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

#include <map>
#include <utility>

#include "store/migrations.h"
#include "store/run_lock.h"
#include "store/statement.h"

namespace ef {

using detail::exec;
using detail::nowSeconds;
using detail::runName;
using detail::Stmt;
using detail::Transaction;

struct RunStore::Locks {
  std::map<std::int64_t, std::unique_ptr<RunLock>> held;  // runs this object is running
};

namespace {

bool knownStatus(const std::string& status) {
  for (const char* s : {"queued", "running", "ok", "failed", "cancelled", "interrupted"}) {
    if (status == s) return true;
  }
  return false;
}

const char* const kRunColumns =
    "id, kind, name, status, config_json, versions_json, device, error, created_at, started_at, "
    "ended_at, result_json, parent_id";

RunRecord readRun(const Stmt& s) {
  RunRecord r;
  r.id = s.integer(0);
  r.kind = s.text(1);
  r.name = s.text(2);
  r.status = s.text(3);
  r.config_json = s.text(4);
  r.versions_json = s.text(5);
  r.device = s.text(6);
  r.error = s.text(7);
  r.created_at = s.real(8);
  r.started_at = s.real(9);
  r.ended_at = s.real(10);
  r.result_json = s.text(11);
  r.parent_id = s.integer(12);
  return r;
}

// A writer needs the database file, its folder (SQLite's -wal and -shm files) and the workspace's
// files folder (checkpoints, logs) to be writable: refused here, before any run starts, rather
// than after the first training interval.
[[noreturn]] void refuse(const std::string& path, const std::string& what, int error) {
  throw StoreError("cannot open run store '" + path + "' for writing: " + what + " is read-only (" +
                   std::strerror(error) + ")");
}

// Before SQLite opens the file: its folder must take new files, the file must be writable.
void refuseReadOnlyFolder(const std::string& path) {
  namespace fs = std::filesystem;
  const fs::path folder = fs::absolute(path).parent_path();
  if (::access(folder.c_str(), F_OK) != 0) return;  // SQLite names the missing folder
  if (::access(folder.c_str(), W_OK) != 0)
    refuse(path, "its folder '" + folder.string() + "'", errno);
  if (::access(path.c_str(), F_OK) == 0 && ::access(path.c_str(), W_OK) != 0)
    refuse(path, "the database file", errno);
}

void refuseReadOnly(sqlite3* db, const std::string& path) {
  namespace fs = std::filesystem;
  if (sqlite3_db_readonly(db, "main") == 1) refuse(path, "the database file", EROFS);
  // The files folder is made by the first run that writes there; one that exists must be writable.
  const std::string files = detail::filesDirOf(path);
  if (::access(files.c_str(), F_OK) == 0 && ::access(files.c_str(), W_OK) != 0)
    refuse(path, "its files folder '" + files + "'", errno);
}

// Sets the disk-full reserve aside (statement.h) unless it is there; no space for it is no error.
// Called when a run starts: the files folder is then made anyway (logs, checkpoints).
void keepSpaceReserve(const std::string& path) {
  const std::string reserve = detail::spaceReservePath(path);
  std::error_code ec;
  std::filesystem::create_directories(detail::filesDirOf(path), ec);
  if (::access(reserve.c_str(), F_OK) == 0) return;
  const int fd = ::open(reserve.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (fd < 0) return;
  const bool ok = ::posix_fallocate(fd, 0, detail::kSpaceReserveBytes) == 0;
  ::close(fd);
  if (!ok) ::unlink(reserve.c_str());
}

}  // namespace

// --- opening --------------------------------------------------------------------------------

RunStore::RunStore(const std::string& path, Mode mode)
    : path_(path), mode_(mode), locks_(std::make_unique<Locks>()) {
  if (path_.empty()) throw StoreError("cannot open run store '': empty path");
  if (mode_ == Mode::ReadWrite) refuseReadOnlyFolder(path_);
  const int flags =
      mode_ == Mode::ReadWrite ? SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE : SQLITE_OPEN_READONLY;
  const int rc = sqlite3_open_v2(path_.c_str(), &db_, flags, nullptr);
  if (rc != SQLITE_OK) {
    const std::string message = db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(rc);
    sqlite3_close_v2(db_);
    db_ = nullptr;
    throw StoreError("cannot open run store '" + path_ + "': " + message);
  }
  try {
    sqlite3_busy_timeout(db_, 5000);
    // Inspect before changing anything: a newer or foreign database is left untouched.
    const int version = detail::readUserVersion(db_, path_);
    const int latest = latestSchemaVersion();
    if (version > latest) {
      throw StoreError("'" + path_ + "': schema version " + std::to_string(version) +
                       " is newer than this build supports (" + std::to_string(latest) + ")");
    }
    if (version >= 1) {
      Stmt s(db_, path_, "inspect",
             "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'runs'");
      if (!s.step() || s.integer(0) != 1) {
        throw StoreError("'" + path_ + "' is not an Eightfold run store (it has no runs table)");
      }
    } else if (mode_ == Mode::ReadWrite) {
      // Version 0: only an empty database may be initialised, never someone else's.
      Stmt s(db_, path_, "inspect", "SELECT count(*) FROM sqlite_master");
      if (!s.step() || s.integer(0) != 0) {
        throw StoreError("'" + path_ +
                         "' is not an Eightfold run store (it has tables but no schema version)");
      }
    }
    if (mode_ == Mode::ReadOnly) {
      // Readers never migrate; their queries assume the latest schema.
      if (version == 0) {
        throw StoreError("'" + path_ +
                         "' is not an Eightfold run store yet (empty database); open it for "
                         "writing first to initialise it");
      }
      if (version < latest) {
        throw StoreError("'" + path_ + "': schema version " + std::to_string(version) +
                         " is older than this build (" + std::to_string(latest) +
                         "); open it for writing once to upgrade it");
      }
      return;
    }

    refuseReadOnly(db_, path_);
    std::string journal;
    {
      Stmt wal(db_, path_, "enable WAL journal on", "PRAGMA journal_mode = WAL");
      if (wal.step()) journal = wal.text(0);
    }  // finalized here: an unfinished statement would keep COMMIT from succeeding
    if (journal != "wal") {
      throw StoreError("cannot enable WAL journal on '" + path_ + "' (journal mode is '" + journal +
                       "')");
    }
    exec(db_, path_, "configure", "PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL");
    migrate();
    markDeadRunsInterrupted();
  } catch (...) {
    sqlite3_close_v2(db_);
    db_ = nullptr;
    throw;
  }
}

RunStore::~RunStore() {
  locks_.reset();  // releases the locks of runs still running here: they read as interrupted
  sqlite3_close_v2(db_);
}

int RunStore::latestSchemaVersion() {
  return detail::migrationCount();
}

int RunStore::schemaVersion() const {
  return detail::readUserVersion(db_, path_);
}

void RunStore::migrate() {
  detail::applyMigrations(db_, path_);
}

void RunStore::requireWriter(const char* action) const {
  if (mode_ != Mode::ReadWrite) {
    throw StoreError(std::string("cannot ") + action + " '" + path_ + "': opened read-only");
  }
}

// --- liveness ---------------------------------------------------------------------------------

std::string RunStore::lockPath(std::int64_t run_id) const {
  return path_ + ".locks/run-" + std::to_string(run_id) + ".lock";
}

bool RunStore::runLockHeldElsewhere(std::int64_t run_id) const {
  if (locks_->held.count(run_id)) return false;  // our own descriptor would conflict with a probe
  return isLockHeld(lockPath(run_id));
}

bool RunStore::runAlive(std::int64_t run_id) const {
  return locks_->held.count(run_id) > 0 || runLockHeldElsewhere(run_id);
}

void RunStore::applyLiveness(RunRecord& record) const {
  if (record.status != "running" || runAlive(record.id)) return;
  // The lock is free. The run may have finished between reading the row and probing (finishRun
  // commits the final status before releasing the lock), so read it again.
  if (auto fresh = loadRun(record.id); fresh && fresh->status != "running") {
    record = std::move(*fresh);
  } else {
    record.status = "interrupted";
  }
}

void RunStore::markDeadRunsInterrupted() {
  std::vector<std::int64_t> dead;
  {
    Stmt s(db_, path_, "read runs from", "SELECT id FROM runs WHERE status = 'running'");
    while (s.step()) {
      if (!runAlive(s.integer(0))) dead.push_back(s.integer(0));
    }
  }
  if (dead.empty()) return;  // the usual case takes no write lock

  // Under the write lock a live owner cannot change the status, and it holds its lock for as long
  // as the status is "running", so the check below is exact.
  Transaction tx(db_, path_, "mark interrupted runs in");
  Stmt update(db_, path_, "mark interrupted runs in",
              "UPDATE runs SET status = 'interrupted', ended_at = ? "
              "WHERE id = ? AND status = 'running'");
  const double now = nowSeconds();
  for (std::int64_t id : dead) {
    if (runAlive(id)) continue;
    update.reset();
    update.bindReal(1, now).bindInt(2, id).step();
  }
  tx.commit();
}

// --- writer side ------------------------------------------------------------------------------

std::int64_t RunStore::createRun(const std::string& kind, const std::string& name,
                                 const std::string& config_json, const std::string& versions_json,
                                 std::int64_t parent_id) {
  requireWriter("create run in");
  // One statement, so the parent check and the insert cannot be separated by another writer.
  Stmt s(db_, path_, "create run in",
         "INSERT INTO runs (kind, name, status, config_json, versions_json, created_at, parent_id) "
         "SELECT ?1, ?2, 'queued', ?3, ?4, ?5, ?6 "
         "WHERE ?6 = 0 OR EXISTS (SELECT 1 FROM runs WHERE id = ?6)");
  s.bindText(1, kind).bindText(2, name).bindText(3, config_json).bindText(4, versions_json);
  s.bindReal(5, nowSeconds()).bindInt(6, parent_id).step();
  if (sqlite3_changes(db_) == 0) {
    throw StoreError("cannot create run in '" + path_ + "': parent " + runName(parent_id) +
                     " does not exist");
  }
  return sqlite3_last_insert_rowid(db_);
}

void RunStore::startRun(std::int64_t run_id, const std::string& device) {
  requireWriter("start run in");
  if (locks_->held.count(run_id)) throw StoreError(runName(run_id) + " is already running");
  // Lock first, then mark running: whoever sees "running" can trust a free lock to mean dead.
  auto lock = RunLock::tryAcquire(lockPath(run_id));
  if (!lock) throw StoreError(runName(run_id) + " is already running in another process");
  keepSpaceReserve(path_);

  Stmt s(db_, path_, "start run in",
         "UPDATE runs SET status = 'running', started_at = ?, ended_at = 0, device = ?, "
         "error = '', result_json = '' "
         "WHERE id = ? AND status IN ('queued', 'interrupted', 'running', 'cancelled', 'failed')");
  s.bindReal(1, nowSeconds()).bindText(2, device).bindInt(3, run_id).step();
  if (sqlite3_changes(db_) == 0) {
    const auto stored = loadRun(run_id);
    if (!stored) throw StoreError(runName(run_id) + " does not exist in '" + path_ + "'");
    throw StoreError(runName(run_id) + " cannot be started: its status is '" + stored->status +
                     "'");
  }
  locks_->held.emplace(run_id, std::move(lock));
}

void RunStore::finishRun(std::int64_t run_id, const std::string& status, const std::string& error,
                         const std::string& result_json) {
  requireWriter("finish run in");
  if (!knownStatus(status)) {
    throw StoreError("unknown run status '" + status +
                     "' (expected ok, failed, cancelled or interrupted)");
  }
  if (status == "queued" || status == "running") {
    throw StoreError("cannot finish " + runName(run_id) + " with status '" + status + "'");
  }
  if (runLockHeldElsewhere(run_id)) {
    throw StoreError(runName(run_id) + " is running in another process; only it can finish it");
  }
  detail::withSpaceReserve(path_, [&] {
    Stmt s(db_, path_, "finish run in",
           "UPDATE runs SET status = ?, error = ?, result_json = ?, ended_at = ? WHERE id = ?");
    s.bindText(1, status).bindText(2, error).bindText(3, result_json);
    s.bindReal(4, nowSeconds()).bindInt(5, run_id).step();
  });
  if (sqlite3_changes(db_) == 0) {
    throw StoreError(runName(run_id) + " does not exist in '" + path_ + "'");
  }
  locks_->held.erase(run_id);  // after the commit: the lock outlives the "running" status
}

void RunStore::addMetrics(std::int64_t run_id, const std::vector<MetricPoint>& points) {
  requireWriter("insert metrics into");
  if (points.empty()) return;
  Transaction tx(db_, path_, "insert metrics into");
  Stmt s(db_, path_, "insert metrics into",
         "INSERT INTO metrics (run_id, stage, step, name, value) VALUES (?, ?, ?, ?, ?)");
  for (const MetricPoint& p : points) {
    s.reset();
    s.bindInt(1, run_id).bindText(2, p.stage).bindInt(3, p.step).bindText(4, p.name);
    s.bindReal(5, p.value).step();
  }
  tx.commit();
}

int RunStore::deleteMetricsAfter(std::int64_t run_id, const std::string& stage,
                                 std::int64_t after_step) {
  requireWriter("delete metrics from");
  Transaction tx(db_, path_, "delete metrics from");
  int removed = 0;
  {
    Stmt s(db_, path_, "delete metrics from",
           "DELETE FROM metrics WHERE run_id = ? AND stage = ? AND step > ?");
    s.bindInt(1, run_id).bindText(2, stage).bindInt(3, after_step).step();
    removed = sqlite3_changes(db_);
  }
  tx.commit();
  return removed;
}

// --- reader side ------------------------------------------------------------------------------

std::optional<RunRecord> RunStore::loadRun(std::int64_t run_id) const {
  Stmt s(db_, path_, "read run from",
         std::string("SELECT ") + kRunColumns + " FROM runs WHERE id = ?");
  s.bindInt(1, run_id);
  if (!s.step()) return std::nullopt;
  return readRun(s);
}

std::vector<RunRecord> RunStore::loadRuns(const char* where_order, std::int64_t parent_id) const {
  std::vector<RunRecord> runs;
  {
    Stmt s(db_, path_, "read runs from",
           std::string("SELECT ") + kRunColumns + " FROM runs " + where_order);
    s.bindInt(1, parent_id);
    while (s.step())
      runs.push_back(readRun(s));
  }  // finalized before the liveness checks read again
  for (RunRecord& r : runs)
    applyLiveness(r);
  return runs;
}

std::vector<RunRecord> RunStore::listRuns() const {
  return loadRuns("WHERE parent_id = ?1 ORDER BY id DESC", 0);
}

std::vector<RunRecord> RunStore::childRuns(std::int64_t parent_id) const {
  return loadRuns("WHERE parent_id = ?1 ORDER BY id", parent_id);
}

std::optional<RunRecord> RunStore::run(std::int64_t run_id) const {
  auto record = loadRun(run_id);
  if (record) applyLiveness(*record);
  return record;
}

std::vector<MetricPoint> RunStore::metrics(std::int64_t run_id, const std::string& name) const {
  const char* sql = name.empty() ? "SELECT stage, step, name, value FROM metrics "
                                   "WHERE run_id = ? ORDER BY rowid"
                                 : "SELECT stage, step, name, value FROM metrics "
                                   "WHERE run_id = ? AND name = ? ORDER BY rowid";
  Stmt s(db_, path_, "read metrics from", sql);
  s.bindInt(1, run_id);
  if (!name.empty()) s.bindText(2, name);
  std::vector<MetricPoint> points;
  while (s.step()) {
    MetricPoint p;
    p.stage = s.text(0);
    p.step = s.integer(1);
    p.name = s.text(2);
    p.value = s.real(3);
    points.push_back(std::move(p));
  }
  return points;
}

std::string RunStore::filesDir() const {
  return detail::filesDirOf(path_);
}

}  // namespace ef
