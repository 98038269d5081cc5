// The GUI shell offscreen: live plot coalescing, and a real arith-tiny run started, streamed and
// cancelled through the window, the controller and the worker thread.
#include <QComboBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>

#include "ef_test_main.h"
#include "live_plot.h"
#include "main_window.h"
#include "run_controller.h"
#include "store/run_store.h"

using namespace ef;

class TestGui : public QObject {
  Q_OBJECT

 private slots:
  void livePlotCoalescesRedraws() {
    widgets::LivePlot plot;
    plot.addSeries("a", Qt::blue, widgets::LivePlot::Axis::Left);
    plot.show();
    for (int i = 0; i < 1000; ++i)
      plot.append("a", i, 1.0 / (i + 1));
    QCOMPARE(plot.redrawCount(), 0);  // nothing drawn per point
    QTRY_VERIFY_WITH_TIMEOUT(plot.redrawCount() >= 1, 2000);
    QCOMPARE(plot.pointCount("a"), 1000);
    QVERIFY(plot.redrawCount() <= 3);
    plot.append("missing", 1, 1);  // unknown series are ignored
    QCOMPARE(plot.pointCount("missing"), 0);
  }

  void startStreamAndCancel() {
    QTemporaryDir dir;
    const QString db = dir.filePath("w.sqlite");
    gui::MainWindow w(db, "arith-tiny");
    w.show();
    QCOMPARE(w.currentPreset(), QString("arith-tiny"));
    QSignalSpy metrics(w.controller()->worker(), &gui::RunWorker::metric);
    QSignalSpy finished(w.controller(), &gui::RunController::finished);
    auto* start = w.findChild<QPushButton*>();
    QVERIFY(start && start->isEnabled());
    w.startRun();
    QVERIFY(w.controller()->isRunning());
    QVERIFY(!start->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(metrics.count() >= 60, 60000);  // 20 steps x (loss, lr, grad_norm)
    QTRY_VERIFY_WITH_TIMEOUT(w.livePlot()->pointCount(tr("training loss")) >= 20, 5000);
    QElapsedTimer clock;
    clock.start();
    w.cancelRun();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    qInfo("cancel took %lld ms", static_cast<long long>(clock.elapsed()));
    QCOMPARE(finished.first().at(0).toString(), QString("cancelled"));
    QVERIFY2(w.statusText().contains("cancelled"), qPrintable(w.statusText()));
    QVERIFY(start->isEnabled());
    RunStore store(db.toStdString(), RunStore::Mode::ReadOnly);
    const auto runs = store.listRuns();
    QCOMPARE(runs.size(), std::size_t(1));
    QCOMPARE(QString::fromStdString(runs.front().status), QString("cancelled"));
  }

  void unknownPresetFallsBackToDefault() {
    QTemporaryDir dir;
    gui::MainWindow w(dir.filePath("w.sqlite"), "no-such-preset");
    QCOMPARE(w.currentPreset(), QString("arith-small"));
  }
};

EF_TEST_GUI_MAIN(TestGui)
#include "test_gui.moc"
