// SPDX-License-Identifier: GPL-3.0-or-later
#include "figure_renderer.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <QCoreApplication>
#include <QFontInfo>
#include <QGuiApplication>
#include <QScreen>
#include <qcustomplot.h>

#include "palette.h"

namespace ef::widgets {

namespace {

bool drawable(double v, bool log) {
  return std::isfinite(v) && (!log || v > 0);
}

struct Fonts {
  QFont tick, label, legend, title;
};

// An empty family means the application font, resolved to the concrete family (e.g. "DejaVu
// Sans") so that SVG output names a real font rather than fontconfig's alias "Sans Serif".
QFont fontOf(const FigureStyle& style, double pt) {
  QFont f =
      style.font_family.isEmpty() ? QFont(QFontInfo(QFont()).family()) : QFont(style.font_family);
  f.setPointSizeF(pt);
  return f;
}

Fonts figureFonts(const FigureStyle& style) {
  const double pt = style.font_pt > 0 ? style.font_pt : 9;
  return {fontOf(style, pt), fontOf(style, pt), fontOf(style, pt), fontOf(style, pt + 1)};
}

// Min/max of the drawn values along one axis, or an empty range when nothing is drawn.
struct Extent {
  double lo = std::numeric_limits<double>::infinity();
  double hi = -std::numeric_limits<double>::infinity();
  void add(double v) {
    lo = std::min(lo, v);
    hi = std::max(hi, v);
  }
  bool empty() const { return lo > hi; }
};

// Pads the extent by 5% on each side (in log10 space on a log axis).
QCPRange paddedRange(Extent e, bool log) {
  if (e.empty()) return log ? QCPRange(1, 10) : QCPRange(0, 1);
  if (log) {
    double l = std::log10(e.lo), h = std::log10(e.hi);
    if (h - l < 1e-9) l -= 0.5, h += 0.5;
    const double pad = 0.05 * (h - l);
    return QCPRange(std::pow(10.0, l - pad), std::pow(10.0, h + pad));
  }
  double span = e.hi - e.lo;
  if (span <= 0) span = e.lo != 0 ? std::abs(e.lo) * 0.2 : 2.0;
  const double pad = e.hi > e.lo ? 0.05 * span : 0.5 * span;
  return QCPRange(e.lo - pad, e.hi + pad);
}

// Undoes what a previous renderFigure did to the layout: the title row and the outside legend
// column go, the legend returns to the axis rect's inset layout.
void resetPlot(QCustomPlot* plot) {
  plot->clearPlottables();
  plot->clearItems();
  QCPAxisRect* rect = plot->axisRect(0);
  QCPLegend* legend = plot->legend;
  if (legend->layout() != rect->insetLayout()) {
    if (legend->layout()) legend->layout()->take(legend);
    rect->insetLayout()->addElement(legend, Qt::AlignTop | Qt::AlignRight);
  }
  QCPLayoutGrid* grid = plot->plotLayout();
  for (int i = grid->elementCount() - 1; i >= 0; --i) {
    if (grid->elementAt(i) && grid->elementAt(i) != rect) grid->removeAt(i);
  }
  grid->simplify();
  grid->setColumnStretchFactor(0, 1);
}

void styleAxis(QCPAxis* axis, const QString& label, bool log, const Fonts& fonts) {
  axis->setLabel(label);
  axis->setLabelFont(fonts.label);
  axis->setTickLabelFont(fonts.tick);
  const QPen pen(Qt::black, ptToPx(0.6));
  axis->setBasePen(pen);
  axis->setTickPen(pen);
  axis->setSubTickPen(QPen(Qt::black, ptToPx(0.4)));
  axis->setTickLengthIn(int(std::lround(ptToPx(3))));
  axis->setSubTickLengthIn(int(std::lround(ptToPx(1.5))));
  axis->grid()->setPen(QPen(QColor(0, 0, 0, 40), ptToPx(0.4), Qt::DotLine));
  axis->setScaleType(log ? QCPAxis::stLogarithmic : QCPAxis::stLinear);
  axis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));  // log: see setLogTicks
  axis->setNumberFormat(QStringLiteral("gbd"));                       // QCustomPlot's defaults
  axis->setNumberPrecision(6);
}

