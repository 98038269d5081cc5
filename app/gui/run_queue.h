// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The run queue: jobs wait here until their device is free. One worker thread (RunController)
// per device runs one job at a time; a CPU run and a CUDA run proceed side by side. Everything
// the workers report is re-emitted here, tagged with the job's top-level run id, so windows
// connect to one object.
#include <QHash>
#include <QObject>
#include <QVector>

#include <optional>

#include "job.h"

namespace ef::gui {

class RunController;

class RunQueue : public QObject {
  Q_OBJECT

 public:
  struct Active {
    Job job;
    qint64 run_id = 0;  // 0 until the worker created (or reopened) it
    QString stage;
    qint64 done = 0, total = 0;
    double eta_s = -1;
  };

  explicit RunQueue(QObject* parent = nullptr);
  ~RunQueue() override;

  // The workspace database the workers write to. Refused (false) while jobs run or wait.
  bool setDatabase(const QString& db_path);
  const QString& database() const { return db_path_; }
  // The device "auto" stands for ("cpu" until the probe says otherwise).
  void setAutoDevice(const QString& device);
  // The queue a device name runs in: one per physical device ("cuda" and "cuda:0" are one).
  QString resolveDevice(const QString& device) const;

  // Queues a job and starts it at once when its device is idle; returns its queue id.
  qint64 enqueue(Job job);
  bool removeQueued(qint64 queue_id);
  // Cancels the running job whose top-level run is run_id (returns false if none).
  bool cancelRun(qint64 run_id);
  void cancelAll();

  bool isBusy() const;
  const QVector<Job>& pending() const { return pending_; }
  QVector<Active> active() const;
  std::optional<Active> activeFor(qint64 run_id) const;
  // Probes the devices on a worker thread; answers with devicesProbed.
  void probeDevices();

 signals:
  void queueChanged();
  void jobStarted(const ef::gui::Job& job, qint64 run_id);
  void jobFinished(const ef::gui::Job& job, qint64 run_id, const QString& status,
                   const QString& message, const QString& summary_json);
  void runCreated(qint64 run_id);
  void metric(qint64 run_id, const QString& stage, qint64 step, const QString& name, double value);
  void progress(qint64 top_run_id, const QString& stage, qint64 done, qint64 total, double eta_s);
  void cellChanged(qint64 sweep_id, const QString& method, int size, quint64 seed,
                   const QString& status);
  void logLine(int level, const QString& line);
  void devicesProbed(const QStringList& devices, const QString& torch_version);

 private:
  RunController* controllerFor(const QString& device);
  void startNext();
  void wire(const QString& device, RunController* c);

  QString db_path_;
  QString auto_device_ = QStringLiteral("cpu");
  QHash<QString, RunController*> controllers_;
  QHash<QString, Active> active_;  // by device
  QVector<Job> pending_;
  qint64 next_id_ = 1;
};

}  // namespace ef::gui
