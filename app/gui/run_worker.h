// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Executes jobs (runs, sweeps, resumptions) of the core pipeline on a worker thread (moved there
// by RunController) and turns the core's observer calls into queued Qt signals. Holds no science.
#include <QObject>
#include <QString>

#include "util/observer.h"
#include "job.h"

namespace ef::gui {

class RunWorker : public QObject {
  Q_OBJECT

 public:
  explicit RunWorker(QObject* parent = nullptr) : QObject(parent) {}
  // Thread-safe: the pipeline sees it between optimizer steps and sampling batches.
  void cancel() { cancel_.cancel(); }
  // Called by the controller before queueing a job, so an early cancel is never lost.
  void resetCancel() { cancel_.reset(); }

 public slots:
  void execute(const ef::gui::Job& job, const QString& db_path);
  // Asks LibTorch (on this thread, never the GUI's) which devices exist.
  void probeDevices();

 signals:
  // The top-level run or sweep id of the job (the first run the job creates).
  void jobStarted(qint64 run_id);
  void runCreated(qint64 run_id);
  void metric(qint64 run_id, const QString& stage, qint64 step, const QString& name, double value);
  void progress(const QString& stage, qint64 done, qint64 total, double eta_s);
  void cellChanged(const QString& method, int size, quint64 seed, const QString& status);
  void logLine(int level, const QString& line);
  // status: ok | failed | cancelled; summary_json: the core's summary (or empty on an error).
  void finished(const QString& status, const QString& message, const QString& summary_json);
  void devicesProbed(const QStringList& devices, const QString& torch_version);

 private:
  CancelToken cancel_;
};

}  // namespace ef::gui
