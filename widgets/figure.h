// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A figure as plain data: what a plot view shows and what the exporters write. Views build a
// FigureData from their own model; the renderer draws it onto a QCustomPlot (on screen and for
// export), the CSV and pgfplots writers turn exactly the same data into text, so an exported CSV
// always holds what was plotted. Knows nothing about training.
#include <QColor>
#include <QString>
#include <QVector>

namespace ef::widgets {

// One plotted series: y over x, optionally with a band [lo, hi] (same length as x) drawn as a
// translucent fill behind the line.
struct FigureSeries {
  QString name;  // legend label; also the series name in CSV and pgfplots output
  QVector<double> x, y;
  QVector<double> lo, hi;  // empty = no band
  QColor color;
  int marker = 0;                    // QCPScatterStyle::ScatterShape (0 = none)
  Qt::PenStyle pen = Qt::SolidLine;  // dash style
  bool line = true;                  // false: markers only
};

struct FigureData {
  QString title;  // may be empty
  QString x_label, y_label;
  bool log_x = false, log_y = false;
  // How the points were aggregated, e.g. "mean over 3 seeds; band = ± 1 std". Named in the legend
  // (by the view) and in the CSV header. Empty when the series are raw values.
  QString aggregation;
  QVector<FigureSeries> series;
  // Labelled x ticks at exactly these values (e.g. the measured data sizes); empty = automatic.
  QVector<double> x_ticks;
};

// Where the legend goes (export setting, also used on screen).
enum class LegendPosition { TopRight, TopLeft, BottomRight, BottomLeft, Outside, Hidden };

// Presentation of a figure, independent of its data.
struct FigureStyle {
  double font_pt = 9;   // base font size in points (ticks; labels and legend derive from it)
  QString font_family;  // empty = application default
  LegendPosition legend = LegendPosition::TopRight;
  QString palette = QStringLiteral("okabe-ito");  // okabe-ito | grey | (view colours: "as-shown")
  double line_width = 1.5;                        // in points
};

}  // namespace ef::widgets
