// SPDX-License-Identifier: GPL-3.0-or-later
#include "main_window.h"

#include <QEvent>
#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

#include "dataset_export_dialog.h"
#include "experiment/config/run_config.h"
#include "util/blas_tuning.h"
#include "util/licence.h"
#include "example_workspace.h"
#include "export_dialog.h"
#include "inspector_page.h"
#include "language.h"
#include "log_bridge.h"
#include "log_panel.h"
#include "preferences.h"
#include "run_queue.h"
#include "runs_model.h"
#include "runs_panel.h"
#include "scaling_page.h"
#include "setup_page.h"
#include "slurm_watcher.h"
#include "store/run_store.h"
#include "training_page.h"
#include "util/paths.h"
#include "workspace.h"

namespace ef::gui {

MainWindow::MainWindow(const QString& db_path, const QString& preset, QWidget* parent)
    : QMainWindow(parent),
      workspace_(new Workspace(this)),
      queue_(new RunQueue(this)),
      log_bridge_(new LogBridge(this)) {
  tabs_ = new QTabWidget(this);
  setup_ = new SetupPage(workspace_, queue_, this);
  training_ = new TrainingPage(workspace_, queue_, this);
  scaling_ = new ScalingPage(workspace_, queue_, this);
  inspector_ = new InspectorPage(workspace_, this);
  for (QWidget* page : {static_cast<QWidget*>(setup_), static_cast<QWidget*>(training_),
                        static_cast<QWidget*>(scaling_), static_cast<QWidget*>(inspector_)})
    tabs_->addTab(page, QString());
  buildBanner();
  auto* central = new QWidget(this);
  auto* layout = new QVBoxLayout(central);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->setSpacing(0);
  layout->addWidget(banner_);
  layout->addWidget(tabs_, 1);
  setCentralWidget(central);
  buildDocks();
  buildStatusBar();
  connectQueue();
  connectPages();
  retranslate();

  QString path = db_path;
  if (path.isEmpty()) path = Workspace::lastWorkspace();
  if (path.isEmpty()) path = Preferences::load().defaultWorkspace();
  const bool opened = openWorkspace(path);
  setup_->loadPreset(preset);
  queue_->probeDevices();
  resize(1280, 820);
  if (opened) setStatus(tr("Ready"));  // else the status bar keeps saying why it did not open
  const RunStore* store = workspace_->store();
  if (store && store->listRuns().empty() && !exampleWorkspaceSource().isEmpty())
    setStatus(tr("An empty workspace: File → Open example workspace shows a finished sweep."));
}

// A banner (not a modal box) offers interrupted runs for resumption.
void MainWindow::buildBanner() {
  banner_ = new QWidget(this);
  auto* banner_layout = new QHBoxLayout(banner_);
  banner_text_ = new QLabel(banner_);
  resume_all_ = new QPushButton(banner_);
  dismiss_ = new QPushButton(banner_);
  banner_layout->addWidget(banner_text_, 1);
  banner_layout->addWidget(resume_all_);
  banner_layout->addWidget(dismiss_);
  banner_->setStyleSheet(QStringLiteral("background: #FFF4D6;"));
  banner_->hide();
  connect(resume_all_, &QPushButton::clicked, this, &MainWindow::resumeInterrupted);
  connect(dismiss_, &QPushButton::clicked, banner_, &QWidget::hide);
}

void MainWindow::buildStatusBar() {
  status_ = new QLabel(this);
  workspace_label_ = new QLabel(this);
  device_label_ = new QLabel(this);
  statusBar()->addWidget(status_, 1);
  progress_label_ = new QLabel(this);
  statusBar()->addPermanentWidget(progress_label_);
  connect(runs_->model(), &RunsModel::progressChanged, this, &MainWindow::showProgress);
  connect(queue_, &RunQueue::queueChanged, this, &MainWindow::showProgress);
  connect(queue_, &RunQueue::jobFinished, this, &MainWindow::showProgress);
  statusBar()->addPermanentWidget(device_label_);
  statusBar()->addPermanentWidget(workspace_label_);
}

// The run queue's devices and jobs, told in the status bar and the run list.
void MainWindow::connectQueue() {
  connect(queue_, &RunQueue::devicesProbed, this,
          [this](const QStringList& devices, const QString& torch) {
            queue_->setAutoDevice(devices.contains(QStringLiteral("cuda")) ? QStringLiteral("cuda")
                                                                           : QStringLiteral("cpu"));
            setup_->setAvailableDevices(devices);
            devices_ = devices;
            torch_version_ = torch;
            showDevices();
          });
  connect(queue_, &RunQueue::jobStarted, this, [this](const Job& job, qint64 id) {
    setStatus(tr("%1 started as #%2").arg(job.label).arg(id));
    runs_->model()->refresh();  // selected as soon as the refresh lists it
    runs_->selectRun(id);
  });
  connect(queue_, &RunQueue::jobFinished, this,
          [this](const Job& job, qint64 id, const QString& status, const QString& message) {
            // A finished job changes what its pages show (new cells, analysed negatives).
            if (runs_->selectedRunIds().contains(id)) onSelection(runs_->selectedRunIds());
            if (status == QLatin1String("failed") && !message.isEmpty())
              setStatus(tr("#%1 %2 failed: %3").arg(id).arg(job.label, message));
            else
              setStatus(tr("#%1 %2: %3").arg(id).arg(job.label, status));
          });
}

// The pages, the run list and the workspace, wired to each other.
void MainWindow::connectPages() {
  connect(setup_, &SetupPage::slurmPlanWritten, this, [this](const QString& dir, bool submitted) {
    setStatus(submitted
                  ? tr("Submitted the Slurm plan %1; merging its tasks as they finish").arg(dir)
                  : tr("Wrote the Slurm plan %1: submit it with sbatch %2/job.sh").arg(dir, dir));
    watchSlurmPlan(dir);
  });
  connect(runs_, &RunsPanel::selectionChanged, this, &MainWindow::onSelection);
  connect(runs_, &RunsPanel::resumeRequested, this, &MainWindow::resumeRun);
  connect(runs_, &RunsPanel::duplicateRequested, this, [this](qint64 id) {
    setup_->duplicateRun(id);
    tabs_->setCurrentWidget(setup_);
  });
  connect(training_, &TrainingPage::exportRequested, this, &MainWindow::exportFigure);
  connect(scaling_, &ScalingPage::exportRequested, this, &MainWindow::exportFigure);
  // A point clicked on the scaling plot selects its cell in the run tree, and so everywhere.
  connect(scaling_, &ScalingPage::cellSelected, this,
          [this](qint64 cell) { runs_->selectRun(cell); });
  connect(setup_, &SetupPage::jobQueued, this, [this] { tabs_->setCurrentWidget(training_); });
  connect(workspace_, &Workspace::opened, this, [this](const QString& path) {
    workspace_label_->setToolTip(path);
    showWorkspaceName();
    rebuildRecentMenu();
    findInterrupted();
  });
}

MainWindow::~MainWindow() = default;

void MainWindow::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslate();
  QMainWindow::changeEvent(event);
}

