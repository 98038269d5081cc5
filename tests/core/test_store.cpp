// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of the SQLite run store: migrations, round trips between a writer and readers, refusal of
// foreign, newer and missing files, lock-based detection of interrupted runs, WAL concurrency.
#include <QtTest>

#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <tuple>
#include <thread>

#include "core/raw_db.h"
#include "store/run_lock.h"
#include "store/run_store.h"

using ef::MetricPoint;
using ef::RunRecord;
using ef::RunStore;
using ef::SampleRecord;
using ef::StoreError;

namespace {

using ef::test::RawDb;

QByteArray fileBytes(const QString& path) {
  QFile f(path);
  if (!f.open(QIODevice::ReadOnly)) return {};
  return f.readAll();
}

void writeFile(const QString& path, const QByteArray& bytes) {
  QFile f(path);
  QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
  f.write(bytes);
}

// Runs `body` and returns the StoreError message; fails the test if nothing is thrown.
template <typename F>
QString storeErrorOf(F body) {
  try {
    body();
  } catch (const StoreError& e) {
    return QString::fromUtf8(e.what());
  }
  return QStringLiteral("<no StoreError thrown>");
}

std::vector<MetricPoint> makePoints(int n) {
  std::vector<MetricPoint> points;
  for (int i = 0; i < n; ++i) {
    const bool eval = i % 10 == 9;
    points.push_back(MetricPoint{eval ? "eval" : "sft", i,
                                 eval ? "test_error" : (i % 2 ? "lr" : "loss"),
                                 (i % 3 == 0 ? -1.0 : 1.0) * (i * 0.123456789 + 1e-9 * i * i)});
  }
  return points;
}

SampleRecord makeSample(std::int64_t run_id, const std::string& stage, int i) {
  const std::string answer = std::to_string(12 + i);
  return SampleRecord{0,  // id: assigned by the store
                      run_id,
                      stage,
                      100 + i,
                      i,
                      "12+" + std::to_string(i) + "=\n\"quoted\" 'single' ünïcödé",
                      i % 2 ? "" : answer,
                      answer,
                      i % 3 == 0 ? "correct" : (i % 3 == 1 ? "wrong" : "unparseable"),
                      i % 2 ? "sample" : "greedy"};
}

auto fields(const MetricPoint& p) {
  return std::tie(p.stage, p.step, p.name, p.value);
}
auto fields(const SampleRecord& s) {
  return std::tie(s.run_id, s.stage, s.step, s.problem_index, s.prompt, s.output, s.answer,
                  s.verdict, s.mode);
}

// Field-by-field equality of two lists of records, in order.
template <typename T>
bool sameRecords(const std::vector<T>& a, const std::vector<T>& b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                    [](const T& x, const T& y) { return fields(x) == fields(y); });
}

QString qs(const std::string& s) {
  return QString::fromStdString(s);
}

}  // namespace

class TestStore : public QObject {
  Q_OBJECT

 private:
  QTemporaryDir dir_;
  int counter_ = 0;
  // A fresh database path in the temporary directory.
  QString freshPath() { return dir_.filePath(QStringLiteral("db%1.sqlite").arg(++counter_)); }

  static void checkSchema(const QString& path) {
    RawDb raw(path);
    QCOMPARE(raw.scalar("PRAGMA user_version").toInt(), RunStore::latestSchemaVersion());
    QCOMPARE(raw.scalar("PRAGMA journal_mode"), QStringLiteral("wal"));
    for (const char* name : {"runs", "metrics", "samples"}) {
      const QString sql =
          QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type='table' AND name='%1'")
              .arg(QLatin1String(name));
      QCOMPARE(raw.scalar(sql.toUtf8().constData()), QStringLiteral("1"));
    }
    QCOMPARE(raw.scalar("SELECT count(*) FROM sqlite_master WHERE type='index' AND "
                        "name IN ('metrics_run_name_step', 'samples_run_stage')"),
             QStringLiteral("2"));
  }

 private slots:
  void initTestCase() { QVERIFY(dir_.isValid()); }

