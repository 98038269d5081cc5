// SPDX-License-Identifier: GPL-3.0-or-later
// Figure rendering and paper-ready export: palette, renderer, PDF/SVG/PNG sizes and fonts, CSV and
// pgfplots text, and the export dialog's settings. Runs offscreen; uses poppler's pdffonts/pdfinfo.
#include <cmath>
#include <limits>
#include <stdexcept>

#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QtTest>
#include <qcustomplot.h>

#include "export_dialog.h"
#include "pdf_fonts.h"
#include "figure_export.h"
#include "figure_renderer.h"
#include "palette.h"

using namespace ef::widgets;
using ef::test::PdfFont;
using ef::test::pdfFonts;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

FigureSeries series(const QString& name, const QVector<double>& x, const QVector<double>& y) {
  FigureSeries s;
  s.name = name;
  s.x = x;
  s.y = y;
  return s;
}

// Three series on log-x: one with a band, one with a NaN, names that need CSV quoting.
FigureData sample() {
  FigureData d;
  d.title = QStringLiteral("Test error vs. data");
  d.x_label = QStringLiteral("|D_syn| (problems)");
  d.y_label = QStringLiteral("test error");
  d.log_x = true;
  d.aggregation = QStringLiteral("mean over 3 seeds; band = ± 1 std");
  const QVector<double> x{1000, 3000, 10000, 30000, 100000};  // two decades
  FigureSeries sft = series(QStringLiteral("SFT"), x, {});
  sft.color = QColor(Qt::red);
  for (double v : x) {
    sft.y << 0.9 - std::log10(v) / 7.0;  // not representable in few digits: tests precision
    sft.lo << sft.y.last() - 1.0 / 30;
    sft.hi << sft.y.last() + 1.0 / 30;
  }
  FigureSeries rft = series(QStringLiteral("RFT, positives"), x, {0.5, 0.4, kNaN, 0.3, 0.25});
  rft.marker = QCPScatterStyle::ssSquare;
  rft.pen = Qt::DashLine;
  FigureSeries dpo = series(QStringLiteral("per-step \"DPO\""), x, {0.45, 0.35, 0.3, 0.2, 1.0 / 7});
  dpo.line = false;
  d.series = {sft, rft, dpo};
  return d;
}

QString run(const QString& program, const QStringList& args) {
  QProcess p;
  p.start(program, args);
  if (!p.waitForFinished(30000) || p.exitCode() != 0) return QString();
  return QString::fromUtf8(p.readAllStandardOutput());
}

// Splits one CSV line honouring quotes ("" inside quotes is a quote).
QStringList csvSplit(const QString& line) {
  QStringList fields{QString()};
  bool quoted = false;
  for (int i = 0; i < line.size(); ++i) {
    const QChar c = line[i];
    if (quoted && c == QLatin1Char('"') && i + 1 < line.size() && line[i + 1] == QLatin1Char('"'))
      fields.last() += c, ++i;
    else if (c == QLatin1Char('"'))
      quoted = !quoted;
    else if (c == QLatin1Char(',') && !quoted)
      fields << QString();
    else
      fields.last() += c;
  }
  return fields;
}

QString readAll(const QString& path) {
  QFile f(path);
  return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

}  // namespace

class TestFigureExport : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase();
  void palette();
  void rendererDrawsSeriesBandsAndLogAxes();
  void rendererLayoutAndSingleReplot();
  void legendGoesToTheEmptiestCorner();
  void fixedTicksAtTheDataSizes();
  void pdfEmbedsFontsAtRequestedPageSize();
  void csvRoundTripsThePlottedData();
  void svgHasRequestedSize();
  void pngHasPixelSizeAndDpi();
  void pgfplotsSnippet();
  void exportErrorsNameThePath();
  void everyRegisteredFormatExports();
  void dialogSettingsRoundTripAndPersist();

 private:
  QTemporaryDir dir_;
};

void TestFigureExport::initTestCase() {
  QVERIFY(dir_.isValid());
  QStandardPaths::setTestModeEnabled(true);
  QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir_.filePath("settings"));
  QCoreApplication::setOrganizationName(QStringLiteral("EightfoldTest"));
  QCoreApplication::setApplicationName(QStringLiteral("test_figure_export"));
  QSettings().clear();
}

