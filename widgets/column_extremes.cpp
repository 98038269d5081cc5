// SPDX-License-Identifier: GPL-3.0-or-later
#include "column_extremes.h"

#include <algorithm>
#include <cmath>

namespace ef::widgets {

QVector<int> columnExtremes(const QVector<double>& x, const QVector<double>& y, double lo,
                            double hi, int columns) {
  const int n = static_cast<int>(std::min(x.size(), y.size()));
  QVector<int> keep;
  if (columns < 1 || !(hi > lo)) {
    keep.resize(n);
    for (int i = 0; i < n; ++i)
      keep[i] = i;
    return keep;
  }
  const int first = static_cast<int>(std::lower_bound(x.begin(), x.begin() + n, lo) - x.begin());
  const int end = static_cast<int>(std::upper_bound(x.begin(), x.begin() + n, hi) - x.begin());
  keep.reserve(2 * columns + 4);
  if (first > 0) keep << first - 1;  // the line comes in from the left
  const double scale = columns / (hi - lo);
  int i = first;
  while (i < end) {
    const int column = std::min(columns - 1, static_cast<int>((x[i] - lo) * scale));
    int low = i, high = i, j = i + 1;
    // NaN values are never an extreme (QCustomPlot leaves a gap there).
    for (; j < end && std::min(columns - 1, static_cast<int>((x[j] - lo) * scale)) == column; ++j) {
      if (y[j] < y[low] || std::isnan(y[low])) low = j;
      if (y[j] > y[high] || std::isnan(y[high])) high = j;
    }
    const int a = std::min(low, high), b = std::max(low, high);
    if (i == first && a != i) keep << i;  // the first point inside
    keep << a;
    if (b != a) keep << b;
    if (j == end && b != j - 1) keep << j - 1;  // the last point inside
    i = j;
  }
  if (end < n) keep << end;  // and leaves to the right
  return keep;
}

}  // namespace ef::widgets
