// SPDX-License-Identifier: GPL-3.0-or-later
#include "legend_placement.h"

#include <qcustomplot.h>

#include "figure_renderer.h"

namespace ef::widgets {
namespace {

// Linear steps in pixel space between two drawn pixels (a segment on screen is straight on log
// axes too, because both ends are mapped first).
void addSegment(QVector<QPointF>& out, QPointF a, QPointF b, int steps) {
  for (int k = 1; k < steps; ++k)
    out << a + (b - a) * (double(k) / steps);
}

}  // namespace

void layOutNow(QCustomPlot* plot) {
  QCPLayoutGrid* layout = plot->plotLayout();
  layout->setOuterRect(plot->rect());  // during a resize event the viewport is still the old one
  layout->update(QCPLayoutElement::upPreparation);
  layout->update(QCPLayoutElement::upMargins);
  layout->update(QCPLayoutElement::upLayout);
}

QVector<QPointF> drawnPixels(const QCustomPlot* plot, const FigureData& data) {
  const QCPAxis* xa = plot->xAxis;
  const QCPAxis* ya = plot->yAxis;
  const auto px = [&](double x, double y) {
    return QPointF(xa->coordToPixel(x), ya->coordToPixel(y));
  };
  QVector<QPointF> out;
  for (const FigureSeries& s : data.series) {
    QVector<QPointF> line;
    QVector<int> idx = plottedPoints(data, s);
    std::sort(idx.begin(), idx.end(), [&](int a, int b) { return s.x[a] < s.x[b]; });
    for (int i : idx)
      line << px(s.x[i], s.y[i]);
    for (int i = 0; i < line.size(); ++i) {
      out << line[i];
      if (s.line && i + 1 < line.size()) addSegment(out, line[i], line[i + 1], 24);
    }
    if (!hasBand(s)) continue;
    QVector<int> band;
    for (int i = 0; i < s.x.size(); ++i)
      if (bandPointPlotted(data, s, i)) band << i;
    std::sort(band.begin(), band.end(), [&](int a, int b) { return s.x[a] < s.x[b]; });
    for (int j = 0; j < band.size(); ++j) {
      const int i = band[j];
      const QPointF lo = px(s.x[i], s.lo[i]), hi = px(s.x[i], s.hi[i]);
      out << lo << hi;
      addSegment(out, lo, hi, 12);  // through the fill
      if (j + 1 == band.size()) continue;
      const int n = band[j + 1];
      const QPointF lo2 = px(s.x[n], s.lo[n]), hi2 = px(s.x[n], s.hi[n]);
      addSegment(out, lo, lo2, 24);
      addSegment(out, hi, hi2, 24);
      for (int k = 1; k < 8; ++k) {  // across the fill between the two sizes
        const double t = k / 8.0;
        addSegment(out, lo + (lo2 - lo) * t, hi + (hi2 - hi) * t, 12);
      }
    }
  }
  return out;
}

LegendPosition placeLegendClearOfData(QCustomPlot* plot, const FigureData& data,
                                      LegendPosition first) {
  QCPLegend* legend = plot->legend;
  if (!legend->visible()) return LegendPosition::Hidden;
  QCPLayoutInset* inset = plot->axisRect()->insetLayout();
  int index = -1;
  for (int i = 0; i < inset->elementCount(); ++i)
    if (inset->elementAt(i) == legend) index = i;
  if (index < 0) return LegendPosition::Outside;
  layOutNow(plot);
  const QVector<QPointF> drawn = drawnPixels(plot, data);
  QVector<LegendPosition> order{first};
  for (LegendPosition p : {LegendPosition::TopRight, LegendPosition::TopLeft,
                           LegendPosition::BottomRight, LegendPosition::BottomLeft})
    if (p != first) order << p;
  for (LegendPosition p : order) {
    if (p == LegendPosition::Outside || p == LegendPosition::Hidden) continue;
    inset->setInsetAlignment(index, insetAlignment(p));
    layOutNow(plot);
    const QRectF box = QRectF(legend->outerRect()).adjusted(-3, -3, 3, 3);
    bool free = true;
    for (const QPointF& d : drawn) {
      if (box.contains(d)) {
        free = false;
        break;
      }
    }
    if (free) {
      plot->replot(QCustomPlot::rpQueuedReplot);
      return p;
    }
  }
  placeLegendOutside(plot, legend);
  plot->replot(QCustomPlot::rpQueuedReplot);
  return LegendPosition::Outside;
}

}  // namespace ef::widgets
