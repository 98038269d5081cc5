// SPDX-License-Identifier: GPL-3.0-or-later
// Shards of a sweep split over a cluster (docs/cluster.md): the record a shard keeps of its task,
// and the merge that carries a shard's finished cells into a workspace.
//
// The shard is ATTACHed to the workspace's connection and copied with INSERT ... SELECT inside one
// write transaction, so a merge is all or nothing. New ids: runs and rollouts and pairs take fresh
// rowids; samples keep their order and move by one offset (past the workspace's largest id), so
// steps and rollouts follow them with the same offset.
#include <filesystem>
#include <system_error>
#include <utility>

#include "store/run_lock.h"
#include "store/shard_merge.h"
#include "store/statement.h"

namespace ef {

using detail::exec;
using detail::nowSeconds;
using detail::Stmt;
using detail::Transaction;

namespace fs = std::filesystem;

// --- the shard's own record -----------------------------------------------------------------

void RunStore::putShard(const ShardRecord& shard) {
  requireWriter("record shard in");
  Stmt s(db_, path_, "record shard in",
         "INSERT OR REPLACE INTO shards (sweep_id, plan, task, tasks) VALUES (?, ?, ?, ?)");
  s.bindInt(1, shard.sweep_id).bindText(2, shard.plan).bindInt(3, shard.task);
  s.bindInt(4, shard.tasks).step();
}

std::optional<ShardRecord> RunStore::shard(std::int64_t sweep_id) const {
  Stmt s(db_, path_, "read shard from",
         "SELECT sweep_id, plan, task, tasks FROM shards WHERE sweep_id = ?");
  s.bindInt(1, sweep_id);
  if (!s.step()) return std::nullopt;
  return ShardRecord{s.integer(0), s.text(1), s.int32(2), s.int32(3)};
}

std::int64_t RunStore::planSweep(const std::string& plan) const {
  Stmt s(db_, path_, "read plan sweep from", "SELECT sweep_id FROM plan_sweeps WHERE plan = ?");
  s.bindText(1, plan);
  return s.step() ? s.integer(0) : 0;
}

// --- merging ----------------------------------------------------------------------------------

namespace {

// ATTACH for the lifetime of the object (outside any transaction, as SQLite requires).
class Attached {
 public:
  Attached(sqlite3* db, const std::string& path, const std::string& shard_path)
      : db_(db), path_(path) {
    Stmt s(db_, path_, "attach shard to", "ATTACH DATABASE ? AS shard");
    s.bindText(1, shard_path).step();
  }
  ~Attached() { sqlite3_exec(db_, "DETACH DATABASE shard", nullptr, nullptr, nullptr); }
  Attached(const Attached&) = delete;
  Attached& operator=(const Attached&) = delete;

 private:
  sqlite3* db_;
  const std::string& path_;
};

std::int64_t queryInt(sqlite3* db, const std::string& path, const char* action,
                      const std::string& sql, std::int64_t bind = 0) {
  Stmt s(db, path, action, sql);
  if (sql.find('?') != std::string::npos) s.bindInt(1, bind);
  return s.step() ? s.integer(0) : 0;
}

// Where a checkpoint of the shard is now: its recorded path, or (when the shard folder moved,
// e.g. copied back from the cluster) the same name under the shard's files folder.
fs::path locateShardFile(const std::string& recorded, const std::string& shard_files,
                         std::int64_t shard_sweep) {
  if (fs::exists(recorded)) return recorded;
  return fs::path(shard_files) / ("sweep-" + std::to_string(shard_sweep)) /
         fs::path(recorded).filename();
}

// A hard link where the filesystem allows it (no extra space), else a copy.
void placeFile(const fs::path& from, const fs::path& to) {
  fs::create_directories(to.parent_path());
  std::error_code ec;
  fs::remove(to, ec);
  fs::create_hard_link(from, to, ec);
  if (ec) fs::copy_file(from, to, fs::copy_options::overwrite_existing);
}

// A finished cell of the shard, still to be carried over, and its run there.
struct Pending {
  ShardCell cell;
  std::int64_t run_id;
};

// The steps of one merge, one per table, on the workspace's connection with the shard attached.
class ShardMerger {
 public:
  ShardMerger(sqlite3* db, const std::string& path, const std::string& shard_path,
              ShardMergeReport& report)
      : db_(db),
        path_(path),
        shard_path_(shard_path),
        action_("merge shard '" + shard_path + "' into"),
        act_(action_.c_str()),
        shard_files_(detail::filesDirOf(shard_path)),
        report_(report) {}

