#pragma once
// Executes one run of the core pipeline on a worker thread (moved there by RunController) and
// turns the core's observer calls into queued Qt signals. Holds no science.
#include <QObject>
#include <QString>

#include "experiment/observer.h"

namespace ef::gui {

class RunWorker : public QObject {
  Q_OBJECT

 public:
  explicit RunWorker(QObject* parent = nullptr) : QObject(parent) {}
  // Thread-safe: the pipeline sees it between optimizer steps and sampling batches.
  void cancel() { cancel_.cancel(); }
  // Called by the controller before queueing a run, so an early cancel is never lost.
  void resetCancel() { cancel_.reset(); }

 public slots:
  // config_json: a run config document; db_path: the workspace database.
  void execute(const QString& config_json, const QString& db_path);

 signals:
  void runCreated(qint64 run_id);
  void stageChanged(const QString& stage);
  void metric(const QString& stage, qint64 step, const QString& name, double value);
  void progress(const QString& stage, qint64 done, qint64 total, double eta_s);
  void logLine(int level, const QString& line);
  // status: ok | failed | cancelled; summary_json: the core's RunSummary (or an error object).
  void finished(const QString& status, const QString& message, const QString& summary_json);

 private:
  CancelToken cancel_;
};

}  // namespace ef::gui
