// SPDX-License-Identifier: GPL-3.0-or-later
#include "step_history_runner.h"

#include "background_priority.h"

#include <QThread>

#include <exception>

#include "experiment/tools/step_history.h"
#include "store/run_store.h"

namespace ef::gui {

StepHistoryRunner::StepHistoryRunner(QObject* parent) : QObject(parent) {}

StepHistoryRunner::~StepHistoryRunner() {
  if (!thread_) return;
  cancel_->cancel();
  thread_->wait();  // returns after the current batch of rollouts
  delete thread_;
}

bool StepHistoryRunner::start(const QString& db_path, qint64 sample_id, int k, quint64 seed) {
  if (thread_) return false;
  cancel_ = std::make_shared<CancelToken>();
  auto cancel = cancel_;
  const std::string db = db_path.toStdString();
  thread_ = QThread::create([this, cancel, db, sample_id, k, seed] {
    lowerThisThreadPriority();
    QString status = QStringLiteral("ok"), message;
    try {
      RunStore store(db, RunStore::Mode::ReadWrite);
      const auto lineage = sampleLineage(store, sample_id);
      if (lineage.empty()) throw StoreError("no checkpoint of this solution's cell is on disk");
      computeStepHistory(store, sample_id, lineage, k, seed, *cancel, [&](int done, int total) {
        QMetaObject::invokeMethod(
            this, [this, sample_id, done, total] { emit progress(sample_id, done, total); },
            Qt::QueuedConnection);
      });
      if (cancel->cancelled()) status = QStringLiteral("cancelled");
    } catch (const std::exception& e) {
      status = QStringLiteral("failed");
      message = QString::fromUtf8(e.what());
    }
    QMetaObject::invokeMethod(
        this,
        [this, sample_id, status, message] {
          thread_->wait();
          thread_->deleteLater();
          thread_ = nullptr;
          emit finished(sample_id, status, message);
        },
        Qt::QueuedConnection);
  });
  thread_->setObjectName(QStringLiteral("eightfold-step-history"));
  thread_->start();
  return true;
}

void StepHistoryRunner::cancel() {
  if (cancel_) cancel_->cancel();
}

}  // namespace ef::gui
