// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Draws a FigureData onto a QCustomPlot: on screen (scaling plot, export preview) and offscreen for
// export. The point filter and the effective look of each series live here too, so that the CSV and
// pgfplots writers emit exactly what the renderer draws.
#include <QColor>
#include <QString>
#include <QVector>

#include "figure.h"

class QCustomPlot;
class QCPLegend;

namespace ef::widgets {

// Colour, marker and dash a series is drawn with under a style: the palette replaces the view's
// colour unless it is "as-shown"; the grey palette also adds markers and dashes (only where the
// series has none) because grey levels alone do not separate more than three series.
struct SeriesLook {
  QColor color;
  int marker = 0;  // QCPScatterStyle::ScatterShape, 0 = none
  Qt::PenStyle pen = Qt::SolidLine;
  bool line = true;
};
SeriesLook seriesLook(const FigureSeries& series, int index, const FigureStyle& style);

// Indices of the points of `series` that are drawn: x and y finite, and positive on a log axis
// (a log axis cannot show zero or less). NaN y values are therefore skipped, not drawn as zero.
QVector<int> plottedPoints(const FigureData& data, const FigureSeries& series);
// True when the series has a band of the same length as x (a malformed band is ignored).
bool hasBand(const FigureSeries& series);
// Whether band point i (lo and hi) is drawn; same rules as plottedPoints.
bool bandPointPlotted(const FigureData& data, const FigureSeries& series, int i);

// The inside corner where a legend covers the least of the data: the corner whose legend-sized
// region (45% of the width, 40% of the height, in log space on log axes) holds the fewest points of
// the lines (markers and points interpolated along each segment). Ties go to top right, top left,
// bottom right, bottom left, in that order.
LegendPosition emptiestCorner(const FigureData& data);

// The inset alignment of an inside legend position (top right for Outside and Hidden).
Qt::Alignment insetAlignment(LegendPosition p);
// Moves the legend out of the axes into a column on their right, on top of an empty stretch so it
// keeps its natural height.
void placeLegendOutside(QCustomPlot* plot, QCPLegend* legend);

// The legend text of a series: its name on one line, "(unnamed)" when empty.
QString legendLabel(const FigureSeries& series);

// Dots per inch at which Qt turns font point sizes into layout pixels (what QFontMetrics uses).
// QCustomPlot lays out in those pixels, so pen widths given in points are converted with it too.
double layoutDpi();
double ptToPx(double pt);

// Clears `plot` and draws `data`: one graph per series plus, for each series with a band, two
// invisible graphs (lo, hi) with a translucent channel fill, added before all lines so every band
// lies behind every line and kept out of the legend. Axis ranges are fitted to the data (bands
// included) with padding, in log space on log axes. A title adds a row on top; an Outside legend
// adds a column to the right. Call again with new data: the previous title/legend layout is undone.
// Replot: schedules exactly one queued replot (QCustomPlot::rpQueuedReplot), so several calls in
// one event-loop pass redraw once; exporters that paint with QCustomPlot::toPainter need none.
void renderFigure(QCustomPlot* plot, const FigureData& data, const FigureStyle& style);

}  // namespace ef::widgets
