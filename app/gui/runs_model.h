// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The tree of runs of the workspace: runs, sweeps and tunes at the top level with their cells
// (method, size, seed) as children, plus the queued jobs that have no run yet. Reads the store
// through the workspace's reader thread; live progress comes from the run queue.
// Refreshes are coalesced; a refresh that finds the same runs updates values in place.
#include <QAbstractItemModel>
#include <QHash>
#include <QTimer>
#include <QVector>

#include "experiment/analysis/stage_times.h"
#include "store/run_store.h"

namespace ef::gui {

class RunQueue;
class Workspace;

class RunsModel : public QAbstractItemModel {
  Q_OBJECT

 public:
  enum Column {
    Id,
    Kind,
    Name,
    Status,
    Progress,
    Eta,
    Device,
    Started,
    Duration,
    TestError,
    Count
  };
  static constexpr int SortRole = Qt::UserRole + 1;
  static constexpr int RunIdRole = Qt::UserRole + 2;    // 0 for queued jobs
  static constexpr int QueueIdRole = Qt::UserRole + 3;  // queued jobs only
  static constexpr int StatusRole = Qt::UserRole + 4;
  static constexpr int KindRole = Qt::UserRole + 5;

  RunsModel(Workspace* workspace, RunQueue* queue, QObject* parent = nullptr);

  QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
  QModelIndex parent(const QModelIndex& child) const override;
  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QVariant headerData(int section, Qt::Orientation o, int role) const override;

  // Re-reads the runs on the reader thread (also done on queue events and every few seconds for
  // runs that other processes, e.g. the CLI, add to the same workspace).
  void refresh();
  // Headers and texts again, in the interface language now installed (rows, expansion and
  // selection stay).
  void retranslate();
  // The row of a run (top level or a cell under its sweep); invalid when it is not listed.
  QModelIndex indexOfRun(qint64 run_id, int column = 0) const;
  // What the active runs are doing, for the status bar: "#12 sft 340/1000, ETA 1:02" per run,
  // joined by " · " ("" when none runs).
  QString activeSummary() const;

 signals:
  // At most four times a second while runs report progress.
  void progressChanged();
  // A refresh has been shown (rows added, removed or updated).
  void refreshed();

 private:
  struct Row {
    RunRecord run;  // id 0 for a queued job
    qint64 queue_id = 0;
    int cells_done = 0, cells_total = 0;  // sweeps
    QVector<Row> children;                // a sweep's or tune's cell runs, oldest first
    StageTimes stages;                    // where a finished run's time went (a sweep: its cells')
  };
  const Row* rowAt(const QModelIndex& index) const;
  QVariant display(const Row& r, int column) const;
  QVariant sortKey(const Row& r, int column) const;
  void scheduleRefresh();
  void apply(QVector<Row> stored);  // the queued jobs, then the stored runs
  QString progressTip(const Row& r) const;
  QString stageTip(const Row& r) const;

  Workspace* workspace_;
  RunQueue* queue_;
  QVector<Row> rows_;
  QTimer refresh_timer_;   // coalesces refresh requests
  QTimer poll_timer_;      // picks up other processes' runs
  QTimer progress_timer_;  // repaints progress columns at most 4 times a second
  bool progress_dirty_ = false;
  bool reading_ = false;  // a read is under way
  bool again_ = false;    // refresh() was asked for meanwhile
};

}  // namespace ef::gui
