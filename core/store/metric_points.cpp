#include "store/metric_points.h"

#include "store/statement.h"

namespace ef {

int deleteNamedMetrics(const RunStore& store, std::int64_t run_id, const std::string& stage,
                       const std::vector<std::string>& names, std::int64_t from_step) {
  if (names.empty()) return 0;
  const std::string& path = store.path();
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
    const std::string message = db ? sqlite3_errmsg(db) : "out of memory";
    sqlite3_close_v2(db);
    throw StoreError("delete metrics from '" + path + "': " + message);
  }
  int removed = 0;
  try {
    sqlite3_busy_timeout(db, 5000);
    std::string sql =
        "DELETE FROM metrics WHERE run_id = ? AND stage = ? AND step >= ? AND name IN (";
    for (std::size_t i = 0; i < names.size(); ++i)
      sql += i ? ", ?" : "?";
    sql += ")";
    detail::Stmt s(db, path, "delete metrics from", sql);
    s.bindInt(1, run_id).bindText(2, stage).bindInt(3, from_step);
    for (std::size_t i = 0; i < names.size(); ++i)
      s.bindText(static_cast<int>(4 + i), names[i]);
    s.step();
    removed = sqlite3_changes(db);
  } catch (...) {
    sqlite3_close_v2(db);
    throw;
  }
  sqlite3_close_v2(db);
  return removed;
}

}  // namespace ef
