#pragma once
// Owns the worker thread and the RunWorker living in it; the window (and later the run queue)
// talk to runs only through this bridge. One run at a time.
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

 public slots:
  // Returns false (and does nothing) while a run is active.
  bool start(const QString& config_json, const QString& db_path);
  void cancel();

 signals:
  void started();
  void finished(const QString& status, const QString& message, const QString& summary_json);
  void requestExecute(const QString& config_json, const QString& db_path);

 private:
  QThread thread_;
  RunWorker* worker_;
  bool running_ = false;
};

}  // namespace ef::gui
