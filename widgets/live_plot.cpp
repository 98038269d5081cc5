// SPDX-License-Identifier: GPL-3.0-or-later
#include "live_plot.h"

#include <QVBoxLayout>
#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <numeric>

#include "column_extremes.h"
#include "figure_renderer.h"
#include "legend_placement.h"

namespace ef::widgets {
namespace {

// Above this many points in all series together, lines are drawn 1 px wide without
// antialiasing: 100 series x 10 000 points repaint in ~30 ms instead of ~300 ms
// (eightfold-bench-gui); with that many lines on one plot the difference is not visible.
constexpr qint64 kDensePoints = 200000;

// A legend of more entries does not fit beside the data and is not read: past it the legend
// hides and a note says how to name a line (the crosshair read-out). It also cost ~8 ms of the
// 100-series replot.
constexpr int kMaxLegendEntries = 24;

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
  many_ = new QCPItemText(plot_);
  many_->setPositionAlignment(Qt::AlignRight | Qt::AlignTop);
  many_->position->setType(QCPItemPosition::ptAxisRectRatio);
  many_->position->setCoords(0.99, 0.01);
  many_->setBrush(QBrush(QColor(255, 255, 255, 200)));
  many_->setPadding(QMargins(3, 2, 3, 2));
  many_->setVisible(false);

  // The user's zoom or pan wins over following the data; a double click gives it back.
  connect(plot_, &QCustomPlot::mouseWheel, this, [this] { follow_ = false; });
  connect(plot_, &QCustomPlot::mousePress, this, [this] { follow_ = false; });
  connect(plot_, &QCustomPlot::mouseDoubleClick, this, &LivePlot::resetView);
  connect(plot_, &QCustomPlot::mouseMove, this, &LivePlot::onMouseMove);

  // Also before replots that QCustomPlot starts itself (zoom, pan, resize).
  connect(plot_, &QCustomPlot::beforeReplot, this, &LivePlot::prepareLines);

  legend_timer_.setInterval(3000);
  connect(&legend_timer_, &QTimer::timeout, this, [this] {
    if (follow_ && plot_->legend->visible()) legend_due_ = true;
  });
  legend_timer_.start();

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
  lines_.insert(g, Line{});
  order_ << name;
  dirty_ = true;
}

void LivePlot::removeAllSeries() {
  plot_->clearGraphs();
  graphs_.clear();
  lines_.clear();
  order_.clear();
  tracer_->setGraph(nullptr);
  dirty_ = true;
  legend_due_ = true;
}

void LivePlot::append(const QString& series, double x, double y) {
  auto* g = graphs_.value(series);
  if (!g) return;
  Line& line = lines_[g];
  if (line.x.isEmpty() || x >= line.x.back()) {
    line.x << x;
    line.y << y;
  } else {  // out of order (rare: a resumed run repeats steps): kept in x order
    const auto at = std::upper_bound(line.x.begin(), line.x.end(), x) - line.x.begin();
    line.x.insert(at, x);
    line.y.insert(at, y);
  }
  line.values.add(y);
  line.keys.add(x);
  if (!line.decimated) g->addData(x, y);  // else the next replot decimates again
  dirty_ = true;
}

void LivePlot::setSeriesData(const QString& series, const QVector<double>& x,
                             const QVector<double>& y) {
  auto* g = graphs_.value(series);
  if (!g) return;
  const int n = static_cast<int>(std::min(x.size(), y.size()));
  Line line;
  line.x = x.mid(0, n);
  line.y = y.mid(0, n);
  if (!std::is_sorted(line.x.begin(), line.x.end())) {  // kept in x order, as QCustomPlot does
    QVector<int> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return x[a] < x[b]; });
    for (int i = 0; i < n; ++i) {
      line.x[i] = x[order[i]];
      line.y[i] = y[order[i]];
    }
  }
  for (int i = 0; i < n; ++i) {
    line.values.add(line.y[i]);
    line.keys.add(line.x[i]);
  }
  g->setData(line.x, line.y, true);
  lines_[g] = std::move(line);
  dirty_ = true;
}

void LivePlot::clearData() {
  for (auto* g : std::as_const(graphs_)) {
    g->data()->clear();
    lines_[g] = Line{};
  }
  dirty_ = true;
}

void LivePlot::resetView() {
  follow_ = true;
  dirty_ = true;
  legend_due_ = true;
  redraw();
}

void LivePlot::resizeEvent(QResizeEvent* event) {
  QWidget::resizeEvent(event);
  legend_due_ = true;
  dirty_ = true;
}

