// SPDX-License-Identifier: GPL-3.0-or-later
#include "palette.h"

#include <array>

#include <qcustomplot.h>

namespace ef::widgets {

namespace {

int cycle(int i, int n) {
  return i < 0 ? 0 : i % n;
}

}  // namespace

QColor okabeIto(int i) {
  // Okabe & Ito (2008), "Color Universal Design"; order as in their recommendation.
  static constexpr std::array<QRgb, 8> kColors = {0xE69F00, 0x56B4E9, 0x009E73, 0xF0E442,
                                                  0x0072B2, 0xD55E00, 0xCC79A7, 0x000000};
  return QColor(kColors[cycle(i, int(kColors.size()))]);
}

int seriesMarker(int i) {
  static constexpr std::array<int, 8> kShapes = {
      QCPScatterStyle::ssCircle,           QCPScatterStyle::ssSquare, QCPScatterStyle::ssTriangle,
      QCPScatterStyle::ssDiamond,          QCPScatterStyle::ssCross,  QCPScatterStyle::ssPlus,
      QCPScatterStyle::ssTriangleInverted, QCPScatterStyle::ssStar};
  return kShapes[cycle(i, int(kShapes.size()))];
}

Qt::PenStyle seriesDash(int i) {
  static constexpr std::array<Qt::PenStyle, 5> kDashes = {Qt::SolidLine, Qt::DashLine, Qt::DotLine,
                                                          Qt::DashDotLine, Qt::DashDotDotLine};
  return kDashes[cycle(i, int(kDashes.size()))];
}

QColor paletteColor(const QString& palette, int i) {
  if (palette == QLatin1String("grey")) {
    // Dark and light alternate so adjacent series differ most; nothing lighter than #B8B8B8, which
    // still prints on white paper.
    static constexpr std::array<int, 6> kLevels = {0x00, 0x90, 0x50, 0xB8, 0x28, 0x70};
    const int v = kLevels[cycle(i, int(kLevels.size()))];
    return QColor(v, v, v);
  }
  return okabeIto(i);
}

QStringList paletteNames() {
  return {QStringLiteral("okabe-ito"), QStringLiteral("grey")};
}

}  // namespace ef::widgets