  void migratesEmptyFile() {
    const QString path = freshPath();
    writeFile(path, {});
    QCOMPARE(QFileInfo(path).size(), 0);
    {
      RunStore store(path.toStdString(), RunStore::Mode::ReadWrite);
      QCOMPARE(RunStore::latestSchemaVersion(), 4);
      QCOMPARE(store.schemaVersion(), RunStore::latestSchemaVersion());
      QVERIFY(store.listRuns().empty());
    }
    checkSchema(path);
    // Reopening is a no-op, for writers and readers alike.
    RunStore again(path.toStdString(), RunStore::Mode::ReadWrite);
    QCOMPARE(again.schemaVersion(), RunStore::latestSchemaVersion());
    RunStore reader(path.toStdString(), RunStore::Mode::ReadOnly);
    QCOMPARE(reader.schemaVersion(), RunStore::latestSchemaVersion());
  }

  void migratesNonexistentPath() {
    const QString path = freshPath();
    QVERIFY(!QFileInfo::exists(path));
    { RunStore store(path.toStdString(), RunStore::Mode::ReadWrite); }
    QVERIFY(QFileInfo::exists(path));
    checkSchema(path);

    const QString missing_dir = dir_.filePath("no/such/dir/runs.sqlite");
    const QString error =
        storeErrorOf([&] { RunStore store(missing_dir.toStdString(), RunStore::Mode::ReadWrite); });
    QVERIFY2(error.contains("cannot open run store '" + missing_dir + "'"), qPrintable(error));
  }

  void roundTrip() {
    const QString path = freshPath();
    RunStore writer(path.toStdString(), RunStore::Mode::ReadWrite);
    const double before = QDateTime::currentMSecsSinceEpoch() / 1000.0;
    const auto first = writer.createRun("run", "first", R"({"lr":0.001})", R"({"torch":"2.3"})");
    const auto id = writer.createRun("run", "second", R"({"lr":0.002,"name":"ü"})", "{}");
    QCOMPARE(id, first + 1);

    {
      const auto queued = writer.run(id);
      QVERIFY(queued.has_value());
      QCOMPARE(qs(queued->status), QStringLiteral("queued"));
      QCOMPARE(queued->started_at, 0.0);
      QCOMPARE(queued->ended_at, 0.0);
    }
    writer.startRun(id, "cuda:0");
    const auto points = makePoints(1000);
    writer.addMetrics(id, points);
    writer.addMetrics(first, {MetricPoint{"sft", 1, "loss", 9.5}});
    std::vector<SampleRecord> samples;
    for (int i = 0; i < 30; ++i)
      samples.push_back(makeSample(id, i < 20 ? "eval" : "final", i));
    writer.addSamples(samples);
    writer.finishRun(id, "ok", "", R"({"test_error":0.25})");
    const double after = QDateTime::currentMSecsSinceEpoch() / 1000.0;

    RunStore reader(path.toStdString(), RunStore::Mode::ReadOnly);
    for (const RunStore* store : {&writer, &reader}) {
      const auto runs = store->listRuns();
      QCOMPARE(runs.size(), std::size_t(2));
      QCOMPARE(runs[0].id, id);  // newest first
      QCOMPARE(runs[1].id, first);
      const RunRecord& r = runs[0];
      QCOMPARE(qs(r.kind), QStringLiteral("run"));
      QCOMPARE(qs(r.name), QStringLiteral("second"));
      QCOMPARE(qs(r.status), QStringLiteral("ok"));
      QCOMPARE(r.config_json, std::string(R"({"lr":0.002,"name":"ü"})"));
      QCOMPARE(r.versions_json, std::string("{}"));
      QCOMPARE(r.device, std::string("cuda:0"));
      QCOMPARE(r.error, std::string());
      QCOMPARE(r.result_json, std::string(R"({"test_error":0.25})"));
      QVERIFY(r.created_at >= before - 1 && r.created_at <= after + 1);
      QVERIFY(r.created_at <= r.started_at);
      QVERIFY(r.started_at <= r.ended_at);
      QCOMPARE(qs(runs[1].status), QStringLiteral("queued"));
      QCOMPARE(runs[1].versions_json, std::string(R"({"torch":"2.3"})"));

      QVERIFY(sameRecords(store->metrics(id), points));
      std::vector<MetricPoint> losses;
      for (const auto& p : points) {
        if (p.name == "loss") losses.push_back(p);
      }
      QCOMPARE(losses.size(), std::size_t(500));
      QVERIFY(sameRecords(store->metrics(id, "loss"), losses));
      QVERIFY(store->metrics(id, "nope").empty());
      QCOMPARE(store->metrics(first).size(), std::size_t(1));
      QCOMPARE(store->metrics(first)[0].value, 9.5);

      QVERIFY(sameRecords(store->samples(id), samples));
      const auto eval = store->samples(id, "eval");
      QVERIFY(sameRecords(eval, {samples.begin(), samples.begin() + 20}));
      const auto final3 = store->samples(id, "final", 3);
      QVERIFY(sameRecords(final3, {samples.begin() + 20, samples.begin() + 23}));
      QCOMPARE(store->samples(id, "", 5).size(), std::size_t(5));
      QVERIFY(store->samples(first).empty());
      QVERIFY(!store->run(id + 100).has_value());
    }
    QVERIFY(!ef::isLockHeld(path.toStdString() + ".locks/run-" + std::to_string(id) + ".lock"));
  }