void TestFigureExport::palette() {
  QCOMPARE(okabeIto(0), QColor(0xE6, 0x9F, 0x00));
  QCOMPARE(okabeIto(4), QColor(0x00, 0x72, 0xB2));
  QCOMPARE(okabeIto(7), QColor(Qt::black));
  QCOMPARE(okabeIto(9), okabeIto(1));
  QSet<int> markers, greys;
  for (int i = 0; i < 8; ++i) {
    markers << seriesMarker(i);
    greys << paletteColor(QStringLiteral("grey"), i).red();
    QCOMPARE(paletteColor(QStringLiteral("okabe-ito"), i), okabeIto(i));
  }
  QCOMPARE(markers.size(), 8);
  QCOMPARE(seriesMarker(0), int(QCPScatterStyle::ssCircle));
  QCOMPARE(greys.size(), 6);  // six distinct grey levels, then they cycle
  QCOMPARE(seriesDash(1), Qt::DashLine);
  QCOMPARE(seriesDash(5), Qt::SolidLine);
  QCOMPARE(paletteNames(), QStringList({"okabe-ito", "grey"}));
}

void TestFigureExport::rendererDrawsSeriesBandsAndLogAxes() {
  QCustomPlot plot;
  const FigureData d = sample();
  renderFigure(&plot, d, FigureStyle{});
  QCOMPARE(plot.graphCount(), 3 + 2);  // 3 lines + lo/hi of one band
  QCOMPARE(plot.legend->itemCount(), 3);
  QCOMPARE(plot.xAxis->scaleType(), QCPAxis::stLogarithmic);
  QVERIFY(plot.xAxis->ticker().dynamicCast<QCPAxisTickerLog>());
  QCOMPARE(plot.yAxis->scaleType(), QCPAxis::stLinear);
  // The band comes first (behind the lines): an invisible pair with a translucent channel fill.
  QCOMPARE(plot.graph(1)->channelFillGraph(), plot.graph(0));
  QCOMPARE(plot.graph(1)->brush().color().alpha(), 50);
  QCOMPARE(plot.graph(0)->pen().style(), Qt::NoPen);
  // Lines in series order, Okabe–Ito colours (not the series' own red), NaN point skipped.
  QCOMPARE(plot.graph(2)->pen().color(), okabeIto(0));
  QCOMPARE(plot.graph(3)->dataCount(), 4);
  QCOMPARE(plot.graph(3)->pen().style(), Qt::DashLine);
  QCOMPARE(plot.graph(4)->lineStyle(), QCPGraph::lsNone);
  QVERIFY(plot.xAxis->range().lower > 0 && plot.xAxis->range().lower < 1000);
  QVERIFY(plot.xAxis->range().upper > 100000);
  QVERIFY(plot.yAxis->range().lower < sample().series[0].lo.last());
  QVERIFY(plot.yAxis->range().upper > sample().series[0].hi.first());

  // Under 1.6 decades QCPAxisTickerLog would fall back to crowded linear steps: chosen m*10^k.
  FigureData narrow = d;
  for (FigureSeries& s : narrow.series)
    s.x = {1000, 1500, 2000, 3000, 4000};
  renderFigure(&plot, narrow, FigureStyle{});
  auto text = plot.xAxis->ticker().dynamicCast<QCPAxisTickerText>();
  QVERIFY(text);
  QCOMPARE(text->ticks().keys(), QList<double>({1000, 2000, 3000, 4000}));
  QCOMPARE(text->ticks().value(2000), QStringLiteral("2000"));

  FigureStyle shown;
  shown.palette = QStringLiteral("as-shown");
  shown.font_pt = 11;
  renderFigure(&plot, d, shown);
  QCOMPARE(plot.graphCount(), 5);  // cleared, not appended
  QCOMPARE(plot.graph(2)->pen().color(), QColor(Qt::red));
  QCOMPARE(plot.xAxis->tickLabelFont().pointSizeF(), 11.0);
  QCOMPARE(plot.legend->font().pointSizeF(), 11.0);
}

