// SPDX-License-Identifier: GPL-3.0-or-later
#include "json_diff.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace ef::widgets {
namespace {

QString compact(const QJsonValue& v) {
  if (v.isUndefined()) return {};
  const QByteArray text = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
  return QString::fromUtf8(text.mid(1, text.size() - 2));  // strip the wrapping [ ]
}

void diffValues(const QString& path, const QJsonValue& a, const QJsonValue& b,
                QVector<JsonDifference>& out);

void diffObjects(const QString& prefix, const QJsonObject& a, const QJsonObject& b,
                 QVector<JsonDifference>& out) {
  QStringList keys = a.keys() + b.keys();
  keys.removeDuplicates();
  for (const QString& k : keys) {
    const QString path = prefix.isEmpty() ? k : prefix + QLatin1Char('.') + k;
    diffValues(path, a.value(k), b.value(k), out);
  }
}

void diffValues(const QString& path, const QJsonValue& a, const QJsonValue& b,
                QVector<JsonDifference>& out) {
  const bool ao = a.isObject(), bo = b.isObject();
  // Objects on both sides, or an object against nothing (its leaves are listed one by one).
  if ((ao && bo) || (ao && b.isUndefined()) || (bo && a.isUndefined())) {
    const QJsonObject oa = a.toObject(), ob = b.toObject();
    if (oa.isEmpty() && ob.isEmpty()) {
      if (a.isUndefined() || b.isUndefined()) out.push_back({path, compact(a), compact(b)});
      return;
    }
    diffObjects(path, oa, ob, out);
    return;
  }
  if (a != b) out.push_back({path, compact(a), compact(b)});
}

}  // namespace

QVector<JsonDifference> diffJson(const QJsonObject& a, const QJsonObject& b) {
  QVector<JsonDifference> out;
  diffObjects(QString(), a, b, out);
  std::stable_sort(out.begin(), out.end(), [](const JsonDifference& x, const JsonDifference& y) {
    return x.path < y.path;
  });
  return out;
}

JsonDiffView::JsonDiffView(QWidget* parent) : QWidget(parent) {
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  summary_ = new QLabel(this);
  summary_->setObjectName(QStringLiteral("ef_diff_summary"));
  table_ = new QTableWidget(0, 3, this);
  table_->setObjectName(QStringLiteral("ef_diff_table"));
  table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table_->setSelectionBehavior(QAbstractItemView::SelectRows);
  table_->verticalHeader()->hide();
  table_->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
  table_->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
  table_->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
  layout->addWidget(summary_);
  layout->addWidget(table_, 1);
  setDocuments(tr("Left"), {}, tr("Right"), {});
}

void JsonDiffView::setDocuments(const QString& title_a, const QJsonObject& a,
                                const QString& title_b, const QJsonObject& b) {
  diffs_ = diffJson(a, b);
  table_->setHorizontalHeaderLabels({tr("Field"), title_a, title_b});
  table_->setRowCount(diffs_.size());
  // Translucent colours read on light and dark palettes alike.
  const QColor changed(255, 193, 7, 90), absent(128, 128, 128, 60);
  for (int row = 0; row < diffs_.size(); ++row) {
    const JsonDifference& d = diffs_[row];
    table_->setItem(row, 0, new QTableWidgetItem(d.path));
    const QString sides[2] = {d.left, d.right};
    for (int side = 0; side < 2; ++side) {
      const bool missing = sides[side].isEmpty();
      auto* item = new QTableWidgetItem(missing ? tr("(absent)") : sides[side]);
      item->setToolTip(sides[side]);
      item->setBackground(missing ? absent : changed);
      if (missing) {
        QFont f = item->font();
        f.setItalic(true);
        item->setFont(f);
      }
      table_->setItem(row, side + 1, item);
    }
  }
  table_->setVisible(!diffs_.isEmpty());
  summary_->setText(diffs_.isEmpty() ? tr("No differences")
                                     : tr("%n difference(s)", nullptr, int(diffs_.size())));
}

}  // namespace ef::widgets
