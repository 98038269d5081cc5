// SPDX-License-Identifier: GPL-3.0-or-later
#include "pit_histogram.h"

#include <QEvent>
#include <QVBoxLayout>
#include <algorithm>
#include <qcustomplot.h>

namespace ef::widgets {

PitHistogram::PitHistogram(QWidget* parent)
    : QWidget(parent),
      plot_(new QCustomPlot(this)),
      pit_bars_(new QCPBars(plot_->xAxis, plot_->yAxis)),
      none_bars_(new QCPBars(plot_->xAxis, plot_->yAxis)),
      title_(new QCPTextElement(plot_, QString())) {
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(plot_, 1);
  plot_->setMinimumSize(240, 160);
  plot_->plotLayout()->insertRow(0);
  plot_->plotLayout()->addElement(0, 0, title_);
  plot_->xAxis->grid()->setVisible(false);
  // Counts are whole solutions: no 0.5 ticks.
  auto y_ticker = QSharedPointer<QCPAxisTickerFixed>::create();
  y_ticker->setTickStep(1.0);
  y_ticker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
  plot_->yAxis->setTicker(y_ticker);

  // Vermillion: a pit is where the advantage turns negative, the same hue as A < 0 elsewhere.
  pit_bars_->setPen(QPen(QColor(0xA0, 0x46, 0x00)));
  pit_bars_->setBrush(QColor(0xD5, 0x5E, 0x00));
  pit_bars_->setWidth(0.7);
  none_bars_->setPen(QPen(QColor(0x70, 0x70, 0x70)));
  none_bars_->setBrush(QColor(0xB0, 0xB0, 0xB0));
  none_bars_->setWidth(0.7);
  retranslate();
  setPitPositions({});
}

void PitHistogram::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) {
    retranslate();
    setPitPositions(positions_);  // the "none" tick and the title
  }
  QWidget::changeEvent(event);
}

void PitHistogram::retranslate() {
  plot_->xAxis->setLabel(tr("first pit (step)"));
  plot_->yAxis->setLabel(tr("solutions"));
  pit_bars_->setName(tr("first pit"));
  none_bars_->setName(tr("no pit"));
}

void PitHistogram::setPitPositions(const QVector<int>& positions) {
  positions_ = positions;
  int max_step = 0;
  none_ = 0;
  for (int p : positions) {
    if (p > 0)
      max_step = std::max(max_step, p);
    else
      ++none_;
  }
  counts_ = QVector<double>(max_step, 0.0);
  for (int p : positions)
    if (p > 0) counts_[p - 1] += 1.0;

  QVector<double> x(max_step);
  for (int i = 0; i < max_step; ++i)
    x[i] = i + 1;
  pit_bars_->setData(x, counts_, true);
  // "none" sits one slot to the right of the last step, behind a gap, so it never reads as a step.
  const double none_x = max_step + 1.5;
  none_bars_->setData({none_x}, {double(none_)}, true);

  // Text ticks: every step is labelled, and the extra slot reads "none" instead of a number.
  auto ticker = QSharedPointer<QCPAxisTickerText>::create();
  const int label_every = std::max(1, max_step / 20);  // long solutions: keep labels legible
  for (int i = 1; i <= max_step; ++i)
    if (i % label_every == 0 || i == 1) ticker->addTick(i, QString::number(i));
  ticker->addTick(none_x, tr("none"));
  plot_->xAxis->setTicker(ticker);
  plot_->xAxis->setRange(0.4, none_x + 0.6);

  const double peak = std::max(
      none_ * 1.0, counts_.isEmpty() ? 0.0 : *std::max_element(counts_.begin(), counts_.end()));
  plot_->yAxis->setRange(0, std::max(1.0, peak * 1.1));

  const int total = positions.size();
  const int with_pit = total - none_;
  title_->setText(total == 0 ? tr("no solutions")
                             : tr("first pit in %1 of %2 solutions (%3%)")
                                   .arg(with_pit)
                                   .arg(total)
                                   .arg(100.0 * with_pit / total, 0, 'f', 1));
  plot_->replot(QCustomPlot::rpQueuedReplot);
}

}  // namespace ef::widgets