void addBand(QCustomPlot* plot, const FigureData& data, const FigureSeries& s, const QColor& c) {
  QVector<double> x, lo, hi;
  for (int i = 0; i < s.x.size(); ++i) {
    if (!bandPointPlotted(data, s, i)) continue;
    x << s.x[i];
    lo << s.lo[i];
    hi << s.hi[i];
  }
  QCPGraph* lower = plot->addGraph();
  QCPGraph* upper = plot->addGraph();
  lower->setName(s.name + QStringLiteral(" (band low)"));
  upper->setName(s.name + QStringLiteral(" (band high)"));
  for (QCPGraph* g : {lower, upper}) {
    g->setPen(Qt::NoPen);
    g->removeFromLegend();
  }
  lower->setData(x, lo);
  upper->setData(x, hi);
  upper->setBrush(QColor(c.red(), c.green(), c.blue(), 50));
  upper->setChannelFillGraph(lower);
}

void addLine(QCustomPlot* plot, const FigureData& data, const FigureSeries& s,
             const SeriesLook& look, const FigureStyle& style) {
  QVector<double> x, y;
  for (int i : plottedPoints(data, s)) {
    x << s.x[i];
    y << s.y[i];
  }
  QCPGraph* g = plot->addGraph();
  g->setName(legendLabel(s));
  QPen pen(look.color, ptToPx(style.line_width > 0 ? style.line_width : 1.5), look.pen);
  pen.setJoinStyle(Qt::RoundJoin);
  g->setPen(pen);
  g->setLineStyle(look.line ? QCPGraph::lsLine : QCPGraph::lsNone);
  if (look.marker != 0) {
    const auto shape = QCPScatterStyle::ScatterShape(look.marker);
    const double size = ptToPx(std::max(3.0, 0.5 * style.font_pt));
    g->setScatterStyle(QCPScatterStyle(shape, QPen(look.color, ptToPx(0.7)), look.color, size));
  }
  g->setData(x, y);  // sorts by x, as a line over x needs
}

void fitRanges(QCustomPlot* plot, const FigureData& data) {
  Extent ex, ey;
  for (const FigureSeries& s : data.series) {
    for (int i : plottedPoints(data, s)) {
      ex.add(s.x[i]);
      ey.add(s.y[i]);
    }
    if (!hasBand(s)) continue;
    for (int i = 0; i < s.x.size(); ++i) {
      if (!bandPointPlotted(data, s, i)) continue;
      ex.add(s.x[i]);
      ey.add(s.lo[i]);
      ey.add(s.hi[i]);
    }
  }
  plot->xAxis->setRange(paddedRange(ex, data.log_x));
  plot->yAxis->setRange(paddedRange(ey, data.log_y));
}

// Labelled ticks for a log axis spanning under 1.6 decades, where QCPAxisTickerLog falls back to
// linear steps that crowd together at the top end: the values m*10^k (m = 1..9) in range, each kept
// only if it lies at least 15% of the axis (in log space) from the previous one.
QVector<double> shortLogTicks(const QCPRange& r) {
  const double span = std::log10(r.upper / r.lower);
  QVector<double> kept;
  for (int k = int(std::floor(std::log10(r.lower))); k <= int(std::ceil(std::log10(r.upper)));
       ++k) {
    for (int m = 1; m <= 9; ++m) {
      const double v = m * std::pow(10.0, k);
      if (!r.contains(v)) continue;
      if (kept.isEmpty() || std::log10(v / kept.last()) >= 0.15 * span) kept << v;
    }
  }
  return kept;
}

// Labelled ticks at exactly `values`, no sub-ticks.
void setFixedTicks(QCPAxis* axis, const QVector<double>& values) {
  QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
  for (double v : values)
    ticker->addTick(v, QString::number(v, 'g', 6));
  ticker->setSubTickCount(0);
  axis->setTicker(ticker);
}

// Powers of ten labelled 10^k over wide ranges; plain numbers at chosen positions over short ones.
void setLogTicks(QCPAxis* axis) {
  if (axis->scaleType() != QCPAxis::stLogarithmic) return;
  const QCPRange r = axis->range();
  if (std::log10(r.upper / r.lower) >= 1.6) {
    QSharedPointer<QCPAxisTickerLog> ticker(new QCPAxisTickerLog);
    ticker->setLogBase(10);
    axis->setTicker(ticker);
    axis->setNumberFormat(QStringLiteral("eb"));  // 10^k with a raised exponent
    axis->setNumberPrecision(0);
    return;
  }
  const QVector<double> ticks = shortLogTicks(r);
  if (ticks.size() < 2) return;  // a tiny range: the linear ticker from styleAxis is fine
  setFixedTicks(axis, ticks);
}

