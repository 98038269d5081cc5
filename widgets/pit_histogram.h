// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Histogram of first-pit positions over a set of negative solutions (docs/method.md, "Per-step
// credit"): one bar per step, plus a separate "none" bar for negatives in which every prefix still
// had a successful rollout (those yield no per-step pair).
#include <QVector>
#include <QWidget>

class QCustomPlot;
class QCPBars;
class QCPTextElement;

namespace ef::widgets {

class PitHistogram : public QWidget {
  Q_OBJECT

 public:
  explicit PitHistogram(QWidget* parent = nullptr);

  // One entry per solution: its 1-based first-pit step, or 0 (or less) for "no pit".
  void setPitPositions(const QVector<int>& positions);

  // counts()[i] = number of solutions whose first pit is step i + 1; size = the largest pit step.
  QVector<double> counts() const { return counts_; }
  int noneCount() const { return none_; }
  QCustomPlot* plot() const { return plot_; }

 private:
  void changeEvent(QEvent* event) override;
  void retranslate();
  QCustomPlot* plot_;
  QCPBars* pit_bars_;
  QCPBars* none_bars_;
  QCPTextElement* title_;
  QVector<double> counts_;
  QVector<int> positions_;  // as given, to draw again in another language
  int none_ = 0;
};

}  // namespace ef::widgets
