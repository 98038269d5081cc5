// SPDX-License-Identifier: GPL-3.0-or-later
// The sample side of the run store (run_store.h): samples, their analysed steps and rollouts, and
// the preference pairs built from them.
#include <utility>

#include "store/run_store.h"
#include "store/statement.h"

namespace ef {

using detail::sqlLimit;
using detail::Stmt;
using detail::Transaction;

namespace {

const char* const kSampleColumns =
    "id, run_id, stage, step, problem_index, prompt, output, answer, verdict, mode";

SampleRecord readSample(const Stmt& s) {
  SampleRecord r;
  r.id = s.integer(0);
  r.run_id = s.integer(1);
  r.stage = s.text(2);
  r.step = s.integer(3);
  r.problem_index = s.int32(4);
  r.prompt = s.text(5);
  r.output = s.text(6);
  r.answer = s.text(7);
  r.verdict = s.text(8);
  r.mode = s.text(9);
  return r;
}

std::vector<SampleRecord> readSamples(Stmt& s) {
  std::vector<SampleRecord> out;
  while (s.step())
    out.push_back(readSample(s));
  return out;
}

}  // namespace

// --- writers ----------------------------------------------------------------------------------

std::vector<std::int64_t> RunStore::addSamples(const std::vector<SampleRecord>& samples) {
  requireWriter("insert samples into");
  std::vector<std::int64_t> ids;
  if (samples.empty()) return ids;
  ids.reserve(samples.size());
  Transaction tx(db_, path_, "insert samples into");
  {
    Stmt s(db_, path_, "insert samples into",
           "INSERT INTO samples (run_id, stage, step, problem_index, prompt, output, answer, "
           "verdict, mode) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (const SampleRecord& r : samples) {
      s.reset();
      s.bindInt(1, r.run_id).bindText(2, r.stage).bindInt(3, r.step).bindInt(4, r.problem_index);
      s.bindText(5, r.prompt).bindText(6, r.output).bindText(7, r.answer).bindText(8, r.verdict);
      s.bindText(9, r.mode).step();
      ids.push_back(sqlite3_last_insert_rowid(db_));
    }
  }
  tx.commit();
  return ids;
}

void RunStore::addSteps(const std::vector<StepRecord>& steps) {
  requireWriter("insert steps into");
  if (steps.empty()) return;
  Transaction tx(db_, path_, "insert steps into");
  {
    Stmt s(db_, path_, "insert steps into",
           "INSERT OR REPLACE INTO steps (sample_id, step_index, text, q, advantage, rollouts, "
           "successes, is_pit, is_spurious) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (const StepRecord& r : steps) {
      s.reset();
      s.bindInt(1, r.sample_id).bindInt(2, r.step_index).bindText(3, r.text);
      s.bindReal(4, r.q).bindReal(5, r.advantage).bindInt(6, r.rollouts).bindInt(7, r.successes);
      s.bindInt(8, r.is_pit ? 1 : 0).bindInt(9, r.is_spurious ? 1 : 0).step();
    }
  }
  tx.commit();
}

void RunStore::addRollouts(const std::vector<RolloutRecord>& rollouts) {
  requireWriter("insert rollouts into");
  if (rollouts.empty()) return;
  Transaction tx(db_, path_, "insert rollouts into");
  {
    Stmt s(db_, path_, "insert rollouts into",
           "INSERT INTO rollouts (sample_id, prefix_len, text, verdict) VALUES (?, ?, ?, ?)");
    for (const RolloutRecord& r : rollouts) {
      s.reset();
      s.bindInt(1, r.sample_id).bindInt(2, r.prefix_len).bindText(3, r.text);
      s.bindText(4, r.verdict).step();
    }
  }
  tx.commit();
}

void RunStore::addPairs(const std::vector<PairRecord>& pairs) {
  requireWriter("insert pairs into");
  if (pairs.empty()) return;
  Transaction tx(db_, path_, "insert pairs into");
  {
    Stmt s(db_, path_, "insert pairs into",
           "INSERT INTO pairs (run_id, kind, problem_index, prompt, chosen, rejected, "
           "chosen_complete, rejected_complete, pit) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (const PairRecord& r : pairs) {
      s.reset();
      s.bindInt(1, r.run_id).bindText(2, r.kind).bindInt(3, r.problem_index);
      s.bindText(4, r.prompt).bindText(5, r.chosen).bindText(6, r.rejected);
      s.bindInt(7, r.chosen_complete ? 1 : 0).bindInt(8, r.rejected_complete ? 1 : 0);
      s.bindInt(9, r.pit).step();
    }
  }
  tx.commit();
}

void RunStore::clearStage(std::int64_t run_id, const std::string& sample_stage,
                          const std::string& pair_kind_prefix) {
  requireWriter("clear stage in");
  Transaction tx(db_, path_, "clear stage in");
  if (!sample_stage.empty()) {
    // Steps and rollouts go with their samples (ON DELETE CASCADE; writers enable foreign keys).
    Stmt s(db_, path_, "clear stage in", "DELETE FROM samples WHERE run_id = ? AND stage = ?");
    s.bindInt(1, run_id).bindText(2, sample_stage).step();
  }
  if (!pair_kind_prefix.empty()) {
    // An exact prefix test: LIKE would treat '%' and '_' in the prefix as wildcards and ignore
    // ASCII case.
    Stmt s(db_, path_, "clear stage in",
           "DELETE FROM pairs WHERE run_id = ?1 AND substr(kind, 1, length(?2)) = ?2");
    s.bindInt(1, run_id).bindText(2, pair_kind_prefix).step();
  }
  tx.commit();
}

void RunStore::clearRun(std::int64_t run_id) {
  requireWriter("clear run in");
  Transaction tx(db_, path_, "clear run in");
  for (const char* sql :
       {"DELETE FROM metrics WHERE run_id = ?", "DELETE FROM samples WHERE run_id = ?",
        "DELETE FROM pairs WHERE run_id = ?"}) {
    Stmt s(db_, path_, "clear run in", sql);
    s.bindInt(1, run_id).step();
  }
  tx.commit();
}

// --- readers ----------------------------------------------------------------------------------

std::optional<SampleRecord> RunStore::sample(std::int64_t sample_id) const {
  Stmt s(db_, path_, "read sample from",
         std::string("SELECT ") + kSampleColumns + " FROM samples WHERE id = ?");
  s.bindInt(1, sample_id);
  if (!s.step()) return std::nullopt;
  return readSample(s);
}

std::vector<SampleRecord> RunStore::samples(std::int64_t run_id, const std::string& stage,
                                            int limit) const {
  return samples(run_id, stage, "", limit);
}

std::vector<SampleRecord> RunStore::samples(std::int64_t run_id, const std::string& stage,
                                            const std::string& verdict, int limit) const {
  std::string sql = std::string("SELECT ") + kSampleColumns + " FROM samples WHERE run_id = ?1";
  if (!stage.empty()) sql += " AND stage = ?2";
  if (!verdict.empty()) sql += " AND verdict = ?3";
  sql += " ORDER BY id LIMIT ?4";
  Stmt s(db_, path_, "read samples from", sql);
  s.bindInt(1, run_id).bindInt(4, sqlLimit(limit));
  if (!stage.empty()) s.bindText(2, stage);
  if (!verdict.empty()) s.bindText(3, verdict);
  return readSamples(s);
}

std::vector<SampleRecord> RunStore::analysedSamples(std::int64_t run_id, int limit) const {
  Stmt s(db_, path_, "read analysed samples from",
         std::string("SELECT ") + kSampleColumns +
             " FROM samples WHERE run_id = ? "
             "AND EXISTS (SELECT 1 FROM steps WHERE steps.sample_id = samples.id) "
             "ORDER BY id LIMIT ?");
  s.bindInt(1, run_id).bindInt(2, sqlLimit(limit));
  return readSamples(s);
}

std::vector<StepRecord> RunStore::steps(std::int64_t sample_id) const {
  Stmt s(db_, path_, "read steps from",
         "SELECT sample_id, step_index, text, q, advantage, rollouts, successes, is_pit, "
         "is_spurious FROM steps WHERE sample_id = ? ORDER BY step_index");
  s.bindInt(1, sample_id);
  std::vector<StepRecord> out;
  while (s.step()) {
    StepRecord r;
    r.sample_id = s.integer(0);
    r.step_index = s.int32(1);
    r.text = s.text(2);
    r.q = s.optReal(3);
    r.advantage = s.optReal(4);
    r.rollouts = s.int32(5);
    r.successes = s.int32(6);
    r.is_pit = s.boolean(7);
    r.is_spurious = s.boolean(8);
    out.push_back(std::move(r));
  }
  return out;
}

std::vector<RolloutRecord> RunStore::rollouts(std::int64_t sample_id, int prefix_len) const {
  const char* sql = prefix_len < 0
                        ? "SELECT id, sample_id, prefix_len, text, verdict FROM rollouts "
                          "WHERE sample_id = ?1 ORDER BY id"
                        : "SELECT id, sample_id, prefix_len, text, verdict FROM rollouts "
                          "WHERE sample_id = ?1 AND prefix_len = ?2 ORDER BY id";
  Stmt s(db_, path_, "read rollouts from", sql);
  s.bindInt(1, sample_id);
  if (prefix_len >= 0) s.bindInt(2, prefix_len);
  std::vector<RolloutRecord> out;
  while (s.step()) {
    RolloutRecord r;
    r.id = s.integer(0);
    r.sample_id = s.integer(1);
    r.prefix_len = s.int32(2);
    r.text = s.text(3);
    r.verdict = s.text(4);
    out.push_back(std::move(r));
  }
  return out;
}

std::vector<PairRecord> RunStore::pairs(std::int64_t run_id, const std::string& kind) const {
  const char* sql = kind.empty() ? "SELECT run_id, kind, problem_index, prompt, chosen, rejected, "
                                   "chosen_complete, rejected_complete, pit FROM pairs "
                                   "WHERE run_id = ?1 ORDER BY id"
                                 : "SELECT run_id, kind, problem_index, prompt, chosen, rejected, "
                                   "chosen_complete, rejected_complete, pit FROM pairs "
                                   "WHERE run_id = ?1 AND kind = ?2 ORDER BY id";
  Stmt s(db_, path_, "read pairs from", sql);
  s.bindInt(1, run_id);
  if (!kind.empty()) s.bindText(2, kind);
  std::vector<PairRecord> out;
  while (s.step()) {
    PairRecord r;
    r.run_id = s.integer(0);
    r.kind = s.text(1);
    r.problem_index = s.int32(2);
    r.prompt = s.text(3);
    r.chosen = s.text(4);
    r.rejected = s.text(5);
    r.chosen_complete = s.boolean(6);
    r.rejected_complete = s.boolean(7);
    r.pit = s.int32(8);
    out.push_back(std::move(r));
  }
  return out;
}

}  // namespace ef