// QCustomPlot does not reserve room for tick labels that overhang the axis ends (the last x label
// sticks out to the right, the top y label upwards); minimum margins in em keep them on the page.
void setMargins(QCustomPlot* plot, const FigureStyle& style) {
  const double em = ptToPx(style.font_pt > 0 ? style.font_pt : 9);
  const auto px = [em](double ems) { return int(std::lround(ems * em)); };
  plot->axisRect(0)->setMinimumMargins(QMargins(px(0.5), px(0.7), px(1.6), px(0.5)));
}

void placeTitle(QCustomPlot* plot, const QString& title, const QFont& font) {
  if (title.trimmed().isEmpty()) return;
  plot->plotLayout()->insertRow(0);
  plot->plotLayout()->addElement(0, 0, new QCPTextElement(plot, title, font));
}

void placeLegend(QCustomPlot* plot, const FigureStyle& style, const QFont& font) {
  QCPLegend* legend = plot->legend;
  legend->setFont(font);  // also applies to the items already added
  legend->setBrush(QColor(255, 255, 255, 220));
  legend->setBorderPen(QPen(QColor(0, 0, 0, 90), ptToPx(0.5)));
  const double em = ptToPx(style.font_pt > 0 ? style.font_pt : 9);
  legend->setIconSize(int(std::lround(2.2 * em)), int(std::lround(em)));
  legend->setRowSpacing(0);
  legend->setVisible(style.legend != LegendPosition::Hidden && legend->itemCount() > 0);
  if (style.legend == LegendPosition::Outside) {
    placeLegendOutside(plot, legend);
    return;
  }
  QCPLayoutInset* inset = plot->axisRect(0)->insetLayout();
  for (int i = 0; i < inset->elementCount(); ++i) {
    if (inset->elementAt(i) == legend) inset->setInsetAlignment(i, insetAlignment(style.legend));
  }
}

}  // namespace

Qt::Alignment insetAlignment(LegendPosition p) {
  switch (p) {
    case LegendPosition::TopLeft:
      return Qt::AlignTop | Qt::AlignLeft;
    case LegendPosition::BottomRight:
      return Qt::AlignBottom | Qt::AlignRight;
    case LegendPosition::BottomLeft:
      return Qt::AlignBottom | Qt::AlignLeft;
    default:
      return Qt::AlignTop | Qt::AlignRight;
  }
}

// Outside: a column right of the axis rect holding the legend on top of an empty stretch, so the
// legend keeps its natural height instead of filling the column.
void placeLegendOutside(QCustomPlot* plot, QCPLegend* legend) {
  QCPLayoutGrid* grid = plot->plotLayout();
  const int row = grid->rowCount() - 1;  // the axis rect's row (below an optional title)
  legend->layout()->take(legend);
  auto* side = new QCPLayoutGrid;
  grid->addElement(row, 1, side);
  side->addElement(0, 0, legend);
  side->addElement(1, 0, new QCPLayoutElement(plot));
  side->setRowStretchFactor(0, 0.001);
  side->setRowStretchFactor(1, 1);
  grid->setColumnStretchFactor(1, 0.001);
}

LegendPosition emptiestCorner(const FigureData& data) {
  const auto tx = [&](double v) { return data.log_x ? std::log10(v) : v; };
  const auto ty = [&](double v) { return data.log_y ? std::log10(v) : v; };
  QVector<QPointF> pts;
  for (const FigureSeries& s : data.series) {
    QVector<QPointF> line;
    for (int i : plottedPoints(data, s))
      line << QPointF(tx(s.x[i]), ty(s.y[i]));
    std::sort(line.begin(), line.end(),
              [](const QPointF& a, const QPointF& b) { return a.x() < b.x(); });
    for (int i = 0; i < line.size(); ++i) {
      pts << line[i];
      if (i + 1 == line.size() || !s.line) continue;
      for (int k = 1; k < 8; ++k)  // the segment to the next point
        pts << line[i] + (line[i + 1] - line[i]) * (k / 8.0);
    }
  }
  if (pts.isEmpty()) return LegendPosition::TopRight;
  double x0 = pts[0].x(), x1 = x0, y0 = pts[0].y(), y1 = y0;
  for (const QPointF& p : pts) {
    x0 = std::min(x0, p.x());
    x1 = std::max(x1, p.x());
    y0 = std::min(y0, p.y());
    y1 = std::max(y1, p.y());
  }
  const LegendPosition order[] = {LegendPosition::TopRight, LegendPosition::TopLeft,
                                  LegendPosition::BottomRight, LegendPosition::BottomLeft};
  int count[4] = {0, 0, 0, 0};
  for (const QPointF& p : pts) {
    const double u = x1 > x0 ? (p.x() - x0) / (x1 - x0) : 0.5;
    const double v = y1 > y0 ? (p.y() - y0) / (y1 - y0) : 0.5;
    const bool right = u >= 0.55, left = u <= 0.45, top = v >= 0.6, bottom = v <= 0.4;
    count[0] += right && top;
    count[1] += left && top;
    count[2] += right && bottom;
    count[3] += left && bottom;
  }
  int best = 0;
  for (int c = 1; c < 4; ++c) {
    if (count[c] < count[best]) best = c;
  }
  return order[best];
}

