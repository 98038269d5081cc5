#include "live_plot.h"

#include <QVBoxLayout>
#include <qcustomplot.h>

#include <cmath>

namespace ef::widgets {
namespace {

// Above this many points in all series together, lines are drawn 1 px wide without
// antialiasing: 100 series x 10 000 points repaint in ~30 ms instead of ~300 ms
// (eightfold-bench-gui); with that many lines on one plot the difference is not visible.
constexpr qint64 kDensePoints = 200000;

double lineWidth(Qt::PenStyle style, bool dense) {
  // Dashes cannot take the fast polyline path: they are drawn 1 px wide (2 ms instead of 210 ms
  // for 10 000 points at 1.6 px); solid lines keep 1.6 px. Exports draw their own lines.
  if (dense) return 0.0;  // cosmetic: 1 px
  return style == Qt::SolidLine ? 1.6 : 1.0;
}

}  // namespace

LivePlot::LivePlot(QWidget* parent) : QWidget(parent), plot_(new QCustomPlot(this)) {
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(plot_, 1);
  plot_->yAxis2->setVisible(true);
  plot_->legend->setVisible(true);
  plot_->legend->setBrush(QBrush(QColor(255, 255, 255, 200)));
  plot_->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
  plot_->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
  plot_->axisRect()->setRangeZoomAxes({plot_->xAxis, plot_->yAxis});
  plot_->axisRect()->setRangeDragAxes({plot_->xAxis, plot_->yAxis});
  plot_->setMinimumSize(320, 200);
  // Wide antialiased polylines go through Qt's path stroker: one 10 000-point series with a
  // 1.6 px pen took 140-210 ms per repaint, with this hint 4.5 ms (solid pens only; see addSeries).
  plot_->setPlottingHint(QCP::phFastPolylines, true);

  tracer_ = new QCPItemTracer(plot_);
  tracer_->setStyle(QCPItemTracer::tsCrosshair);
  tracer_->setPen(QPen(QColor(80, 80, 80), 0, Qt::DotLine));
  tracer_->setVisible(false);
  label_ = new QCPItemText(plot_);
  label_->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
  label_->position->setType(QCPItemPosition::ptAbsolute);
  label_->setBrush(QBrush(QColor(255, 255, 255, 220)));
  label_->setPadding(QMargins(3, 2, 3, 2));
  label_->setVisible(false);

  // The user's zoom or pan wins over following the data; a double click gives it back.
  connect(plot_, &QCustomPlot::mouseWheel, this, [this] { follow_ = false; });
  connect(plot_, &QCustomPlot::mousePress, this, [this] { follow_ = false; });
  connect(plot_, &QCustomPlot::mouseDoubleClick, this, &LivePlot::resetView);
  connect(plot_, &QCustomPlot::mouseMove, this, &LivePlot::onMouseMove);

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
  log_left_ = log;
  plot_->yAxis->setScaleType(log ? QCPAxis::stLogarithmic : QCPAxis::stLinear);
  if (log) {
    plot_->yAxis->setTicker(QSharedPointer<QCPAxisTickerLog>(new QCPAxisTickerLog));
  } else {
    plot_->yAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
  }
  dirty_ = true;
}

void LivePlot::setFixedRightRange(double lower, double upper) {
  right_fixed_ = true;
  plot_->yAxis2->setRange(lower, upper);
}

void LivePlot::addSeries(const QString& name, const QColor& color, Axis axis, int marker,
                         Qt::PenStyle pen) {
  if (graphs_.contains(name)) return;
  auto* g = plot_->addGraph(plot_->xAxis, axis == Axis::Left ? plot_->yAxis : plot_->yAxis2);
  g->setName(name);
  g->setPen(QPen(color, lineWidth(pen, dense_), pen));
  if (marker >= 0) {
    const auto shape = static_cast<QCPScatterStyle::ScatterShape>(marker);
    g->setScatterStyle(QCPScatterStyle(shape, color, color, 6));
  }
  graphs_.insert(name, g);
  order_ << name;
  dirty_ = true;
}

void LivePlot::removeAllSeries() {
  plot_->clearGraphs();
  graphs_.clear();
  spans_.clear();
  order_.clear();
  tracer_->setGraph(nullptr);
  dirty_ = true;
}

void LivePlot::append(const QString& series, double x, double y) {
  auto* g = graphs_.value(series);
  if (!g) return;
  g->addData(x, y);
  spans_[g].add(y);
  dirty_ = true;
}

void LivePlot::setSeriesData(const QString& series, const QVector<double>& x,
                             const QVector<double>& y) {
  auto* g = graphs_.value(series);
  if (!g) return;
  g->setData(x, y);
  Span span;
  for (double v : y)
    span.add(v);
  spans_[g] = span;
  dirty_ = true;
}

void LivePlot::clearData() {
  for (auto* g : std::as_const(graphs_))
    g->data()->clear();
  spans_.clear();
  dirty_ = true;
}

void LivePlot::resetView() {
  follow_ = true;
  dirty_ = true;
  redraw();
}

int LivePlot::pointCount(const QString& series) const {
  auto* g = graphs_.value(series);
  return g ? g->dataCount() : 0;
}

double LivePlot::lastKey(const QString& series) const {
  auto* g = graphs_.value(series);
  if (!g || g->dataCount() == 0) return std::nan("");
  return (g->data()->constEnd() - 1)->key;
}

QString LivePlot::readout() const {
  return label_->visible() ? label_->text() : QString();
}

void LivePlot::applyDetail() {
  qint64 points = 0;
  for (auto* g : std::as_const(graphs_))
    points += g->dataCount();
  const bool dense = points > kDensePoints;
  if (dense == dense_) return;
  dense_ = dense;
  plot_->setNotAntialiasedElements(dense ? QCP::aePlottables : QCP::aeNone);
  for (auto* g : std::as_const(graphs_)) {
    QPen pen = g->pen();
    pen.setWidthF(lineWidth(pen.style(), dense));
    g->setPen(pen);
  }
}

void LivePlot::redraw() {
  if (!dirty_) return;
  dirty_ = false;
  applyDetail();
  if (follow_) rescale();
  plot_->replot(QCustomPlot::rpQueuedReplot);
  ++redraws_;
}

void LivePlot::redrawNow() {
  dirty_ = false;
  applyDetail();
  if (follow_) rescale();
  plot_->replot(QCustomPlot::rpImmediateRefresh);
  ++redraws_;
}

void LivePlot::rescale() {
  plot_->xAxis->rescale();
  for (auto* axis : {plot_->yAxis, plot_->yAxis2}) {
    if (axis == plot_->yAxis2 && right_fixed_) continue;
    QCPRange range(0, 1);
    bool any = false;
    // Each series' value range is kept as points arrive: a redraw does not walk all the data.
    for (auto it = spans_.cbegin(); it != spans_.cend(); ++it) {
      if (it.key()->valueAxis() != axis || it->lo > it->hi) continue;
      range = any ? QCPRange(std::min(range.lower, it->lo), std::max(range.upper, it->hi))
                  : QCPRange(it->lo, it->hi);
      any = true;
    }
    if (axis->scaleType() == QCPAxis::stLogarithmic) {
      if (range.lower <= 0) range.lower = std::max(range.upper * 1e-3, 1e-6);
      axis->setRange(range.lower / 1.15, range.upper * 1.15);
    } else {
      axis->setRange(range.lower, range.upper);
      axis->scaleRange(1.08, range.center());
    }
  }
}

void LivePlot::onMouseMove(QMouseEvent* event) {
  // Nearest point (in pixels) over all graphs.
  QCPGraph* best = nullptr;
  double best_key = 0, best_value = 0, best_d = 1e18;
  const QPointF pos = event->position();
  for (auto* g : std::as_const(graphs_)) {
    if (g->dataCount() == 0) continue;
    const double key = g->keyAxis()->pixelToCoord(pos.x());
    auto it = g->data()->findBegin(key, true);
    for (int k = 0; k < 2 && it != g->data()->constEnd(); ++k, ++it) {
      const QPointF p = g->coordsToPixels(it->key, it->value);
      const double d = std::hypot(p.x() - pos.x(), p.y() - pos.y());
      if (d < best_d) {
        best_d = d;
        best = g;
        best_key = it->key;
        best_value = it->value;
      }
    }
  }
  const bool show = best && best_d < 40;
  tracer_->setVisible(show);
  label_->setVisible(show);
  if (show) {
    tracer_->setGraph(best);
    tracer_->setGraphKey(best_key);
    label_->setText(QStringLiteral("%1\nx = %2, y = %3")
                        .arg(best->name())
                        .arg(best_key, 0, 'g', 6)
                        .arg(best_value, 0, 'g', 5));
    label_->position->setCoords(pos.x() + 10, pos.y() - 6);
  }
  plot_->replot(QCustomPlot::rpQueuedReplot);
}

FigureData LivePlot::figureData(bool right) const {
  FigureData f;
  f.x_label = plot_->xAxis->label();
  f.y_label = right ? plot_->yAxis2->label() : plot_->yAxis->label();
  f.log_y = right ? false : log_left_;
  for (const QString& name : order_) {
    QCPGraph* g = graphs_.value(name);
    if ((g->valueAxis() == plot_->yAxis2) != right) continue;
    FigureSeries s;
    s.name = name;
    s.color = g->pen().color();
    s.pen = g->pen().style();
    s.marker = g->scatterStyle().shape();
    for (auto it = g->data()->constBegin(); it != g->data()->constEnd(); ++it) {
      s.x << it->key;
      s.y << it->value;
    }
    f.series << s;
  }
  return f;
}

}  // namespace ef::widgets