  // The shard's task record (shard.shards: exactly one); its sweep's id in the shard.
  void readTask() {
    Stmt shards(db_, path_, act_, "SELECT sweep_id, plan, task, tasks FROM shard.shards");
    if (!shards.step()) {
      throw StoreError("'" + shard_path_ +
                       "' is not a sweep shard: it records no task (write shards with "
                       "`eightfold-cli sweep --task`)");
    }
    shard_sweep_ = shards.integer(0);
    report_.plan = shards.text(1);
    report_.task = shards.int32(2);
    report_.tasks = shards.int32(3);
    if (shards.step())
      throw StoreError("'" + shard_path_ + "' holds more than one sweep task; merge one per file");
  }

  // The shard's sweep run, read with the liveness rule: a dead "running" one was interrupted.
  void readSweepRun() {
    Stmt s(db_, path_, act_,
           "SELECT status, config_json, name, versions_json FROM shard.runs WHERE id = ?");
    s.bindInt(1, shard_sweep_);
    if (!s.step())
      throw StoreError("'" + shard_path_ + "': its shard record names run " +
                       std::to_string(shard_sweep_) + ", which does not exist");
    report_.shard_status = s.text(0);
    report_.config_json = s.text(1);
    if (report_.shard_status == "running" &&
        !isLockHeld(shard_path_ + ".locks/run-" + std::to_string(shard_sweep_) + ".lock"))
      report_.shard_status = "interrupted";
  }

  // The plan's sweep in the workspace (planned: its id there, 0 = none yet, created here).
  void ensureSweep(std::int64_t planned, const std::string& files_dir) {
    report_.sweep_id = planned;
    if (report_.sweep_id == 0) {
      Stmt s(db_, path_, act_,
             "INSERT INTO runs (kind, name, status, config_json, versions_json, created_at) "
             "SELECT 'sweep', name, 'queued', config_json, versions_json, ? FROM shard.runs "
             "WHERE id = ?");
      s.bindReal(1, nowSeconds()).bindInt(2, shard_sweep_).step();
      report_.sweep_id = sqlite3_last_insert_rowid(db_);
      report_.created_sweep = true;
      Stmt p(db_, path_, act_, "INSERT INTO plan_sweeps (plan, sweep_id) VALUES (?, ?)");
      p.bindText(1, report_.plan).bindInt(2, report_.sweep_id).step();
    }
    sweep_dir_ = files_dir + "sweep-" + std::to_string(report_.sweep_id) + "/";
  }

  // The shard's cells sorted into unfinished, merged before, and finished (returned).
  std::vector<Pending> sortCells() {
    std::vector<Pending> finished;
    Stmt cells(db_, path_, act_,
               "SELECT c.method, c.size, c.seed, c.status, c.run_id, "
               "EXISTS (SELECT 1 FROM main.merged_cells m WHERE m.sweep_id = ? AND "
               "m.method = c.method AND m.size = c.size AND m.seed = c.seed) "
               "FROM shard.cells c WHERE c.sweep_id = ? ORDER BY c.seed, c.size, c.method");
    cells.bindInt(1, report_.sweep_id).bindInt(2, shard_sweep_);
    while (cells.step()) {
      ShardCell c{cells.text(0), cells.int32(1), static_cast<std::uint64_t>(cells.integer(2)),
                  cells.text(3)};
      if (c.status == "running" && report_.shard_status == "interrupted") c.status = "interrupted";
      const bool final_status = c.status == "ok" || c.status == "failed";
      if (!final_status || cells.integer(4) == 0)
        report_.unfinished.push_back(std::move(c));
      else if (cells.boolean(5))
        report_.already.push_back(std::move(c));
      else
        finished.push_back({std::move(c), cells.integer(4)});
    }
    return finished;
  }

  // Everything of one finished cell: its run, metrics, samples (with steps and rollouts), pairs,
  // checkpoints, cell row and merge record.
  void mergeCell(const Pending& p) {
    const std::int64_t new_run = copyRun(p);
    copyMetrics(new_run, p.run_id);
    copySamples(new_run, p.run_id);
    copyPairs(new_run, p.run_id);
    copyCheckpoints(new_run, p.run_id);
    recordCell(p.cell, new_run);
    report_.merged.push_back(p.cell);
  }

