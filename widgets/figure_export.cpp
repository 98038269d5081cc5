// SPDX-License-Identifier: GPL-3.0-or-later
#include "figure_export.h"

#include <cmath>
#include <stdexcept>

#include <QBuffer>
#include <QFileInfo>
#include <QFontInfo>
#include <QImage>
#include <QPageLayout>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSvgGenerator>
#include <qcustomplot.h>

#include "figure_renderer.h"

namespace ef::widgets {

namespace {

[[noreturn]] void fail(const QString& what, const QString& path) {
  throw std::runtime_error(QStringLiteral("figure export: %1: %2").arg(what, path).toStdString());
}

void writeFile(const QString& path, const QByteArray& bytes) {
  QSaveFile f(path);  // never leaves a half-written file behind
  if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
    fail(QStringLiteral("cannot write"), path);
}

// Data at full precision, so a CSV read back gives the same doubles; sizes short and readable.
QString num(double v) {
  return QString::number(v, 'g', 17);
}
QString dim(double v) {
  return QString::number(v, 'g', 10);
}

// QCustomPlot lays out in layout pixels (see layoutDpi()); this is the canvas for a size in pt.
QSize layoutSize(const QSizeF& pt) {
  const double k = layoutDpi() / 72.0;
  return QSize(int(std::lround(pt.width() * k)), int(std::lround(pt.height() * k)));
}

void beginPainter(QCPPainter& painter, QPaintDevice* device, const QString& path) {
  if (!painter.begin(device)) fail(QStringLiteral("cannot open"), path);
  painter.setMode(QCPPainter::pmVectorized);
  painter.setMode(QCPPainter::pmNoCaching);
  painter.setMode(QCPPainter::pmNonCosmetic);           // hairlines would vanish at 600 dpi
  painter.setFont(QFont(QFontInfo(QFont()).family()));  // SVG groups name a real family
}

QByteArray shortNumber(double v) {
  QByteArray s = QByteArray::number(v, 'f', 3);
  while (s.endsWith('0'))
    s.chop(1);
  if (s.endsWith('.')) s.chop(1);
  return s;
}

// QPageSize keeps points as integers, so Qt writes "/MediaBox [0 0 W H]" for the whole-point page
// that contains the requested one (e.g. 176 for 175.5). The drawing starts at the page's top left,
// so the requested page is [0, H - h, w, H]. Rewrite both boxes in place with the same byte length
// (Qt prints "%f", six decimals, which leaves room), so the xref offsets stay valid. If a future Qt
// writes them differently, the pattern does not match and the whole-point page is kept.
QByteArray cropPdfBoxes(QByteArray pdf, const QSizeF& pt, const QSize& page) {
  static const QRegularExpression kBox(
      QStringLiteral("/(MediaBox|TrimBox) \\[(0 0 [0-9.]+ [0-9.]+)\\]"));
  const QByteArray box = "0 " + shortNumber(page.height() - pt.height()) + ' ' +
                         shortNumber(pt.width()) + ' ' + QByteArray::number(page.height());
  const QString text = QString::fromLatin1(pdf);  // Latin-1 keeps byte offsets
  for (auto it = kBox.globalMatch(text); it.hasNext();) {
    const auto m = it.next();
    if (m.capturedLength(2) < box.size()) continue;
    pdf.replace(m.capturedStart(2), m.capturedLength(2),
                box.leftJustified(m.capturedLength(2), ' '));
  }
  return pdf;
}

// The PDF device's resolution equals the layout DPI, so one layout pixel is one device unit and
// point-sized fonts come out at their nominal size on the page.
void writePdf(QCustomPlot& plot, const QSizeF& pt, const ExportSettings&, const QString& title,
              const QString& path) {
  const QSize page(int(std::ceil(pt.width())), int(std::ceil(pt.height())));
  QBuffer buffer;
  buffer.open(QIODevice::WriteOnly);
  {
    QPdfWriter writer(&buffer);
    writer.setResolution(int(layoutDpi()));
    writer.setCreator(QStringLiteral("Eightfold"));
    writer.setTitle(title);
    const QPageSize size(QSizeF(page), QPageSize::Point, QString(), QPageSize::ExactMatch);
    writer.setPageLayout(QPageLayout(size, QPageLayout::Portrait, QMarginsF(), QPageLayout::Point));
    QCPPainter painter;
    beginPainter(painter, &writer, path);
    const QSize canvas = layoutSize(pt);
    plot.toPainter(&painter, canvas.width(), canvas.height());
    if (!painter.end()) fail(QStringLiteral("cannot finish"), path);
  }
  writeFile(path, cropPdfBoxes(buffer.data(), pt, page));
}

void writeSvg(QCustomPlot& plot, const QSizeF& pt, const ExportSettings&, const QString& title,
              const QString& path) {
  const QSize canvas = layoutSize(pt);
  QBuffer buffer;
  buffer.open(QIODevice::WriteOnly);
  QSvgGenerator svg;
  svg.setOutputDevice(&buffer);
  svg.setSize(canvas);
  svg.setViewBox(QRect(QPoint(0, 0), canvas));
  svg.setResolution(int(layoutDpi()));
  svg.setTitle(title);
  svg.setDescription(QStringLiteral("Eightfold figure"));
  QCPPainter painter;
  beginPainter(painter, &svg, path);
  plot.toPainter(&painter, canvas.width(), canvas.height());
  painter.end();
  // QSvgGenerator states the size in mm; restate it in the unit it was requested in.
  QString text = QString::fromUtf8(buffer.data());
  static const QRegularExpression kSize(QStringLiteral("<svg width=\"[^\"]*\" height=\"[^\"]*\""));
  const QString size =
      QStringLiteral("<svg width=\"%1pt\" height=\"%2pt\"").arg(dim(pt.width()), dim(pt.height()));
  if (!text.contains(kSize)) fail(QStringLiteral("unexpected SVG header"), path);
  text.replace(kSize, size);
  writeFile(path, text.toUtf8());
}

// Painted at the layout DPI (so fonts resolve as in the layout) and scaled to the output DPI; the
// pHYs metadata is set to the output DPI only afterwards.
void writePng(QCustomPlot& plot, const QSizeF& pt, const ExportSettings& s, const QString&,
              const QString& path) {
  const int dpi = s.dpi;
  const QSize pixels(int(std::lround(pt.width() / 72.0 * dpi)),
                     int(std::lround(pt.height() / 72.0 * dpi)));
  QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
  image.fill(Qt::white);
  const auto dpm = [](double d) { return int(std::lround(d / 0.0254)); };
  image.setDotsPerMeterX(dpm(layoutDpi()));
  image.setDotsPerMeterY(dpm(layoutDpi()));
  plot.setAntialiasedElements(QCP::aeAll);
  QCPPainter painter;
  beginPainter(painter, &image, path);
  const double scale = dpi / layoutDpi();
  painter.scale(scale, scale);
  const QSize canvas = layoutSize(pt);
  plot.toPainter(&painter, canvas.width(), canvas.height());
  painter.end();
  image.setDotsPerMeterX(dpm(dpi));
  image.setDotsPerMeterY(dpm(dpi));
  QBuffer buffer;
  buffer.open(QIODevice::WriteOnly);
  if (!image.save(&buffer, "PNG")) fail(QStringLiteral("cannot encode PNG"), path);
  writeFile(path, buffer.data());
}

void validate(const ExportSettings& s, const QString& path) {
  if (!findFigureFormat(s.format))
    fail(QStringLiteral("unknown format \"%1\"").arg(s.format), path);
  if (!(s.width_pt > 0) || !(s.effectiveHeightPt() > 0) || s.dpi <= 0)
    fail(QStringLiteral("invalid size or dpi"), path);
  if (path.isEmpty()) fail(QStringLiteral("no file name"), path);
}

// ---- CSV ----

QString oneLine(const QString& s) {
  return s.simplified();
}

QString csvField(const QString& s) {
  const bool quote = s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) ||
                     s.contains(QLatin1Char('\n')) || s.contains(QLatin1Char('\r')) ||
                     s.startsWith(QLatin1Char('#'));  // would read as a comment line
  if (!quote) return s;
  QString q = s;
  q.replace(QLatin1String("\""), QLatin1String("\"\""));
  return QLatin1Char('"') + q + QLatin1Char('"');
}

QString axisComment(const char* axis, const QString& label, bool log) {
  return QStringLiteral("# %1: %2%3\n")
      .arg(QLatin1String(axis), oneLine(label), log ? QStringLiteral(" (log scale)") : QString());
}

// ---- pgfplots ----

QString tex(const QString& s) {
  QString out;
  for (const QChar c : s.simplified()) {
    if (c == QLatin1Char('\\'))
      out += QLatin1String("\\textbackslash{}");
    else if (c == QLatin1Char('~'))
      out += QLatin1String("\\textasciitilde{}");
    else if (c == QLatin1Char('^'))
      out += QLatin1String("\\textasciicircum{}");
    else if (QStringLiteral("&%$#_{}").contains(c))
      out += QLatin1Char('\\') + c;
    else
      out += c;
  }
  return out;
}

QString pgfMark(int marker) {
  switch (marker) {
    case QCPScatterStyle::ssNone:
      return QStringLiteral("no marks");
    case QCPScatterStyle::ssSquare:
      return QStringLiteral("mark=square*");
    case QCPScatterStyle::ssTriangle:
      return QStringLiteral("mark=triangle*");
    case QCPScatterStyle::ssTriangleInverted:
      return QStringLiteral("mark=triangle*, mark options={rotate=180, solid}");
    case QCPScatterStyle::ssDiamond:
      return QStringLiteral("mark=diamond*");
    case QCPScatterStyle::ssCross:
      return QStringLiteral("mark=x");
    case QCPScatterStyle::ssPlus:
      return QStringLiteral("mark=+");
    case QCPScatterStyle::ssStar:
      return QStringLiteral("mark=asterisk");
    default:
      return QStringLiteral("mark=*");  // circle, disc, dot and the rest
  }
}

QString pgfDash(Qt::PenStyle pen) {
  switch (pen) {
    case Qt::DashLine:
      return QStringLiteral("dashed");
    case Qt::DotLine:
      return QStringLiteral("dotted");
    case Qt::DashDotLine:
      return QStringLiteral("dashdotted");
    case Qt::DashDotDotLine:
      return QStringLiteral("dashdotdotted");
    default:
      return QStringLiteral("solid");
  }
}

QString pgfLegendPos(LegendPosition p) {
  switch (p) {
    case LegendPosition::TopLeft:
      return QStringLiteral("north west");
    case LegendPosition::BottomRight:
      return QStringLiteral("south east");
    case LegendPosition::BottomLeft:
      return QStringLiteral("south west");
    case LegendPosition::Outside:
      return QStringLiteral("outer north east");
    default:
      return QStringLiteral("north east");
  }
}

QString coordinates(const QVector<double>& x, const QVector<double>& y) {
  QString out = QStringLiteral("coordinates {");
  for (int i = 0; i < x.size(); ++i) {
    out += (i % 4 == 0 ? QStringLiteral("\n  ") : QStringLiteral(" "));
    out += QStringLiteral("(%1,%2)").arg(num(x[i]), num(y[i]));
  }
  return out + QStringLiteral("\n};\n");
}

QString pgfBand(const FigureData& d, const FigureSeries& s, int i) {
  QVector<double> x, lo, hi;
  for (int j = 0; j < s.x.size(); ++j) {
    if (!bandPointPlotted(d, s, j)) continue;
    x << s.x[j];
    lo << s.lo[j];
    hi << s.hi[j];
  }
  const QString id = QString::number(i);
  return QStringLiteral("\\addplot[name path=efLo%1, draw=none, forget plot] ").arg(id) +
         coordinates(x, lo) +
         QStringLiteral("\\addplot[name path=efHi%1, draw=none, forget plot] ").arg(id) +
         coordinates(x, hi) +
         QStringLiteral(
             "\\addplot[fill=efSeries%1, opacity=0.2, forget plot] "
             "fill between[of=efHi%1 and efLo%1];\n")
             .arg(id);
}

QString pgfSeries(const FigureData& d, const FigureSeries& s, int i, const ExportSettings& st) {
  const SeriesLook look = seriesLook(s, i, st.style);
  QVector<double> x, y;
  for (int j : plottedPoints(d, s)) {
    x << s.x[j];
    y << s.y[j];
  }
  QStringList opts{QStringLiteral("color=efSeries%1").arg(i),
                   QStringLiteral("line width=%1pt").arg(dim(st.style.line_width)),
                   look.line ? pgfDash(look.pen) : QStringLiteral("only marks"),
                   pgfMark(look.marker)};
  if (look.marker != 0 && look.marker != QCPScatterStyle::ssTriangleInverted)
    opts << QStringLiteral("mark options={solid}");  // marks are never dashed
  QString out =
      QStringLiteral("\\addplot[%1] ").arg(opts.join(QStringLiteral(", "))) + coordinates(x, y);
  if (st.style.legend != LegendPosition::Hidden)
    out += QStringLiteral("\\addlegendentry{%1}\n").arg(tex(legendLabel(s)));
  return out;
}

QString fontSpec(double pt) {
  const auto n = [](double v) { return QString::number(v, 'g', 4); };
  return QStringLiteral("font=\\fontsize{%1}{%2}\\selectfont").arg(n(pt), n(pt * 1.2));
}

QString pgfAxisOptions(const FigureData& d, const ExportSettings& s) {
  const double pt = s.style.font_pt > 0 ? s.style.font_pt : 9;
  QStringList o{
      QStringLiteral("width=%1pt").arg(dim(s.width_pt)),
      QStringLiteral("height=%1pt").arg(dim(s.effectiveHeightPt())),
      d.log_x ? QStringLiteral("xmode=log, log basis x=10") : QStringLiteral("xmode=normal"),
      d.log_y ? QStringLiteral("ymode=log, log basis y=10") : QStringLiteral("ymode=normal"),
      QStringLiteral("xlabel={%1}").arg(tex(d.x_label)),
      QStringLiteral("ylabel={%1}").arg(tex(d.y_label)),
      QStringLiteral("tick label style={%1}").arg(fontSpec(pt)),
      QStringLiteral("label style={%1}").arg(fontSpec(pt)),
      QStringLiteral("legend style={%1}").arg(fontSpec(pt)),
      QStringLiteral("legend cell align=left")};
  if (!d.x_ticks.isEmpty()) {
    QStringList ticks;
    for (double v : d.x_ticks)
      ticks << QString::number(v, 'g', 6);
    o << QStringLiteral("xtick={%1}").arg(ticks.join(QLatin1Char(',')))
      << QStringLiteral("xticklabels={%1}").arg(ticks.join(QLatin1Char(',')));
  }
  if (!d.title.trimmed().isEmpty()) {
    o << QStringLiteral("title={%1}").arg(tex(d.title))
      << QStringLiteral("title style={%1}").arg(fontSpec(pt + 1));
  }
  if (s.style.legend != LegendPosition::Hidden)
    o << QStringLiteral("legend pos=%1").arg(pgfLegendPos(s.style.legend));
  return QStringLiteral("  ") + o.join(QStringLiteral(",\n  "));
}

}  // namespace