void TestFigureExport::rendererLayoutAndSingleReplot() {
  QCustomPlot plot;
  FigureData d = sample();
  FigureStyle style;
  style.legend = LegendPosition::Outside;
  int replots = 0;
  connect(&plot, &QCustomPlot::afterReplot, this, [&] { ++replots; });
  renderFigure(&plot, d, style);
  QCOMPARE(plot.plotLayout()->rowCount(), 2);     // title row + axis rect
  QCOMPARE(plot.plotLayout()->columnCount(), 2);  // axis rect + outside legend
  auto* title = qobject_cast<QCPTextElement*>(plot.plotLayout()->element(0, 0));
  QVERIFY(title);
  QCOMPARE(title->font().pointSizeF(), style.font_pt + 1);
  QVERIFY(plot.legend->layout() != plot.axisRect()->insetLayout());
  d.title.clear();
  style.legend = LegendPosition::Hidden;
  renderFigure(&plot, d, style);
  QCOMPARE(plot.plotLayout()->rowCount(), 1);
  QCOMPARE(plot.plotLayout()->columnCount(), 1);
  QVERIFY(!plot.legend->visible());
  QCOMPARE(plot.legend->layout(), plot.axisRect()->insetLayout());
  QCOMPARE(replots, 0);  // queued, not immediate
  QCoreApplication::processEvents();
  QCOMPARE(replots, 1);  // two renders, one replot
}

void TestFigureExport::legendGoesToTheEmptiestCorner() {
  auto series = [](QVector<double> x, QVector<double> y) {
    FigureSeries s;
    s.x = x;
    s.y = y;
    return s;
  };
  FigureData d;
  d.log_x = true;
  QCOMPARE(emptiestCorner(d), LegendPosition::TopRight);  // nothing drawn
  // Error falling over log-spaced sizes: top left to bottom right, both other corners free.
  d.series = {series({100, 200, 400, 800}, {0.8, 0.4, 0.2, 0.1})};
  QCOMPARE(emptiestCorner(d), LegendPosition::TopRight);
  // Accuracy rising: bottom left to top right.
  d.series = {series({100, 200, 400, 800}, {0.1, 0.2, 0.4, 0.8})};
  QCOMPARE(emptiestCorner(d), LegendPosition::TopLeft);
  // Rising plus a flat line along the top: only the bottom right is free.
  d.series << series({100, 800}, {0.8, 0.8});
  QCOMPARE(emptiestCorner(d), LegendPosition::BottomRight);
  // The segment counts, not only the markers: a line from the top middle to the right middle
  // crosses the top right region with neither end in it; markers alone hold the other corners.
  FigureSeries corners = series({100, 100, 800}, {0.0, 1.0, 0.0});
  corners.line = false;
  d.series = {series({100 * std::sqrt(8.0), 800}, {1.0, 0.5}), corners};
  QCOMPARE(emptiestCorner(d), LegendPosition::TopLeft);
  d.series[0].line = false;  // markers only: the top right is free again
  QCOMPARE(emptiestCorner(d), LegendPosition::TopRight);
  // On a linear x axis the same sizes crowd to the left, which changes the free corner.
  d.log_x = false;
  d.series = {series({100, 200, 400, 800}, {0.1, 0.2, 0.4, 0.8})};
  QCOMPARE(emptiestCorner(d), LegendPosition::TopLeft);
}

void TestFigureExport::fixedTicksAtTheDataSizes() {
  FigureData d = sample();
  d.x_ticks = {4000, 8000, 16000};
  QCustomPlot plot;
  renderFigure(&plot, d, FigureStyle{});
  auto ticker = plot.xAxis->ticker().dynamicCast<QCPAxisTickerText>();
  QVERIFY(ticker);
  QCOMPARE(ticker->ticks().keys(), (QList<double>{4000, 8000, 16000}));
  QCOMPARE(ticker->ticks().value(16000), QStringLiteral("16000"));
  const QString tex = figurePgfplots(d, ExportSettings{});
  QVERIFY(tex.contains(QStringLiteral("xtick={4000,8000,16000}")));
  QVERIFY(tex.contains(QStringLiteral("xticklabels={4000,8000,16000}")));
  d.x_ticks.clear();  // automatic ticks again: no text ticker with these values, no xtick option
  renderFigure(&plot, d, FigureStyle{});
  auto automatic = plot.xAxis->ticker().dynamicCast<QCPAxisTickerText>();
  QVERIFY(!automatic || !automatic->ticks().contains(16000));
  QVERIFY(!figurePgfplots(d, ExportSettings{}).contains(QStringLiteral("xtick=")));
}

