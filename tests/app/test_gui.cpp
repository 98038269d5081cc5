// SPDX-License-Identifier: GPL-3.0-or-later
// The workbench offscreen (the training plot widget: test_live_plot): a real run of the micro
// configuration queued from the setup page, streamed into the training curves through the queue and
// the worker thread, and cancelled; the micro sweep end to end; the setup form's validation (the
// core's message at the field, Start disabled); presets saved and loaded back; the interrupted-run
// banner.
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QFileInfo>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <qcustomplot.h>
#include <QTabWidget>
#include <QTreeView>
#include <QTimer>
#include <QElapsedTimer>
#include <QDir>

#include <algorithm>
#include <cmath>
#include <map>

#include "ef_test_main.h"
#include "export_dialog.h"
#include "experiment/config/run_config.h"
#include "experiment/analysis/stage_times.h"
#include "inspector_page.h"
#include "scaling_page.h"
#include "scaling_view.h"
#include "solution_list_model.h"
#include "solution_view.h"
#include "step_history_model.h"
#include "step_history_view.h"
#include "json_form.h"
#include "language.h"
#include "column_extremes.h"
#include "live_plot.h"
#include "main_window.h"
#include "preferences.h"
#include "run_queue.h"
#include "runs_model.h"
#include "runs_panel.h"
#include "cluster/slurm_plan.h"
#include "experiment/pipeline/sweep.h"
#include "setup_page.h"
#include "slurm_dialog.h"
#include "slurm_watcher.h"
#include "store/run_store.h"
#include "training_page.h"
#include "store_reader.h"
#include "workspace.h"
#include "workbench_test_support.h"

using namespace ef;
using ef::test::settle;

namespace {

// The core's own message for a config with one field replaced.
QString coreMessage(const QString& json) {
  try {
    parseRunConfig(json.toStdString());
  } catch (const ConfigError& e) {
    return QString::fromUtf8(e.what());
  }
  return {};
}

}  // namespace

