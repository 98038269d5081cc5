// SPDX-License-Identifier: GPL-3.0-or-later
#include "slurm_watcher.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QThread>

#include <memory>

#include "experiment/pipeline/sweep_merge.h"
#include "store/run_store.h"

namespace ef::gui {

SlurmWatcher::SlurmWatcher(const QString& plan_dir, const QString& db_path, int interval_ms,
                           QObject* parent)
    : QObject(parent), plan_dir_(plan_dir), db_path_(db_path) {
  timer_.setInterval(interval_ms);
  connect(&timer_, &QTimer::timeout, this, &SlurmWatcher::poll);
  timer_.start();
}

QString SlurmWatcher::shardSignature() const {
  QString sig;
  const QDir shards(QDir(plan_dir_).filePath(QStringLiteral("shards")));
  for (const QFileInfo& f :
       shards.entryInfoList({QStringLiteral("task-*.sqlite*")}, QDir::Files, QDir::Name))
    sig += f.fileName() + QString::number(f.size()) +
           QString::number(f.lastModified().toMSecsSinceEpoch()) + ';';
  return sig;
}

void SlurmWatcher::poll() {
  if (busy_ || finished_) return;
  const QString sig = shardSignature();
  if (sig.isEmpty() || sig == last_signature_) return;
  busy_ = true;
  struct Result {
    bool ok = false;
    QString error;
    qint64 sweep = 0;
    QString status;
    int ok_cells = 0, cells = 0, shards = 0, partial = 0;
  };
  auto result = std::make_shared<Result>();
  const std::string db = db_path_.toStdString(), dir = plan_dir_.toStdString();
  QThread* worker = QThread::create([result, db, dir] {
    try {
      RunStore store(db, RunStore::Mode::ReadWrite);
      const SweepMergeOutcome m = mergeShards(store, {dir});
      for (const MergedSweep& s : m.sweeps) {
        result->sweep = s.sweep_id;
        result->status = QString::fromStdString(s.status);
        result->ok_cells = s.ok;
        result->cells = s.cells;
      }
      for (const auto& r : m.shards) {
        ++result->shards;
        result->partial += r.partial();
      }
      result->ok = m.errors.empty();
      if (!m.errors.empty()) result->error = QString::fromStdString(m.errors.front());
    } catch (const std::exception& e) {
      result->error = QString::fromStdString(e.what());
    }
  });
  connect(worker, &QThread::finished, this, [this, worker, result, sig] {
    worker->deleteLater();
    busy_ = false;
    if (!result->ok) {
      emit failed(result->error);
      return;  // tried again at the next change
    }
    last_signature_ = sig;
    sweep_id_ = result->sweep;
    finished_ = result->status == "ok" || result->status == "failed";
    if (finished_) timer_.stop();
    emit merged(result->sweep, result->status, result->ok_cells, result->cells,
                tr("Slurm: %1 of %2 cells merged from %3 shards (%4 still running or stopped)")
                    .arg(result->ok_cells)
                    .arg(result->cells)
                    .arg(result->shards)
                    .arg(result->partial));
  });
  worker->start();
}

}  // namespace ef::gui
