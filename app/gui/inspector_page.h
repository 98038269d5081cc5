// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The advantage inspector: the analysed solutions of a run (negatives, and positives when the run
// analysed them) filtered and sorted; one solution step by step with Q̂ and A and its first pit;
// the rollouts of a selected step; the pairs built from the problem; a histogram of pit positions.
// Reads the store, converts rows to the widgets' plain data.
#include <QHash>
#include <QWidget>

#include <memory>
#include <vector>

#include "store/run_store.h"
#include "store_reader.h"
#include "tasks/task.h"

class QComboBox;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QLineEdit;
class QSpinBox;
class QTableView;

namespace ef::widgets {
class PitHistogram;
class SolutionFilterProxy;
class SolutionListModel;
class SolutionView;
}  // namespace ef::widgets

namespace ef::gui {

class StepHistoryRunner;
class Workspace;

class InspectorPage : public QWidget {
  Q_OBJECT

 public:
  InspectorPage(Workspace* workspace, QWidget* parent = nullptr);

  // A run, or a sweep (its cell runs that hold analysed solutions become choosable), or a cell
  // (opened on itself, or on the analysed cell of its size and seed when it has no analysed
  // solutions of its own, e.g. a DPO cell); the run box names the cell shown.
  void showRun(qint64 run_id);
  qint64 currentRun() const { return run_id_; }
  // Shows one analysed sample; false when it has no step rows.
  bool showSample(qint64 sample_id);
  qint64 currentSample() const { return sample_id_; }

  widgets::SolutionListModel* solutions() const { return list_model_; }
  widgets::SolutionFilterProxy* filter() const { return proxy_; }
  widgets::SolutionView* solutionView() const { return view_; }
  widgets::PitHistogram* histogram() const { return histogram_; }
  QComboBox* runBox() const { return runs_; }

  // Writes the inspector's solution view and histogram as a figure (PDF vector, PNG at dpi).
  bool exportView(const QString& path, int dpi = 300, QString* error = nullptr);

 public slots:
  void exportDialog();
  // Computes the step history of the shown solution with k rollouts per prefix (the button in its
  // tab); stepHistoryFinished tells when it has been stored and shown.
  void computeStepHistory(int k);

 signals:
  void stepHistoryFinished(qint64 sample_id, const QString& status);

 private:
  // The constructor's parts: the run chooser, the filters, the list, the panes, the wiring.
  QHBoxLayout* runBar();
  QHBoxLayout* filterBar();
  void setUpList();
  QWidget* panes();
  void connectFilters();
  void connectStepHistory();
  void changeEvent(QEvent* event) override;
  void showStepHistory();
  void exportStepHistory();
  void retranslate();
  void showSummary();
  void loadRun(qint64 run_id);
  struct Candidates;
  struct Loaded;
  void showLoaded(quint64 ticket, Loaded& loaded);
  void onStepSelected(int step_index);
  static qint64 analysedCellLike(const RunStore& store, qint64 sweep, qint64 cell);

  Workspace* workspace_;
  QComboBox* runs_;
  QLineEdit* problem_;
  QComboBox* has_pit_;
  QSpinBox* pit_at_;
  QComboBox* verdict_;
  QLabel* summary_;
  StepHistoryRunner* history_runner_ = nullptr;
  // Rollout seed of the step history: fixed, so that a row computed once is the row read later.
  static constexpr quint64 kStepHistorySeed = 1;
  QLabel* run_label_;
  QLabel* pit_label_;
  QPushButton* export_button_;
  struct Counts {  // of the list shown, for the summary line in any language
    qint64 run_id = 0;
    int negatives = 0, with_pit = 0, positives = 0, spurious = 0;
  } counts_;
  QTableView* list_;
  widgets::SolutionListModel* list_model_;
  widgets::SolutionFilterProxy* proxy_;
  widgets::SolutionView* view_;
  widgets::PitHistogram* histogram_;
  QWidget* figure_;                                       // what exportView renders
  QHash<int, std::vector<PairRecord>> pairs_by_problem_;  // of the run and its sweep siblings
  std::shared_ptr<const Task> task_;  // of the run's config: labels useless steps (or none)
  qint64 run_id_ = 0;
  qint64 sample_id_ = 0;
  StoreReader::Ticket run_ticket_;   // showRun's read whose result is shown
  StoreReader::Ticket load_ticket_;  // loadRun's
};

}  // namespace ef::gui