class TestGui : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
  void init() { QSettings().clear(); }

  void startStreamAndCancel() {
    QTemporaryDir dir;
    const QString db = dir.filePath("w.sqlite");
    gui::MainWindow w(db, "arith-tiny");
    w.show();
    QCOMPARE(w.setupPage()->presetBox()->currentText(), QString("arith-tiny"));
    // The micro model with more steps than the test waits for: still training when cancelled.
    QVERIFY(test::loadMicroConfig(w));
    QVERIFY(w.setupPage()->form()->setValue("sft.steps", 100000));
    w.setupPage()->validate();
    QVERIFY(w.setupPage()->isValid());
    QSignalSpy metrics(w.queue(), &gui::RunQueue::metric);
    QSignalSpy started(w.queue(), &gui::RunQueue::jobStarted);
    QSignalSpy finished(w.queue(), &gui::RunQueue::jobFinished);
    w.setupPage()->startRun();
    QVERIFY(w.queue()->isBusy());
    QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 30000);
    const qint64 run_id = started.first().at(1).toLongLong();
    QVERIFY(run_id > 0);
    // The new run is selected in the run list, so the training page shows it live.
    QTRY_VERIFY_WITH_TIMEOUT(w.trainingPage()->shownRuns().contains(run_id), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(metrics.count() >= 60, 60000);  // 20 steps x (loss, lr, grad_norm)
    const QString loss = QStringLiteral("#%1 sft training loss").arg(run_id);
    QTRY_VERIFY_WITH_TIMEOUT(w.trainingPage()->plot()->pointCount(loss) >= 20, 5000);
    // The run list shows it running with progress.
    auto* model = w.runsPanel()->model();
    QTRY_VERIFY_WITH_TIMEOUT(model->indexOfRun(run_id).isValid(), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(
        model->data(model->indexOfRun(run_id, gui::RunsModel::Status), Qt::DisplayRole).toString(),
        QString("running"), 5000);
    // The progress column elides; its tooltip and the status bar carry stage, k/N and ETA.
    QTRY_VERIFY_WITH_TIMEOUT(
        model->data(model->indexOfRun(run_id, gui::RunsModel::Progress), Qt::ToolTipRole)
            .toString()
            .contains(QRegularExpression("stage sft: \\d+/100000\nETA \\d+:\\d\\d")),
        5000);
    QTRY_VERIFY_WITH_TIMEOUT(w.progressText().contains(QRegularExpression(
                                 QString("#%1 sft \\d+/100000, ETA \\d+:\\d\\d").arg(run_id))),
                             5000);
    QElapsedTimer clock;
    clock.start();
    QVERIFY(w.queue()->cancelRun(run_id));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    qInfo("cancel took %lld ms", static_cast<long long>(clock.elapsed()));
    QCOMPARE(finished.first().at(2).toString(), QString("cancelled"));
    QVERIFY2(w.statusText().contains("cancelled"), qPrintable(w.statusText()));
    QVERIFY(!w.queue()->isBusy());
    RunStore store(db.toStdString(), RunStore::Mode::ReadOnly);
    const auto runs = store.listRuns();
    QCOMPARE(runs.size(), std::size_t(1));
    QCOMPARE(QString::fromStdString(runs.front().status), QString("cancelled"));
    // Cancelled runs can be resumed from the list.
    QTRY_COMPARE_WITH_TIMEOUT(
        model->data(model->indexOfRun(run_id, gui::RunsModel::Status), Qt::DisplayRole).toString(),
        QString("cancelled"), 5000);
  }

  // The whole loop a user does with the mouse: open the micro configuration, run it as a sweep,
  // watch it, see the scaling plot fill, inspect the credit, export the figure.
  void microSweepEndToEnd() {
    QTemporaryDir dir;
    const QString db = dir.filePath("w.sqlite");
    gui::MainWindow w(db, "arith-tiny");
    w.show();
    QVERIFY(test::loadMicroConfig(w));
    const RunConfig cfg = *w.setupPage()->config();
    QCOMPARE(cfg.model.layers, 1);  // the micro model, not the preset's
    const int cell_count =
        int(cfg.sweep.sizes.size() * cfg.sweep.seeds.size() * cfg.sweep.methods.size());
    QSignalSpy finished(w.queue(), &gui::RunQueue::jobFinished);
    QSignalSpy cells(w.queue(), &gui::RunQueue::cellChanged);
    QTest::mouseClick(w.setupPage()->startSweepButton(), Qt::LeftButton);
    QVERIFY(w.queue()->isBusy());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 300000);
    QCOMPARE(finished.first().at(2).toString(), QString("ok"));
    const qint64 sweep = finished.first().at(1).toLongLong();
    QSet<QString> reported;  // every cell reported at least once
    for (const auto& c : cells)
      reported << QString("%1 %2 %3")
                      .arg(c.at(1).toString())
                      .arg(c.at(2).toInt())
                      .arg(c.at(3).toULongLong());
    QCOMPARE(int(reported.size()), cell_count);
    // Selecting the sweep shows its curves, its scaling plot and its analysed negatives.
    w.runsPanel()->selectRun(sweep);
    QVERIFY(settle(w));
    QVERIFY(w.trainingPage()->plot()->seriesCount() > 0);
    QCOMPARE(w.scalingPage()->sweepId(), sweep);
    const widgets::FigureData fig = w.scalingPage()->figureData();
    QStringList methods;
    for (const auto& s : fig.series)
      if (s.x.size() == int(cfg.sweep.sizes.size())) methods << s.name;  // the fit line has more
    QVERIFY2(methods.size() == int(cfg.sweep.methods.size()), qPrintable(methods.join(", ")));
    QVERIFY(w.inspectorPage()->solutions()->rowCount() > 0);
    QVERIFY(w.inspectorPage()->currentSample() > 0);
    // Some analysed negative of the sweep shows the pairs the DPO cells built from it.
    int with_pairs = 0;
    auto* list = w.inspectorPage()->solutions();
    for (int r = 0; r < list->rowCount() && with_pairs == 0; ++r) {
      if (list->solution(r).verdict == "correct") continue;
      QVERIFY(w.inspectorPage()->showSample(list->solution(r).sample_id));
      with_pairs += w.inspectorPage()->solutionView()->pairTable()->rowCount();
    }
    QVERIFY(with_pairs > 0);
    // The stored results agree with what the plot shows: SFT at the larger size.
    RunStore store(db.toStdString(), RunStore::Mode::ReadOnly);
    const int large = *std::max_element(cfg.sweep.sizes.begin(), cfg.sweep.sizes.end());
    double sft_large = -1;
    for (const CellRecord& c : store.cells(sweep))
      if (c.method == "sft" && c.size == large) sft_large = *c.test_error;
    QCOMPARE(fig.series[0].y.back(), sft_large);
    checkRunTree(w, store, sweep, cell_count, large);
    if (QTest::currentTestFailed()) return;
    qint64 sft_cell = 0;
    checkPointClickSelectsItsCell(w, store, sweep, large, &sft_cell);
    if (QTest::currentTestFailed()) return;
    // Export through the dialog's own code path.
    widgets::ExportDialog dialog(fig);
    widgets::ExportSettings settings = dialog.settings();
    settings.format = "pdf";
    dialog.setSettings(settings);
    dialog.setPath(dir.filePath("scaling.pdf"));
    const QStringList files = dialog.exportNow();
    QVERIFY(files.contains(dir.filePath("scaling.pdf")));
    QVERIFY(QFileInfo(dir.filePath("scaling.csv")).size() > 0);
    checkStepHistory(w, store, sweep, sft_cell);
  }

  void invalidFieldShowsCoreMessageAndDisablesStart() {
    QTemporaryDir dir;
    gui::MainWindow w(dir.filePath("w.sqlite"), "arith-tiny");
    gui::SetupPage* setup = w.setupPage();
    QVERIFY(setup->isValid());
    QVERIFY(setup->startRunButton()->isEnabled());
    // heads must divide d_model: a cross-field check of the core.
    QVERIFY(setup->form()->setValue("model.heads", 5));
    setup->validate();
    QVERIFY(!setup->isValid());
    QVERIFY(!setup->startRunButton()->isEnabled());
    QVERIFY(!setup->startSweepButton()->isEnabled());
    QJsonObject doc = setup->form()->document();
    const QString expected = coreMessage(QString::fromUtf8(QJsonDocument(doc).toJson()));
    QVERIFY(!expected.isEmpty());
    QCOMPARE(setup->validationMessage(), expected);
    QCOMPARE(setup->form()->fieldError("model.heads"), expected);
    // A range error names its field too.
    QVERIFY(setup->form()->setValue("model.heads", 4));
    QVERIFY(setup->form()->setValue("sft.lr", -1.0));
    setup->validate();
    QVERIFY(!setup->isValid());
    QVERIFY2(setup->form()->fieldError("sft.lr").contains("sft.lr"),
             qPrintable(setup->form()->fieldError("sft.lr")));
    QVERIFY(setup->form()->fieldError("model.heads").isEmpty());
    // Fixing it enables Start again.
    QVERIFY(setup->form()->setValue("sft.lr", 0.001));
    setup->validate();
    QVERIFY(setup->isValid());
    QVERIFY(setup->startRunButton()->isEnabled());
    QVERIFY(setup->estimateText().contains("training problems"));
  }

  // The setup form is generated from the core's field table: every field has its editor, label,
  // range, choices and tooltip; pages come in pipeline order; special values read in words.
  void setupFormShowsEveryFieldWithItsRange() {
    QTemporaryDir dir;
    gui::MainWindow w(dir.filePath("w.sqlite"), "arith-tiny");
    widgets::JsonForm* form = w.setupPage()->form();
    // A page per top-level section of the field table, in its order, after the general one.
    QStringList pages{""};
    for (const auto& e : runConfigFields().entries())
      if (e.spec.type == FieldType::Section && e.spec.path.find('.') == std::string::npos)
        pages << QString::fromStdString(e.spec.path);
    QVERIFY(pages.size() >= 14);  // general, the pipeline's, the methods', sweep
    QCOMPARE(form->sections(), pages);
    int editors = 0;
    for (const auto& e : runConfigFields().entries()) {
      const FieldSpec& s = e.spec;
      const QString path = QString::fromStdString(s.path);
      if (s.type == FieldType::Section) {
        if (path.contains('.'))
          QVERIFY2(form->findChild<QWidget*>("section:" + path), qPrintable(path));
        continue;
      }
      QWidget* ed = form->editor(path);
      QVERIFY2(ed, qPrintable(path));
      ++editors;
      QVERIFY2(ed->toolTip().contains("Key: " + path), qPrintable(path));
      if (!s.help.empty())
        QVERIFY2(ed->toolTip().contains(QString::fromStdString(s.help)), qPrintable(path));
      bool labelled = false;
      for (const QLabel* l : form->findChildren<QLabel*>())
        labelled = labelled || (l->buddy() == ed && l->text() == QString::fromStdString(s.label));
      QVERIFY2(labelled, qPrintable(path));
      if (s.type == FieldType::Int) {
        auto* spin = qobject_cast<QSpinBox*>(ed);
        QVERIFY2(spin, qPrintable(path));
        QCOMPARE(spin->minimum(), static_cast<int>(s.min));
        QCOMPARE(spin->maximum(), static_cast<int>(s.max));
      }
      if (s.type == FieldType::Double && std::isfinite(s.max))
        QVERIFY2(ed->toolTip().contains(
                     QString("From %1 to %2")
                         .arg(QString::number(s.min, 'g', 12), QString::number(s.max, 'g', 12))),
                 qPrintable(ed->toolTip()));
      if (s.type == FieldType::Choice) {
        auto* combo = qobject_cast<QComboBox*>(ed);
        QVERIFY2(combo && !combo->isEditable(), qPrintable(path));
        QCOMPARE(combo->count(), static_cast<int>(s.choices.size()));
      }
      if (s.type == FieldType::ChoiceList)
        QCOMPARE(ed->findChildren<QCheckBox*>().size(), static_cast<int>(s.choices.size()));
    }
    QVERIFY(editors >= 70);
    // Words for special values, units as suffixes, registered names by their labels.
    auto* threads = qobject_cast<QSpinBox*>(form->editor("threads"));
    QCOMPARE(threads->specialValueText(), QString("all cores"));
    QCOMPARE(qobject_cast<QSpinBox*>(form->editor("sft.steps"))->suffix(), QString(" steps"));
    auto* kind = qobject_cast<QComboBox*>(form->editor("task.kind"));
    QCOMPARE(kind->itemText(0), QString("Arithmetic chains"));
    QCOMPARE(kind->itemData(0).toString(), QString("arith"));
    auto* step = form->findChild<QCheckBox*>("sweep.methods:step_dpo_full");
    QVERIFY(step);
    QCOMPARE(step->text(), QString("per-step DPO (full)"));
    QVERIFY(qobject_cast<QComboBox*>(form->editor("device"))->isEditable());
    // A box toggles the method in the validated, typed config.
    step->setChecked(false);
    w.setupPage()->validate();
    const auto& methods = w.setupPage()->config()->sweep.methods;
    QVERIFY(std::find(methods.begin(), methods.end(), "step_dpo_full") == methods.end());
    QCOMPARE(methods.size(), registeredMethods().size() - 1);
    // The note beside a line edit says what a special value means.
    QVERIFY(form->setValue("dpo.max_epochs", 0));
    const auto* note = form->findChild<QLabel*>("dpo.max_epochs:note");
    QVERIFY(note && note->text().contains("always run all steps"));
  }

  void presetRoundTripsThroughSaveAndLoad() {
    QTemporaryDir dir;
    gui::Preferences prefs;
    prefs.data_folder = dir.filePath("data");
    prefs.save();
    gui::MainWindow w(dir.filePath("w.sqlite"), "arith-scaling-tiny");
    gui::SetupPage* setup = w.setupPage();
    QVERIFY(setup->form()->setValue("name", "my-sweep"));
    QVERIFY(setup->form()->setValue("advantages.k_est", 7));
    QVERIFY(setup->form()->setValue("sweep.sizes", QJsonArray{50, 100, 300}));
    setup->validate();
    QVERIFY(setup->isValid());
    const QString saved = setup->configJson();
    QString error;
    const QString path = gui::SetupPage::userPresetFolder() + "/my-sweep.json";
    QVERIFY2(setup->savePreset(path, &error), qPrintable(error));
    // Load another preset, then the saved one: the same config, field for field.
    QVERIFY(setup->loadPreset("arith-tiny"));
    QVERIFY(setup->configJson() != saved);
    QVERIFY(setup->loadPreset("my-sweep (mine)"));
    QCOMPARE(setup->configJson(), saved);
    QCOMPARE(setup->form()->value("advantages.k_est").toInt(), 7);
    QCOMPARE(setup->form()->value("sweep.sizes").toArray(), (QJsonArray{50, 100, 300}));
  }

  // Preferences → Language applies at once: texts of the window, its pages, panels, models and
  // menus change without a restart, and back to English (expected strings: translations/*.ts).
  void languageSwitchesLive() {
    QTemporaryDir dir;
    gui::MainWindow w(dir.filePath("w.sqlite"), "arith-tiny");
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    auto* filter = w.runsPanel()->findChild<QLineEdit*>();
    auto* scaling_metric = w.scalingPage()->metricBox();
    auto texts = [&] {
      QTest::qWait(50);  // Qt posts LanguageChange to each window
      return QStringList{
          w.tabs()->tabText(1),
          w.setupPage()->startRunButton()->text(),
          w.runsPanel()
              ->model()
              ->headerData(gui::RunsModel::Kind, Qt::Horizontal, Qt::DisplayRole)
              .toString(),
          filter->placeholderText(),
          w.menuBar()->actions().first()->text(),
          scaling_metric->itemText(scaling_metric->findData(0)),
      };
    };
    const QStringList english{
        "Training curves", "Start run", "Kind", "Filter by name, kind or status…",
        "&File",           "test error"};
    QCOMPARE(texts(), english);
    QVERIFY(gui::applyLanguage("de"));
    QCOMPARE(texts(), (QStringList{"Trainingskurven", "Lauf starten", "Art",
                                   "Nach Name, Art oder Status filtern…", "&Datei", "Testfehler"}));
    QVERIFY(gui::applyLanguage("zh_CN"));
    QCOMPARE(texts()[1], QString("开始运行"));
    gui::applyLanguage("en");
    QCOMPARE(texts(), english);
  }

  // First start: an empty workspace points at the example; File → Open example workspace copies
  // the committed lookup-hint-scaling sweep (resources/example, docs/example.md) into the data
  // folder and selects its sweep, so every page shows it: the cells as rows under the sweep, the
  // scaling plot with its SFT power law over 3 seeds, curves, analysed solutions in the inspector
  // — a negative whose first pit is the copied wrong hint — and the step history of that solution
  // under the three checkpoints the example keeps.
  void exampleWorkspaceFillsEveryPage() {
    QTemporaryDir dir;
    gui::Preferences prefs;
    prefs.data_folder = dir.filePath("data");
    prefs.save();
    gui::MainWindow w(dir.filePath("empty.sqlite"), "arith-tiny");
    QVERIFY2(w.statusText().contains("Open example workspace"), qPrintable(w.statusText()));
    QVERIFY(w.openExampleWorkspace());
    const QString copy = dir.filePath("data/example/example.sqlite");
    QVERIFY(QFileInfo::exists(copy));
    RunStore store(copy.toStdString(), RunStore::Mode::ReadOnly);
    std::int64_t sweep = 0;
    for (const RunRecord& r : store.listRuns())
      if (r.kind == "sweep") sweep = r.id;
    QVERIFY(sweep > 0);
    const auto cells = store.childRuns(sweep);
    QCOMPARE(int(cells.size()), 4 * 3 * 10);  // sizes x seeds x methods of lookup-hint-scaling
    for (const RunRecord& c : cells)
      QCOMPARE(QString::fromStdString(c.status), QString("ok"));
    QTest::qWait(400);  // the scaling page's debounced reload
    QVERIFY(settle(w));
    QCOMPARE(w.scalingPage()->sweepId(), qint64(sweep));
    const widgets::FigureData fig = w.scalingPage()->figureData();
    QVERIFY(fig.series.size() >= 10);
    QVERIFY2(fig.aggregation.contains("mean over 3 seeds"), qPrintable(fig.aggregation));
    // SFT's points are the seed means of the stored cells, and they fall with data.
    std::map<int, double> sft_sum;
    for (const CellRecord& c : store.cells(sweep))
      if (c.method == "sft") sft_sum[c.size] += *c.test_error / 3.0;
    QCOMPARE(fig.series[0].y.size(), int(sft_sum.size()));
    int i = 0;
    for (const auto& [size, mean] : sft_sum) {
      QCOMPARE(fig.series[0].x[i], double(size));
      QVERIFY(std::abs(fig.series[0].y[i++] - mean) < 1e-9);
    }
    QVERIFY(sft_sum.begin()->second > 3 * sft_sum.rbegin()->second);
    bool has_law = false;
    for (const auto& series : fig.series)
      has_law = has_law || series.name.startsWith("SFT power law (α = ");
    QVERIFY(has_law);
    QVERIFY(w.trainingPage()->plot()->seriesCount() > 0);
    auto* model = w.runsPanel()->model();
    QCOMPARE(model->rowCount(model->indexOfRun(sweep, 0)), int(cells.size()));
    // The inspector: π_sft's analysed samples of the kept group, among them a negative that copied
    // a wrong hint (its first step writes the hint, and that step is the first pit).
    QVERIFY(w.inspectorPage()->runBox()->count() > 0);
    qint64 sft_cell = 0;
    for (const CellRecord& c : store.cells(sweep))
      if (c.method == "sft" && !store.checkpoints(c.run_id).empty()) sft_cell = c.run_id;
    QVERIFY(sft_cell > 0);
    qint64 shortcut = 0;
    for (const SampleRecord& s : store.samples(sft_cell, "sample")) {
      if (s.verdict == "correct" || shortcut != 0) continue;
      const auto steps = store.steps(s.id);
      const QString hint = QString::fromStdString(s.prompt).trimmed().right(1);
      for (const StepRecord& st : steps)
        if (st.step_index == 1 && st.is_pit && QString::fromStdString(st.text).endsWith("=" + hint))
          shortcut = s.id;
    }
    QVERIFY2(shortcut > 0, "no negative with its first pit at the copied hint");
    w.inspectorPage()->showRun(sft_cell);
    QVERIFY(settle(w));
    QVERIFY(w.inspectorPage()->solutions()->rowCount() > 0);
    QVERIFY(w.inspectorPage()->showSample(shortcut));
    checkStepHistory(w, store, sweep, sft_cell);
    if (QTest::currentTestFailed()) return;
    QCOMPARE(w.inspectorPage()->solutionView()->stepHistory()->model()->history().policies.size(),
             2);  // π_sft and per-step DPO
    // Opening it again opens the same copy (runs started there are kept).
    QVERIFY(w.openExampleWorkspace());
  }

  void interruptedRunsAreOfferedForResume() {
    QTemporaryDir dir;
    const QString db = dir.filePath("w.sqlite");
    {
      RunStore store(db.toStdString(), RunStore::Mode::ReadWrite);
      const auto id = store.createRun("run", "dead", "{}", "{}");
      store.startRun(id, "cpu");
      // The store object goes away without finishRun: like a crash, the lock is released.
    }
    gui::MainWindow w(db, "arith-tiny");
    QCOMPARE(w.interruptedRuns().size(), 1);
  }

  // Start sweep on Slurm…: a bad option is named and blocks writing; the script follows the
  // options; Write only writes the plan folder and the window watches it: once the tasks have
  // written their shards, the watcher merges them into the workspace (docs/cluster.md).
  void slurmDialogWritesThePlanAndTheWatcherMerges() {
    QTemporaryDir dir;
    gui::MainWindow w(dir.filePath("w.sqlite"), "arith-scaling-tiny");
    gui::SetupPage* setup = w.setupPage();
    QVERIFY(test::loadMicroConfig(w));  // two sizes, one seed: two tasks
    QVERIFY(setup->form()->setValue("sweep.methods", QJsonArray{"sft"}));
    setup->validate();
    QVERIFY(setup->startSlurmButton()->isEnabled());
    setup->startSlurmButton()->click();
    auto* dialog = setup->findChild<gui::SlurmDialog*>();
    QVERIFY(dialog);
    dialog->timeEdit()->setText("90 minutes");
    QVERIFY2(dialog->message()->text().contains("--time"), qPrintable(dialog->message()->text()));
    QVERIFY(!dialog->submitButton()->isEnabled() && !dialog->writeButton()->isEnabled());
    dialog->timeEdit()->setText("00:20:00");
    dialog->cpusBox()->setValue(2);
    dialog->folderEdit()->setText(dir.filePath("plan"));
    const QString script = dialog->preview()->toPlainText();
    for (const char* line : {"#SBATCH --time=00:20:00", "#SBATCH --cpus-per-task=2",
                             "#SBATCH --array=0-1", "--task \"$task\""})
      QVERIFY2(script.contains(line), line);
    QVERIFY(dialog->writeButton()->isEnabled());
    QVERIFY(!QFileInfo::exists(dir.filePath("plan")));  // nothing written before the click
    dialog->writeButton()->click();
    QVERIFY(QFileInfo::exists(dir.filePath("plan/manifest.json")));
    QCOMPARE(QString::fromStdString(readSlurmPlan(dir.filePath("plan").toStdString()).plan),
             QString::fromStdString(dialog->plan().plan));

    // The two tasks, run here as Slurm would run them.
    const SlurmPlan plan = readSlurmPlan(dir.filePath("plan").toStdString());
    const RunConfig cfg = *setup->config();
    for (const auto& t : plan.tasks) {
      RunStore shard(plan.shardPath(t.index), RunStore::Mode::ReadWrite);
      RunObserver quiet;
      CancelToken never;
      QCOMPARE(QString::fromStdString(
                   executeSweepTask(cfg, plan.plan, t.index, shard, quiet, never).status),
               QString("ok"));
    }
    gui::SlurmWatcher* watcher = w.watchSlurmPlan(dir.filePath("plan"));  // the one already there
    QSignalSpy merged(watcher, &gui::SlurmWatcher::merged);
    watcher->poll();
    QVERIFY(merged.wait(60000));
    QCOMPARE(merged.last().at(1).toString(), QString("ok"));
    QCOMPARE(merged.last().at(2).toInt(), 2);
    QVERIFY(watcher->finished());
    QVERIFY2(w.statusText().contains("2 of 2 cells merged"), qPrintable(w.statusText()));
    const auto runs = w.workspace()->store()->listRuns();
    QCOMPARE(runs.size(), std::size_t(1));
    QCOMPARE(QString::fromStdString(runs[0].status), QString("ok"));
    QCOMPARE(w.workspace()->store()->cells(runs[0].id).size(), std::size_t(2));
  }

  // Write and submit runs sbatch as a QProcess: a stand-in that hangs is stopped after the
  // timeout while the GUI thread keeps handling events, the reason is shown, and the dialog stays
  // open; a second stand-in that answers records its job id in the plan's manifest.
  void slurmSubmitDoesNotBlockTheGuiThread() {
    QTemporaryDir dir;
    const QString bin = dir.filePath("bin");
    QVERIFY(QDir().mkpath(bin));
    auto standIn = [&](const QByteArray& body) {
      QFile f(bin + "/sbatch");
      QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
      f.write("#!/bin/sh\n" + body + "\n");
      f.close();
      f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    };
    standIn("sleep 30");
    const QByteArray path = qgetenv("PATH");
    qputenv("PATH", bin.toUtf8() + ":" + path);
    gui::SlurmDialog dialog(test::microConfig(), "/usr/bin/eightfold-cli",
                            dir.filePath("w.sqlite"));
    dialog.folderEdit()->setText(dir.filePath("plan"));
    dialog.setSubmitTimeout(1.5);
    QSignalSpy failed(&dialog, &gui::SlurmDialog::submitFailed);
    QSignalSpy written(&dialog, &gui::SlurmDialog::planWritten);
    int ticks = 0;
    QTimer tick;
    connect(&tick, &QTimer::timeout, [&] { ++ticks; });
    tick.start(20);
    QElapsedTimer clock;
    clock.start();
    QVERIFY(dialog.submitPlan());  // returns at once
    QVERIFY2(clock.elapsed() < 500, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(dialog.submitting());
    QVERIFY(!dialog.submitButton()->isEnabled());
    QVERIFY(failed.wait(10000));
    const qint64 waited = clock.elapsed();
    QVERIFY2(waited >= 1400 && waited < 8000, qPrintable(QString::number(waited)));
    // The event loop ran all along: a 20 ms timer ticked through the wait.
    QVERIFY2(ticks >= 30, qPrintable(QString::number(ticks)));
    const QString message = dialog.message()->text();
    QVERIFY2(message.contains("did not answer within 1.5 s"), qPrintable(message));
    QVERIFY2(message.contains("check squeue"), qPrintable(message));
    QCOMPARE(written.count(), 0);
    QVERIFY(!dialog.submitting());
    QVERIFY(dialog.submitButton()->isEnabled());  // the plan is written; submitting may be retried
    QVERIFY(QFileInfo::exists(dir.filePath("plan/manifest.json")));

    standIn("echo '4242;cluster'");
    QVERIFY(dialog.submitPlan());
    QVERIFY(written.wait(10000));
    QCOMPARE(written.last().at(1).toBool(), true);
    QCOMPARE(QString::fromStdString(readSlurmPlan(dir.filePath("plan").toStdString()).job_id),
             QString("4242"));
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    qputenv("PATH", path);
  }

 private:
  // The run tree: the sweep's cells are its children, in the store's order, each a row with its
  // method, size and seed; a filter that matches one cell keeps its sweep above it; selecting a
  // cell row shows that cell's curves.
  void checkRunTree(gui::MainWindow& w, const RunStore& store, qint64 sweep, int cell_count,
                    int size) {
    auto* model = w.runsPanel()->model();
    model->refresh();
    QVERIFY(settle(w));
    const QModelIndex sweep_row = model->indexOfRun(sweep);
    QVERIFY(sweep_row.isValid() && !sweep_row.parent().isValid());
    const auto children = store.childRuns(sweep);
    QCOMPARE(int(children.size()), cell_count);
    QCOMPARE(model->rowCount(sweep_row), int(children.size()));
    for (int i = 0; i < int(children.size()); ++i) {
      const QModelIndex c = model->index(i, gui::RunsModel::Name, sweep_row);
      QCOMPARE(model->data(c, gui::RunsModel::RunIdRole).toLongLong(), children[i].id);
      QCOMPARE(model->data(c, Qt::DisplayRole).toString(),
               QString::fromStdString(children[i].name));
      QCOMPARE(model->parent(c), model->index(sweep_row.row(), 0));
      QCOMPARE(model->indexOfRun(children[i].id, gui::RunsModel::Name), c);
      // A finished cell's tooltip says where its time went: the stages the store recorded.
      const QString tip = model->data(c, Qt::ToolTipRole).toString();
      const StageTimes stages = stageTimesOf(store, children[i].id);
      QVERIFY2(!stages.empty(), children[i].name.c_str());
      QVERIFY2(tip.startsWith("Time per stage:"), qPrintable(tip));
      for (const auto& [stage, t] : stages)
        QVERIFY2(
            tip.contains(
                QString("%1: %2 s").arg(QString::fromStdString(stage)).arg(t.seconds, 0, 'f', 1)),
            qPrintable(tip));
    }
    QVERIFY2(model->data(sweep_row.siblingAtColumn(gui::RunsModel::Name), Qt::ToolTipRole)
                 .toString()
                 .startsWith("Time per stage, all cells:"),
             qPrintable(model->data(sweep_row, Qt::ToolTipRole).toString()));
    auto* proxy = w.runsPanel()->view()->model();
    w.runsPanel()->findChild<QLineEdit*>()->setText(QString("step_dpo_prefix n=%1").arg(size));
    QCOMPARE(proxy->rowCount(), 1);
    QCOMPARE(proxy->rowCount(proxy->index(0, 0)), 1);
    w.runsPanel()->findChild<QLineEdit*>()->clear();
    const qint64 cell = children.back().id;
    w.runsPanel()->selectRun(cell);
    QVERIFY(settle(w));
    QCOMPARE(w.runsPanel()->selectedRunIds(), QList<qint64>{cell});
    QVERIFY(w.trainingPage()->shownRuns().contains(cell));
  }

  // One selection: a click on the per-step DPO point at `size` of the scaling plot selects a cell
  // of that size drawn at that point (on the micro sweep several methods share a value, and
  // their bands and the fit line are drawn over it) in the run tree and the training page, and
  // the inspector opens on the cell whose analysed negatives it trained on (the SFT cell of the
  // same size and seed), returned in sft_cell.
  void checkPointClickSelectsItsCell(gui::MainWindow& w, const RunStore& store, qint64 sweep,
                                     int size, qint64* sft_cell) {
    w.findChild<QTabWidget*>()->setCurrentWidget(w.scalingPage());
    w.scalingPage()->showSweep(sweep);
    QVERIFY(settle(w));
    const widgets::FigureData shown = w.scalingPage()->figureData();
    const QString dpo_label = gui::ScalingPage::methodLabel("step_dpo_prefix");
    int dpo_series = -1;
    for (int i = 0; i < shown.series.size(); ++i)
      if (shown.series[i].name == dpo_label) dpo_series = i;
    QVERIFY(dpo_series >= 0);
    const int at = shown.series[dpo_series].x.indexOf(size);
    QVERIFY(at >= 0);
    QCustomPlot* plot = w.scalingPage()->view()->plot();
    plot->replot();
    const double y_px = plot->yAxis->coordToPixel(shown.series[dpo_series].y[at]);
    const QPoint px(int(std::lround(plot->xAxis->coordToPixel(size))), int(std::lround(y_px)));
    QList<qint64> drawn_there;  // the cells of that size whose point is the clicked pixel
    for (const CellRecord& c : store.cells(sweep)) {
      if (c.size != size) continue;
      if (c.test_error && std::abs(plot->yAxis->coordToPixel(*c.test_error) - y_px) < 1)
        drawn_there << c.run_id;
      if (c.method == "sft") *sft_cell = c.run_id;
    }
    QVERIFY(!drawn_there.isEmpty() && *sft_cell > 0);
    w.runsPanel()->view()->clearSelection();
    QTest::mouseClick(plot, Qt::LeftButton, Qt::NoModifier, px);
    QTRY_COMPARE_WITH_TIMEOUT(w.runsPanel()->selectedRunIds().size(), 1, 5000);
    const qint64 picked = w.runsPanel()->selectedRunIds().front();
    QVERIFY2(drawn_there.contains(picked), qPrintable(QString::number(picked)));
    QVERIFY(settle(w));
    QVERIFY(w.trainingPage()->shownRuns().contains(picked));
    QCOMPARE(w.inspectorPage()->currentRun(), *sft_cell);
    QVERIFY2(w.inspectorPage()->runBox()->currentText().contains(QString("#%1 ").arg(*sft_cell)),
             qPrintable(w.inspectorPage()->runBox()->currentText()));
  }

  // Step history of the shown solution: computed in the runner's thread, stored, shown as Q̂ and A
  // per model of the lineage (every method of that size and seed with a checkpoint), π_sft first.
  void checkStepHistory(gui::MainWindow& w, const RunStore& store, qint64 sweep, qint64 sft_cell) {
    auto* inspector = w.inspectorPage();
    const qint64 sample = inspector->currentSample();
    QVERIFY(sample > 0);
    int with_checkpoint = 0;
    int size = 0;
    for (const CellRecord& c : store.cells(sweep))
      if (c.run_id == sft_cell) size = c.size;
    for (const CellRecord& c : store.cells(sweep))
      if (c.size == size && !store.checkpoints(c.run_id).empty()) ++with_checkpoint;
    QVERIFY(with_checkpoint > 1);
    QSignalSpy done(inspector, &gui::InspectorPage::stepHistoryFinished);
    inspector->computeStepHistory(4);
    QVERIFY(done.wait(120000));
    QCOMPARE(done.first().at(0).toLongLong(), sample);
    QCOMPARE(done.first().at(1).toString(), QString("ok"));
    auto* history = inspector->solutionView()->stepHistory()->model();
    const widgets::StepHistoryData& h = history->history();
    QCOMPARE(h.policies.size(), with_checkpoint);
    QCOMPARE(h.policies.first(), QString("SFT"));
    QCOMPARE(h.k, 4);
    QCOMPARE(history->rowCount(), h.steps.size() + 1);
    QCOMPARE(history->columnCount(), 2 + 2 * with_checkpoint);
    for (int p = 0; p < h.policies.size(); ++p) {
      QCOMPARE(h.q[p].size(), h.steps.size() + 1);
      for (double q : h.q[p])
        QVERIFY(q >= 0.0 && q <= 1.0);
    }
    const QString csv = history->toCsv();
    QCOMPARE(csv.count(QLatin1Char('\n')), h.steps.size() + 2);  // header, problem, steps
    QVERIFY(csv.startsWith("step,text,q_SFT,a_SFT,"));
  }
};

EF_TEST_GUI_MAIN(TestGui)
#include "test_gui.moc"
