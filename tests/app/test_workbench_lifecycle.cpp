// SPDX-License-Identifier: GPL-3.0-or-later
// The workbench's lifecycle offscreen, on the micro configuration: a cancelled sweep resumed from
// the run list and a killed one from the interrupted-run banner (finished cells kept as they
// were); a queued job removed from the run list never starts; a corrupt workspace file is refused
// by name and left as it was; closing or destroying the window while a run trains leaves that run
// cancelled in the store, never running.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QMap>
#include <QProcess>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeView>

#include <memory>
#include <optional>

#include "ef_test_main.h"
#include "experiment/config/method.h"
#include "json_form.h"
#include "main_window.h"
#include "run_queue.h"
#include "runs_model.h"
#include "runs_panel.h"
#include "setup_page.h"
#include "store/run_store.h"
#include "workbench_test_support.h"
#include "workspace.h"

using namespace ef;

namespace {

QPushButton* buttonNamed(QWidget* parent, const QString& text) {
  for (QPushButton* b : parent->findChildren<QPushButton*>())
    if (b->text() == text) return b;
  return nullptr;
}

int microCellCount() {
  const RunConfig cfg = test::microConfig();
  return int(cfg.sweep.sizes.size() * cfg.sweep.seeds.size() * registeredMethods().size());
}

// A finished cell as the store holds it: what a resume must leave alone.
struct KeptCell {
  std::int64_t run_id = 0;
  std::string result_json;
  std::optional<double> test_error;
  double ended_at = 0;  // of the cell's run
};

QString cellKey(const CellRecord& c) {
  return QString("%1 n=%2 seed=%3").arg(QString::fromStdString(c.method)).arg(c.size).arg(c.seed);
}

QMap<QString, KeptCell> finishedCells(const QString& db, qint64 sweep) {
  RunStore store(db.toStdString(), RunStore::Mode::ReadOnly);
  QMap<QString, KeptCell> out;
  for (const CellRecord& c : store.cells(sweep)) {
    if (c.status != "ok") continue;
    const auto run = store.run(c.run_id);
    out.insert(cellKey(c), {c.run_id, c.result_json, c.test_error, run ? run->ended_at : -1});
  }
  return out;
}

QByteArray fileBytes(const QString& path) {
  QFile f(path);
  return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The sweep of a workspace another process is writing, once one of its cells has finished.
qint64 sweepWithAFinishedCell(const QString& db) {
  if (!QFileInfo::exists(db)) return 0;
  try {
    RunStore store(db.toStdString(), RunStore::Mode::ReadOnly);
    for (const RunRecord& r : store.listRuns())
      for (const CellRecord& c : store.cells(r.id))
        if (r.kind == "sweep" && c.status == "ok") return r.id;
  } catch (const std::exception&) {  // being created: try again
  }
  return 0;
}

}  // namespace

class TestWorkbenchLifecycle : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
  void init() { QSettings().clear(); }

  // A sweep cancelled from the run list once a cell has finished is resumed with the list's
  // Resume button: it ends ok with every cell, and the cells finished before the cancel keep
  // their run, result and end time (not recomputed).
  void cancelledSweepResumesFromTheRunList() {
    QTemporaryDir dir;
    const QString db = dir.filePath("w.sqlite");
    gui::MainWindow w(db, QString());
    w.show();
    QVERIFY(test::loadMicroConfig(w));
    QSignalSpy started(w.queue(), &gui::RunQueue::jobStarted);
    QSignalSpy finished(w.queue(), &gui::RunQueue::jobFinished);
    QSignalSpy cells(w.queue(), &gui::RunQueue::cellChanged);
    w.setupPage()->startSweepButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 30000);
    const qint64 sweep = started.first().at(1).toLongLong();
    QTRY_COMPARE_WITH_TIMEOUT(w.runsPanel()->selectedRunIds(), QList<qint64>{sweep}, 10000);
    const auto cellsOk = [&] {
      int ok = 0;
      for (const auto& c : cells)
        ok += c.at(4).toString() == QLatin1String("ok");
      return ok;
    };
    QTRY_VERIFY_WITH_TIMEOUT(cellsOk() >= 1, 120000);
    QPushButton* cancel = buttonNamed(w.runsPanel(), "Cancel");
    QVERIFY(cancel && cancel->isEnabled());
    cancel->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QCOMPARE(finished.first().at(2).toString(), QString("cancelled"));
    QCOMPARE(QString::fromStdString(
                 RunStore(db.toStdString(), RunStore::Mode::ReadOnly).run(sweep)->status),
             QString("cancelled"));
    const auto kept = finishedCells(db, sweep);
    QVERIFY(!kept.isEmpty());
    QVERIFY2(kept.size() < microCellCount(), "the cancel came after the last cell");