bool LivePlot::legendCovers(const QRectF& box) const {
  // Segments between the drawn points (the graphs hold the column extremes of long series) and
  // the points themselves (markers).
  const auto crosses = [&](QPointF a, QPointF b) {
    if (box.contains(a) || box.contains(b)) return true;
    if (std::max(a.x(), b.x()) < box.left() || std::min(a.x(), b.x()) > box.right() ||
        std::max(a.y(), b.y()) < box.top() || std::min(a.y(), b.y()) > box.bottom())
      return false;
    const QLineF s(a, b);
    for (const QLineF& edge :
         {QLineF(box.topLeft(), box.topRight()), QLineF(box.topRight(), box.bottomRight()),
          QLineF(box.bottomRight(), box.bottomLeft()), QLineF(box.bottomLeft(), box.topLeft())})
      if (s.intersects(edge, nullptr) == QLineF::BoundedIntersection) return true;
    return false;
  };
  for (QCPGraph* g : graphs_) {
    const auto* data = g->data().data();
    QPointF last;
    bool has_last = false;
    for (auto it = data->constBegin(); it != data->constEnd(); ++it) {
      if (std::isnan(it->value)) {
        has_last = false;
        continue;
      }
      const QPointF p = g->coordsToPixels(it->key, it->value);
      if (has_last ? crosses(last, p) : box.contains(p)) return true;
      last = p;
      has_last = true;
    }
  }
  return false;
}

void LivePlot::setLegendOutside(bool outside) {
  QCPLegend* legend = plot_->legend;
  if (outside == (legend_side_ != nullptr)) return;
  QCPLayoutGrid* grid = plot_->plotLayout();
  if (outside) {
    placeLegendOutside(plot_, legend);  // as exported figures do: a column right of the axes
    legend_side_ = qobject_cast<QCPLayoutGrid*>(legend->layout());
  } else {
    legend->layout()->take(legend);
    grid->remove(legend_side_);  // deletes the column and its spacer, not the legend (taken)
    grid->simplify();
    legend_side_ = nullptr;
    plot_->axisRect()->insetLayout()->addElement(legend, Qt::AlignTop | Qt::AlignRight);
  }
}

void LivePlot::placeLegend() {
  legend_due_ = false;
  if (!plot_->legend->visible()) return;
  setLegendOutside(false);
  QCPLayoutInset* inset = plot_->axisRect()->insetLayout();
  int index = -1;
  for (int i = 0; i < inset->elementCount(); ++i)
    if (inset->elementAt(i) == plot_->legend) index = i;
  if (index < 0) return;
  for (const Qt::Alignment corner :
       {Qt::AlignTop | Qt::AlignRight, Qt::AlignTop | Qt::AlignLeft,
        Qt::AlignBottom | Qt::AlignRight, Qt::AlignBottom | Qt::AlignLeft}) {
    inset->setInsetAlignment(index, corner);
    layOutNow(plot_);
    if (!legendCovers(QRectF(plot_->legend->outerRect()).adjusted(-3, -3, 3, 3))) return;
  }
  setLegendOutside(true);
}

int LivePlot::pointCount(const QString& series) const {
  auto* g = graphs_.value(series);
  return g ? static_cast<int>(lines_.value(g).x.size()) : 0;
}

int LivePlot::drawnPointCount(const QString& series) const {
  auto* g = graphs_.value(series);
  return g ? g->dataCount() : 0;
}

double LivePlot::lastKey(const QString& series) const {
  auto* g = graphs_.value(series);
  if (!g || lines_.value(g).x.isEmpty()) return std::nan("");
  return lines_.constFind(g)->x.back();
}

bool LivePlot::legendShown() const {
  return plot_->legend->visible();
}

void LivePlot::applyDetail() {
  const bool legend = graphs_.size() <= kMaxLegendEntries;
  if (!legend) setLegendOutside(false);  // no empty column beside the axes
  plot_->legend->setVisible(legend);
  many_->setVisible(!legend);
  if (!legend)
    many_->setText(tr("%n series: point at a line to see its name", nullptr, graphs_.size()));
  qint64 points = 0;
  for (const Line& line : std::as_const(lines_))
    points += line.x.size();
  const bool dense = points > kDensePoints;
  if (dense == dense_) return;
  dense_ = dense;
  plot_->setNotAntialiasedElements(dense ? QCP::aePlottables : QCP::aeNone);
  plot_->setPlottingHint(QCP::phFastPolylines, !dense);
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
  if (legend_due_) {
    prepareLines();  // the lines as they will be drawn
    placeLegend();
  }
  plot_->replot(QCustomPlot::rpQueuedReplot);
  ++redraws_;
}