void TestFigureExport::pdfEmbedsFontsAtRequestedPageSize() {
  ExportSettings s;
  s.write_csv = s.write_pgfplots = false;
  const QString path = dir_.filePath("fig.pdf");
  QCOMPARE(exportFigure(sample(), s, path), QStringList{path});
  QVERIFY(QFileInfo(path).size() > 1000);
  const QString fontsOut = run(QStringLiteral("pdffonts"), {path});
  qInfo().noquote() << "pdffonts:\n" + fontsOut;
  const QVector<PdfFont> fonts = pdfFonts(fontsOut);
  QVERIFY(!fonts.isEmpty());
  for (const PdfFont& f : fonts) {
    QCOMPARE(f.emb, QStringLiteral("yes"));
    QVERIFY2(!f.type.contains(QLatin1String("Type 3")), qPrintable(f.name));
  }
  const QString info = run(QStringLiteral("pdfinfo"), {path});
  const auto m =
      QRegularExpression(QStringLiteral("Page size:\\s+([0-9.]+) x ([0-9.]+) pts")).match(info);
  QVERIFY2(m.hasMatch(), qPrintable(info));
  QCOMPARE(m.captured(1).toDouble(), 234.0);
  QCOMPARE(m.captured(2).toDouble(), 175.5);  // auto height: 3/4 of the width
  QVERIFY(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))));

  s.width_pt = ExportSettings::kDoubleColumnPt;
  s.height_pt = 200;
  exportFigure(sample(), s, path);
  const auto m2 = QRegularExpression(QStringLiteral("Page size:\\s+([0-9.]+) x ([0-9.]+) pts"))
                      .match(run(QStringLiteral("pdfinfo"), {path}));
  QCOMPARE(m2.captured(1).toDouble(), 486.0);
  QCOMPARE(m2.captured(2).toDouble(), 200.0);
}

void TestFigureExport::csvRoundTripsThePlottedData() {
  ExportSettings s;
  s.format = QStringLiteral("svg");
  const QStringList files = exportFigure(sample(), s, dir_.filePath("round"));
  QCOMPARE(files, QStringList({dir_.filePath("round.svg"), dir_.filePath("round.csv"),
                               dir_.filePath("round.tex")}));
  const QString csv = readAll(files[1]);
  QCOMPARE(csv, figureCsv(sample()));
  const QStringList lines = csv.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
  QVERIFY(lines.contains("# aggregation: mean over 3 seeds; band = ± 1 std"));
  QVERIFY(lines.contains("# x: |D_syn| (problems) (log scale)"));
  QVERIFY(lines.contains("# title: Test error vs. data"));
  int header = 0;
  while (lines[header].startsWith(QLatin1Char('#')))
    ++header;
  QCOMPARE(lines[header], QStringLiteral("series,x,y,lo,hi"));

  const FigureData d = sample();
  int row = header + 1;
  for (const FigureSeries& s : d.series) {
    for (int i = 0; i < s.x.size(); ++i) {
      if (std::isnan(s.y[i])) continue;  // not plotted, so not exported
      const QStringList f = csvSplit(lines[row++]);
      QCOMPARE(f.size(), 5);
      QCOMPARE(f[0], s.name);
      QCOMPARE(f[1].toDouble(), s.x[i]);  // exact: full precision
      QCOMPARE(f[2].toDouble(), s.y[i]);
      QCOMPARE(f[3].isEmpty(), s.lo.isEmpty());
      if (!s.lo.isEmpty()) {
        QCOMPARE(f[3].toDouble(), s.lo[i]);
        QCOMPARE(f[4].toDouble(), s.hi[i]);
      }
    }
  }
  QCOMPARE(row, lines.size());  // nothing more than the plotted points
  QVERIFY(csv.contains("\"RFT, positives\",") && csv.contains("\"per-step \"\"DPO\"\"\","));
}