    QPushButton* resume = buttonNamed(w.runsPanel(), "Resume");
    QVERIFY(resume);
    QTRY_VERIFY_WITH_TIMEOUT(resume->isEnabled(), 5000);  // once the list reads it cancelled
    resume->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 120000);
    QCOMPARE(finished.at(1).at(1).toLongLong(), sweep);
    QCOMPARE(finished.at(1).at(2).toString(), QString("ok"));
    checkResumed(db, sweep, kept);
  }

  // eightfold-cli killed with SIGKILL in the middle of the micro sweep: the workbench opening that
  // workspace offers the sweep in its banner, Resume all finishes it, finished cells kept.
  void killedSweepResumesFromTheBanner() {
    QTemporaryDir dir;
    const QString db = dir.filePath("w.sqlite");
    QProcess cli;
    cli.start(qEnvironmentVariable("EIGHTFOLD_CLI"),
              {"sweep", "--config", QString::fromStdString(test::microConfigPath()), "--db", db});
    QVERIFY2(cli.waitForStarted(), qPrintable(cli.errorString()));
    qint64 sweep = 0;
    QTRY_VERIFY_WITH_TIMEOUT((sweep = sweepWithAFinishedCell(db)) > 0, 120000);
    cli.kill();  // SIGKILL
    QVERIFY(cli.waitForFinished());
    QCOMPARE(cli.exitStatus(), QProcess::CrashExit);
    const auto kept = finishedCells(db, sweep);
    QVERIFY(!kept.isEmpty());
    QVERIFY2(kept.size() < microCellCount(), "the kill came after the last cell");

    gui::MainWindow w(db, QString());
    w.show();
    QCOMPARE(w.interruptedRuns(), QList<qint64>{sweep});
    QPushButton* resume_all = buttonNamed(&w, "Resume all");
    QVERIFY(resume_all && resume_all->isVisible());
    QSignalSpy finished(w.queue(), &gui::RunQueue::jobFinished);
    resume_all->click();
    QVERIFY(w.interruptedRuns().isEmpty());
    QVERIFY(!resume_all->isVisible());  // the banner goes away
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
    QCOMPARE(finished.first().at(1).toLongLong(), sweep);
    QCOMPARE(finished.first().at(2).toString(), QString("ok"));
    checkResumed(db, sweep, kept);
  }

  // One run trains, a second waits behind it on the same device; Remove from queue on the second
  // one's row drops it: it never starts, the store never sees it, the first finishes ok.
  void removedQueuedJobNeverStarts() {
    QTemporaryDir dir;
    const QString db = dir.filePath("w.sqlite");
    gui::MainWindow w(db, QString());
    w.show();
    QVERIFY(test::loadMicroConfig(w));
    widgets::JsonForm* form = w.setupPage()->form();
    QVERIFY(form->setValue("name", "running-job"));
    QVERIFY(form->setValue("sft.steps", 200));  // still training while the second one is removed
    w.setupPage()->validate();
    QSignalSpy started(w.queue(), &gui::RunQueue::jobStarted);
    QSignalSpy finished(w.queue(), &gui::RunQueue::jobFinished);
    w.setupPage()->startRunButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 30000);
    const qint64 first = started.first().at(1).toLongLong();
    QVERIFY(form->setValue("name", "queued-job"));
    w.setupPage()->validate();
    w.setupPage()->startRunButton()->click();
    QCOMPARE(w.queue()->pending().size(), 1);
    const gui::Job queued = w.queue()->pending().front();
    QCOMPARE(queued.label, QString("queued-job"));

    auto* model = w.runsPanel()->model();
    QModelIndex row;
    QTRY_VERIFY_WITH_TIMEOUT((row = queuedRow(model, queued.queue_id)).isValid(), 5000);
    QCOMPARE(model->data(row, gui::RunsModel::StatusRole).toString(), QString("queued"));
    QTreeView* view = w.runsPanel()->view();
    auto* proxy = qobject_cast<QSortFilterProxyModel*>(view->model());
    QVERIFY(proxy);
    view->selectionModel()->select(proxy->mapFromSource(row),
                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QPushButton* remove = buttonNamed(w.runsPanel(), "Remove from queue");
    QVERIFY(remove && remove->isEnabled());
    QVERIFY2(finished.isEmpty(), "the running job ended before the second one could be removed");
    remove->click();
    QVERIFY(w.queue()->pending().isEmpty());
    QVERIFY(w.queue()->activeFor(first).has_value());  // the running one goes on
    QTRY_VERIFY_WITH_TIMEOUT(!queuedRow(model, queued.queue_id).isValid(), 5000);

    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
    QCOMPARE(finished.first().at(1).toLongLong(), first);
    QCOMPARE(finished.first().at(2).toString(), QString("ok"));
    QVERIFY(!w.queue()->isBusy());  // nothing was started after it
    QCOMPARE(started.count(), 1);
    RunStore store(db.toStdString(), RunStore::Mode::ReadOnly);
    const auto runs = store.listRuns();
    QCOMPARE(runs.size(), std::size_t(1));
    QCOMPARE(runs.front().id, first);
    QCOMPARE(QString::fromStdString(runs.front().name), QString("running-job"));
    QCOMPARE(QString::fromStdString(runs.front().status), QString("ok"));
  }

  void corruptWorkspaceIsRefusedByName_data() { corruptFiles(); }

  // File → Open workspace on a file that is not a workable database: a message box and the status
  // bar name the file, the open workspace stays, the file keeps every byte.
  void corruptWorkspaceIsRefusedByName() {
    QFETCH(QByteArray, bytes);
    QTemporaryDir dir;
    const QString good = QFileInfo(dir.filePath("good.sqlite")).absoluteFilePath();
    const QString bad = QFileInfo(dir.filePath("bad.sqlite")).absoluteFilePath();
    QVERIFY(writeFile(bad, bytes));
    gui::MainWindow w(good, QString());
    w.show();
    QCOMPARE(w.workspace()->path(), good);
    test::MessageBoxAnswerer answer(QMessageBox::Ok);
    QVERIFY(!w.openWorkspace(bad));
    QCOMPARE(answer.count(), 1);
    QCOMPARE(answer.title(), QString("Cannot open workspace"));
    QVERIFY2(answer.text().contains(bad), qPrintable(answer.text()));
    QVERIFY2(w.statusText().contains(bad), qPrintable(w.statusText()));
    QCOMPARE(w.workspace()->path(), good);  // still open, still readable
    QVERIFY(w.workspace()->store() && w.workspace()->store()->listRuns().empty());
    QCOMPARE(w.queue()->database(), good);
    QVERIFY(!gui::Workspace::recentWorkspaces().contains(bad));
    QCOMPARE(fileBytes(bad), bytes);
    QVERIFY(!QFileInfo::exists(bad + "-wal") && !QFileInfo::exists(bad + "-shm"));
  }

  void corruptWorkspaceAtStart_data() { corruptFiles(); }

  // The same file as the workspace the window starts with: the error names it (message box and
  // status bar), no workspace is open, a run started anyway fails by the store's message, and the
  // file keeps every byte.
  void corruptWorkspaceAtStart() {
    QFETCH(QByteArray, bytes);
    QTemporaryDir dir;
    const QString bad = QFileInfo(dir.filePath("bad.sqlite")).absoluteFilePath();
    QVERIFY(writeFile(bad, bytes));
    test::MessageBoxAnswerer answer(QMessageBox::Ok);
    gui::MainWindow w(bad, QString());
    w.show();
    QCOMPARE(answer.count(), 1);
    QVERIFY2(answer.text().contains(bad), qPrintable(answer.text()));
    QVERIFY2(w.statusText().contains(bad), qPrintable(w.statusText()));
    QVERIFY(!w.workspace()->isOpen());
    // Start has nowhere to store a run: the job fails at once with the store's message.
    QVERIFY(test::loadMicroConfig(w));
    QSignalSpy finished(w.queue(), &gui::RunQueue::jobFinished);
    w.setupPage()->startRunButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QCOMPARE(finished.first().at(2).toString(), QString("failed"));
    QVERIFY2(finished.first().at(3).toString().contains("cannot open run store"),
             qPrintable(finished.first().at(3).toString()));
    QVERIFY2(w.statusText().contains("failed"), qPrintable(w.statusText()));
    QVERIFY(!w.queue()->isBusy());
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList{"bad.sqlite"});  // nothing written beside it either
    QCOMPARE(fileBytes(bad), bytes);
  }

  // Closing the window while a run trains asks first: No keeps both; Yes cancels the run at once
  // and drops the job queued behind it, so nothing trains behind a closed window; the store says
  // cancelled.
  void closingTheWindowCancelsItsRuns() {
    QTemporaryDir dir;
    const QString db = dir.filePath("w.sqlite");
    auto w = std::make_unique<gui::MainWindow>(db, QString());
    w->show();
    const qint64 run = startEndlessRun(*w);
    QVERIFY(run > 0);
    w->setupPage()->startRunButton()->click();  // a second one, queued behind it
    QCOMPARE(w->queue()->pending().size(), 1);
    QSignalSpy started(w->queue(), &gui::RunQueue::jobStarted);
    QSignalSpy finished(w->queue(), &gui::RunQueue::jobFinished);
    {
      test::MessageBoxAnswerer no(QMessageBox::No);
      QVERIFY(!w->close());
      QCOMPARE(no.count(), 1);
      QCOMPARE(no.title(), QString("Runs are active"));
    }
    QVERIFY(w->isVisible());
    QVERIFY(w->queue()->activeFor(run).has_value());
    QCOMPARE(w->queue()->pending().size(), 1);
    {
      test::MessageBoxAnswerer yes(QMessageBox::Yes);
      QVERIFY(w->close());
      QCOMPARE(yes.count(), 1);
    }
    QVERIFY(!w->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    QCOMPARE(finished.first().at(1).toLongLong(), run);
    QCOMPARE(finished.first().at(2).toString(), QString("cancelled"));
    QVERIFY(!w->queue()->isBusy());
    QCOMPARE(started.count(), 0);  // the queued job never started
    w.reset();
    RunStore store(db.toStdString(), RunStore::Mode::ReadOnly);
    const auto runs = store.listRuns();
    QCOMPARE(runs.size(), std::size_t(1));
    QCOMPARE(QString::fromStdString(runs.front().status), QString("cancelled"));
    QVERIFY(runs.front().ended_at > 0);
  }

  // What the application does when its last window has closed: the window is destroyed while its
  // run trains. The destructor cancels the run and waits for its worker, so the store says
  // cancelled (not running, not interrupted).
  void destroyingTheWindowMidRunStoresItCancelled() {
    QTemporaryDir dir;
    const QString db = dir.filePath("w.sqlite");
    auto w = std::make_unique<gui::MainWindow>(db, QString());
    w->show();
    const qint64 run = startEndlessRun(*w);
    QVERIFY(run > 0);
    QElapsedTimer clock;
    clock.start();
    w.reset();
    qInfo("the window went away in %lld ms", static_cast<long long>(clock.elapsed()));
    RunStore store(db.toStdString(), RunStore::Mode::ReadOnly);
    const auto rec = store.run(run);
    QVERIFY(rec.has_value());
    QCOMPARE(QString::fromStdString(rec->status), QString("cancelled"));
    QVERIFY(rec->ended_at > 0);
  }

 private:
  // Every cell ok, the sweep ok, the cells finished before the stop unchanged.
  void checkResumed(const QString& db, qint64 sweep, const QMap<QString, KeptCell>& kept) {
    RunStore store(db.toStdString(), RunStore::Mode::ReadOnly);
    const auto rec = store.run(sweep);
    QVERIFY(rec.has_value());
    QCOMPARE(QString::fromStdString(rec->status), QString("ok"));
    QCOMPARE(store.listRuns().size(), std::size_t(1));  // resumed in place, no new sweep
    const auto cells = store.cells(sweep);
    QCOMPARE(int(cells.size()), microCellCount());
    for (const CellRecord& c : cells)
      QVERIFY2(c.status == "ok", qPrintable(cellKey(c)));
    const auto after = finishedCells(db, sweep);
    for (auto it = kept.begin(); it != kept.end(); ++it) {
      QVERIFY2(after.contains(it.key()), qPrintable(it.key()));
      const KeptCell& now = after[it.key()];
      QCOMPARE(now.run_id, it->run_id);
      QCOMPARE(now.result_json, it->result_json);
      QCOMPARE(now.test_error, it->test_error);
      QCOMPARE(now.ended_at, it->ended_at);
    }
  }

  // The row of a queued job in the run list (invalid when it is not listed).
  static QModelIndex queuedRow(gui::RunsModel* model, qint64 queue_id) {
    for (int r = 0; r < model->rowCount(); ++r) {
      const QModelIndex i = model->index(r, 0);
      if (model->data(i, gui::RunsModel::QueueIdRole).toLongLong() == queue_id) return i;
    }
    return {};
  }

  // The micro run with more steps than any test waits for, started and training (in the store as
  // running, metrics streaming); returns its id, 0 on failure.
  static qint64 startEndlessRun(gui::MainWindow& w) {
    if (!test::loadMicroConfig(w) || !w.setupPage()->form()->setValue("sft.steps", 100000))
      return 0;
    w.setupPage()->validate();
    QSignalSpy started(w.queue(), &gui::RunQueue::jobStarted);
    QSignalSpy metrics(w.queue(), &gui::RunQueue::metric);
    w.setupPage()->startRunButton()->click();
    if (!QTest::qWaitFor([&] { return started.count() == 1 && metrics.count() >= 3; }, 60000))
      return 0;
    const qint64 run = started.first().at(1).toLongLong();
    RunStore store(w.workspace()->path().toStdString(), RunStore::Mode::ReadOnly);
    const auto rec = store.run(run);
    return rec && rec->status == "running" ? run : 0;
  }

  static void corruptFiles() {
    QTest::addColumn<QByteArray>("bytes");
    QByteArray random(8192, '\0');
    QRandomGenerator rng(8);
    for (char& b : random)
      b = char(rng.bounded(256));
    QTest::newRow("random bytes") << random;
    QTest::newRow("truncated workspace") << truncatedWorkspace();
  }

  // A real workspace (runs with their configs, metrics) cut to its first half.
  static QByteArray truncatedWorkspace() {
    QTemporaryDir dir;
    const std::string path = dir.filePath("real.sqlite").toStdString();
    {
      RunStore store(path, RunStore::Mode::ReadWrite);
      const std::string config = toJson(test::microConfig());
      for (int i = 0; i < 20; ++i) {
        const auto id = store.createRun("run", "run " + std::to_string(i), config, "{}");
        std::vector<MetricPoint> points;
        for (int s = 0; s < 200; ++s)
          points.push_back({"sft", s, "loss", 1.0 / (s + 1), id});
        store.addMetrics(id, points);
      }
    }  // the last connection checkpoints the WAL into the file
    const QByteArray whole = fileBytes(QString::fromStdString(path));
    return whole.left(whole.size() / 2);
  }

  static bool writeFile(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
  }
};

EF_TEST_GUI_MAIN(TestWorkbenchLifecycle)
#include "test_workbench_lifecycle.moc"
