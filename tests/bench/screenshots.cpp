// SPDX-License-Identifier: GPL-3.0-or-later
// Renders the workbench's main views on the fixture workspace into PNGs (README screenshots):
//   eightfold-screenshots OUTPUT_DIR      (run under Xvfb by packaging/screenshots.sh)
// or a real sweep's data-scaling page, one PNG per metric (<prefix>-<metric index>.png):
//   eightfold-screenshots OUTPUT_DIR WORKSPACE.sqlite SWEEP_ID PREFIX
// or the four pages on a real sweep (setup, training, scaling, inspector .png):
//   eightfold-screenshots OUTPUT_DIR WORKSPACE.sqlite SWEEP_ID
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QSortFilterProxyModel>
#include <QTimer>
#include <QTreeView>

#include <cstdio>
#include <cstdlib>
#include <algorithm>

#include "fixture_workspace.h"
#include "inspector_page.h"
#include "json_form.h"
#include "main_window.h"
#include "runs_model.h"
#include "runs_panel.h"
#include "scaling_page.h"
#include "setup_page.h"
#include "store_reader.h"
#include "workspace.h"
#include "slurm_dialog.h"
#include "solution_list_model.h"
#include "store/run_store.h"
#include "training_page.h"
#include "util/blas_tuning.h"

