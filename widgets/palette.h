// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Colours, markers and dash styles for figures that survive print: the Okabe–Ito palette (safe for
// the common colour-vision deficiencies) and a grey ramp for black-and-white journals. Markers and
// dashes cycle independently of the colour, so series stay distinguishable without colour.
#include <QColor>
#include <QString>
#include <QStringList>

namespace ef::widgets {

// The 8 Okabe–Ito colours (orange, sky blue, bluish green, yellow, blue, vermillion, reddish
// purple, black), cycling for i >= 8; negative i counts as 0.
QColor okabeIto(int i);

// A QCPScatterStyle::ScatterShape for series i (circle, square, triangle, diamond, cross, plus,
// triangle inverted, star, cycling). Returned as int so this header needs no QCustomPlot.
int seriesMarker(int i);

// Solid, dash, dot, dash-dot, dash-dot-dot, cycling.
Qt::PenStyle seriesDash(int i);

// Colour i of a named palette: "okabe-ito" or "grey" (distinct grey levels, neighbours contrast).
// Any other name (e.g. "as-shown", which means "keep the view's colours") falls back to okabe-ito.
QColor paletteColor(const QString& palette, int i);

// The palettes paletteColor knows, in display order ("okabe-ito", "grey").
QStringList paletteNames();

}  // namespace ef::widgets