const QVector<FigureFormat>& figureFormats() {
  static const QVector<FigureFormat> formats{
      {QStringLiteral("pdf"), QT_TRANSLATE_NOOP("ef::widgets::ExportDialog", "PDF (vector)"), false,
       writePdf},
      {QStringLiteral("svg"), QT_TRANSLATE_NOOP("ef::widgets::ExportDialog", "SVG (vector)"), false,
       writeSvg},
      {QStringLiteral("png"), QT_TRANSLATE_NOOP("ef::widgets::ExportDialog", "PNG (raster)"), true,
       writePng},
  };
  return formats;
}

const FigureFormat* findFigureFormat(const QString& id) {
  for (const FigureFormat& f : figureFormats())
    if (f.id == id) return &f;
  return nullptr;
}

QStringList exportFormats() {
  QStringList ids;
  for (const FigureFormat& f : figureFormats())
    ids << f.id;
  return ids;
}

FigureData withExportLabels(const FigureData& data, const ExportSettings& s) {
  FigureData out = data;
  if (!s.x_label.isEmpty()) out.x_label = s.x_label;
  if (!s.y_label.isEmpty()) out.y_label = s.y_label;
  return out;
}

QStringList exportFigure(const FigureData& data, const ExportSettings& s, const QString& path) {
  validate(s, path);
  const QFileInfo info(path);
  const QString file = info.suffix().isEmpty() ? path + QLatin1Char('.') + s.format : path;
  const QString base =
      QFileInfo(file).path() + QLatin1Char('/') + QFileInfo(file).completeBaseName();
  const FigureData shown = withExportLabels(data, s);
  const QSizeF pt(s.width_pt, s.effectiveHeightPt());

  QCustomPlot plot;  // offscreen: painted through toPainter, never shown
  renderFigure(&plot, shown, s.style);
  findFigureFormat(s.format)->write(plot, pt, s, shown.title, file);

  QStringList written{file};
  if (s.write_csv) {
    writeFile(base + QStringLiteral(".csv"), figureCsv(shown).toUtf8());
    written << base + QStringLiteral(".csv");
  }
  if (s.write_pgfplots) {
    writeFile(base + QStringLiteral(".tex"), figurePgfplots(shown, s).toUtf8());
    written << base + QStringLiteral(".tex");
  }
  return written;
}