  void readOnlyRefusesWrites() {
    const QString path = freshPath();
    { RunStore writer(path.toStdString(), RunStore::Mode::ReadWrite); }
    RunStore reader(path.toStdString(), RunStore::Mode::ReadOnly);
    const QString error = storeErrorOf([&] { reader.createRun("run", "x", "{}", "{}"); });
    QVERIFY2(error.contains("read-only") && error.contains(path), qPrintable(error));
  }

  void refusesNewerSchema() {
    const QString path = freshPath();
    { RunStore writer(path.toStdString(), RunStore::Mode::ReadWrite); }
    {
      RawDb raw(path);
      raw.exec("PRAGMA journal_mode = DELETE; PRAGMA user_version = 999");
    }
    const QByteArray bytes = fileBytes(path);
    for (auto mode : {RunStore::Mode::ReadWrite, RunStore::Mode::ReadOnly}) {
      const QString error = storeErrorOf([&] { RunStore store(path.toStdString(), mode); });
      QVERIFY2(error.contains("schema version 999 is newer than this build supports (" +
                              QString::number(RunStore::latestSchemaVersion()) + ")"),
               qPrintable(error));
      QVERIFY2(error.contains(path), qPrintable(error));
    }
    QCOMPARE(fileBytes(path), bytes);  // untouched, still in rollback-journal mode
    RawDb raw(path);
    QCOMPARE(raw.scalar("PRAGMA journal_mode"), QStringLiteral("delete"));
  }

  // Found by fuzz_workspace: a negative user_version indexed before the migration list.
  void refusesNegativeSchemaVersion() {
    const QString path = freshPath();
    { RunStore writer(path.toStdString(), RunStore::Mode::ReadWrite); }
    { RawDb(path).exec("PRAGMA journal_mode = DELETE; PRAGMA user_version = -15796997"); }
    const QByteArray bytes = fileBytes(path);
    for (auto mode : {RunStore::Mode::ReadWrite, RunStore::Mode::ReadOnly}) {
      const QString error = storeErrorOf([&] { RunStore store(path.toStdString(), mode); });
      QCOMPARE(error, "'" + path +
                          "': schema version -15796997 is not one Eightfold writes (versions "
                          "start at 0)");
    }
    QCOMPARE(fileBytes(path), bytes);
  }

  void refusesTextFile() {
    const QString path = freshPath();
    const QByteArray text = "this is not a database, just some notes\n";
    writeFile(path, text);
    for (auto mode : {RunStore::Mode::ReadWrite, RunStore::Mode::ReadOnly}) {
      const QString error = storeErrorOf([&] { RunStore store(path.toStdString(), mode); });
      QCOMPARE(error, "'" + path + "' is not an Eightfold run store (file is not a database)");
    }
    QCOMPARE(fileBytes(path), text);
  }

  void refusesForeignDatabases() {
    const QString foreign = freshPath();
    writeFile(foreign, {});
    { RawDb(foreign).exec("CREATE TABLE notes (text TEXT)"); }
    QString error =
        storeErrorOf([&] { RunStore store(foreign.toStdString(), RunStore::Mode::ReadWrite); });
    QVERIFY2(error.contains("is not an Eightfold run store"), qPrintable(error));
    RawDb raw(foreign);
    QCOMPARE(raw.scalar("SELECT count(*) FROM sqlite_master"), QStringLiteral("1"));

    const QString versioned = freshPath();
    writeFile(versioned, {});
    { RawDb(versioned).exec("CREATE TABLE notes (text TEXT); PRAGMA user_version = 1"); }
    for (auto mode : {RunStore::Mode::ReadWrite, RunStore::Mode::ReadOnly}) {
      error = storeErrorOf([&] { RunStore store(versioned.toStdString(), mode); });
      QVERIFY2(error.contains("'" + versioned + "' is not an Eightfold run store"),
               qPrintable(error));
    }
  }