void TestFigureExport::svgHasRequestedSize() {
  ExportSettings s;
  s.format = QStringLiteral("svg");
  s.width_pt = 300;
  s.height_pt = 150;
  s.write_csv = s.write_pgfplots = false;
  const QString path = dir_.filePath("fig.svg");
  exportFigure(sample(), s, path);
  const QString svg = readAll(path);
  QVERIFY(svg.contains(QStringLiteral("<svg width=\"300pt\" height=\"150pt\"")));
  QSvgRenderer renderer(path);
  QVERIFY(renderer.isValid());
  QCOMPARE(renderer.viewBoxF().width() / renderer.viewBoxF().height(), 2.0);
  QCOMPARE(renderer.viewBoxF().width(), std::round(ptToPx(300)));
  QVERIFY(svg.contains(QStringLiteral("SFT")));  // text stays text
}

void TestFigureExport::pngHasPixelSizeAndDpi() {
  ExportSettings s;
  s.format = QStringLiteral("png");
  s.write_csv = s.write_pgfplots = false;
  for (int dpi : {300, 600}) {
    s.dpi = dpi;
    const QString path = dir_.filePath(QStringLiteral("fig%1.png").arg(dpi));
    exportFigure(sample(), s, path);
    const QImage image(path);
    QCOMPARE(image.width(), int(std::lround(234.0 / 72 * dpi)));  // 975 at 300 dpi
    QCOMPARE(image.height(), int(std::lround(175.5 / 72 * dpi)));
    QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), dpi);
    QCOMPARE(qRound(image.dotsPerMeterY() * 0.0254), dpi);
    int orange = 0;  // the first series' line is drawn in Okabe–Ito orange
    for (int y = 0; y < image.height(); y += 2) {
      for (int x = 0; x < image.width(); x += 2)
        orange += image.pixelColor(x, y) == okabeIto(0);
    }
    QVERIFY2(orange > 50, qPrintable(QString::number(orange)));
  }
}

void TestFigureExport::pgfplotsSnippet() {
  ExportSettings s;
  s.y_label = QStringLiteral("error, greedy");
  const QString tex = figurePgfplots(sample(), s);
  QCOMPARE(tex.count(QStringLiteral("\\addplot")), 3 + 3);  // 3 series; band = lo, hi, fill
  QCOMPARE(tex.count(QStringLiteral("fill between[of=")), 1);
  QCOMPARE(tex.count(QStringLiteral("\\addlegendentry")), 3);
  QCOMPARE(tex.count(QStringLiteral("\\definecolor")), 3);
  QVERIFY(tex.contains(QStringLiteral("\\definecolor{efSeries0}{RGB}{230,159,0}")));
  QVERIFY(tex.contains(QStringLiteral("pgfplots.fillbetween")));
  QVERIFY(tex.contains(QStringLiteral("xmode=log")) &&
          tex.contains(QStringLiteral("ymode=normal")));
  QVERIFY(tex.contains(QStringLiteral("xlabel={|D\\_syn| (problems)}")));
  QVERIFY(tex.contains(QStringLiteral("ylabel={error, greedy}")));
  QVERIFY(tex.contains(QStringLiteral("width=234pt")));
  QVERIFY(tex.contains(QStringLiteral("dashed")) && tex.contains(QStringLiteral("only marks")));
  QVERIFY(tex.contains(QStringLiteral("\\begin{tikzpicture}")) &&
          tex.contains(QStringLiteral("\\end{tikzpicture}")));
  QVERIFY(!tex.contains(QStringLiteral("nan"), Qt::CaseInsensitive));
}

void TestFigureExport::exportErrorsNameThePath() {
  ExportSettings s;
  const QString bad = dir_.filePath("missing/dir/fig.pdf");
  try {
    exportFigure(sample(), s, bad);
    QFAIL("no exception");
  } catch (const std::runtime_error& e) {
    QVERIFY2(QString::fromUtf8(e.what()).contains(bad), e.what());
  }
  s.format = QStringLiteral("eps");
  QVERIFY_THROWS_EXCEPTION(std::runtime_error, exportFigure(sample(), s, dir_.filePath("x.eps")));
}

