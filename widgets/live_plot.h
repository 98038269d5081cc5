// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A live line plot for streaming metrics: points are appended at any rate, the plot redraws at
// most once per interval (40 ms by default, PlotJuggler's pattern), never once per point.
// Zoom (wheel) and pan (drag) stop the automatic rescaling until a double click resets the view;
// moving the mouse shows a crosshair read-out of the nearest point.
// Each series keeps all its points (export, read-out); a series with more points than twice the
// plot's width in pixels is drawn from its lowest and highest point per pixel column
// (column_extremes.h), recomputed only when its data, the x range or the width change.
// Knows nothing about training: series are names with a colour, a dash style and a y axis.
#include <QHash>
#include <QTimer>
#include <QWidget>

#include "figure.h"

class QCustomPlot;
class QCPGraph;
class QCPItemTracer;
class QCPItemText;
class QCPLayoutGrid;
class QResizeEvent;
class QMouseEvent;

namespace ef::widgets {

class LivePlot : public QWidget {
  Q_OBJECT

 public:
  enum class Axis { Left, Right };
  explicit LivePlot(QWidget* parent = nullptr);

  void setAxisTitles(const QString& x, const QString& left, const QString& right);
  void setLogLeft(bool log);
  bool logLeft() const { return log_left_; }
  // Fixes the right axis to [lower, upper] (e.g. 0..1 for error rates) instead of autoscaling.
  void setFixedRightRange(double lower, double upper);
  // marker: a QCPScatterStyle::ScatterShape (widgets::seriesMarker), -1 for a bare line.
  void addSeries(const QString& name, const QColor& color, Axis axis, int marker = -1,
                 Qt::PenStyle pen = Qt::SolidLine);
  bool hasSeries(const QString& name) const { return graphs_.contains(name); }
  void removeAllSeries();
  // Queues a point; the plot shows it at the next coalesced redraw.
  void append(const QString& series, double x, double y);
  // Replaces a series' points (history loaded from a store).
  void setSeriesData(const QString& series, const QVector<double>& x, const QVector<double>& y);
  void clearData();
  void setRedrawInterval(int ms) { timer_.setInterval(ms); }
  // Back to automatic ranges that follow the data.
  void resetView();
  // Rescales (when following the data) and repaints now, not at the next coalesced redraw
  // (benchmarks; tests).
  void redrawNow();

  int seriesCount() const { return graphs_.size(); }
  int pointCount(const QString& series) const;       // every point, also when drawn decimated
  int drawnPointCount(const QString& series) const;  // the points handed to QCustomPlot
  double lastKey(const QString& series) const;       // x of the last point; NaN when it has none
  int redrawCount() const { return redraws_; }
  // Many series: the legend gives way to a note (set at each redraw).
  bool legendShown() const;
  bool legendOutside() const { return legend_side_ != nullptr; }
  // Many points: lines drawn 1 px wide without antialiasing (set at each redraw).
  bool denseDrawing() const { return dense_; }
  bool followsData() const { return follow_; }
  QCustomPlot* plot() const { return plot_; }
  // The plotted series as figure data (for export): left-axis series only when `right` is
  // false, right-axis series only when it is true.
  FigureData figureData(bool right) const;

 private:
  void redraw();
  void resizeEvent(QResizeEvent* event) override;
  // Puts the legend in the first inside corner where it covers no drawn line or marker, else in
  // a column right of the axes. Done when the view is reset, after a resize, and every few
  // seconds while the data grows (not at every redraw: the legend would jump).
  void placeLegend();
  bool legendCovers(const QRectF& box) const;
  void setLegendOutside(bool outside);
  void applyDetail();  // thin, aliased lines when there are many points (kDensePoints)
  void rescale();
  void onMouseMove(QMouseEvent* event);

  void prepareLines();  // before each replot: decimates the lines that need it
  void rescaleKeys();

  struct Span {  // finite values seen; empty while lo > hi
    double lo = 1e300, hi = -1e300;
    void add(double v) {
      if (v != v || v > 1e300 || v < -1e300) return;  // NaN, ±inf
      lo = v < lo ? v : lo;
      hi = v > hi ? v : hi;
    }
  };
  struct Line {
    QVector<double> x, y;  // every point, in x order
    Span values, keys;
    bool decimated = false;             // the graph holds column extremes, not every point
    double drawn_lo = 0, drawn_hi = 0;  // what the extremes were computed for
    int drawn_columns = 0, drawn_points = 0;
  };
  QCustomPlot* plot_;
  QHash<QString, QCPGraph*> graphs_;
  QHash<QCPGraph*, Line> lines_;
  QStringList order_;
  QCPItemTracer* tracer_;
  QCPItemText* label_;
  QCPItemText* many_;                     // replaces the legend when there are too many series
  QCPLayoutGrid* legend_side_ = nullptr;  // the column right of the axes, while the legend is there
  bool legend_due_ = true;                // placeLegend at the next redraw
  QTimer legend_timer_;                   // while following the data: a new place now and then
  QTimer timer_;
  bool dirty_ = false;
  bool right_fixed_ = false;
  bool log_left_ = false;
  bool follow_ = true;
  bool dense_ = false;
  int redraws_ = 0;
};

}  // namespace ef::widgets