  void readOnlyMissingOrEmpty() {
    const QString missing = dir_.filePath("missing.sqlite");
    QString error =
        storeErrorOf([&] { RunStore store(missing.toStdString(), RunStore::Mode::ReadOnly); });
    QVERIFY2(error.startsWith("cannot open run store '" + missing + "': "), qPrintable(error));
    QVERIFY(!QFileInfo::exists(missing));

    const QString empty = freshPath();
    writeFile(empty, {});
    error = storeErrorOf([&] { RunStore store(empty.toStdString(), RunStore::Mode::ReadOnly); });
    QVERIFY2(error.contains(empty) && error.contains("open it for writing"), qPrintable(error));
    QCOMPARE(QFileInfo(empty).size(), 0);
  }

  void deadChildProcessReadsInterrupted() {
    const QString path = freshPath();
    const std::string p = path.toStdString();
    const pid_t child = fork();
    QVERIFY(child >= 0);
    if (child == 0) {
      int code = 0;
      try {
        RunStore store(p, RunStore::Mode::ReadWrite);
        const auto id = store.createRun("run", "doomed", "{}", "{}");
        store.startRun(id, "cpu");
        store.addMetrics(id, {MetricPoint{"sft", 1, "loss", 2.0}});
        code = id == 1 ? 0 : 3;
      } catch (...) {
        code = 2;
      }
      _exit(code);  // dies "running": no finishRun, no destructors; the OS drops the flock
    }
    int status = 0;
    QCOMPARE(waitpid(child, &status, 0), child);
    QVERIFY(WIFEXITED(status));
    QCOMPARE(WEXITSTATUS(status), 0);

    {
      RunStore reader(p, RunStore::Mode::ReadOnly);
      const auto run = reader.run(1);
      QVERIFY(run.has_value());
      QCOMPARE(qs(run->status), QStringLiteral("interrupted"));
      QCOMPARE(qs(reader.listRuns().at(0).status), QStringLiteral("interrupted"));
      QCOMPARE(reader.metrics(1).size(), std::size_t(1));  // committed data survived
    }
    QCOMPARE(RawDb(path).scalar("SELECT status FROM runs WHERE id = 1"),
             QStringLiteral("running"));  // readers do not write

    { RunStore writer(p, RunStore::Mode::ReadWrite); }
    RawDb raw(path);
    QCOMPARE(raw.scalar("SELECT status FROM runs WHERE id = 1"), QStringLiteral("interrupted"));
    QVERIFY(raw.scalar("SELECT ended_at FROM runs WHERE id = 1").toDouble() >=
            raw.scalar("SELECT started_at FROM runs WHERE id = 1").toDouble());
    QVERIFY(raw.scalar("SELECT ended_at FROM runs WHERE id = 1").toDouble() > 0);
  }

  void rawRunningWithoutLockReadsInterrupted() {
    const QString path = freshPath();
    RunStore writer(path.toStdString(), RunStore::Mode::ReadWrite);
    const auto id = writer.createRun("run", "x", "{}", "{}");
    RawDb(path).exec("UPDATE runs SET status = 'running'");  // no lock file at all
    QCOMPARE(qs(writer.run(id)->status), QStringLiteral("interrupted"));
    RunStore reader(path.toStdString(), RunStore::Mode::ReadOnly);
    QCOMPARE(qs(reader.run(id)->status), QStringLiteral("interrupted"));
    // An interrupted run may be started again.
    writer.startRun(id, "cpu");
    QCOMPARE(qs(reader.run(id)->status), QStringLiteral("running"));
    writer.finishRun(id, "cancelled", "stopped by user", "");
    QCOMPARE(qs(reader.run(id)->status), QStringLiteral("cancelled"));
    QCOMPARE(reader.run(id)->error, std::string("stopped by user"));
  }

