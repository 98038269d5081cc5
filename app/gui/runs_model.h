#pragma once
// The table of runs and sweeps of the workspace (top level; a sweep's cells live in the scaling
// view), plus the queued jobs that have no run yet. Reads the store through the workspace's
// read-only connection; live progress comes from the run queue. Refreshes are coalesced.
#include <QAbstractTableModel>
#include <QHash>
#include <QTimer>
#include <QVector>

#include "store/run_store.h"

namespace ef::gui {

class RunQueue;
class Workspace;

class RunsModel : public QAbstractTableModel {
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

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QVariant headerData(int section, Qt::Orientation o, int role) const override;

  // Re-reads the runs now (also done on queue events and every few seconds for runs that other
  // processes, e.g. the CLI, add to the same workspace).
  void refresh();
  const RunRecord* record(int row) const;  // null for queued jobs
  int rowOfRun(qint64 run_id) const;

 private:
  struct Row {
    RunRecord run;  // id 0 for a queued job
    qint64 queue_id = 0;
    int cells_done = 0, cells_total = 0;  // sweeps
  };
  QVariant display(const Row& r, int column) const;
  QVariant sortKey(const Row& r, int column) const;
  void scheduleRefresh();
  void progressChanged();

  Workspace* workspace_;
  RunQueue* queue_;
  QVector<Row> rows_;
  QTimer refresh_timer_;   // coalesces refresh requests
  QTimer poll_timer_;      // picks up other processes' runs
  QTimer progress_timer_;  // repaints progress columns at most 4 times a second
  bool progress_dirty_ = false;
};

}  // namespace ef::gui
