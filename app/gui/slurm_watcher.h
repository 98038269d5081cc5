// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Watches a submitted Slurm plan (docs/cluster.md, "Watching a job"): every interval it looks at
// the plan's shard files and, when any changed, merges them into the workspace on a worker thread
// with its own store connection (experiment/pipeline/sweep_merge.h). The runs list and the
// data-scaling plot then grow as tasks finish. Stops by itself once the merged sweep is finished.
#include <QObject>
#include <QString>
#include <QTimer>

namespace ef::gui {

class SlurmWatcher : public QObject {
  Q_OBJECT

 public:
  SlurmWatcher(const QString& plan_dir, const QString& db_path, int interval_ms = 10000,
               QObject* parent = nullptr);

  const QString& planDir() const { return plan_dir_; }
  bool finished() const { return finished_; }
  qint64 sweepId() const { return sweep_id_; }

 public slots:
  // Looks now (merges when a shard changed since the last merge).
  void poll();

 signals:
  // After each merge: the sweep, its status and cell counts, and a one-line summary.
  void merged(qint64 sweep_id, const QString& status, int ok, int cells, const QString& summary);
  void failed(const QString& message);

 private:
  QString shardSignature() const;  // sizes and times of the shard files

  QString plan_dir_, db_path_;
  QTimer timer_;
  QString last_signature_;
  bool busy_ = false, finished_ = false;
  qint64 sweep_id_ = 0;
};

}  // namespace ef::gui
