// SPDX-License-Identifier: GPL-3.0-or-later
// The sweep side of the run store (run_store.h): the cells of a sweep and the checkpoints of runs.
#include <filesystem>
#include <utility>

#include "store/run_store.h"
#include "store/statement.h"

namespace ef {

using detail::nowSeconds;
using detail::Stmt;

namespace {

// Seeds are unsigned 64-bit; SQLite integers are signed. Store the bits unchanged.
std::int64_t seedToSql(std::uint64_t seed) {
  return static_cast<std::int64_t>(seed);
}
std::uint64_t seedFromSql(std::int64_t value) {
  return static_cast<std::uint64_t>(value);
}

// A recorded path as it reads in this workspace. Paths are recorded as the run saw them (absolute,
// or relative to the folder it ran in); a workspace copied or moved with its files folder (the
// example workspace, a results folder sent to a colleague) finds them under its own folder: the
// part after the last "<name>.files/" component, when that file exists here.
std::string resolvedPath(const std::string& recorded, const std::string& files_dir) {
  std::size_t tail = std::string::npos;
  for (std::size_t at = recorded.find(".files/"); at != std::string::npos;
       at = recorded.find(".files/", at + 1)) {
    if (at > 0 && recorded[at - 1] != '/') tail = at + 7;
  }
  if (tail == std::string::npos || tail >= recorded.size()) return recorded;
  const std::string here = files_dir + recorded.substr(tail);
  return std::filesystem::exists(here) ? here : recorded;
}

CheckpointRecord readCheckpoint(const Stmt& s, const std::string& files_dir) {
  CheckpointRecord c;
  c.run_id = s.integer(0);
  c.stage = s.text(1);
  c.path = resolvedPath(s.text(2), files_dir);
  c.sha256 = s.text(3);
  c.step = s.integer(4);
  c.created_at = s.real(5);
  return c;
}

const char* const kCheckpointColumns = "run_id, stage, path, sha256, step, created_at";

}  // namespace

// --- cells ------------------------------------------------------------------------------------

void RunStore::upsertCell(const CellRecord& cell) {
  requireWriter("write sweep cell to");
  // A single statement is its own transaction.
  detail::withSpaceReserve(path_, [&] {
    Stmt s(db_, path_, "write sweep cell to",
           "INSERT OR REPLACE INTO cells (sweep_id, method, size, seed, status, run_id, "
           "test_error, pass_at_k, first_step_accuracy, result_json, updated_at) "
           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    s.bindInt(1, cell.sweep_id).bindText(2, cell.method).bindInt(3, cell.size);
    s.bindInt(4, seedToSql(cell.seed)).bindText(5, cell.status).bindInt(6, cell.run_id);
    s.bindReal(7, cell.test_error).bindReal(8, cell.pass_at_k);
    s.bindReal(9, cell.first_step_accuracy).bindText(10, cell.result_json);
    s.bindReal(11, nowSeconds()).step();
  });
}

std::vector<CellRecord> RunStore::cells(std::int64_t sweep_id) const {
  Stmt s(db_, path_, "read sweep cells from",
         "SELECT sweep_id, method, size, seed, status, run_id, test_error, pass_at_k, "
         "first_step_accuracy, result_json, updated_at FROM cells WHERE sweep_id = ? "
         "ORDER BY seed, size, method");
  s.bindInt(1, sweep_id);
  std::vector<CellRecord> out;
  while (s.step()) {
    CellRecord c;
    c.sweep_id = s.integer(0);
    c.method = s.text(1);
    c.size = s.int32(2);
    c.seed = seedFromSql(s.integer(3));
    c.status = s.text(4);
    c.run_id = s.integer(5);
    c.test_error = s.optReal(6);
    c.pass_at_k = s.optReal(7);
    c.first_step_accuracy = s.optReal(8);
    c.result_json = s.text(9);
    c.updated_at = s.real(10);
    out.push_back(std::move(c));
  }
  return out;
}

// --- checkpoints ------------------------------------------------------------------------------

void RunStore::putCheckpoint(const CheckpointRecord& checkpoint) {
  requireWriter("record checkpoint in");
  Stmt s(db_, path_, "record checkpoint in",
         "INSERT OR REPLACE INTO checkpoints (run_id, stage, path, sha256, step, created_at) "
         "VALUES (?, ?, ?, ?, ?, ?)");
  s.bindInt(1, checkpoint.run_id).bindText(2, checkpoint.stage).bindText(3, checkpoint.path);
  s.bindText(4, checkpoint.sha256).bindInt(5, checkpoint.step);
  s.bindReal(6, checkpoint.created_at != 0 ? checkpoint.created_at : nowSeconds()).step();
}

void RunStore::rehashCheckpoint(std::int64_t run_id, const std::string& stage,
                                const std::string& old_sha256, const std::string& new_sha256) {
  const char* action = "rehash checkpoint in";
  requireWriter(action);
  detail::withSpaceReserve(path_, [&] {
    detail::Transaction tx(db_, path_, action);
    Stmt c(db_, path_, action,
           "UPDATE checkpoints SET sha256 = ? WHERE run_id = ? AND stage = ? AND sha256 = ?");
    c.bindText(1, new_sha256).bindInt(2, run_id).bindText(3, stage).bindText(4, old_sha256).step();
    Stmt h(db_, path_, action,
           "UPDATE step_history SET checkpoint_sha256 = ? WHERE checkpoint_sha256 = ?");
    h.bindText(1, new_sha256).bindText(2, old_sha256).step();
    tx.commit();
  });
}

std::optional<CheckpointRecord> RunStore::checkpoint(std::int64_t run_id,
                                                     const std::string& stage) const {
  Stmt s(db_, path_, "read checkpoint from",
         std::string("SELECT ") + kCheckpointColumns +
             " FROM checkpoints WHERE run_id = ? AND stage = ?");
  s.bindInt(1, run_id).bindText(2, stage);
  if (!s.step()) return std::nullopt;
  return readCheckpoint(s, filesDir());
}

std::vector<CheckpointRecord> RunStore::checkpoints(std::int64_t run_id) const {
  Stmt s(db_, path_, "read checkpoints from",
         std::string("SELECT ") + kCheckpointColumns +
             " FROM checkpoints WHERE run_id = ? ORDER BY created_at, stage");
  s.bindInt(1, run_id);
  std::vector<CheckpointRecord> out;
  while (s.step())
    out.push_back(readCheckpoint(s, filesDir()));
  return out;
}

}  // namespace ef