  // The merged sweep started when its first cell did.
  void markStarted() {
    Stmt s(db_, path_, act_,
           "UPDATE runs SET started_at = (SELECT min(started_at) FROM runs "
           "WHERE parent_id = ?1 AND started_at > 0), device = (SELECT device FROM shard.runs "
           "WHERE id = ?2) WHERE id = ?1");
    s.bindInt(1, report_.sweep_id).bindInt(2, shard_sweep_).step();
  }

  // The task's log (its cells log into it) beside the merged sweep's, one file per task.
  void copyTaskLog(const std::string& files_dir) const {
    const fs::path log = shard_files_ + "logs/run-" + std::to_string(shard_sweep_) + ".log";
    if (!fs::exists(log)) return;
    std::error_code ec;
    const fs::path to = files_dir + "logs/run-" + std::to_string(report_.sweep_id) + ".task-" +
                        std::to_string(report_.task) + ".log";
    fs::create_directories(to.parent_path(), ec);
    fs::copy_file(log, to, fs::copy_options::overwrite_existing, ec);
  }

 private:
  std::int64_t copyRun(const Pending& p) {
    Stmt s(db_, path_, act_,
           "INSERT INTO runs (kind, name, status, config_json, versions_json, device, error, "
           "created_at, started_at, ended_at, result_json, parent_id) "
           "SELECT kind, name, status, config_json, versions_json, device, error, created_at, "
           "started_at, ended_at, result_json, ? FROM shard.runs WHERE id = ?");
    s.bindInt(1, report_.sweep_id).bindInt(2, p.run_id).step();
    // A cell naming a run the shard does not hold inserts nothing (and last_insert_rowid would
    // name the previous row): refused by name, the transaction rolled back.
    if (sqlite3_changes(db_) != 1) {
      throw StoreError("'" + shard_path_ + "': its cell " + p.cell.method + " n=" +
                       std::to_string(p.cell.size) + " seed=" + std::to_string(p.cell.seed) +
                       " names run " + std::to_string(p.run_id) + ", which does not exist");
    }
    return sqlite3_last_insert_rowid(db_);
  }

  void copyMetrics(std::int64_t new_run, std::int64_t old_run) {
    Stmt s(db_, path_, act_,
           "INSERT INTO metrics (run_id, stage, step, name, value) "
           "SELECT ?, stage, step, name, value FROM shard.metrics WHERE run_id = ? "
           "ORDER BY rowid");
    s.bindInt(1, new_run).bindInt(2, old_run).step();
  }

  // Samples move by one offset that puts the smallest past the workspace's largest id; their
  // steps and rollouts follow with the same offset.
  void copySamples(std::int64_t new_run, std::int64_t old_run) {
    const std::int64_t offset =
        queryInt(db_, path_, act_, "SELECT coalesce(max(id), 0) + 1 FROM main.samples") -
        queryInt(db_, path_, act_,
                 "SELECT coalesce(min(id), 0) FROM shard.samples WHERE run_id = ?", old_run);
    const auto copy = [&](const char* sql) {
      Stmt s(db_, path_, act_, sql);
      s.bindInt(1, offset).bindInt(2, new_run).bindInt(3, old_run).step();
    };
    copy(
        "INSERT INTO samples (id, run_id, stage, step, problem_index, prompt, output, answer, "
        "verdict, mode) SELECT id + ?1, ?2, stage, step, problem_index, prompt, output, answer, "
        "verdict, mode FROM shard.samples WHERE run_id = ?3 ORDER BY id");
    copy(
        "INSERT INTO steps (sample_id, step_index, text, q, advantage, rollouts, successes, "
        "is_pit, is_spurious) SELECT t.sample_id + ?1, t.step_index, t.text, t.q, t.advantage, "
        "t.rollouts, t.successes, t.is_pit, t.is_spurious FROM shard.steps t "
        "JOIN shard.samples s ON s.id = t.sample_id WHERE s.run_id = ?3");
    copy(
        "INSERT INTO rollouts (sample_id, prefix_len, text, verdict) "
        "SELECT r.sample_id + ?1, r.prefix_len, r.text, r.verdict FROM shard.rollouts r "
        "JOIN shard.samples s ON s.id = r.sample_id WHERE s.run_id = ?3 "
        "ORDER BY r.id");
  }

  void copyPairs(std::int64_t new_run, std::int64_t old_run) {
    Stmt s(db_, path_, act_,
           "INSERT INTO pairs (run_id, kind, problem_index, prompt, chosen, rejected, "
           "chosen_complete, rejected_complete, pit) SELECT ?, kind, problem_index, prompt, "
           "chosen, rejected, chosen_complete, rejected_complete, pit FROM shard.pairs "
           "WHERE run_id = ? ORDER BY id");
    s.bindInt(1, new_run).bindInt(2, old_run).step();
  }