// Every text this window sets itself; the pages and panels retranslate in their own changeEvent.
void MainWindow::retranslate() {
  setWindowTitle(tr("Eightfold"));
  tabs_->setTabText(tabs_->indexOf(setup_), tr("Setup"));
  tabs_->setTabText(tabs_->indexOf(training_), tr("Training curves"));
  tabs_->setTabText(tabs_->indexOf(scaling_), tr("Data scaling"));
  tabs_->setTabText(tabs_->indexOf(inspector_), tr("Advantage inspector"));
  resume_all_->setText(tr("Resume all"));
  dismiss_->setText(tr("Dismiss"));
  runs_dock_->setWindowTitle(tr("Runs and sweeps"));
  log_dock_->setWindowTitle(tr("Log"));
  menuBar()->clear();
  buildMenus();
  rebuildRecentMenu();
  showWorkspaceName();
  showDevices();
  showProgress();
  if (!interrupted_.isEmpty()) showInterrupted();
}

void MainWindow::showWorkspaceName() {
  const QString path = workspace_label_->toolTip();
  workspace_label_->setText(path.isEmpty() ? QString()
                                           : tr("Workspace: %1").arg(QFileInfo(path).fileName()));
}

void MainWindow::showDevices() {
  if (devices_.isEmpty()) return;
  device_label_->setText(tr("Devices: %1 (LibTorch %2)").arg(devices_.join(", "), torch_version_));
  const QString slow = QString::fromStdString(slowBlasWarning());
  if (!slow.isEmpty()) {
    device_label_->setText(device_label_->text() + tr(" · reference BLAS: ~20x slower"));
    device_label_->setStyleSheet(QStringLiteral("color: #b00020;"));
    device_label_->setToolTip(slow);
  }
}