  void heldRunReadsRunning() {
    const QString path = freshPath();
    const std::string p = path.toStdString();
    RunStore writer(p, RunStore::Mode::ReadWrite);
    const auto id = writer.createRun("run", "live", "{}", "{}");
    writer.startRun(id, "cpu");
    const std::string lock = p + ".locks/run-" + std::to_string(id) + ".lock";
    QVERIFY(ef::isLockHeld(lock));

    QCOMPARE(qs(writer.run(id)->status), QStringLiteral("running"));
    RunStore reader(p, RunStore::Mode::ReadOnly);
    QCOMPARE(qs(reader.run(id)->status), QStringLiteral("running"));
    {
      RunStore second_writer(p, RunStore::Mode::ReadWrite);  // must not mark it interrupted
      QCOMPARE(qs(second_writer.run(id)->status), QStringLiteral("running"));
      const QString error = storeErrorOf([&] { second_writer.startRun(id, "cpu"); });
      QCOMPARE(error, QStringLiteral("run %1 is already running in another process").arg(id));
      QVERIFY(storeErrorOf([&] {
                second_writer.finishRun(id, "ok", "", "");
              }).contains("another process"));
    }
    QCOMPARE(RawDb(path).scalar("SELECT status FROM runs"), QStringLiteral("running"));
    QVERIFY(storeErrorOf([&] { writer.startRun(id, "cpu"); }).contains("already running"));

    writer.finishRun(id, "failed", "out of memory", "");
    QVERIFY(!ef::isLockHeld(lock));
    QCOMPARE(qs(reader.run(id)->status), QStringLiteral("failed"));
    writer.startRun(id, "cpu");  // a failed run may be resumed
    QVERIFY(ef::isLockHeld(lock));
    writer.finishRun(id, "ok", "", "{}");
    QVERIFY(storeErrorOf([&] { writer.startRun(id, "cpu"); }).contains("status is 'ok'"));
    QVERIFY(!ef::isLockHeld(lock));  // the refused start released its lock

    // A writer that goes away while running leaves its run interrupted.
    const auto other = [&] {
      RunStore temporary(p, RunStore::Mode::ReadWrite);
      const auto run_id = temporary.createRun("run", "abandoned", "{}", "{}");
      temporary.startRun(run_id, "cpu");
      return run_id;
    }();
    QCOMPARE(qs(reader.run(other)->status), QStringLiteral("interrupted"));
  }

  void runLockBasics() {
    const std::string lock = dir_.filePath("locks-test/run-7.lock").toStdString();
    QVERIFY(!ef::isLockHeld(lock));  // missing file
    {
      auto held = ef::RunLock::tryAcquire(lock);
      QVERIFY(held != nullptr);
      QVERIFY(ef::isLockHeld(lock));
      QVERIFY(ef::isLockHeld(lock));  // probing does not disturb the holder
      QVERIFY(ef::RunLock::tryAcquire(lock, 0) == nullptr);
    }
    QVERIFY(!ef::isLockHeld(lock));
    QVERIFY(ef::RunLock::tryAcquire(lock, 0) != nullptr);
  }

  void concurrentReaderSeesCommittedBatches() {
    const QString path = freshPath();
    const std::string p = path.toStdString();
    RunStore writer(p, RunStore::Mode::ReadWrite);
    const auto id = writer.createRun("run", "busy", "{}", "{}");
    writer.startRun(id, "cpu");
    constexpr int kBatches = 40, kBatchSize = 250;

    std::atomic<bool> done{false};
    std::atomic<int> reads{0};
    std::atomic<bool> torn{false};
    std::atomic<bool> went_back{false};
    QString reader_error;
    std::thread reader_thread([&] {
      try {
        RunStore reader(p, RunStore::Mode::ReadOnly);
        std::size_t last = 0;
        while (!done.load()) {
          const std::size_t n = reader.metrics(id).size();
          if (n % kBatchSize != 0) torn = true;  // a half-committed batch
          if (n < last) went_back = true;
          last = n;
          ++reads;
        }
      } catch (const StoreError& e) {
        reader_error = QString::fromUtf8(e.what());
      }
    });
    for (int b = 0; b < kBatches; ++b) {
      std::vector<MetricPoint> batch;
      for (int i = 0; i < kBatchSize; ++i) {
        batch.push_back(MetricPoint{"sft", b * kBatchSize + i, "loss", 1.0 / (1 + i)});
      }
      writer.addMetrics(id, batch);
    }
    done = true;
    reader_thread.join();
    QVERIFY2(reader_error.isEmpty(), qPrintable(reader_error));
    QVERIFY(reads.load() > 0);
    QVERIFY(!torn.load());
    QVERIFY(!went_back.load());

    // A reader does not block on, nor see, an open write transaction.
    RunStore reader(p, RunStore::Mode::ReadOnly);
    RawDb raw(path);
    raw.exec("BEGIN IMMEDIATE; DELETE FROM metrics");
    QCOMPARE(reader.metrics(id).size(), std::size_t(kBatches * kBatchSize));
    raw.exec("COMMIT");
    QVERIFY(reader.metrics(id).empty());
    writer.finishRun(id, "ok", "", "{}");
  }

