// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Computes a step history (experiment/tools/step_history.h) on a thread of its own, one at a time,
// writing it into the workspace's store; the inspector then reads it back through its read-only
// connection. Never touches LibTorch on the GUI thread.
#include <QObject>
#include <QString>

#include <memory>

#include "util/observer.h"

class QThread;

namespace ef::gui {

class StepHistoryRunner : public QObject {
  Q_OBJECT

 public:
  explicit StepHistoryRunner(QObject* parent = nullptr);
  ~StepHistoryRunner() override;

  bool isRunning() const { return thread_ != nullptr; }
  // Starts computing every policy of the sample's lineage with k rollouts per prefix. False (and
  // nothing starts) while another computation runs.
  bool start(const QString& db_path, qint64 sample_id, int k, quint64 seed);
  void cancel();

 signals:
  void progress(qint64 sample_id, int done, int total);
  // status: ok | cancelled | failed (message says why)
  void finished(qint64 sample_id, const QString& status, const QString& message);

 private:
  QThread* thread_ = nullptr;
  std::shared_ptr<CancelToken> cancel_;
};

}  // namespace ef::gui