QString figureCsv(const FigureData& d) {
  QString out = QStringLiteral("# title: %1\n").arg(oneLine(d.title));
  out += axisComment("x", d.x_label, d.log_x) + axisComment("y", d.y_label, d.log_y);
  out += QStringLiteral("# aggregation: %1\n")
             .arg(d.aggregation.isEmpty() ? QStringLiteral("none (raw values)")
                                          : oneLine(d.aggregation));
  out += QStringLiteral("series,x,y,lo,hi\n");
  for (const FigureSeries& s : d.series) {
    const QVector<int> line = plottedPoints(d, s);
    for (int i = 0; i < s.x.size(); ++i) {
      const bool y_drawn = line.contains(i), band_drawn = bandPointPlotted(d, s, i);
      if (!y_drawn && !band_drawn) continue;
      out +=
          QStringList{csvField(s.name), num(s.x[i]), y_drawn ? num(s.y[i]) : QString(),
                      band_drawn ? num(s.lo[i]) : QString(), band_drawn ? num(s.hi[i]) : QString()}
              .join(QLatin1Char(','));
      out += QLatin1Char('\n');
    }
  }
  return out;
}

QString figurePgfplots(const FigureData& data, const ExportSettings& s) {
  const FigureData d = withExportLabels(data, s);
  QString out = QStringLiteral(
      "% Eightfold figure for pgfplots. Preamble: \\usepackage{pgfplots}\n"
      "% \\pgfplotsset{compat=1.16} and, for the bands, \\usetikzlibrary{pgfplots.fillbetween}.\n");
  if (!d.aggregation.isEmpty())
    out += QStringLiteral("% Aggregation: %1\n").arg(oneLine(d.aggregation));
  out += QStringLiteral("\\begin{tikzpicture}\n");
  for (int i = 0; i < d.series.size(); ++i) {
    const QColor c = seriesLook(d.series[i], i, s.style).color;
    out += QStringLiteral("\\definecolor{efSeries%1}{RGB}{%2,%3,%4}\n")
               .arg(i)
               .arg(c.red())
               .arg(c.green())
               .arg(c.blue());
  }
  out += QStringLiteral("\\begin{axis}[\n%1\n]\n").arg(pgfAxisOptions(d, s));
  for (int i = 0; i < d.series.size(); ++i) {  // bands first: they lie behind every line
    if (hasBand(d.series[i])) out += pgfBand(d, d.series[i], i);
  }
  for (int i = 0; i < d.series.size(); ++i)
    out += pgfSeries(d, d.series[i], i, s);
  out += QStringLiteral("\\end{axis}\n\\end{tikzpicture}\n");
  return out;
}

}  // namespace ef::widgets
