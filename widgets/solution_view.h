// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One solution in the advantage inspector: the prompt, its steps tinted by advantage, the
// legend of the colour scale, and below them the rollouts of the selected step and the pairs
// built from the solution. The app fills it from the store and answers stepSelected() by loading
// the rollouts of that prefix into setRollouts().
#include <QVector>
#include <QWidget>

#include "step_data.h"

class QPlainTextEdit;
class QTableView;
class QTableWidget;
class QTabWidget;

namespace ef::widgets {

class StepTableModel;
class DivergingLegend;
class StepHistoryView;

class SolutionView : public QWidget {
  Q_OBJECT

 public:
  explicit SolutionView(QWidget* parent = nullptr);

  // Replaces the solution; clears the rollouts (they belong to a step of the old one), keeps the
  // pairs until setPairs() is called.
  void setSolution(const QString& prompt, QVector<StepRow> steps);
  void setRollouts(QVector<RolloutRow> rollouts);
  void setPairs(QVector<PairRow> pairs);
  // Selects the row of this StepRow::index (emits stepSelected); false if there is none.
  bool selectStep(int step_index);
  // StepRow::index of the selected row, −1 when none is selected.
  int selectedStep() const;

  StepTableModel* stepModel() const { return model_; }
  QTableView* stepView() const { return steps_; }
  QTableWidget* rolloutTable() const { return rollouts_; }
  QTableWidget* pairTable() const { return pairs_; }
  StepHistoryView* stepHistory() const { return history_; }
  QString prompt() const;

 signals:
  // The user (or selectStep) selected the row of this step (StepRow::index, 0 = the problem).
  void stepSelected(int step_index);

 private:
  void changeEvent(QEvent* event) override;
  void retranslate();
  void onCurrentRowChanged(int row);
  void updateTabTitles();

  QPlainTextEdit* prompt_;
  StepTableModel* model_;
  QTableView* steps_;
  DivergingLegend* legend_;
  QTabWidget* tabs_;
  QTableWidget* rollouts_;
  QTableWidget* pairs_;
  StepHistoryView* history_;
  int rollout_step_ = -1;  // step whose rollouts are shown, for the tab title
};

}  // namespace ef::widgets
