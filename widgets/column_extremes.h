// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Decimation of a long line for drawing: of the points inside [lo, hi], only the lowest and the
// highest of each pixel column are needed to draw it at that resolution (every pixel the full
// line touches in a column lies between them), plus the first and last point inside and the
// nearest point outside on either side, so the line enters and leaves the plot as before.
// 100 series x 10 000 points on a 1 000 px wide plot become 100 x ~2 000 points.
#include <QVector>

namespace ef::widgets {

// Indices (ascending) of the points to draw. x must be sorted ascending; column of a point:
// floor(columns * (x - lo) / (hi - lo)), for x in [lo, hi]. With columns < 1 or hi <= lo every
// index is kept.
QVector<int> columnExtremes(const QVector<double>& x, const QVector<double>& y, double lo,
                            double hi, int columns);

}  // namespace ef::widgets
