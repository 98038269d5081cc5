// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The colour scale of per-step advantages, shared by every inspector view so that the same
// advantage always has the same colour. Okabe-Ito end points (vermillion / blue) stay
// distinguishable under the common colour-vision deficiencies; both ends are light tints so that
// black table text stays readable on any cell.
#include <QColor>
#include <QString>
#include <QWidget>

namespace ef::widgets {

// Negative → vermillion (#D55E00) side, 0 → white, positive → blue (#0072B2) side, linear in
// clamp(value / limit, −1, 1). NaN (not estimated) → light grey #E0E0E0.
QColor divergingColor(double value, double limit = 1.0);

// One line explaining the scale, for tooltips and status bars.
QString divergingLegendText();

// A thin strip painting the scale from −limit to +limit, labelled "A < 0", "0", "A > 0".
class DivergingLegend : public QWidget {
  Q_OBJECT

 public:
  explicit DivergingLegend(QWidget* parent = nullptr);
  QSize sizeHint() const override;
  QSize minimumSizeHint() const override;

 protected:
  void paintEvent(QPaintEvent* event) override;
};

}  // namespace ef::widgets
