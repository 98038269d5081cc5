// SPDX-License-Identifier: GPL-3.0-or-later
#include "run_controller.h"

#include "background_priority.h"

namespace ef::gui {

RunController::RunController(QObject* parent) : QObject(parent), worker_(new RunWorker) {
  qRegisterMetaType<ef::gui::Job>();
  thread_.setObjectName(QStringLiteral("eightfold-run"));
  worker_->moveToThread(&thread_);
  connect(&thread_, &QThread::finished, worker_, &QObject::deleteLater);
  connect(this, &RunController::requestExecute, worker_, &RunWorker::execute, Qt::QueuedConnection);
  connect(worker_, &RunWorker::finished, this,
          [this](const QString& status, const QString& message, const QString& summary) {
            running_ = false;
            emit finished(status, message, summary);
          });
  thread_.start();
  // Before the first job: the threads LibTorch starts from the worker inherit its priority.
  QMetaObject::invokeMethod(
      worker_, [] { lowerThisThreadPriority(); }, Qt::QueuedConnection);
}

RunController::~RunController() {
  worker_->cancel();
  thread_.quit();
  thread_.wait();  // returns once the current optimizer step has ended
}

bool RunController::start(const Job& job, const QString& db_path) {
  if (running_) return false;
  running_ = true;
  job_ = job;
  worker_->resetCancel();
  emit started(job);
  emit requestExecute(job, db_path);
  return true;
}

void RunController::cancel() {
  if (running_) worker_->cancel();
}

}  // namespace ef::gui