SeriesLook seriesLook(const FigureSeries& series, int index, const FigureStyle& style) {
  SeriesLook look;
  const bool as_shown = style.palette == QLatin1String("as-shown");
  look.color = as_shown && series.color.isValid() ? series.color
               : as_shown                         ? okabeIto(index)
                                                  : paletteColor(style.palette, index);
  look.marker = series.marker;
  look.pen = series.pen;
  look.line = series.line;
  if (style.palette == QLatin1String("grey")) {
    if (look.marker == 0) look.marker = seriesMarker(index);
    if (look.pen == Qt::SolidLine) look.pen = seriesDash(index);
  }
  if (!look.line && look.marker == 0) look.marker = seriesMarker(index);  // else invisible
  return look;
}

QVector<int> plottedPoints(const FigureData& data, const FigureSeries& series) {
  QVector<int> out;
  const int n = std::min(series.x.size(), series.y.size());
  for (int i = 0; i < n; ++i) {
    if (drawable(series.x[i], data.log_x) && drawable(series.y[i], data.log_y)) out << i;
  }
  return out;
}

bool hasBand(const FigureSeries& series) {
  return !series.lo.isEmpty() && series.lo.size() == series.x.size() &&
         series.hi.size() == series.x.size();
}

bool bandPointPlotted(const FigureData& data, const FigureSeries& series, int i) {
  return hasBand(series) && i >= 0 && i < series.x.size() && drawable(series.x[i], data.log_x) &&
         drawable(series.lo[i], data.log_y) && drawable(series.hi[i], data.log_y);
}

QString legendLabel(const FigureSeries& series) {
  const QString name = series.name.simplified();
  return name.isEmpty() ? QCoreApplication::translate("ef::widgets::Figure", "(unnamed)") : name;
}

double layoutDpi() {
  // Mirrors Qt's qt_defaultDpiY(), which QFont uses to turn points into pixels.
  if (QCoreApplication::testAttribute(Qt::AA_Use96Dpi)) return 96;
  if (const QScreen* screen = QGuiApplication::primaryScreen())
    return std::round(screen->logicalDotsPerInchY());
  return 100;
}

double ptToPx(double pt) {
  return pt * layoutDpi() / 72.0;
}

void renderFigure(QCustomPlot* plot, const FigureData& data, const FigureStyle& style) {
  resetPlot(plot);
  plot->setBackground(Qt::white);
  const Fonts fonts = figureFonts(style);
  styleAxis(plot->xAxis, data.x_label, data.log_x, fonts);
  styleAxis(plot->yAxis, data.y_label, data.log_y, fonts);
  QVector<SeriesLook> looks;
  for (int i = 0; i < data.series.size(); ++i)
    looks << seriesLook(data.series[i], i, style);
  for (int i = 0; i < data.series.size(); ++i) {
    if (hasBand(data.series[i])) addBand(plot, data, data.series[i], looks[i].color);
  }
  for (int i = 0; i < data.series.size(); ++i)
    addLine(plot, data, data.series[i], looks[i], style);
  fitRanges(plot, data);
  setLogTicks(plot->xAxis);
  setLogTicks(plot->yAxis);
  if (!data.x_ticks.isEmpty()) setFixedTicks(plot->xAxis, data.x_ticks);
  setMargins(plot, style);
  placeTitle(plot, data.title, fonts.title);
  placeLegend(plot, style, fonts.legend);
  plot->replot(QCustomPlot::rpQueuedReplot);
}

}  // namespace ef::widgets
