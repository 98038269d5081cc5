// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The data-scaling plot with its read-out: error against |D_syn| (log x; log y switchable), one
// series per method with a band over seeds and the fitted power law, drawn from FigureData; below
// it a table of each method's efficiency multiplier per size (D_eff / D), extrapolated values
// marked. Knows nothing of training: methods are names, multipliers are numbers.
#include <QVector>
#include <QWidget>

#include <cmath>
#include <limits>
#include <optional>
#include <utility>

#include "figure.h"

class QCustomPlot;
class QCPTextElement;
class QLabel;
class QTableWidget;

namespace ef::widgets {

struct MultiplierCell {
  double value = std::numeric_limits<double>::quiet_NaN();  // NaN = none (no fit, no cell)
  bool extrapolated = false;                                // D_eff outside the measured SFT range
  // 95% interval over seeds (NaN = none: one seed). An interval that contains 1 is drawn greyed:
  // the method is not distinguishable from SFT at this size.
  double lo = std::numeric_limits<double>::quiet_NaN();
  double hi = std::numeric_limits<double>::quiet_NaN();
  bool hasInterval() const { return std::isfinite(lo) && std::isfinite(hi); }
  bool intervalContainsOne() const { return hasInterval() && lo <= 1.0 && hi >= 1.0; }
};

struct MultiplierRow {
  QString method;
  QColor color;
  QVector<MultiplierCell> cells;  // aligned with the sizes given to setMultipliers
};

class ScalingView : public QWidget {
  Q_OBJECT

 public:
  explicit ScalingView(QWidget* parent = nullptr);

  void setFigure(const FigureData& data);
  // fit_text: the fitted law in words ("err = 8.57 · D^−1.70, R² = 0.90"), or why there is none.
  void setMultipliers(const QVector<int>& sizes, const QVector<MultiplierRow>& rows,
                      const QString& fit_text);

  const FigureData& figure() const { return data_; }
  // Where the legend went at the last layout (never over data; legend_placement.h).
  LegendPosition legendPosition() const { return legend_; }
  QCustomPlot* plot() const { return plot_; }
  QTableWidget* multiplierTable() const { return table_; }
  // The table's text for a method and size ("" when there is no such cell).
  QString multiplierText(const QString& method, int size) const;
  static QString formatMultiplier(const MultiplierCell& c);

 signals:
  // A click on a series' point (its line or marker): the series' index in the figure and the x
  // of the point clicked (a data size).
  void pointClicked(int series, double x);

 private:
  void changeEvent(QEvent* event) override;
  void retranslate();
  static constexpr int kMaxInsetLegend = 5;  // series an inset legend may hold (more: outside)
  void fitTableHeight();
  void render();
  bool eventFilter(QObject* watched, QEvent* event) override;
  // The marked series point nearest to a pixel within the plot's selection tolerance (series
  // index, x), if any.
  std::optional<std::pair<int, double>> markerAt(const QPointF& pos) const;

  QCustomPlot* plot_;
  QLabel* fit_;
  QTableWidget* table_;
  FigureData data_;
  QVector<int> sizes_;
  QCPTextElement* note_ = nullptr;  // the aggregation line in the legend
  LegendPosition legend_ = LegendPosition::TopRight;
};

}  // namespace ef::widgets
