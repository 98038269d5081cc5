// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reads `pdffonts` output (poppler-utils) for the export tests: every font of a figure must be
// embedded and none may be Type 3 (journals reject Type 3 bitmap fonts).
#include <QPair>
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QVector>

namespace ef::test {

struct PdfFont {
  QString name, type, emb;
};

// pdffonts prints fixed-width columns under a row of dashes; the dashes give the column bounds
// (the type column may hold spaces, e.g. "CID TrueType").
inline QVector<PdfFont> pdfFonts(const QString& output) {
  const QStringList lines = output.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
  QVector<PdfFont> fonts;
  if (lines.size() < 2) return fonts;
  QVector<QPair<int, int>> cols;
  for (auto m = QRegularExpression(QStringLiteral("-+")).globalMatch(lines[1]); m.hasNext();) {
    const auto match = m.next();
    cols.append({int(match.capturedStart()), int(match.capturedLength())});
  }
  for (int i = 2; i < lines.size(); ++i) {
    const auto col = [&](int c) { return lines[i].mid(cols[c].first, cols[c].second).trimmed(); };
    fonts.append({col(0), col(1), col(3)});
  }
  return fonts;
}

// Runs pdffonts on a file; empty when it fails.
inline QVector<PdfFont> pdfFontsOf(const QString& pdf) {
  QProcess p;
  p.start(QStringLiteral("pdffonts"), {pdf});
  if (!p.waitForFinished(30000) || p.exitCode() != 0) return {};
  return pdfFonts(QString::fromUtf8(p.readAllStandardOutput()));
}

}  // namespace ef::test