  // Checkpoints: the files move under this workspace's folder for the sweep.
  void copyCheckpoints(std::int64_t new_run, std::int64_t old_run) {
    Stmt read(db_, path_, act_,
              "SELECT stage, path, sha256, step, created_at FROM shard.checkpoints "
              "WHERE run_id = ?");
    read.bindInt(1, old_run);
    Stmt put(db_, path_, act_,
             "INSERT OR REPLACE INTO checkpoints (run_id, stage, path, sha256, step, "
             "created_at) VALUES (?, ?, ?, ?, ?, ?)");
    while (read.step()) {
      const std::string recorded = read.text(1);
      const fs::path from = locateShardFile(recorded, shard_files_, shard_sweep_);
      std::string path = recorded;
      if (fs::exists(from)) {
        path = sweep_dir_ + from.filename().string();
        try {
          placeFile(from, path);
        } catch (const fs::filesystem_error& e) {
          throw StoreError(action_ + " '" + path_ + "': cannot copy checkpoint '" + from.string() +
                           "': " + e.code().message());
        }
        ++report_.checkpoints_copied;
      }
      put.reset();
      put.bindInt(1, new_run).bindText(2, read.text(0)).bindText(3, path);
      put.bindText(4, read.text(2)).bindInt(5, read.integer(3)).bindReal(6, read.real(4));
      put.step();
    }
  }

  // The cell's row under the workspace's sweep, and the record that it was merged from here.
  void recordCell(const ShardCell& cell, std::int64_t new_run) {
    {
      Stmt s(db_, path_, act_,
             "INSERT OR REPLACE INTO cells (sweep_id, method, size, seed, status, run_id, "
             "test_error, pass_at_k, first_step_accuracy, result_json, updated_at) "
             "SELECT ?, method, size, seed, status, ?, test_error, pass_at_k, "
             "first_step_accuracy, result_json, ? FROM shard.cells "
             "WHERE sweep_id = ? AND method = ? AND size = ? AND seed = ?");
      s.bindInt(1, report_.sweep_id).bindInt(2, new_run).bindReal(3, nowSeconds());
      s.bindInt(4, shard_sweep_).bindText(5, cell.method).bindInt(6, cell.size);
      s.bindInt(7, static_cast<std::int64_t>(cell.seed)).step();
    }
    Stmt s(db_, path_, act_,
           "INSERT INTO merged_cells (sweep_id, method, size, seed, shard, task, merged_at) "
           "VALUES (?, ?, ?, ?, ?, ?, ?)");
    s.bindInt(1, report_.sweep_id).bindText(2, cell.method).bindInt(3, cell.size);
    s.bindInt(4, static_cast<std::int64_t>(cell.seed)).bindText(5, shard_path_);
    s.bindInt(6, report_.task).bindReal(7, nowSeconds()).step();
  }

  sqlite3* db_;
  const std::string& path_;
  const std::string shard_path_;
  const std::string action_;
  const char* act_;
  const std::string shard_files_;
  ShardMergeReport& report_;
  std::int64_t shard_sweep_ = 0;
  std::string sweep_dir_;
};

}  // namespace

ShardMergeReport RunStore::mergeShard(const std::string& shard_path) {
  requireWriter("merge shard into");
  ShardMergeReport report;
  report.shard = shard_path;
  if (!fs::is_regular_file(shard_path))
    throw StoreError("cannot merge shard '" + shard_path + "': no such file");
  if (fs::equivalent(shard_path, path_))
    throw StoreError("cannot merge '" + shard_path + "' into itself");
  // Check the shard with a reader of its own first: a foreign or newer file is refused by name.
  {
    RunStore probe(shard_path, Mode::ReadOnly);
    (void)probe;
  }
  const Attached attached(db_, path_, shard_path);
  ShardMerger merger(db_, path_, shard_path, report);
  merger.readTask();
  merger.readSweepRun();
  const std::string action = "merge shard '" + shard_path + "' into";
  Transaction tx(db_, path_, action.c_str());
  merger.ensureSweep(planSweep(report.plan), filesDir());
  const std::vector<Pending> finished = merger.sortCells();
  for (const Pending& p : finished)
    merger.mergeCell(p);
  if (!finished.empty()) merger.markStarted();
  tx.commit();
  merger.copyTaskLog(filesDir());
  return report;
}

}  // namespace ef
