// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Training curves of the selected runs, overlaid: losses and DPO margins on the left axis, test
// error, pass@k and pair accuracy on the right. History comes from the store, live points from
// the run queue; the plot coalesces redraws. A sweep stands for its cell runs.
#include <QSet>
#include <QWidget>

#include <vector>

#include "store_reader.h"

#include "experiment/config/metric_info.h"
#include "figure.h"

class QAction;
class QCheckBox;
class QPushButton;
class QToolButton;
class QLabel;

namespace ef::widgets {
class LivePlot;
}

namespace ef::gui {

class RunQueue;
class Workspace;

class TrainingPage : public QWidget {
  Q_OBJECT

 public:
  TrainingPage(Workspace* workspace, RunQueue* queue, QWidget* parent = nullptr);

  // The runs (or sweeps) to show; reloads their history.
  void showRuns(const QList<qint64>& run_ids);
  const QSet<qint64>& shownRuns() const { return runs_; }
  widgets::LivePlot* plot() const { return plot_; }
  // The curves on the right axis (error, pass@k, accuracy) or, with right = false, on the left
  // (losses, margins). figureData() picks the right axis when it has curves.
  widgets::FigureData figureData() const;
  widgets::FigureData axisFigureData(bool right) const;

 signals:
  void exportRequested(const ef::widgets::FigureData& data);

 private:
  void changeEvent(QEvent* event) override;
  void retranslate();
  struct History;  // the stored curves of the shown runs, read on the reader thread
  void reload();
  void showHistory(const History& history);
  void addRun(qint64 run_id, const QString& name, qint64 parent_id);
  void onMetric(qint64 run_id, const QString& stage, qint64 step, const QString& name, double v);
  void onRunCreated(qint64 run_id);
  int metricIndex(const QString& stage, const QString& name) const;
  std::vector<bool> checkedMetrics() const;
  QString seriesName(qint64 run_id, const QString& stage, int metric) const;
  void ensureSeries(qint64 run_id, const QString& stage, int metric);

  Workspace* workspace_;
  RunQueue* queue_;
  widgets::LivePlot* plot_;
  const std::vector<MetricInfo> metrics_;  // what can be drawn (metricCatalog()): one box each
  QLabel* hint_;
  QVector<QCheckBox*> metric_boxes_;
  QCheckBox* log_loss_;
  QPushButton* reset_;
  QToolButton* export_button_;
  QAction* export_right_;
  QAction* export_left_;
  QList<qint64> selected_;  // what the user picked (runs or sweeps)
  QSet<qint64> runs_;       // the runs whose metrics are drawn (sweeps expanded to cells)
  QSet<qint64> sweeps_;     // selected sweeps (new cell runs join while they stream)
  QHash<qint64, int> colour_of_;
  QHash<qint64, QString> label_of_;  // legend name of a run
  StoreReader::Ticket ticket_;       // the history read whose result is shown
  bool loading_ = false;             // a history read is under way: live points wait in pending_
  struct LivePoint {
    qint64 run_id;
    QString stage, name;
    qint64 step;
    double value;
  };
  QVector<LivePoint> pending_;
};

}  // namespace ef::gui
