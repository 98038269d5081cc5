#include "live_plot.h"

#include <QVBoxLayout>
#include <qcustomplot.h>

namespace ef::widgets {

LivePlot::LivePlot(QWidget* parent) : QWidget(parent), plot_(new QCustomPlot(this)) {
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(plot_, 1);
  plot_->yAxis2->setVisible(true);
  plot_->legend->setVisible(true);
  plot_->legend->setBrush(QBrush(QColor(255, 255, 255, 200)));
  plot_->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
  plot_->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
  plot_->setMinimumSize(320, 200);
  timer_.setInterval(40);
  connect(&timer_, &QTimer::timeout, this, &LivePlot::redraw);
  timer_.start();
}

void LivePlot::setAxisTitles(const QString& x, const QString& left, const QString& right) {
  plot_->xAxis->setLabel(x);
  plot_->yAxis->setLabel(left);
  plot_->yAxis2->setLabel(right);
}

void LivePlot::setLogLeft(bool log) {
  plot_->yAxis->setScaleType(log ? QCPAxis::stLogarithmic : QCPAxis::stLinear);
  if (log) {
    plot_->yAxis->setTicker(QSharedPointer<QCPAxisTickerLog>(new QCPAxisTickerLog));
  } else {
    plot_->yAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
  }
}

void LivePlot::setFixedRightRange(double lower, double upper) {
  right_fixed_ = true;
  plot_->yAxis2->setRange(lower, upper);
}

void LivePlot::addSeries(const QString& name, const QColor& color, Axis axis, bool markers) {
  auto* g = plot_->addGraph(plot_->xAxis, axis == Axis::Left ? plot_->yAxis : plot_->yAxis2);
  g->setName(name);
  g->setPen(QPen(color, 1.6));
  if (markers) g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, color, color, 6));
  graphs_.insert(name, g);
}

void LivePlot::append(const QString& series, double x, double y) {
  auto* g = graphs_.value(series);
  if (!g) return;
  g->addData(x, y);
  dirty_ = true;
}

void LivePlot::clearData() {
  for (auto* g : std::as_const(graphs_))
    g->data()->clear();
  dirty_ = true;
}

int LivePlot::pointCount(const QString& series) const {
  auto* g = graphs_.value(series);
  return g ? g->dataCount() : 0;
}

void LivePlot::redraw() {
  if (!dirty_) return;
  dirty_ = false;
  plot_->xAxis->rescale();
  bool found = false;
  for (auto* axis : {plot_->yAxis, plot_->yAxis2}) {
    if (axis == plot_->yAxis2 && right_fixed_) continue;
    const QCPRange r = [&] {
      QCPRange range;
      bool any = false;
      for (auto* g : std::as_const(graphs_)) {
        if (g->valueAxis() != axis) continue;
        const QCPRange gr = g->getValueRange(found, QCP::sdBoth);
        if (!found) continue;
        range =
            any ? QCPRange(std::min(range.lower, gr.lower), std::max(range.upper, gr.upper)) : gr;
        any = true;
      }
      return any ? range : QCPRange(0, 1);
    }();
    axis->setRange(r.lower, r.upper);
    axis->scaleRange(1.08, r.center());
  }
  plot_->replot(QCustomPlot::rpQueuedReplot);
  ++redraws_;
}

}  // namespace ef::widgets
