#pragma once
// A live line plot for streaming metrics: points are appended at any rate, the plot redraws at
// most once per interval (40 ms by default, PlotJuggler's pattern), never once per point.
// Knows nothing about training: series are names with a colour and a y axis.
#include <QHash>
#include <QTimer>
#include <QWidget>

class QCustomPlot;
class QCPGraph;

namespace ef::widgets {

class LivePlot : public QWidget {
  Q_OBJECT

 public:
  enum class Axis { Left, Right };
  explicit LivePlot(QWidget* parent = nullptr);

  void setAxisTitles(const QString& x, const QString& left, const QString& right);
  void setLogLeft(bool log);
  // Fixes the right axis to [lower, upper] (e.g. 0..1 for error rates) instead of autoscaling.
  void setFixedRightRange(double lower, double upper);
  void addSeries(const QString& name, const QColor& color, Axis axis, bool markers = false);
  // Queues a point; the plot shows it at the next coalesced redraw.
  void append(const QString& series, double x, double y);
  void clearData();
  void setRedrawInterval(int ms) { timer_.setInterval(ms); }

  int pointCount(const QString& series) const;
  int redrawCount() const { return redraws_; }
  QCustomPlot* plot() const { return plot_; }

 private:
  void redraw();

  QCustomPlot* plot_;
  QHash<QString, QCPGraph*> graphs_;
  QTimer timer_;
  bool dirty_ = false;
  bool right_fixed_ = false;
  int redraws_ = 0;
};

}  // namespace ef::widgets
