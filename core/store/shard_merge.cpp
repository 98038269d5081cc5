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
  const std::string action = "merge shard '" + shard_path + "' into";
  const char* act = action.c_str();

  std::int64_t shard_sweep = 0;
  {
    Stmt shards(db_, path_, act, "SELECT sweep_id, plan, task, tasks FROM shard.shards");
    if (!shards.step()) {
      throw StoreError("'" + shard_path +
                       "' is not a sweep shard: it records no task (write shards with "
                       "`eightfold-cli sweep --task`)");
    }
    shard_sweep = shards.integer(0);
    report.plan = shards.text(1);
    report.task = shards.int32(2);
    report.tasks = shards.int32(3);
    if (shards.step())
      throw StoreError("'" + shard_path + "' holds more than one sweep task; merge one per file");
  }

  // The shard's sweep run, read with the liveness rule: a dead "running" one was interrupted.
  {
    Stmt s(db_, path_, act,
           "SELECT status, config_json, name, versions_json FROM shard.runs WHERE id = ?");
    s.bindInt(1, shard_sweep);
    if (!s.step())
      throw StoreError("'" + shard_path + "': its shard record names run " +
                       std::to_string(shard_sweep) + ", which does not exist");
    report.shard_status = s.text(0);
    report.config_json = s.text(1);
    if (report.shard_status == "running" &&
        !isLockHeld(shard_path + ".locks/run-" + std::to_string(shard_sweep) + ".lock"))
      report.shard_status = "interrupted";
  }
  const std::string shard_files = detail::filesDirOf(shard_path);

  Transaction tx(db_, path_, act);
  report.sweep_id = planSweep(report.plan);
  if (report.sweep_id == 0) {
    Stmt s(db_, path_, act,
           "INSERT INTO runs (kind, name, status, config_json, versions_json, created_at) "
           "SELECT 'sweep', name, 'queued', config_json, versions_json, ? FROM shard.runs "
           "WHERE id = ?");
    s.bindReal(1, nowSeconds()).bindInt(2, shard_sweep).step();
    report.sweep_id = sqlite3_last_insert_rowid(db_);
    report.created_sweep = true;
    Stmt p(db_, path_, act, "INSERT INTO plan_sweeps (plan, sweep_id) VALUES (?, ?)");
    p.bindText(1, report.plan).bindInt(2, report.sweep_id).step();
  }
  const std::string ws_sweep_dir = filesDir() + "sweep-" + std::to_string(report.sweep_id) + "/";

  struct Pending {
    ShardCell cell;
    std::int64_t run_id;
  };
  std::vector<Pending> finished;
  {
    Stmt cells(db_, path_, act,
               "SELECT c.method, c.size, c.seed, c.status, c.run_id, "
               "EXISTS (SELECT 1 FROM main.merged_cells m WHERE m.sweep_id = ? AND "
               "m.method = c.method AND m.size = c.size AND m.seed = c.seed) "
               "FROM shard.cells c WHERE c.sweep_id = ? ORDER BY c.seed, c.size, c.method");
    cells.bindInt(1, report.sweep_id).bindInt(2, shard_sweep);
    while (cells.step()) {
      ShardCell c{cells.text(0), cells.int32(1), static_cast<std::uint64_t>(cells.integer(2)),
                  cells.text(3)};
      if (c.status == "running" && report.shard_status == "interrupted") c.status = "interrupted";
      const bool final_status = c.status == "ok" || c.status == "failed";
      if (!final_status || cells.integer(4) == 0)
        report.unfinished.push_back(std::move(c));
      else if (cells.boolean(5))
        report.already.push_back(std::move(c));
      else
        finished.push_back({std::move(c), cells.integer(4)});
    }
  }

  for (const Pending& p : finished) {
    const std::int64_t old_run = p.run_id;
    {
      Stmt s(db_, path_, act,
             "INSERT INTO runs (kind, name, status, config_json, versions_json, device, error, "
             "created_at, started_at, ended_at, result_json, parent_id) "
             "SELECT kind, name, status, config_json, versions_json, device, error, created_at, "
             "started_at, ended_at, result_json, ? FROM shard.runs WHERE id = ?");
      s.bindInt(1, report.sweep_id).bindInt(2, old_run).step();
    }
    // A cell naming a run the shard does not hold inserts nothing (and last_insert_rowid would
    // name the previous row): refused by name, the transaction rolled back.
    if (sqlite3_changes(db_) != 1) {
      throw StoreError("'" + shard_path + "': its cell " + p.cell.method + " n=" +
                       std::to_string(p.cell.size) + " seed=" + std::to_string(p.cell.seed) +
                       " names run " + std::to_string(old_run) + ", which does not exist");
    }
    const std::int64_t new_run = sqlite3_last_insert_rowid(db_);
    {
      Stmt s(db_, path_, act,
             "INSERT INTO metrics (run_id, stage, step, name, value) "
             "SELECT ?, stage, step, name, value FROM shard.metrics WHERE run_id = ? "
             "ORDER BY rowid");
      s.bindInt(1, new_run).bindInt(2, old_run).step();
    }
    // Samples move by one offset that puts the smallest past the workspace's largest id.
    const std::int64_t offset =
        queryInt(db_, path_, act, "SELECT coalesce(max(id), 0) + 1 FROM main.samples") -
        queryInt(db_, path_, act, "SELECT coalesce(min(id), 0) FROM shard.samples WHERE run_id = ?",
                 old_run);
    const auto copy = [&](const char* sql) {
      Stmt s(db_, path_, act, sql);
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
    {
      Stmt s(db_, path_, act,
             "INSERT INTO pairs (run_id, kind, problem_index, prompt, chosen, rejected, "
             "chosen_complete, rejected_complete, pit) SELECT ?, kind, problem_index, prompt, "
             "chosen, rejected, chosen_complete, rejected_complete, pit FROM shard.pairs "
             "WHERE run_id = ? ORDER BY id");
      s.bindInt(1, new_run).bindInt(2, old_run).step();
    }
    // Checkpoints: the files move under this workspace's folder for the sweep.
    {
      Stmt read(db_, path_, act,
                "SELECT stage, path, sha256, step, created_at FROM shard.checkpoints "
                "WHERE run_id = ?");
      read.bindInt(1, old_run);
      Stmt put(db_, path_, act,
               "INSERT OR REPLACE INTO checkpoints (run_id, stage, path, sha256, step, "
               "created_at) VALUES (?, ?, ?, ?, ?, ?)");
      while (read.step()) {
        const std::string recorded = read.text(1);
        const fs::path from = locateShardFile(recorded, shard_files, shard_sweep);
        std::string path = recorded;
        if (fs::exists(from)) {
          path = ws_sweep_dir + from.filename().string();
          try {
            placeFile(from, path);
          } catch (const fs::filesystem_error& e) {
            throw StoreError(action + " '" + path_ + "': cannot copy checkpoint '" + from.string() +
                             "': " + e.code().message());
          }
          ++report.checkpoints_copied;
        }
        put.reset();
        put.bindInt(1, new_run).bindText(2, read.text(0)).bindText(3, path);
        put.bindText(4, read.text(2)).bindInt(5, read.integer(3)).bindReal(6, read.real(4));
        put.step();
      }
    }
    {
      Stmt s(db_, path_, act,
             "INSERT OR REPLACE INTO cells (sweep_id, method, size, seed, status, run_id, "
             "test_error, pass_at_k, first_step_accuracy, result_json, updated_at) "
             "SELECT ?, method, size, seed, status, ?, test_error, pass_at_k, "
             "first_step_accuracy, result_json, ? FROM shard.cells "
             "WHERE sweep_id = ? AND method = ? AND size = ? AND seed = ?");
      s.bindInt(1, report.sweep_id).bindInt(2, new_run).bindReal(3, nowSeconds());
      s.bindInt(4, shard_sweep).bindText(5, p.cell.method).bindInt(6, p.cell.size);
      s.bindInt(7, static_cast<std::int64_t>(p.cell.seed)).step();
    }
    {
      Stmt s(db_, path_, act,
             "INSERT INTO merged_cells (sweep_id, method, size, seed, shard, task, merged_at) "
             "VALUES (?, ?, ?, ?, ?, ?, ?)");
      s.bindInt(1, report.sweep_id).bindText(2, p.cell.method).bindInt(3, p.cell.size);
      s.bindInt(4, static_cast<std::int64_t>(p.cell.seed)).bindText(5, shard_path);
      s.bindInt(6, report.task).bindReal(7, nowSeconds()).step();
    }
    report.merged.push_back(p.cell);
  }
  if (!finished.empty()) {
    // The merged sweep started when its first cell did.
    Stmt s(db_, path_, act,
           "UPDATE runs SET started_at = (SELECT min(started_at) FROM runs "
           "WHERE parent_id = ?1 AND started_at > 0), device = (SELECT device FROM shard.runs "
           "WHERE id = ?2) WHERE id = ?1");
    s.bindInt(1, report.sweep_id).bindInt(2, shard_sweep).step();
  }
  tx.commit();
  // The task's log (its cells log into it) beside the merged sweep's, one file per task.
  const fs::path log = shard_files + "logs/run-" + std::to_string(shard_sweep) + ".log";
  if (fs::exists(log)) {
    std::error_code ec;
    const fs::path to = filesDir() + "logs/run-" + std::to_string(report.sweep_id) + ".task-" +
                        std::to_string(report.task) + ".log";
    fs::create_directories(to.parent_path(), ec);
    fs::copy_file(log, to, fs::copy_options::overwrite_existing, ec);
  }
  return report;
}

}  // namespace ef