// Each registered format writes a non-empty file with its suffix and its magic bytes, and the
// dialog offers exactly the registered ones, the resolution only for raster formats.
void TestFigureExport::everyRegisteredFormatExports() {
  const QHash<QString, QByteArray> magic{{"pdf", "%PDF-"}, {"svg", "<?xml"}, {"png", "\x89PNG"}};
  QCOMPARE(exportFormats(), QStringList({"pdf", "svg", "png"}));
  ExportDialog dialog(sample());
  QComboBox* box = nullptr;  // the format choice: the combo box holding "pdf"
  for (QComboBox* c : dialog.findChildren<QComboBox*>())
    if (c->findData(QStringLiteral("pdf")) >= 0) box = c;
  QVERIFY(box);
  QCOMPARE(box->count(), figureFormats().size());
  for (int i = 0; i < figureFormats().size(); ++i) {
    const FigureFormat& f = figureFormats()[i];
    QCOMPARE(box->itemData(i).toString(), f.id);
    QCOMPARE(findFigureFormat(f.id), &f);
    ExportSettings s;
    s.format = f.id;
    s.dpi = 150;
    s.write_csv = s.write_pgfplots = false;
    const QStringList files = exportFigure(sample(), s, dir_.filePath("registered-" + f.id));
    QCOMPARE(files, QStringList{dir_.filePath("registered-" + f.id + "." + f.id)});
    QFile file(files.first());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray head = file.read(8);
    QVERIFY2(head.startsWith(magic.value(f.id)), qPrintable(f.id));
  }
  QVERIFY(!findFigureFormat(QStringLiteral("eps")));
}

void TestFigureExport::dialogSettingsRoundTripAndPersist() {
  ExportSettings s;
  s.format = QStringLiteral("png");
  s.dpi = 600;
  s.width_pt = 300;
  s.height_pt = 120;
  s.style.font_pt = 10.5;
  s.style.palette = QStringLiteral("grey");
  s.style.legend = LegendPosition::BottomLeft;
  s.x_label = QStringLiteral("problems");
  s.y_label = QStringLiteral("error");
  s.write_csv = false;
  s.write_pgfplots = true;
  const auto check = [](const ExportSettings& a, const ExportSettings& b, bool labels) {
    QCOMPARE(a.format, b.format);
    QCOMPARE(a.dpi, b.dpi);
    QCOMPARE(a.width_pt, b.width_pt);
    QCOMPARE(a.height_pt, b.height_pt);
    QCOMPARE(a.style.font_pt, b.style.font_pt);
    QCOMPARE(a.style.palette, b.style.palette);
    QCOMPARE(int(a.style.legend), int(b.style.legend));
    QCOMPARE(a.write_csv, b.write_csv);
    QCOMPARE(a.write_pgfplots, b.write_pgfplots);
    if (labels) QCOMPARE(a.x_label + a.y_label, b.x_label + b.y_label);
  };
  {
    ExportDialog dialog(sample());
    QCOMPARE(dialog.settings().x_label, sample().x_label);  // pre-filled from the data
    dialog.setSettings(s);
    check(dialog.settings(), s, true);
    QVERIFY(dialog.findChild<QComboBox*>() != nullptr);
    QCOMPARE(dialog.preview()->graphCount(), 5);
    dialog.setPath(dir_.filePath("dialog.png"));
    // exportNow first: a failing accept() would open a modal message box and hang the test.
    QCOMPARE(dialog.exportNow().size(), 2);  // png + tex (csv off)
    dialog.accept();                         // exports again, saves the settings
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(QFileInfo::exists(dir_.filePath("dialog.png")));
    QVERIFY(QFileInfo::exists(dir_.filePath("dialog.tex")));
    QVERIFY(!QFileInfo::exists(dir_.filePath("dialog.csv")));
  }
  ExportDialog again(sample());
  check(again.settings(), s, false);
  QCOMPARE(again.settings().x_label, sample().x_label);  // titles are per figure
  QCOMPARE(QFileInfo(again.path()).absolutePath(), QFileInfo(dir_.path()).absoluteFilePath());
  QVERIFY(again.path().endsWith(QLatin1String(".png")));
}

QTEST_MAIN(TestFigureExport)
#include "test_figure_export.moc"
