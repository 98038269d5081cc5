// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/migrations.h"

#include <sqlite3.h>

#include <iterator>

#include "store/run_store.h"

namespace ef::detail {
namespace {

struct Migration {
  int version;              // must equal its 1-based position in kMigrations
  const char* description;  // used in error messages
  const char* sql;          // one or more statements, run inside the migration transaction
};

// A table that holds per-run data (keyed by run id or sample id) must also be carried over by
// shard_merge.cpp, which copies a shard's cells into a workspace.
//
// Append new migrations at the end. Never edit, renumber or reorder an entry that has shipped:
// databases in the wild record only the number of the last migration they ran.
constexpr Migration kMigrations[] = {
    {1, "create runs, metrics and samples", R"sql(
CREATE TABLE runs (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  name TEXT NOT NULL,
  status TEXT NOT NULL
    CHECK (status IN ('queued', 'running', 'ok', 'failed', 'cancelled', 'interrupted')),
  config_json TEXT NOT NULL,
  versions_json TEXT NOT NULL DEFAULT '{}',
  device TEXT NOT NULL DEFAULT '',
  error TEXT NOT NULL DEFAULT '',
  created_at REAL NOT NULL,
  started_at REAL NOT NULL DEFAULT 0,
  ended_at REAL NOT NULL DEFAULT 0,
  result_json TEXT NOT NULL DEFAULT ''
);
CREATE TABLE metrics (
  run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
  stage TEXT NOT NULL,
  step INTEGER NOT NULL,
  name TEXT NOT NULL,
  value REAL NOT NULL
);
CREATE INDEX metrics_run_name_step ON metrics (run_id, name, step);
CREATE TABLE samples (
  id INTEGER PRIMARY KEY,
  run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
  stage TEXT NOT NULL,
  step INTEGER NOT NULL,
  problem_index INTEGER NOT NULL,
  prompt TEXT NOT NULL,
  output TEXT NOT NULL,
  answer TEXT NOT NULL,
  verdict TEXT NOT NULL,
  mode TEXT NOT NULL
);
CREATE INDEX samples_run_stage ON samples (run_id, stage);
)sql"},
    {2, "add run parents, steps, rollouts, pairs, sweep cells and checkpoints", R"sql(
ALTER TABLE runs ADD COLUMN parent_id INTEGER NOT NULL DEFAULT 0;
CREATE INDEX runs_parent ON runs (parent_id);
CREATE TABLE steps (
  sample_id INTEGER NOT NULL REFERENCES samples(id) ON DELETE CASCADE,
  step_index INTEGER NOT NULL,
  text TEXT NOT NULL,
  q REAL,
  advantage REAL,
  rollouts INTEGER NOT NULL,
  successes INTEGER NOT NULL,
  is_pit INTEGER NOT NULL,
  is_spurious INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (sample_id, step_index)
);
CREATE TABLE rollouts (
  id INTEGER PRIMARY KEY,
  sample_id INTEGER NOT NULL REFERENCES samples(id) ON DELETE CASCADE,
  prefix_len INTEGER NOT NULL,
  text TEXT NOT NULL,
  verdict TEXT NOT NULL
);
CREATE INDEX rollouts_sample_prefix ON rollouts (sample_id, prefix_len);
CREATE TABLE pairs (
  id INTEGER PRIMARY KEY,
  run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  problem_index INTEGER NOT NULL,
  prompt TEXT NOT NULL,
  chosen TEXT NOT NULL,
  rejected TEXT NOT NULL,
  chosen_complete INTEGER NOT NULL,
  rejected_complete INTEGER NOT NULL,
  pit INTEGER NOT NULL
);
CREATE INDEX pairs_run_kind ON pairs (run_id, kind);
CREATE TABLE cells (
  sweep_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
  method TEXT NOT NULL,
  size INTEGER NOT NULL,
  seed INTEGER NOT NULL,
  status TEXT NOT NULL,
  run_id INTEGER NOT NULL DEFAULT 0,
  test_error REAL,
  pass_at_k REAL,
  first_step_accuracy REAL,
  result_json TEXT NOT NULL DEFAULT '',
  updated_at REAL NOT NULL,
  PRIMARY KEY (sweep_id, method, size, seed)
);
CREATE TABLE checkpoints (
  run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
  stage TEXT NOT NULL,
  path TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  step INTEGER NOT NULL,
  created_at REAL NOT NULL,
  PRIMARY KEY (run_id, stage)
);
)sql"},
    {3, "add shards, plan sweeps and merged cells (sweeps split over a cluster)", R"sql(
CREATE TABLE shards (
  sweep_id INTEGER PRIMARY KEY REFERENCES runs(id) ON DELETE CASCADE,
  plan TEXT NOT NULL,
  task INTEGER NOT NULL,
  tasks INTEGER NOT NULL
);
CREATE TABLE plan_sweeps (
  plan TEXT PRIMARY KEY,
  sweep_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE
);
CREATE TABLE merged_cells (
  sweep_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
  method TEXT NOT NULL,
  size INTEGER NOT NULL,
  seed INTEGER NOT NULL,
  shard TEXT NOT NULL,
  task INTEGER NOT NULL,
  merged_at REAL NOT NULL,
  PRIMARY KEY (sweep_id, method, size, seed)
);
)sql"},
    // A cache, not results: shard_merge.cpp does not carry it over (it is computed again on
    // demand). Keyed by the checkpoint's SHA-256, so a changed file never reads a stale row.
    {4, "add the step-history cache (Q of a sample's prefixes under other checkpoints)", R"sql(
CREATE TABLE step_history (
  sample_id INTEGER NOT NULL REFERENCES samples(id) ON DELETE CASCADE,
  checkpoint_sha256 TEXT NOT NULL,
  k INTEGER NOT NULL,
  seed INTEGER NOT NULL,
  prefix_len INTEGER NOT NULL,
  successes INTEGER NOT NULL,
  created_at REAL NOT NULL,
  PRIMARY KEY (sample_id, checkpoint_sha256, k, seed, prefix_len)
);
)sql"},
};

constexpr bool numberedInOrder() {
  int expected = 1;
  for (const Migration& m : kMigrations) {
    if (m.version != expected++) return false;
  }
  return true;
}
static_assert(numberedInOrder(), "kMigrations must be numbered 1, 2, 3, ... in order");

void exec(sqlite3* db, const std::string& path, const std::string& action, const char* sql) {
  char* message = nullptr;
  if (sqlite3_exec(db, sql, nullptr, nullptr, &message) == SQLITE_OK) return;
  const std::string text = message ? message : sqlite3_errmsg(db);
  sqlite3_free(message);
  throw StoreError(action + " '" + path + "': " + text);
}

}  // namespace

int migrationCount() {
  return static_cast<int>(std::size(kMigrations));
}

int readUserVersion(sqlite3* db, const std::string& path) {
  sqlite3_stmt* stmt = nullptr;
  int rc = sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &stmt, nullptr);
  if (rc == SQLITE_OK) rc = sqlite3_step(stmt);
  int version = 0;
  if (rc == SQLITE_ROW) {
    version = sqlite3_column_int(stmt, 0);
    rc = SQLITE_OK;
  }
  const int code = sqlite3_errcode(db);
  const std::string message = sqlite3_errmsg(db);
  sqlite3_finalize(stmt);
  if (rc == SQLITE_OK) {
    // Versions count up from 0 (an empty file); a negative one was written by something else,
    // and would index before the migration list.
    if (version < 0) {
      throw StoreError("'" + path + "': schema version " + std::to_string(version) +
                       " is not one Eightfold writes (versions start at 0)");
    }
    return version;
  }
  if (code == SQLITE_NOTADB) {
    throw StoreError("'" + path + "' is not an Eightfold run store (" + message + ")");
  }
  throw StoreError("read schema version of '" + path + "': " + message);
}

void applyMigrations(sqlite3* db, const std::string& path) {
  const int latest = migrationCount();
  if (readUserVersion(db, path) == latest) return;  // common case: no write lock needed

  exec(db, path, "begin migration of", "BEGIN IMMEDIATE");
  try {
    // Read again under the write lock: another writer may have migrated in the meantime.
    const int current = readUserVersion(db, path);
    if (current > latest) {
      throw StoreError("'" + path + "': schema version " + std::to_string(current) +
                       " is newer than this build supports (" + std::to_string(latest) + ")");
    }
    for (int v = current + 1; v <= latest; ++v) {
      const Migration& m = kMigrations[v - 1];
      exec(db, path, "apply migration " + std::to_string(v) + " (" + m.description + ") to", m.sql);
    }
    const std::string set_version = "PRAGMA user_version = " + std::to_string(latest);
    exec(db, path, "set schema version of", set_version.c_str());
    exec(db, path, "commit migration of", "COMMIT");
  } catch (...) {
    if (!sqlite3_get_autocommit(db)) sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
    throw;
  }
}

}  // namespace ef::detail
