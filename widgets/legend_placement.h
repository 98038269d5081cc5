// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Puts a figure's legend where it covers no data: the first inside corner of the axes whose
// legend box holds none of the pixels the figure draws, else a column beside the axes
// (docs/architecture.md, "Add a plot"). Works on the laid-out plot, so the legend's real size
// (its entries, the aggregation note) and the widget's real size decide; call it again after a
// resize.
#include <QPointF>
#include <QVector>

#include "figure.h"

class QCustomPlot;

namespace ef::widgets {

// Lays the plot out now (margins, then every element's rectangle), as QCustomPlot does before
// painting, so that rectangles can be read before the next replot.
void layOutNow(QCustomPlot* plot);

// What `data` draws on plot's x and y axes, in widget pixels: every plotted point, points along
// each line segment, each band's edges and points through its fill.
QVector<QPointF> drawnPixels(const QCustomPlot* plot, const FigureData& data);

// Call after renderFigure placed the legend inside the axes and after its items are final. Tries
// `first`, then the other corners (top right, top left, bottom right, bottom left), keeps the
// first whose legend box (with a small margin) holds no drawn pixel; otherwise moves the legend
// outside. Returns where it went (Hidden: the legend is not visible; Outside unchanged when it
// is already outside). Schedules one queued replot.
LegendPosition placeLegendClearOfData(QCustomPlot* plot, const FigureData& data,
                                      LegendPosition first);

}  // namespace ef::widgets
