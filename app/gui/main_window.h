// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The workbench window: wiring only. Docks hold the run list and the log; the central tabs are
// the pages (setup, training curves, data scaling, advantage inspector), each its own class.
// Runs go through the RunQueue, reads through the Workspace's read-only store.
#include <QMainWindow>

class QDockWidget;
class QLabel;
class QPushButton;
class QMenu;
class QTabWidget;

#include "figure.h"

namespace ef::widgets {
class LogPanel;
}

namespace ef::gui {

class InspectorPage;
class LogBridge;
class RunQueue;
class RunsPanel;
class ScalingPage;
class SetupPage;
class SlurmWatcher;
class TrainingPage;
class Workspace;

class MainWindow : public QMainWindow {
  Q_OBJECT

 public:
  // db_path empty: the last workspace, or the default one. preset: selected in the setup page.
  MainWindow(const QString& db_path, const QString& preset, QWidget* parent = nullptr);
  ~MainWindow() override;

  Workspace* workspace() const { return workspace_; }
  RunQueue* queue() const { return queue_; }
  RunsPanel* runsPanel() const { return runs_; }
  SetupPage* setupPage() const { return setup_; }
  TrainingPage* trainingPage() const { return training_; }
  ScalingPage* scalingPage() const { return scaling_; }
  InspectorPage* inspectorPage() const { return inspector_; }
  widgets::LogPanel* logPanel() const { return log_panel_; }
  QTabWidget* tabs() const { return tabs_; }
  QString progressText() const;  // the status bar's active-run progress
  QString statusText() const;
  // Interrupted runs found when the workspace opened (offered for resume in a banner).
  const QList<qint64>& interruptedRuns() const { return interrupted_; }

 public slots:
  bool openWorkspace(const QString& path);
  void newWorkspaceDialog();
  void openWorkspaceDialog();
  // Opens the copy of the example workspace in the data folder (made on first use) and selects
  // its sweep; false (and a message box) when there is no example.
  bool openExampleWorkspace();
  void exportFigureDialog();
  void exportFigure(const ef::widgets::FigureData& data);
  void exportDatasetDialog();
  void preferencesDialog();
  void resumeRun(qint64 run_id);
  void resumeInterrupted();
  // Merges a Slurm plan's shards into the workspace as its tasks finish (docs/cluster.md).
  SlurmWatcher* watchSlurmPlan(const QString& dir);
  void watchSlurmPlanDialog();

 protected:
  void closeEvent(QCloseEvent* event) override;
  void changeEvent(QEvent* event) override;

 private:
  void aboutDialog();  // Help → About: version and licence
  void buildMenus();
  void buildDocks();
  void buildBanner();
  void buildStatusBar();
  void connectQueue();
  void connectPages();
  void rebuildRecentMenu();
  void onSelection(const QList<qint64>& run_ids);
  void findInterrupted();
  void showInterrupted();
  void retranslate();
  void showWorkspaceName();
  void showDevices();
  void showProgress();
  void setStatus(const QString& text);
  qint64 exportableRun() const;

  Workspace* workspace_;
  RunQueue* queue_;
  LogBridge* log_bridge_;
  QTabWidget* tabs_;
  SetupPage* setup_;
  TrainingPage* training_;
  ScalingPage* scaling_;
  InspectorPage* inspector_;
  RunsPanel* runs_;
  widgets::LogPanel* log_panel_;
  QMenu* recent_menu_ = nullptr;
  QLabel* status_;
  QLabel* workspace_label_;
  QLabel* device_label_;
  QLabel* progress_label_;  // the active runs' stage, k/N and ETA (RunsModel::activeSummary)
  QWidget* banner_;
  QPushButton* resume_all_;
  QPushButton* dismiss_;
  QDockWidget* runs_dock_ = nullptr;
  QDockWidget* log_dock_ = nullptr;
  QStringList devices_;  // as probed, for the device label in any language
  QString torch_version_;
  QLabel* banner_text_;
  QList<qint64> interrupted_;
  QList<SlurmWatcher*> watchers_;
};

}  // namespace ef::gui