void MainWindow::showProgress() {
  progress_label_->setText(runs_->model()->activeSummary());
}

void MainWindow::buildDocks() {
  runs_ = new RunsPanel(workspace_, queue_, this);
  runs_dock_ = new QDockWidget(this);
  runs_dock_->setObjectName(QStringLiteral("runs-dock"));
  runs_dock_->setWidget(runs_);
  addDockWidget(Qt::LeftDockWidgetArea, runs_dock_);
  resizeDocks({runs_dock_}, {460}, Qt::Horizontal);

  log_panel_ = new widgets::LogPanel(this);
  log_dock_ = new QDockWidget(this);
  log_dock_->setObjectName(QStringLiteral("log-dock"));
  log_dock_->setWidget(log_panel_);
  addDockWidget(Qt::BottomDockWidgetArea, log_dock_);
  resizeDocks({log_dock_}, {140}, Qt::Vertical);
  connect(log_bridge_, &LogBridge::line, log_panel_, &widgets::LogPanel::append,
          Qt::QueuedConnection);
}

void MainWindow::buildMenus() {
  QMenu* file = menuBar()->addMenu(tr("&File"));
  file->addAction(tr("&New workspace…"), QKeySequence::New, this, &MainWindow::newWorkspaceDialog);
  file->addAction(tr("&Open workspace…"), QKeySequence::Open, this,
                  &MainWindow::openWorkspaceDialog);
  file->addAction(tr("Open e&xample workspace"), this, &MainWindow::openExampleWorkspace);
  recent_menu_ = file->addMenu(tr("Recent workspaces"));
  file->addSeparator();
  file->addAction(tr("&Export figure…"), QKeySequence(tr("Ctrl+E")), this,
                  &MainWindow::exportFigureDialog);
  file->addSeparator();
  file->addAction(tr("Export &dataset…"), this, &MainWindow::exportDatasetDialog);
  file->addAction(tr("&Watch Slurm plan…"), this, &MainWindow::watchSlurmPlanDialog);
  file->addSeparator();
  file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

  QMenu* run = menuBar()->addMenu(tr("&Run"));
  run->addAction(tr("Start &run"), QKeySequence(tr("Ctrl+R")), setup_, &SetupPage::startRun);
  run->addAction(tr("Start &sweep"), QKeySequence(tr("Ctrl+Shift+R")), setup_,
                 &SetupPage::startSweep);
  run->addAction(tr("&Cancel selected"), QKeySequence(tr("Ctrl+.")), runs_,
                 &RunsPanel::cancelSelected);
  run->addAction(tr("Re&sume selected"), runs_, &RunsPanel::resumeSelected);

  QMenu* view = menuBar()->addMenu(tr("&View"));
  for (auto* dock : findChildren<QDockWidget*>())
    view->addAction(dock->toggleViewAction());

  QMenu* settings = menuBar()->addMenu(tr("&Settings"));
  settings->addAction(tr("&Preferences…"), QKeySequence::Preferences, this,
                      &MainWindow::preferencesDialog);

  QMenu* help = menuBar()->addMenu(tr("&Help"));
  help->addAction(tr("&About Eightfold"), this, &MainWindow::aboutDialog);
}

void MainWindow::aboutDialog() {
  QMessageBox::about(
      this, tr("About Eightfold"),
      tr("<b>Eightfold</b> %1<br>An experiment workbench for Setlur et al. 2024, "
         "<i>RL on Incorrect Synthetic Data Scales the Efficiency of LLM Math Reasoning by "
         "Eight-Fold</i>: SFT, RFT, Monte-Carlo per-step credit and per-step DPO on synthetic "
         "tasks, with the data-scaling plot.<br><br>Free software under the GNU General Public "
         "License, version 3 or later (%2): you may share and change it; there is no warranty.")
          .arg(QApplication::applicationVersion(), QString::fromLatin1(kLicenceSpdx)));
}

bool MainWindow::openExampleWorkspace() {
  QString error;
  const QString path = prepareExampleWorkspace(Preferences::load().dataFolder(), &error);
  if (path.isEmpty()) {
    QMessageBox::warning(this, tr("Open example workspace"), error);
    return false;
  }
  if (!openWorkspace(path)) return false;
  // Its sweep selected: the curves, the scaling plot and the inspector all show it.
  if (const RunStore* store = workspace_->store()) {
    for (const RunRecord& r : store->listRuns()) {
      if (!r.isSweep()) continue;
      runs_->selectRun(r.id);
      tabs_->setCurrentWidget(scaling_);
      break;
    }
  }
  setStatus(tr("Example workspace: the lookup-hint-scaling sweep with three seeds, copied to %1")
                .arg(path));
  return true;
}

