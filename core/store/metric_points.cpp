// SPDX-License-Identifier: GPL-3.0-or-later
// Metric points removed by name (run_store.h, deleteNamedMetrics; docs/testing.md, "kill -9
// soak"): the test-set values of a finished model are recorded once per model, so a resumed run
// that evaluates the same model again replaces them instead of adding a second point.
#include "store/run_store.h"
#include "store/statement.h"

namespace ef {

using detail::Stmt;
using detail::Transaction;

int RunStore::deleteNamedMetrics(std::int64_t run_id, const std::string& stage,
                                 const std::vector<std::string>& names) {
  requireWriter("delete metrics from");
  if (names.empty()) return 0;
  std::string sql = "DELETE FROM metrics WHERE run_id = ? AND stage = ? AND name IN (";
  for (std::size_t i = 0; i < names.size(); ++i)
    sql += i ? ", ?" : "?";
  sql += ")";
  Transaction tx(db_, path_, "delete metrics from");
  int removed = 0;
  {
    Stmt s(db_, path_, "delete metrics from", sql);
    s.bindInt(1, run_id).bindText(2, stage);
    for (std::size_t i = 0; i < names.size(); ++i)
      s.bindText(static_cast<int>(3 + i), names[i]);
    s.step();
    removed = sqlite3_changes(db_);
  }
  tx.commit();
  return removed;
}

}  // namespace ef
