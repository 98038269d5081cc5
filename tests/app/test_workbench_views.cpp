// SPDX-License-Identifier: GPL-3.0-or-later
// The data-scaling page and the advantage inspector on a fixture workspace with known numbers:
// series, log axes, seed bands and multipliers of the scaling plot; step colours, pit flag,
// rollouts, pairs, filters and the pit histogram of the inspector; the inspector's figure export.
#include <QComboBox>
#include <QHeaderView>
#include <QImage>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <qcustomplot.h>

#include <cmath>

#include "dataset_export_dialog.h"
#include "diverging_scale.h"
#include "ef_test_main.h"
#include "fixture_workspace.h"
#include "inspector_page.h"
#include "legend_placement.h"
#include "palette.h"
#include "live_plot.h"
#include "pdf_fonts.h"
#include "pit_histogram.h"
#include "run_queue.h"
#include "scaling_page.h"
#include "scaling_view.h"
#include "solution_list_model.h"
#include "solution_view.h"
#include "step_table_model.h"
#include "training_page.h"
#include "store_reader.h"
#include "workspace.h"
#include "experiment/analysis/seed_band.h"
#include "store/run_store.h"

using namespace ef;

class TestWorkbenchViews : public QObject {
  Q_OBJECT

  QTemporaryDir dir_;
  fixture::Ids ids_;
  gui::Workspace* workspace_ = nullptr;
  gui::RunQueue* queue_ = nullptr;

