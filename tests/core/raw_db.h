// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A raw SQLite connection for inspecting, preparing and tampering with a workspace database behind
// the store's back (test_store, test_store_pipeline).
#include <QByteArray>
#include <QString>
#include <QtGlobal>
#include <sqlite3.h>

namespace ef::test {

class RawDb {
 public:
  explicit RawDb(const QString& path) {
    const int rc = sqlite3_open_v2(path.toStdString().c_str(), &db_,
                                   SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc != SQLITE_OK) qFatal("raw open failed: %s", sqlite3_errstr(rc));
    sqlite3_busy_timeout(db_, 5000);
  }
  ~RawDb() { sqlite3_close_v2(db_); }
  RawDb(const RawDb&) = delete;
  RawDb& operator=(const RawDb&) = delete;

  void exec(const char* sql) {
    char* message = nullptr;
    if (sqlite3_exec(db_, sql, nullptr, nullptr, &message) != SQLITE_OK) {
      const QByteArray text = message ? message : "?";
      sqlite3_free(message);
      qFatal("raw exec '%s' failed: %s", sql, text.constData());
    }
  }
  // First column of the first row as text ("" when there is no row or it is NULL).
  QString scalar(const char* sql) {
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db_, sql, -1, &stmt, nullptr) != SQLITE_OK) {
      qFatal("raw prepare '%s' failed: %s", sql, sqlite3_errmsg(db_));
    }
    QString result;
    if (sqlite3_step(stmt) == SQLITE_ROW) {
      result = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)));
    }
    sqlite3_finalize(stmt);
    return result;
  }
  int count(const char* table) {
    return scalar(QByteArray("SELECT count(*) FROM ").append(table).constData()).toInt();
  }

 private:
  sqlite3* db_ = nullptr;
};

}  // namespace ef::test