void LivePlot::redrawNow() {
  dirty_ = false;
  applyDetail();
  if (follow_) rescale();
  if (legend_due_) {
    prepareLines();
    placeLegend();
  }
  plot_->replot(QCustomPlot::rpImmediateRefresh);
  ++redraws_;
}

void LivePlot::prepareLines() {
  const QCPRange r = plot_->xAxis->range();
  // One column per device pixel; when dense (thin aliased lines, kDensePoints) one per two: the
  // extremes stay exact, only their order inside two pixels is simplified, and the replot of
  // 100 x 10 000 points draws half the segments.
  const double pixels = plot_->axisRect()->width() * plot_->devicePixelRatioF();
  const int columns = std::max(1, static_cast<int>(pixels / (dense_ ? 2 : 1) + 0.5));
  for (auto it = lines_.begin(); it != lines_.end(); ++it) {
    Line& line = it.value();
    QCPGraph* g = it.key();
    const int n = static_cast<int>(line.x.size());
    if (n <= 2 * columns + 4) {  // few points: the graph holds them all, appended as they come
      if (line.decimated) {
        g->setData(line.x, line.y, true);
        line.decimated = false;
      }
      continue;
    }
    if (line.decimated && line.drawn_lo == r.lower && line.drawn_hi == r.upper &&
        line.drawn_columns == columns && line.drawn_points == n)
      continue;
    const QVector<int> keep = columnExtremes(line.x, line.y, r.lower, r.upper, columns);
    QVector<QCPGraphData> drawn;
    drawn.reserve(keep.size());
    for (int i : keep)
      drawn.push_back(QCPGraphData(line.x[i], line.y[i]));
    g->data()->set(drawn, true);
    line.decimated = true;
    line.drawn_lo = r.lower;
    line.drawn_hi = r.upper;
    line.drawn_columns = columns;
    line.drawn_points = n;
  }
}

void LivePlot::rescaleKeys() {
  // From every point kept, not from the graphs (they may hold column extremes only).
  Span keys;
  for (const Line& line : std::as_const(lines_)) {
    keys.add(line.keys.lo);
    keys.add(line.keys.hi);
  }
  if (keys.lo > keys.hi) return;
  if (keys.lo == keys.hi) {  // one key: keep the width, centred on it
    const double half = plot_->xAxis->range().size() / 2;
    plot_->xAxis->setRange(keys.lo - half, keys.hi + half);
  } else {
    plot_->xAxis->setRange(keys.lo, keys.hi);
  }
}

void LivePlot::rescale() {
  rescaleKeys();
  for (auto* axis : {plot_->yAxis, plot_->yAxis2}) {
    if (axis == plot_->yAxis2 && right_fixed_) continue;
    QCPRange range(0, 1);
    bool any = false;
    // Each series' value range is kept as points arrive: a redraw does not walk all the data.
    for (auto it = lines_.cbegin(); it != lines_.cend(); ++it) {
      const Span& v = it->values;
      if (it.key()->valueAxis() != axis || v.lo > v.hi) continue;
      range = any ? QCPRange(std::min(range.lower, v.lo), std::max(range.upper, v.hi))
                  : QCPRange(v.lo, v.hi);
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
  for (auto line = lines_.cbegin(); line != lines_.cend(); ++line) {
    QCPGraph* g = line.key();
    const QVector<double>& xs = line->x;
    if (xs.isEmpty()) continue;
    // Every point of the series (the graph may hold column extremes only): the two beside the
    // mouse's x.
    const double key = g->keyAxis()->pixelToCoord(pos.x());
    const int at = static_cast<int>(std::lower_bound(xs.begin(), xs.end(), key) - xs.begin());
    for (int i = std::max(0, at - 1); i <= std::min(at, static_cast<int>(xs.size()) - 1); ++i) {
      const QPointF p = g->coordsToPixels(xs[i], line->y[i]);
      const double d = std::hypot(p.x() - pos.x(), p.y() - pos.y());
      if (d < best_d) {
        best_d = d;
        best = g;
        best_key = xs[i];
        best_value = line->y[i];
      }
    }
  }
  const bool show = best && best_d < 40;
  tracer_->setVisible(show);
  label_->setVisible(show);
  if (show) {
    tracer_->position->setAxes(best->keyAxis(), best->valueAxis());
    tracer_->position->setCoords(best_key, best_value);
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
    const Line& line = *lines_.constFind(g);
    s.x = line.x;  // every point, not the drawn extremes
    s.y = line.y;
    f.series << s;
  }
  return f;
}

}  // namespace ef::widgets
