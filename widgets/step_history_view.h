// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The step-history tab of the solution view (docs/method.md, "Step history"): the rollouts per
// prefix, a Compute / Cancel button, an export and the table (StepHistoryModel). It asks for the
// computation (computeRequested) and is given the result (setHistory); what runs it is the app's.
#include <QWidget>

#include "step_data.h"

class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

namespace ef::widgets {

class StepHistoryModel;

class StepHistoryView : public QWidget {
  Q_OBJECT

 public:
  explicit StepHistoryView(QWidget* parent = nullptr);

  void setHistory(StepHistoryData data);
  // While a computation runs the button cancels it; `status` is shown beside it.
  void setRunning(bool running);
  void setStatus(const QString& status);
  int rolloutsPerPrefix() const;
  void setRolloutsPerPrefix(int k);
  StepHistoryModel* model() const { return model_; }
  QPushButton* computeButton() const { return compute_; }

 signals:
  void computeRequested(int k);
  void cancelRequested();
  void exportRequested();

 private:
  void changeEvent(QEvent* event) override;
  void retranslate();

  StepHistoryModel* model_;
  QTableView* table_;
  QLabel* k_label_;
  QSpinBox* k_;
  QPushButton* compute_;
  QPushButton* export_;
  QLabel* status_;
  bool running_ = false;
};

}  // namespace ef::widgets