void MainWindow::rebuildRecentMenu() {
  recent_menu_->clear();
  for (const QString& p : Workspace::recentWorkspaces())
    recent_menu_->addAction(p, this, [this, p] { openWorkspace(p); });
  recent_menu_->setEnabled(!recent_menu_->isEmpty());
}

bool MainWindow::openWorkspace(const QString& path) {
  if (!queue_->setDatabase(QFileInfo(path).absoluteFilePath())) {
    QMessageBox::warning(this, tr("Workspace busy"),
                         tr("Runs are active or queued in the current workspace; cancel them "
                            "before switching."));
    return false;
  }
  QString error;
  if (!workspace_->open(path, &error)) {
    queue_->setDatabase(workspace_->path());
    QMessageBox::critical(this, tr("Cannot open workspace"), error);
    setStatus(tr("Cannot open workspace: %1").arg(error));
    return false;
  }
  return true;
}

void MainWindow::newWorkspaceDialog() {
  const QString path =
      QFileDialog::getSaveFileName(this, tr("New workspace"), Preferences::load().data_folder,
                                   tr("Eightfold workspace (*.sqlite)"));
  if (path.isEmpty()) return;
  openWorkspace(path.endsWith(QLatin1String(".sqlite")) ? path : path + QStringLiteral(".sqlite"));
}

void MainWindow::openWorkspaceDialog() {
  const QString path =
      QFileDialog::getOpenFileName(this, tr("Open workspace"), Preferences::load().data_folder,
                                   tr("Eightfold workspace (*.sqlite);;All files (*)"));
  if (!path.isEmpty()) openWorkspace(path);
}

void MainWindow::exportFigureDialog() {
  QWidget* page = tabs_->currentWidget();
  if (page == inspector_) {
    inspector_->exportDialog();
    return;
  }
  exportFigure(page == scaling_ ? scaling_->figureData() : training_->figureData());
}

void MainWindow::exportFigure(const widgets::FigureData& data) {
  if (data.series.isEmpty()) {
    QMessageBox::information(this, tr("Export figure"),
                             tr("Nothing to export yet: show the training curves of a run or the "
                                "data-scaling plot of a sweep first."));
    return;
  }
  widgets::ExportDialog dialog(data, this);
  if (dialog.exec() == QDialog::Accepted) setStatus(tr("Exported %1").arg(dialog.path()));
}

qint64 MainWindow::exportableRun() const {
  // The inspector's run when it is showing, else the first selected run (a sweep: its cells).
  if (tabs_->currentWidget() == inspector_ && inspector_->currentRun() > 0)
    return inspector_->currentRun();
  const auto ids = runs_->selectedRunIds();
  return ids.isEmpty() ? 0 : ids.first();
}

SlurmWatcher* MainWindow::watchSlurmPlan(const QString& dir) {
  for (SlurmWatcher* w : watchers_)
    if (w->planDir() == dir) return w;
  auto* w = new SlurmWatcher(dir, workspace_->path(), 10000, this);
  watchers_.append(w);
  connect(w, &SlurmWatcher::merged, this,
          [this](qint64 sweep, const QString&, int, int, const QString& summary) {
            setStatus(tr("#%1 %2").arg(sweep).arg(summary));
            runs_->model()->refresh();
            if (runs_->selectedRunIds().contains(sweep)) onSelection(runs_->selectedRunIds());
          });
  connect(w, &SlurmWatcher::failed, this,
          [this](const QString& message) { setStatus(tr("Slurm merge: %1").arg(message)); });
  w->poll();
  return w;
}

void MainWindow::watchSlurmPlanDialog() {
  const QString dir = QFileDialog::getExistingDirectory(
      this, tr("Slurm plan folder (with manifest.json)"), QFileInfo(workspace_->path()).path());
  if (dir.isEmpty()) return;
  if (!QFileInfo::exists(QDir(dir).filePath(QStringLiteral("manifest.json")))) {
    QMessageBox::warning(this, tr("Watch Slurm plan"),
                         tr("%1 holds no manifest.json: choose the folder written by Start sweep "
                            "on Slurm or eightfold-cli sweep --slurm.")
                             .arg(dir));
    return;
  }
  watchSlurmPlan(dir);
}

