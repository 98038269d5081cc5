// SPDX-License-Identifier: GPL-3.0-or-later
#include "diverging_scale.h"

#include <QLinearGradient>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace ef::widgets {

namespace {

// Share of the saturated end colour at |value| = limit; the rest is white. 0.6 keeps the tint
// strong enough to read at a glance while black text keeps a contrast ratio above 8:1.
constexpr double kEndStrength = 0.6;
const QColor kNegative(0xD5, 0x5E, 0x00);  // Okabe-Ito vermillion
const QColor kPositive(0x00, 0x72, 0xB2);  // Okabe-Ito blue
const QColor kMissing(0xE0, 0xE0, 0xE0);

int mixWithWhite(int channel, double weight) {
  return static_cast<int>(std::lround(255.0 - weight * (255.0 - channel)));
}

}  // namespace

QColor divergingColor(double value, double limit) {
  if (std::isnan(value) || !(limit > 0)) return kMissing;
  const double t = std::clamp(value / limit, -1.0, 1.0);
  const QColor& end = t < 0 ? kNegative : kPositive;
  const double w = kEndStrength * std::abs(t);
  return QColor(mixWithWhite(end.red(), w), mixWithWhite(end.green(), w),
                mixWithWhite(end.blue(), w));
}

QString divergingLegendText() {
  // In DivergingLegend's translation context: the legend is where translators meet this text.
  return DivergingLegend::tr(
      "Cell colour = advantage A of the step: orange when the step lowered the chance of "
      "reaching a correct answer (A < 0), white when it changed nothing (A = 0), blue when it "
      "raised it (A > 0); grey = not estimated.");
}

DivergingLegend::DivergingLegend(QWidget* parent) : QWidget(parent) {
  setToolTip(divergingLegendText());
  setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

QSize DivergingLegend::sizeHint() const {
  return {240, fontMetrics().height() * 2 + 6};
}

QSize DivergingLegend::minimumSizeHint() const {
  return {120, fontMetrics().height() * 2 + 6};
}

void DivergingLegend::paintEvent(QPaintEvent*) {
  QPainter p(this);
  const int text_h = fontMetrics().height();
  const QRect bar(1, 1, width() - 2, height() - text_h - 4);
  QLinearGradient gradient(bar.topLeft(), bar.topRight());
  // The scale is piecewise linear, so its end points and the white middle reproduce it exactly.
  gradient.setColorAt(0.0, divergingColor(-1.0));
  gradient.setColorAt(0.5, divergingColor(0.0));
  gradient.setColorAt(1.0, divergingColor(1.0));
  p.fillRect(bar, gradient);
  p.setPen(palette().color(QPalette::Mid));
  p.drawRect(bar.adjusted(0, 0, -1, -1));
  p.drawLine(bar.center().x(), bar.top(), bar.center().x(), bar.bottom());

  p.setPen(palette().color(QPalette::WindowText));
  const QRect labels(bar.left(), bar.bottom() + 2, bar.width(), text_h);
  p.drawText(labels, Qt::AlignLeft | Qt::AlignVCenter, tr("A < 0"));
  p.drawText(labels, Qt::AlignHCenter | Qt::AlignVCenter, tr("0"));
  p.drawText(labels, Qt::AlignRight | Qt::AlignVCenter, tr("A > 0"));
}

}  // namespace ef::widgets