 private slots:
  void initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    const QString db = dir_.filePath("fixture.sqlite");
    ids_ = fixture::writeFixtureWorkspace(db);
    workspace_ = new gui::Workspace(this);
    queue_ = new gui::RunQueue(this);
    QString error;
    QVERIFY2(workspace_->open(db, &error), qPrintable(error));
  }

  void scalingPlotMatchesTheCells() {
    gui::ScalingPage page(workspace_, queue_);
    page.showSweep(ids_.sweep);
    QVERIFY(workspace_->reader()->waitForReads());
    // Rates in [0, 1]: the default band is the percentile bootstrap, which stays inside.
    QCOMPARE(page.bandBox()->currentData().toInt(), int(BandKind::Bootstrap95));
    for (const auto& s : page.figureData().series)
      for (int i = 0; i < s.lo.size(); ++i)
        QVERIFY(s.lo[i] >= 0.0 && s.hi[i] <= 1.0 && s.lo[i] <= s.y[i] && s.y[i] <= s.hi[i]);
    page.bandBox()->setCurrentIndex(page.bandBox()->findData(int(BandKind::Std)));
    QVERIFY(workspace_->reader()->waitForReads());
    const widgets::FigureData f = page.figureData();
    QVERIFY2(!f.aggregation.contains("clipped"), qPrintable(f.aggregation));
    // Three methods and the SFT power law.
    QCOMPARE(f.series.size(), 4);
    QCOMPARE(f.series[0].name, gui::ScalingPage::methodLabel("sft"));
    QCOMPARE(f.series[2].name, gui::ScalingPage::methodLabel("step_dpo_full"));
    QVERIFY(f.log_x);
    QVERIFY(!f.log_y);
    QCustomPlot* plot = page.view()->plot();
    QCOMPARE(plot->xAxis->scaleType(), QCPAxis::stLogarithmic);
    QCOMPARE(plot->yAxis->scaleType(), QCPAxis::stLinear);
    // Means: the seeds' offsets cancel; band = ± 1 sample std of (e + 0.01, e − 0.01); SFT has
    // no spread.
    const double sd = std::sqrt(2.0) * fixture::kSeedOffset;
    for (int i = 0; i < 4; ++i) {
      const double size = 100 << i;
      QCOMPARE(f.series[0].x[i], size);
      QVERIFY(std::abs(f.series[0].y[i] - fixture::sftError(size)) < 1e-12);
      QVERIFY(std::abs(f.series[0].hi[i] - f.series[0].lo[i]) < 1e-15);
      const widgets::FigureSeries& rft = f.series[1];
      QVERIFY(std::abs(rft.y[i] - fixture::sftError(2 * size)) < 1e-12);
      QVERIFY(std::abs(rft.lo[i] - (fixture::sftError(2 * size) - sd)) < 1e-12);
      QVERIFY(std::abs(rft.hi[i] - (fixture::sftError(2 * size) + sd)) < 1e-12);
      QVERIFY(std::abs(f.series[2].y[i] - fixture::sftError(4 * size)) < 1e-12);
    }
    QVERIFY(f.aggregation.contains("2 seeds"));
    QVERIFY(f.aggregation.contains(page.bandBox()->currentText()));
    // The power law passes through the SFT means (exact fit: a = log 2, alpha = 0.5).
    const widgets::FigureSeries& law = f.series[3];
    for (int i = 0; i < law.x.size(); ++i)
      QVERIFY(std::abs(law.y[i] - fixture::sftError(law.x[i])) < 1e-9);
    // Multipliers: RFT is worth 2x, per-step DPO 4x; beyond 800 they are extrapolated.
    auto* view = page.view();
    const QString rft = gui::ScalingPage::methodLabel("rft");
    const QString step = gui::ScalingPage::methodLabel("step_dpo_full");
    QCOMPARE(view->multiplierTable()->rowCount(), 2);
    // With the fixture's three seeds each multiplier carries its bootstrap interval.
    for (int n : {100, 400}) {
      const QString text = view->multiplierText(rft, n);
      QVERIFY2(text.startsWith("2.00× ["), qPrintable(text));
      const QStringList bounds = text.section('[', 1).section(']', 0, 0).split(", ");
      QCOMPARE(bounds.size(), 2);
      QVERIFY2(bounds[0].toDouble() < 2.0 && bounds[1].toDouble() > 2.0, qPrintable(text));
    }
    QVERIFY(view->multiplierText(rft, 800).startsWith("2.00×") &&
            view->multiplierText(rft, 800).contains("extrap"));
    QVERIFY2(view->multiplierText(step, 200).startsWith("4.00× ["),
             qPrintable(view->multiplierText(step, 200)));
    QVERIFY(view->multiplierText(step, 400).contains("extrap"));
    // Against SFT's mean at the same size (SFT lies on its fit here): the same values, never
    // extrapolated.
    page.multiplierBox()->setCurrentIndex(1);
    QVERIFY(workspace_->reader()->waitForReads());
    QVERIFY2(view->multiplierText(rft, 800).startsWith("2.00× [") &&
                 !view->multiplierText(rft, 800).contains("extrap"),
             qPrintable(view->multiplierText(rft, 800)));
    QVERIFY2(view->multiplierText(step, 400).startsWith("4.00× [") &&
                 !view->multiplierText(step, 400).contains("extrap"),
             qPrintable(view->multiplierText(step, 400)));
    page.multiplierBox()->setCurrentIndex(0);
    QVERIFY(workspace_->reader()->waitForReads());
    // Standard error: the band halves... by sqrt(2) for two seeds.
    page.bandBox()->setCurrentIndex(1);
    QVERIFY(workspace_->reader()->waitForReads());
    const widgets::FigureData se = page.figureData();
    QVERIFY(std::abs((se.series[1].hi[0] - se.series[1].y[0]) - sd / std::sqrt(2.0)) < 1e-12);
    // Log y switches the axis.
    page.logYBox()->setChecked(true);
    QVERIFY(workspace_->reader()->waitForReads());
    QCOMPARE(plot->yAxis->scaleType(), QCPAxis::stLogarithmic);
    page.logYBox()->setChecked(false);
    QVERIFY(workspace_->reader()->waitForReads());
    // The training-set probe is read from each cell's result JSON.
    page.metricBox()->setCurrentIndex(page.metricBox()->findText(QCoreApplication::translate(
        "ef::gui::ScalingPage", "first-step accuracy on training problems")));
    QVERIFY(workspace_->reader()->waitForReads());
    const widgets::FigureData probe = page.figureData();
    QCOMPARE(probe.y_label, page.metricBox()->currentText());
    QCOMPARE(probe.series[0].x.size(), 4);
    for (int i = 0; i < 4; ++i) {
      const double size = 100 << i;
      QVERIFY(std::abs(probe.series[0].y[i] - (1.0 - fixture::sftError(size) / 4)) < 1e-12);
      QVERIFY(std::abs(probe.series[2].y[i] - (1.0 - fixture::sftError(4 * size) / 4)) < 1e-12);
    }
  }

  // A sweep of many methods: the legend leaves the axes (no corner holds eleven entries without
  // covering curves), and the multiplier table keeps one text line per row, however narrow its
  // columns were when it was filled, so the plot keeps most of the height.
  void manyMethodsKeepThePlotReadable() {
    widgets::ScalingView view;
    view.resize(700, 700);
    widgets::FigureData f;
    f.log_x = true;
    QVector<widgets::MultiplierRow> rows;
    for (int m = 0; m < 10; ++m) {
      widgets::FigureSeries s;
      s.name = QString("method %1").arg(m);
      s.x = {500, 1000, 2000, 8000};
      s.y = {0.8 - 0.01 * m, 0.7, 0.6, 0.5};
      f.series.push_back(s);
      if (m == 0) continue;
      widgets::MultiplierRow row{s.name, Qt::black, {}};
      for (int c = 0; c < 4; ++c)
        row.cells.push_back({1.5, true, 0.9, 2.4});  // "1.50× [0.90, 2.40] (extrap.)"
      rows.push_back(row);
    }
    view.setFigure(f);
    view.setMultipliers({500, 1000, 2000, 8000}, rows, "fit");
    QCustomPlot* plot = view.plot();
    QCOMPARE(plot->plotLayout()->columnCount(), 2);  // axis rect + the legend beside it
    QVERIFY(plot->legend->layout() != plot->axisRect()->insetLayout());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTableWidget* table = view.multiplierTable();
    const int line = table->fontMetrics().height();
    for (int r = 0; r < table->rowCount(); ++r)
      QVERIFY2(table->rowHeight(r) < 2 * line, qPrintable(QString::number(table->rowHeight(r))));
    // Eight rows show, the ninth scrolls; the plot gets more height than the table.
    const int eight = 8 * table->rowHeight(0) + table->horizontalHeader()->height();
    QVERIFY(table->height() >= eight && table->height() < eight + table->rowHeight(0));
    QVERIFY2(plot->height() > table->height(),
             qPrintable(QString("%1 vs %2").arg(plot->height()).arg(table->height())));
    // A few methods keep the inset legend in the emptiest corner.
    f.series.resize(3);
    view.setFigure(f);
    QCOMPARE(plot->legend->layout(), plot->axisRect()->insetLayout());
  }

  // The legend never covers data: on the fixture sweep and on the layout of a real 3-seed sweep
  // (errors falling from ~0.9 to ~0.4 between n = 125 and 1000, wide bands reaching 0 and 1),
  // at two window sizes, the legend's box holds none of the pixels the figure draws.
  void legendCoversNoData() {
    const auto check = [](widgets::ScalingView* view, const widgets::FigureData& f,
                          const char* what) {
      QCustomPlot* plot = view->plot();
      plot->replot();  // lays out at the widget's size
      const QRectF box = plot->legend->outerRect();
      QVERIFY2(box.width() > 0 && box.height() > 0, what);
      int inside = 0;
      for (const QPointF& p : widgets::drawnPixels(plot, f))
        inside += box.contains(p) ? 1 : 0;
      QVERIFY2(inside == 0, qPrintable(QString("%1: %2 drawn pixels under the legend at %3x%4")
                                           .arg(what)
                                           .arg(inside)
                                           .arg(plot->width())
                                           .arg(plot->height())));
    };
    gui::ScalingPage page(workspace_, queue_);
    page.resize(900, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.showSweep(ids_.sweep);
    QVERIFY(workspace_->reader()->waitForReads());
    check(page.view(), page.figureData(), "fixture");

    widgets::ScalingView view;
    widgets::FigureData f;
    f.log_x = true;
    f.aggregation = "mean over 3 seeds; band = ± 1 std (clipped to [0, 1])";
    const double err[4][4] = {{0.93, 0.85, 0.62, 0.41},
                              {0.91, 0.80, 0.55, 0.37},
                              {0.92, 0.78, 0.50, 0.33},
                              {0.90, 0.74, 0.47, 0.30}};
    for (int m = 0; m < 4; ++m) {
      widgets::FigureSeries s;
      s.name = QString("method %1").arg(m);
      s.marker = widgets::seriesMarker(m);
      for (int i = 0; i < 4; ++i) {
        s.x << (125 << i);
        s.y << err[m][i];
        s.lo << std::max(0.0, err[m][i] - (0.05 + 0.13 * i));
        s.hi << std::min(1.0, err[m][i] + (0.05 + 0.13 * i));
      }
      f.series << s;
    }
    for (const QSize size : {QSize(900, 650), QSize(520, 420)}) {
      view.resize(size);
      view.show();
      QVERIFY(QTest::qWaitForWindowExposed(&view));
      view.setFigure(f);
      check(&view, f, "3-seed layout");
      view.resize(size.width() + 150, size.height() - 60);  // a resize places it again
      QCoreApplication::processEvents();
      check(&view, f, "3-seed layout, resized");
    }
  }

  // Store reads run on the reader thread and arrive on the GUI thread in the order asked for; a
  // page destroyed meanwhile gets nothing; a query that throws calls `failed` instead.
  void storeReaderDeliversInOrder() {
    gui::StoreReader* reader = workspace_->reader();
    QVector<qint64> got;
    QObject context;
    for (int i = 0; i < 5; ++i) {
      reader->read<qint64>(
          &context,
          [this, i](const RunStore& store) {
            return store.run(ids_.credit_run)->id * 10 + i;  // a real read
          },
          [&got](qint64 v) { got << v; });
    }
    bool failed = false, delivered_after_throw = false;
    reader->read<int>(
        &context, [](const RunStore&) -> int { throw StoreError("database is locked"); },
        [&](int) { delivered_after_throw = true; }, [&] { failed = true; });
    bool late = false;
    {
      QObject gone;
      reader->read<int>(
          &gone, [](const RunStore&) { return 1; }, [&](int) { late = true; });
    }
    QVERIFY(reader->waitForReads());
    QCOMPARE(reader->pending(), 0);
    QCOMPARE(got, (QVector<qint64>{ids_.credit_run * 10, ids_.credit_run * 10 + 1,
                                   ids_.credit_run * 10 + 2, ids_.credit_run * 10 + 3,
                                   ids_.credit_run * 10 + 4}));
    QVERIFY(failed && !delivered_after_throw);
    QVERIFY(!late);
  }

  // Points that stream in while a run's history is being read are neither lost nor doubled: the
  // history (300 stored loss points) is followed by the live points after its last step.
  void liveMetricsDuringHistoryReadAreKept() {
    gui::TrainingPage page(workspace_, queue_);
    page.showRuns({ids_.credit_run});
    const QString loss = QString("#%1 (SFT n=400 seed=1) sft training loss").arg(ids_.credit_run);
    emit queue_->metric(ids_.credit_run, "sft", 300, "loss", 9.0);  // already stored: dropped
    emit queue_->metric(ids_.credit_run, "sft", 301, "loss", 0.5);
    emit queue_->metric(ids_.credit_run, "sft", 302, "loss", 0.4);
    emit queue_->metric(ids_.credit_run + 1000, "sft", 1, "loss", 0.4);  // another run
    QVERIFY(workspace_->reader()->waitForReads());
    QCOMPARE(page.plot()->pointCount(loss), 302);
    QCOMPARE(page.plot()->lastKey(loss), 302.0);
    emit queue_->metric(ids_.credit_run, "sft", 303, "loss", 0.3);  // after: appended directly
    QCOMPARE(page.plot()->pointCount(loss), 303);
    const widgets::FigureData f = page.axisFigureData(false);
    for (const auto& series : f.series) {
      if (series.name != loss) continue;
      for (int i = 1; i < series.x.size(); ++i)
        QVERIFY(series.x[i] > series.x[i - 1]);  // no step twice, in order
      QCOMPARE(series.y[300], 0.5);
    }
  }

  // Cell runs are named in the legend by their method's registered label.
  void trainingLegendNamesCellsByMethodLabel() {
    gui::TrainingPage page(workspace_, queue_);
    page.showRuns({ids_.credit_run, ids_.pair_run});
    QVERIFY(workspace_->reader()->waitForReads());
    QVERIFY(page.plot()->hasSeries(
        QString("#%1 (SFT n=400 seed=1) sft training loss").arg(ids_.credit_run)));
    QVERIFY(page.plot()->hasSeries(
        QString("#%1 (per-step DPO (full) n=400 seed=1) dpo training loss").arg(ids_.pair_run)));
    QVERIFY(page.plot()->hasSeries(
        QString("#%1 (per-step DPO (full) n=400 seed=1) test error").arg(ids_.pair_run)));
  }

  // Within one run each metric has its own marker and dash, the colour stays the run's, and the
  // legend names the metric: test error and pass@k of the SFT cell stay apart in print.
  void metricsOfOneRunAreDistinct() {
    gui::TrainingPage page(workspace_, queue_);
    page.showRuns({ids_.credit_run});
    QVERIFY(workspace_->reader()->waitForReads());
    const widgets::FigureData f = page.figureData();  // the right axis: the evaluation metrics
    const QString run = QString("#%1 (SFT n=400 seed=1) ").arg(ids_.credit_run);
    const widgets::FigureSeries *err = nullptr, *pass = nullptr;
    for (const auto& s : f.series) {
      if (s.name == run + "test error") err = &s;
      if (s.name == run + "pass@k") pass = &s;
    }
    QVERIFY(err && pass);
    QCOMPARE(err->x.size(), 6);
    QCOMPARE(err->color, pass->color);
    QVERIFY(err->marker != pass->marker);
    QVERIFY(err->pen != pass->pen);
    QVERIFY(err->marker != QCPScatterStyle::ssNone && pass->marker != QCPScatterStyle::ssNone);
  }

  void inspectorFollowsStoredAdvantages() {
    gui::InspectorPage page(workspace_);
    page.showRun(ids_.sweep);
    QVERIFY(workspace_->reader()->waitForReads());
    QCOMPARE(page.runBox()->count(), 1);  // the one cell run with analysed solutions
    QCOMPARE(page.currentRun(), ids_.credit_run);
    QCOMPARE(page.solutions()->rowCount(), 3);
    // Sorted by the most negative advantage first: the solution with the pit (min A = -0.4).
    auto* proxy = page.filter();
    QCOMPARE(proxy->index(0, 0).data(widgets::SolutionListModel::SampleIdRole).toLongLong(),
             ids_.pit_sample);
    QCOMPARE(page.currentSample(), ids_.pit_sample);
    // Steps: V(x) row + 4 steps; colours follow A on the diverging scale; the pit is step 3.
    auto* steps = page.solutionView()->stepModel();
    QCOMPARE(steps->rowCount(), 5);
    const double expected_a[] = {NAN, 0.2, -0.4, -0.4, 0.0};
    int pits = 0;
    for (int r = 0; r < 5; ++r) {
      const QModelIndex i = steps->index(r, widgets::StepTableModel::TextColumn);
      const double a = i.data(widgets::StepTableModel::AdvantageRole).toDouble();
      if (r > 0) QVERIFY(std::abs(a - expected_a[r]) < 1e-12);
      const QColor bg = i.data(Qt::BackgroundRole).value<QBrush>().color();
      QCOMPARE(bg, widgets::divergingColor(r == 0 ? NAN : expected_a[r]));
      if (i.data(widgets::StepTableModel::PitRole).toBool()) {
        ++pits;
        QCOMPARE(i.data(widgets::StepTableModel::StepIndexRole).toInt(), 3);
      }
    }
    QCOMPARE(pits, 1);
    // The pit is selected first and its rollouts (both failed: Q = 0) are listed.
    QCOMPARE(page.solutionView()->selectedStep(), 3);
    QCOMPARE(page.solutionView()->rolloutTable()->rowCount(), 2);
    // The pair built from this negative (stored by the per-step DPO cell beside it).
    QCOMPARE(page.solutionView()->pairTable()->rowCount(), 1);
    QCOMPARE(page.solutionView()->pairTable()->item(0, 0)->text(), QString("step_full"));
    // Histogram of pit positions over negatives: one at step 3, one without a pit.
    const QVector<double> counts = page.histogram()->counts();
    QCOMPARE(counts.size(), 3);
    QCOMPARE(counts[2], 1.0);
    QCOMPARE(page.histogram()->noneCount(), 1);
    // Filters: negatives with a pit; positives (the spurious step).
    proxy->setPitFilter(widgets::SolutionFilterProxy::PitFilter::Yes);
    QCOMPARE(proxy->rowCount(), 1);
    proxy->setPitFilter(widgets::SolutionFilterProxy::PitFilter::Any);
    proxy->setVerdictFilter(widgets::SolutionFilterProxy::VerdictFilter::Correct);
    QCOMPARE(proxy->rowCount(), 1);
    QVERIFY(page.showSample(ids_.positive));
    QVERIFY(steps->index(2, 0).data(widgets::StepTableModel::SpuriousRole).toBool());
    QVERIFY(!steps->index(3, 0).data(widgets::StepTableModel::SpuriousRole).toBool());
    // The pair of problem 7 was built from the negative, not from this positive.
    QCOMPARE(page.solutionView()->pairTable()->rowCount(), 0);
  }

  void inspectorExportsAFigure() {
    gui::InspectorPage page(workspace_);
    page.resize(1000, 700);
    page.show();
    page.showRun(ids_.sweep);
    QVERIFY(workspace_->reader()->waitForReads());
    const QString png = dir_.filePath("inspector.png");
    QString error;
    QVERIFY2(page.exportView(png, 192, &error), qPrintable(error));
    const QImage image(png);
    const QSize view = page.solutionView()->size();
    QCOMPARE(image.size(), view * 2);  // 192 dpi = 2x the 96 dpi screen
    const QString pdf = dir_.filePath("inspector.pdf");
    QVERIFY2(page.exportView(pdf, 300, &error), qPrintable(error));
    QVERIFY(QFileInfo(pdf).size() > 1000);
    // Vector text with embedded fonts, none of them Type 3.
    const auto fonts = test::pdfFontsOf(pdf);
    QVERIFY(!fonts.isEmpty());
    for (const auto& f : fonts) {
      QVERIFY2(f.emb == "yes", qPrintable(f.name));
      QVERIFY2(!f.type.contains("Type 3"), qPrintable(f.name + " " + f.type));
    }
  }

  // File → Export dataset…: the sweep's pairs as TRL DPO lines (one per stored pair) and the
  // analysed solutions as TRL PRM lines, written by a worker thread.
  void exportDatasetWritesJsonLines() {
    gui::DatasetExportDialog dialog(workspace_->path(), ids_.sweep, true);
    QCOMPARE(dialog.formatBox()->count(), gui::DatasetExportDialog::formatKeys().size());
    const RunStore store(workspace_->path().toStdString(), RunStore::Mode::ReadOnly);
    const auto pairs = store.pairs(ids_.pair_run).size();
    QVERIFY(pairs > 0);
    auto lines = [](const QString& path) {
      QFile f(path);
      if (!f.open(QIODevice::ReadOnly)) return QList<QByteArray>();
      return f.readAll().split('\n');
    };
    for (const QString key : {"trl-dpo", "trl-prm-soft"}) {
      const QString out = dir_.filePath(key + ".jsonl");
      bool done = false, ok = false;
      QString message;
      gui::DatasetExportDialog::startExport(this, workspace_->path(), ids_.sweep, key, out,
                                            [&](bool good, QString m) {
                                              done = true;
                                              ok = good;
                                              message = m;
                                            });
      QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
      QVERIFY2(ok, qPrintable(message));
      auto rows = lines(out);
      rows.removeAll(QByteArray());
      if (key == "trl-dpo") {
        QCOMPARE(std::size_t(rows.size()), pairs);
        QVERIFY(message.contains(QString::number(pairs)));
      } else {
        // The pit sample's Q: 0.8, 0.4, 0, 0.
        bool found = false;
        for (const auto& r : rows)
          found = found || r.contains("\"labels\":[0.8,0.4,0.0,0.0]");
        QVERIFY2(found, rows.isEmpty() ? "no rows" : rows.first().constData());
      }
    }
  }
};

EF_TEST_GUI_MAIN(TestWorkbenchViews)
#include "test_workbench_views.moc"
