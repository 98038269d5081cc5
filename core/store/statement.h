// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Private to the store: RAII wrappers around sqlite3 statements and transactions, and small helpers
// shared by run_store.cpp, sample_store.cpp and sweep_store.cpp. Every error becomes a StoreError
// "<action> '<path>': <sqlite message>", naming what was being done and the database.
#include <sqlite3.h>

#include <chrono>
#include <cstdio>
#include <cstdint>
#include <optional>
#include <string>

#include "store/run_store.h"

namespace ef::detail {

inline double nowSeconds() {
  using namespace std::chrono;
  return duration<double>(system_clock::now().time_since_epoch()).count();
}

inline std::string runName(std::int64_t run_id) {
  return "run " + std::to_string(run_id);
}

// The folder of a workspace's checkpoints and logs: "<db path without .sqlite or .db>.files/".
inline std::string filesDirOf(std::string base) {
  const auto slash = base.find_last_of('/');
  const std::size_t name_start = slash == std::string::npos ? 0 : slash + 1;
  for (const std::string ext : {".sqlite", ".db"}) {
    if (base.size() > name_start + ext.size() &&
        base.compare(base.size() - ext.size(), ext.size(), ext) == 0) {
      base.erase(base.size() - ext.size());
      break;
    }
  }
  return base + ".files/";
}

// Disk-full reserve (docs/testing.md, "Full disk"): a writer keeps a small file beside the
// workspace and deletes it when SQLite reports a full disk, so that the status of the run that
// hit it can still be recorded. Recreated by the next writer that opens the workspace.
constexpr long kSpaceReserveBytes = 256 * 1024;
inline std::string spaceReservePath(const std::string& db_path) {
  return filesDirOf(db_path) + ".space-reserve";
}
inline bool isDiskFull(const StoreError& e) {
  return std::string(e.what()).find("(no space left on device)") != std::string::npos;
}
// Runs `write`; on a full disk releases the reserve once and runs it again.
template <typename Write>
void withSpaceReserve(const std::string& db_path, Write write) {
  try {
    write();
  } catch (const StoreError& e) {
    if (!isDiskFull(e) || std::remove(spaceReservePath(db_path).c_str()) != 0) throw;
    write();
  }
}

// A prepared statement that is finalized on scope exit.
class Stmt {
 public:
  Stmt(sqlite3* db, const std::string& path, const char* action, const std::string& sql)
      : db_(db), path_(path), action_(action) {
    if (sqlite3_prepare_v2(db_, sql.c_str(), -1, &stmt_, nullptr) != SQLITE_OK) fail();
  }
  ~Stmt() { sqlite3_finalize(stmt_); }
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;

  Stmt& bindInt(int index, std::int64_t value) {
    return check(sqlite3_bind_int64(stmt_, index, value));
  }
  Stmt& bindReal(int index, double value) {
    return check(sqlite3_bind_double(stmt_, index, value));
  }
  Stmt& bindText(int index, const std::string& value) {
    return check(sqlite3_bind_text(stmt_, index, value.data(), static_cast<int>(value.size()),
                                   SQLITE_TRANSIENT));
  }
  Stmt& bindNull(int index) { return check(sqlite3_bind_null(stmt_, index)); }
  // NULL for nullopt.
  Stmt& bindReal(int index, const std::optional<double>& value) {
    return value ? bindReal(index, *value) : bindNull(index);
  }

  // True for a row, false when done.
  bool step() {
    const int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    fail();
  }
  void reset() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
  }

  bool isNull(int column) const { return sqlite3_column_type(stmt_, column) == SQLITE_NULL; }
  std::int64_t integer(int column) const { return sqlite3_column_int64(stmt_, column); }
  int int32(int column) const { return sqlite3_column_int(stmt_, column); }
  bool boolean(int column) const { return sqlite3_column_int64(stmt_, column) != 0; }
  double real(int column) const { return sqlite3_column_double(stmt_, column); }
  // nullopt for NULL.
  std::optional<double> optReal(int column) const {
    if (isNull(column)) return std::nullopt;
    return real(column);
  }
  std::string text(int column) const {
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, column));
    return data ? std::string(data, static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column)))
                : std::string();
  }

 private:
  Stmt& check(int rc) {
    if (rc != SQLITE_OK) fail();
    return *this;
  }
  [[noreturn]] void fail() const {
    // SQLITE_FULL reads "database or disk is full"; say it as the system does.
    const bool full = sqlite3_errcode(db_) == SQLITE_FULL;
    throw StoreError(std::string(action_) + " '" + path_ + "': " + sqlite3_errmsg(db_) +
                     (full ? " (no space left on device)" : ""));
  }

  sqlite3* db_;
  const std::string& path_;
  const char* action_;
  sqlite3_stmt* stmt_ = nullptr;
};

inline void exec(sqlite3* db, const std::string& path, const char* action, const char* sql) {
  char* message = nullptr;
  if (sqlite3_exec(db, sql, nullptr, nullptr, &message) == SQLITE_OK) return;
  std::string text = message ? message : sqlite3_errmsg(db);
  if (sqlite3_errcode(db) == SQLITE_FULL) text += " (no space left on device)";
  sqlite3_free(message);
  throw StoreError(std::string(action) + " '" + path + "': " + text);
}

// BEGIN IMMEDIATE ... COMMIT; rolls back unless commit() succeeded. Declare it before the
// statements it covers so they are finalized first.
class Transaction {
 public:
  Transaction(sqlite3* db, const std::string& path, const char* action)
      : db_(db), path_(path), action_(action) {
    exec(db_, path_, action_, "BEGIN IMMEDIATE");
  }
  ~Transaction() {
    if (!committed_ && !sqlite3_get_autocommit(db_)) {
      sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
    }
  }
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;

  void commit() {
    exec(db_, path_, action_, "COMMIT");
    committed_ = true;
  }

 private:
  sqlite3* db_;
  const std::string& path_;
  const char* action_;
  bool committed_ = false;
};

// SQLite's LIMIT treats any negative value as "no limit".
inline std::int64_t sqlLimit(int limit) {
  return limit < 0 ? -1 : limit;
}

}  // namespace ef::detail