  void invalidWritesAreRejected() {
    const QString path = freshPath();
    RunStore writer(path.toStdString(), RunStore::Mode::ReadWrite);
    const auto id = writer.createRun("run", "x", "{}", "{}");
    writer.startRun(id, "cpu");
    QString error = storeErrorOf([&] { writer.finishRun(id, "done", "", ""); });
    QVERIFY2(error.contains("unknown run status 'done'"), qPrintable(error));
    error = storeErrorOf([&] { writer.finishRun(id, "running", "", ""); });
    QVERIFY2(error.contains("'running'"), qPrintable(error));
    QCOMPARE(qs(writer.run(id)->status), QStringLiteral("running"));
    writer.finishRun(id, "ok", "", "");

    error = storeErrorOf([&] { writer.startRun(id + 10, "cpu"); });
    QVERIFY2(error.contains("does not exist"), qPrintable(error));
    error = storeErrorOf([&] { writer.finishRun(id + 10, "ok", "", ""); });
    QVERIFY2(error.contains("does not exist"), qPrintable(error));

    // A failing batch leaves nothing behind.
    error = storeErrorOf([&] { writer.addMetrics(id + 10, {MetricPoint{"sft", 0, "loss", 1}}); });
    QVERIFY2(error.startsWith("insert metrics into '" + path + "': FOREIGN KEY"),
             qPrintable(error));
    std::vector<SampleRecord> samples = {makeSample(id, "eval", 0), makeSample(id + 10, "eval", 1)};
    error = storeErrorOf([&] { writer.addSamples(samples); });
    QVERIFY2(error.startsWith("insert samples into '" + path + "': "), qPrintable(error));
    QVERIFY(writer.samples(id).empty());
    writer.addSamples({samples[0]});  // the connection is usable afterwards
    QCOMPARE(writer.samples(id).size(), std::size_t(1));

    // A database locked by another writer: the busy timeout (5 s) runs out, and the error says
    // what was being done.
    RawDb raw(path);
    raw.exec("BEGIN IMMEDIATE");
    QElapsedTimer timer;
    timer.start();
    error = storeErrorOf([&] { writer.addMetrics(id, {MetricPoint{"sft", 0, "loss", 1}}); });
    QCOMPARE(error, "insert metrics into '" + path + "': database is locked");
    QVERIFY(timer.elapsed() >= 4500);
    raw.exec("ROLLBACK");
    writer.addMetrics(id, {MetricPoint{"sft", 0, "loss", 1}});
    QCOMPARE(writer.metrics(id).size(), std::size_t(1));
  }

  void deletingRunCascades() {
    const QString path = freshPath();
    RunStore writer(path.toStdString(), RunStore::Mode::ReadWrite);
    const auto id = writer.createRun("run", "x", "{}", "{}");
    writer.addMetrics(id, makePoints(10));
    writer.addSamples({makeSample(id, "eval", 0)});
    RawDb raw(path);
    raw.exec("PRAGMA foreign_keys = ON; DELETE FROM runs");
    QCOMPARE(raw.scalar("SELECT count(*) FROM metrics"), QStringLiteral("0"));
    QCOMPARE(raw.scalar("SELECT count(*) FROM samples"), QStringLiteral("0"));
  }

  void filesDirStripsExtension() {
    const QString base = dir_.filePath("ws");
    QVERIFY(QDir().mkpath(base));
    const std::pair<const char*, const char*> cases[] = {{"runs.sqlite", "runs.files/"},
                                                         {"runs.db", "runs.files/"},
                                                         {"runs", "runs.files/"},
                                                         {"my.runs.sqlite", "my.runs.files/"},
                                                         {".sqlite", ".sqlite.files/"}};
    for (const auto& [file, expected] : cases) {
      const std::string path = (base + "/" + file).toStdString();
      RunStore store(path, RunStore::Mode::ReadWrite);
      QCOMPARE(store.filesDir(), (base + "/" + expected).toStdString());
      QCOMPARE(store.path(), path);
      QVERIFY(!QFileInfo::exists(qs(store.filesDir())));  // not created
    }
  }
};

QTEST_GUILESS_MAIN(TestStore)
#include "test_store.moc"
