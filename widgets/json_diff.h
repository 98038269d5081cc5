// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Differences between two JSON documents (two run configs, say) by dotted path, and a table view
// of them. Knows nothing about what the documents mean.
#include <QJsonObject>
#include <QString>
#include <QVector>
#include <QWidget>

class QLabel;
class QTableWidget;

namespace ef::widgets {

struct JsonDifference {
  QString path;  // dotted path of the leaf ("sft.lr"); arrays are compared as whole values
  // Compact JSON text of each side ("0.003", "\"arith\"", "[1,2]"); "" when absent.
  QString left, right;
};

// Recursive over objects (a section present on one side only lists its leaves), sorted by path.
QVector<JsonDifference> diffJson(const QJsonObject& a, const QJsonObject& b);

class JsonDiffView : public QWidget {
  Q_OBJECT

 public:
  explicit JsonDiffView(QWidget* parent = nullptr);

  // Shows the differences of b against a; the value columns are titled title_a and title_b.
  void setDocuments(const QString& title_a, const QJsonObject& a, const QString& title_b,
                    const QJsonObject& b);
  const QVector<JsonDifference>& differences() const { return diffs_; }
  QTableWidget* table() const { return table_; }

 private:
  QVector<JsonDifference> diffs_;
  QLabel* summary_;
  QTableWidget* table_;
};

}  // namespace ef::widgets
