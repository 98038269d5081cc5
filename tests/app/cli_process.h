// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// eightfold-cli as a user or a script calls it (QProcess on the built binary), for test_cli and
// test_cli_commands: the process, the micro configuration with fields changed, the reference
// sweep copied, and sqlite3's own reading of a workspace to check the CLI's output against.
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QtGlobal>

#include <functional>

namespace ef::test {

struct CliResult {
  int code = -1;  // the exit code; -2: the process crashed or was killed
  QString out, err;
  QStringList lines() const { return out.split('\n', Qt::SkipEmptyParts); }
  QJsonObject lastJson() const {
    const auto l = lines();
    return l.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(l.last().toUtf8()).object();
  }
  // Every stdout line as a JSON object (JSONL).
  QList<QJsonObject> jsonLines() const {
    QList<QJsonObject> out_lines;
    for (const auto& l : lines())
      out_lines.push_back(QJsonDocument::fromJson(l.toUtf8()).object());
    return out_lines;
  }
};

inline QString cliPath() {
  return qEnvironmentVariable("EIGHTFOLD_CLI");
}

inline CliResult cli(const QStringList& args, int timeout_ms = 300000) {
  QProcess p;
  p.start(cliPath(), args);
  CliResult r;
  if (!p.waitForFinished(timeout_ms)) {
    r.err = "eightfold-cli did not finish: " + p.errorString();
    p.kill();
    p.waitForFinished();
    qWarning("%s", qPrintable(r.err));
    return r;
  }
  r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
  r.out = QString::fromUtf8(p.readAllStandardOutput());
  r.err = QString::fromUtf8(p.readAllStandardError());
  return r;
}

// Reads a running process's stdout line by line until `stop(line)` holds (returns true) or the
// process ends or `timeout_ms` pass (returns false). Every line read is appended to `seen`.
inline bool readUntil(QProcess& p, const std::function<bool(const QString&)>& stop, QString& seen,
                      int timeout_ms = 120000) {
  QElapsedTimer t;
  t.start();
  while (t.elapsed() < timeout_ms) {
    while (p.canReadLine()) {
      const QString line = QString::fromUtf8(p.readLine());
      seen += line;
      if (stop(line.trimmed())) return true;
    }
    if (p.state() == QProcess::NotRunning) return false;
    p.waitForReadyRead(20);
  }
  return false;
}

// The test-only micro configuration (tests/data/presets/micro-sweep.json; ctest sets the path).
inline QString microConfigPath() {
  return qEnvironmentVariable("EF_MICRO_CONFIG");
}

inline QJsonObject readJsonFile(const QString& path) {
  QFile f(path);
  if (!f.open(QIODevice::ReadOnly)) qFatal("cannot read %s", qPrintable(path));
  return QJsonDocument::fromJson(f.readAll()).object();
}

inline bool writeJsonFile(const QString& path, const QJsonObject& j) {
  QFile f(path);
  return f.open(QIODevice::WriteOnly) && f.write(QJsonDocument(j).toJson()) > 0;
}

// `base` with `patch` merged in: objects field by field, anything else replaced.
inline QJsonObject mergedJson(QJsonObject base, const QJsonObject& patch) {
  for (auto it = patch.begin(); it != patch.end(); ++it) {
    if (it->isObject() && base.value(it.key()).isObject()) {
      base[it.key()] = mergedJson(base.value(it.key()).toObject(), it->toObject());
    } else {
      base[it.key()] = *it;
    }
  }
  return base;
}

// The micro configuration with `patch` merged in, written to `path`; returns `path`.
inline QString microConfigWith(const QString& path, const QJsonObject& patch) {
  if (!writeJsonFile(path, mergedJson(readJsonFile(microConfigPath()), patch)))
    qFatal("cannot write %s", qPrintable(path));
  return path;
}

// One query's rows as sqlite3's own -json output reads them (independent of the CLI's store).
inline QJsonArray sql(const QString& db, const QString& query) {
  QProcess p;
  p.start("sqlite3", {"-json", db, query});
  if (!p.waitForFinished(60000) || p.exitCode() != 0)
    qWarning("sqlite3 %s: %s", qPrintable(query), p.readAllStandardError().constData());
  const QByteArray out = p.readAllStandardOutput().trimmed();
  return out.isEmpty() ? QJsonArray() : QJsonDocument::fromJson(out).array();
}

// The single value of a one-row, one-column query (null when there is no row).
inline QJsonValue sqlValue(const QString& db, const QString& query) {
  const QJsonArray rows = sql(db, query);
  if (rows.isEmpty()) return QJsonValue();
  const QJsonObject row = rows.first().toObject();
  return row.isEmpty() ? QJsonValue() : row.begin().value();
}

// The shared reference sweep (the micro sweep, seeds 1 and 2, run by the ctest fixture
// reference_sweep): copied to dir/w.sqlite with the named checkpoint files (e.g.
// "sweep-1/sft-n32-s1.pt") in dir/w.files, and every checkpoint row pointed into the copy, so
// that nothing the test does touches the reference. Returns the copy's path, or "" on failure.
inline QString copyReference(const QString& dir, const QStringList& checkpoints = {}) {
  const QString ref = qEnvironmentVariable("EF_REFERENCE_SWEEP");
  const QString db = dir + "/w.sqlite";
  if (ref.isEmpty() || !QFile::copy(ref + "/reference.sqlite", db)) return "";
  if (QFile::exists(ref + "/reference.sqlite-wal") &&
      !QFile::copy(ref + "/reference.sqlite-wal", db + "-wal"))
    return "";
  for (const auto& c : checkpoints) {
    const QString to = dir + "/w.files/" + c;
    if (!QDir().mkpath(QFileInfo(to).path()) || !QFile::copy(ref + "/reference.files/" + c, to))
      return "";
  }
  QProcess p;
  p.start("sqlite3", {db, QString("UPDATE checkpoints SET path = replace(path, '%1', '%2')")
                              .arg(ref + "/reference.files", dir + "/w.files")});
  if (!p.waitForFinished(60000) || p.exitCode() != 0) return "";
  return db;
}

}  // namespace ef::test