namespace {

void settle(int ms) {
  QEventLoop loop;
  QTimer::singleShot(ms, &loop, &QEventLoop::quit);
  loop.exec();
}

bool shoot(QWidget* w, const QString& path) {
  if (auto* main = qobject_cast<ef::gui::MainWindow*>(w->window()))
    main->workspace()->reader()->waitForReads();  // the pages' store reads
  settle(300);                                    // coalesced redraws and queued replots
  const bool ok = w->grab().save(path);
  std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
  return ok;
}

// The four pages on sweep `id` of an existing workspace (README screenshots from a real sweep):
// setup with the sweep's config, the training curves of the largest size's SFT and per-step DPO
// cells over all seeds (selected in the run tree), the data-scaling page, and the inspector on
// the first analysed negative with a pit.
int shootPages(const QDir& out, const char* db, long long id) {
  ef::gui::MainWindow w(QString::fromLocal8Bit(db), QStringLiteral("arith-scaling"));
  w.resize(1500, 920);
  w.show();
  bool ok = true;
  w.tabs()->setCurrentWidget(w.setupPage());
  w.setupPage()->duplicateRun(id);
  ok &= shoot(&w, out.filePath(QStringLiteral("setup.png")));

  const ef::RunStore store(db, ef::RunStore::Mode::ReadOnly);
  int largest = 0;
  for (const ef::CellRecord& c : store.cells(id))
    largest = std::max(largest, c.size);
  w.runsPanel()->selectRun(id);
  w.workspace()->reader()->waitForReads();
  QTreeView* tree = w.runsPanel()->view();
  auto* proxy = static_cast<QSortFilterProxyModel*>(tree->model());
  tree->selectionModel()->clearSelection();
  tree->expand(proxy->mapFromSource(w.runsPanel()->model()->indexOfRun(id)));
  for (const ef::CellRecord& c : store.cells(id)) {
    if (c.size != largest || (c.method != "sft" && c.method != "step_dpo_full")) continue;
    const QModelIndex i = proxy->mapFromSource(w.runsPanel()->model()->indexOfRun(c.run_id));
    tree->selectionModel()->select(i, QItemSelectionModel::Select | QItemSelectionModel::Rows);
  }
  w.tabs()->setCurrentWidget(w.trainingPage());
  ok &= shoot(&w, out.filePath(QStringLiteral("training.png")));

  w.scalingPage()->showSweep(id);
  w.tabs()->setCurrentWidget(w.scalingPage());
  ok &= shoot(&w, out.filePath(QStringLiteral("scaling.png")));

  w.runsPanel()->selectRun(id);
  w.inspectorPage()->showRun(id);
  w.workspace()->reader()->waitForReads();
  const ef::widgets::SolutionListModel* list = w.inspectorPage()->solutions();
  for (int r = 0; r < list->rowCount(); ++r) {
    if (list->solution(r).verdict != QLatin1String("correct") && list->solution(r).pit > 0) {
      w.inspectorPage()->showSample(list->solution(r).sample_id);
      break;
    }
  }
  w.tabs()->setCurrentWidget(w.inspectorPage());
  ok &= shoot(&w, out.filePath(QStringLiteral("inspector.png")));
  return ok ? 0 : 1;
}

// The data-scaling page of sweep `id` in an existing workspace, once per metric.
int shootSweep(const QDir& out, const char* db, long long id, const char* prefix) {
  ef::gui::MainWindow w(QString::fromLocal8Bit(db), QStringLiteral("arith-scaling-tiny"));
  w.resize(1500, 920);
  w.show();
  w.runsPanel()->selectRun(id);
  w.scalingPage()->showSweep(id);
  w.tabs()->setCurrentWidget(w.scalingPage());
  bool ok = true;
  QComboBox* metric = w.scalingPage()->metricBox();
  for (int i = 0; i < metric->count(); ++i) {
    metric->setCurrentIndex(i);
    ok &= shoot(&w, out.filePath(QStringLiteral("%1-%2.png").arg(prefix).arg(i)));
  }
  return ok ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
  ef::ensureFastBlas(argc, argv);
  QApplication app(argc, argv);
  QStandardPaths::setTestModeEnabled(true);  // leave the user's settings alone
  if (argc < 2) {
    std::fprintf(stderr, "usage: eightfold-screenshots OUTPUT_DIR\n");
    return 2;
  }
  const QDir out(QString::fromLocal8Bit(argv[1]));
  QDir().mkpath(out.absolutePath());
  if (argc == 5) return shootSweep(out, argv[2], std::atoll(argv[3]), argv[4]);
  if (argc == 4) return shootPages(out, argv[2], std::atoll(argv[3]));
  QTemporaryDir tmp;
  const QString db = tmp.filePath(QStringLiteral("fixture.sqlite"));
  const ef::fixture::Ids ids = ef::fixture::writeFixtureWorkspace(db);

  ef::gui::MainWindow w(db, QStringLiteral("arith-scaling-tiny"));
  w.resize(1500, 920);
  w.show();
  if (qEnvironmentVariableIsSet("EF_DEBUG_SIZES")) {
    for (QWidget* page :
         {static_cast<QWidget*>(w.setupPage()), static_cast<QWidget*>(w.trainingPage()),
          static_cast<QWidget*>(w.scalingPage()), static_cast<QWidget*>(w.inspectorPage())})
      std::printf("%s min %dx%d\n", page->metaObject()->className(),
                  page->minimumSizeHint().width(), page->minimumSizeHint().height());
    std::printf("window min %dx%d\n", w.minimumSizeHint().width(), w.minimumSizeHint().height());
  }
  bool ok = true;
  w.tabs()->setCurrentWidget(w.setupPage());
  ok &= shoot(&w, out.filePath(QStringLiteral("setup.png")));
  if (qEnvironmentVariableIsSet("EF_SHOOT_FORM")) {  // every page of the setup form, for review
    for (const QString& section : w.setupPage()->form()->sections()) {
      w.setupPage()->form()->showSection(section);
      const QString name = section.isEmpty() ? QStringLiteral("general") : section;
      ok &= shoot(&w, out.filePath(QStringLiteral("setup-%1.png").arg(name)));
    }
    w.setupPage()->form()->showSection(QString());
  }
  if (qEnvironmentVariableIsSet("EF_SHOOT_SLURM")) {  // Start sweep on Slurm…, for review
    w.setupPage()->startSlurmButton()->click();
    if (auto* dialog = w.setupPage()->findChild<ef::gui::SlurmDialog*>()) {
      dialog->partitionEdit()->setText(QStringLiteral("gpu"));
      dialog->cpusBox()->setValue(8);
      dialog->gpusBox()->setValue(1);
      dialog->timeEdit()->setText(QStringLiteral("04:00:00"));
      dialog->memEdit()->setText(QStringLiteral("16G"));
      dialog->resize(900, 760);
      ok &= shoot(dialog, out.filePath(QStringLiteral("slurm-dialog.png")));
      dialog->reject();
    }
  }

  w.runsPanel()->selectRun(ids.sweep);
  w.tabs()->setCurrentWidget(w.trainingPage());
  ok &= shoot(&w, out.filePath(QStringLiteral("training.png")));

  w.scalingPage()->showSweep(ids.sweep);
  w.tabs()->setCurrentWidget(w.scalingPage());
  ok &= shoot(&w, out.filePath(QStringLiteral("scaling.png")));

  w.inspectorPage()->showRun(ids.sweep);
  w.inspectorPage()->showSample(ids.pit_sample);
  w.tabs()->setCurrentWidget(w.inspectorPage());
  ok &= shoot(&w, out.filePath(QStringLiteral("inspector.png")));
  return ok ? 0 : 1;
}