void MainWindow::exportDatasetDialog() {
  const qint64 run = exportableRun();
  if (run <= 0 || !workspace_->store()) {
    QMessageBox::information(this, tr("Export dataset"),
                             tr("Select a run, a sweep or a sweep cell in the run list first."));
    return;
  }
  const auto rec = workspace_->store()->run(run);
  auto* dialog = new DatasetExportDialog(workspace_->path(), run, rec && rec->hasCells(), this);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  connect(dialog, &DatasetExportDialog::finished, this, [this](bool ok, const QString& message) {
    setStatus(message);
    if (!ok) QMessageBox::warning(this, tr("Export dataset"), message);
  });
  dialog->open();
}

void MainWindow::preferencesDialog() {
  PreferencesDialog dialog(this);
  const QString language = Preferences::load().language;
  if (dialog.exec() != QDialog::Accepted) return;
  const Preferences p = Preferences::load();
  setup_->applyPreferences(p);
  if (p.language != language) applyLanguage(p.language);  // every page retranslates itself
}

void MainWindow::resumeRun(qint64 run_id) {
  const RunStore* store = workspace_->store();
  const auto rec = store ? store->run(run_id) : std::nullopt;
  if (!rec) return;
  Job job;
  job.kind = Job::Kind::Resume;
  job.resume_id = run_id;
  try {  // the device the run was configured for (its stored config)
    job.device = QString::fromStdString(parseRunConfig(rec->config_json).device);
  } catch (const std::exception&) {
    job.device = QStringLiteral("auto");  // the worker reports what is wrong with the config
  }
  job.label = tr("resume #%1 %2").arg(run_id).arg(QString::fromStdString(rec->name));
  queue_->enqueue(job);
  interrupted_.removeAll(run_id);
  if (interrupted_.isEmpty()) banner_->hide();
}

void MainWindow::resumeInterrupted() {
  for (qint64 id : QList<qint64>(interrupted_))
    resumeRun(id);
  banner_->hide();
}

void MainWindow::findInterrupted() {
  interrupted_.clear();
  if (const RunStore* store = workspace_->store()) {
    for (const RunRecord& r : store->listRuns())
      if (r.status == "interrupted") interrupted_ << r.id;
  }
  if (interrupted_.isEmpty()) {
    banner_->hide();
    return;
  }
  showInterrupted();
  banner_->show();
}

void MainWindow::showInterrupted() {
  QStringList ids;
  for (qint64 id : std::as_const(interrupted_))
    ids << QStringLiteral("#%1").arg(id);
  banner_text_->setText(
      tr("%n run(s) of this workspace stopped without finishing (%1). Resume them from their "
         "last checkpoint?",
         nullptr, interrupted_.size())
          .arg(ids.join(QStringLiteral(", "))));
}

void MainWindow::onSelection(const QList<qint64>& run_ids) {
  training_->showRuns(run_ids);
  if (run_ids.isEmpty()) return;
  const RunStore* store = workspace_->store();
  const auto rec = store ? store->run(run_ids.front()) : std::nullopt;
  if (!rec) return;
  if (rec->isSweep()) scaling_->showSweep(rec->id);
  if (rec->isCell() && rec->parent_id) {  // one selection: the cell's sweep and seed
    if (scaling_->sweepId() != rec->parent_id) scaling_->showSweep(rec->parent_id);
    scaling_->showCell(rec->id);
  }
  inspector_->showRun(rec->id);
}

QString MainWindow::statusText() const {
  return status_->text();
}

QString MainWindow::progressText() const {
  return progress_label_->text();
}

void MainWindow::setStatus(const QString& text) {
  status_->setText(text);
}

void MainWindow::closeEvent(QCloseEvent* event) {
  if (queue_->isBusy()) {
    const auto answer = QMessageBox::question(
        this, tr("Runs are active"),
        tr("Quit and cancel the active runs? They can be resumed from their last checkpoint."));
    if (answer != QMessageBox::Yes) {
      event->ignore();
      return;
    }
    // As asked: nothing trains on behind a closed window. Queued jobs are dropped, active runs
    // stop at their next step and store themselves cancelled.
    for (const Job& job : QVector<Job>(queue_->pending()))
      queue_->removeQueued(job.queue_id);
    queue_->cancelAll();
  }
  event->accept();
}

}  // namespace ef::gui
