// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Paper-ready export of a FigureData: PDF (vector, fonts embedded), SVG or PNG of an exact physical
// size, plus the plotted data as CSV and as a pgfplots snippet. Rendering goes through
// renderFigure, so the files show what the screen shows, at the journal's column width.
#include <QSizeF>
#include <QString>
#include <QStringList>
#include <QVector>

#include "figure.h"

class QCustomPlot;

namespace ef::widgets {

struct ExportSettings;

// A file format figures are exported to (docs/architecture.md, "Add an export format"): one entry
// of figureFormats(). The dialog's format choice, the file suffix and exportFigure come from it.
struct FigureFormat {
  QString id;         // "pdf": the file suffix and the value of ExportSettings::format
  const char* label;  // for the dialog, translated in context "ef::widgets::ExportDialog"
  bool raster;        // takes ExportSettings::dpi
  // Paints the rendered plot at `pt` (points) into `path`; throws std::runtime_error naming it.
  void (*write)(QCustomPlot& plot, const QSizeF& pt, const ExportSettings& s, const QString& title,
                const QString& path);
};

struct ExportSettings {
  static constexpr double kSingleColumnPt = 234;  // 3.25 in, one column of a two-column paper
  static constexpr double kDoubleColumnPt = 486;  // 6.75 in, full text width
  static constexpr double kAutoAspect = 0.75;     // height = width * 0.75 (4:3) when height_pt = 0

  QString format = QStringLiteral("pdf");  // pdf | svg | png
  int dpi = 300;                           // png only: 150 | 300 | 600
  double width_pt = kSingleColumnPt;
  double height_pt = 0;  // 0 = width * kAutoAspect
  FigureStyle style;
  QString x_label, y_label;  // empty = keep the data's
  bool write_csv = true;
  bool write_pgfplots = true;

  double effectiveHeightPt() const { return height_pt > 0 ? height_pt : width_pt * kAutoAspect; }
};

// Every registered format, in display order (PDF, SVG, PNG).
const QVector<FigureFormat>& figureFormats();
// nullptr for an unknown id.
const FigureFormat* findFigureFormat(const QString& id);
// The registered ids ("pdf", "svg", "png").
QStringList exportFormats();

// `data` with the settings' non-empty axis titles in place of its own.
FigureData withExportLabels(const FigureData& data, const ExportSettings& s);

// Renders `data` into a fresh offscreen QCustomPlot and writes `path` (".<format>" is appended when
// `path` has no suffix), plus "<base>.csv" and "<base>.tex" beside it when asked. Sizes:
//  - PDF: page of width_pt x height_pt points, vector, TrueType fonts embedded as subsets.
//  - SVG: width/height attributes in pt (the requested size); the viewBox is in layout pixels
//    (1/layoutDpi() inch each), i.e. the same physical size.
//  - PNG: round(width_pt/72*dpi) x round(height_pt/72*dpi) pixels, white background, pHYs = dpi.
// Needs a QApplication (QCustomPlot is a widget; it is never shown). Returns the files written,
// figure first; throws std::runtime_error naming the path when a file cannot be written or the
// settings are invalid (unknown format, non-positive size or dpi).
QStringList exportFigure(const FigureData& data, const ExportSettings& s, const QString& path);

// Long-format CSV of exactly the plotted points: "#" comment lines naming the title, the axes (and
// their log scale) and the aggregation, then "series,x,y,lo,hi" and one row per drawn point (lo/hi
// empty without a band; y empty where only the band is drawn). Numbers at full precision ('g', 17).
QString figureCsv(const FigureData& data);

// A self-contained tikzpicture/axis for pgfplots (xmode/ymode=log per the data), width/height from
// the settings, colours as \definecolor of the exported palette, dash and mark styles mapped
// approximately, bands as fill between named lo/hi paths. The leading comment names the preamble.
QString figurePgfplots(const FigureData& data, const ExportSettings& s);

}  // namespace ef::widgets
