// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Owns one worker thread and the RunWorker living in it: one job at a time on one device. The
// RunQueue holds one controller per device; windows talk to runs only through the queue.
#include <QObject>
#include <QThread>

#include "run_worker.h"

namespace ef::gui {

class RunController : public QObject {
  Q_OBJECT

 public:
  explicit RunController(QObject* parent = nullptr);
  ~RunController() override;

  bool isRunning() const { return running_; }
  RunWorker* worker() const { return worker_; }
  const Job& currentJob() const { return job_; }

 public slots:
  // Returns false (and does nothing) while a job is active.
  bool start(const ef::gui::Job& job, const QString& db_path);
  void cancel();

 signals:
  void started(const ef::gui::Job& job);
  void finished(const QString& status, const QString& message, const QString& summary_json);
  void requestExecute(const ef::gui::Job& job, const QString& db_path);

 private:
  QThread thread_;
  RunWorker* worker_;
  Job job_;
  bool running_ = false;
};

}  // namespace ef::gui
