// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Paints a progress bar in a table cell: the value (0–100) comes from ProgressRole, the text on
// the bar from Qt::DisplayRole, elided to the cell's width; cells without a value are drawn as
// plain text.
#include <QStyledItemDelegate>

namespace ef::widgets {

class ProgressDelegate : public QStyledItemDelegate {
  Q_OBJECT

 public:
  static constexpr int ProgressRole = Qt::UserRole + 20;
  using QStyledItemDelegate::QStyledItemDelegate;
  void paint(QPainter* painter, const QStyleOptionViewItem& option,
             const QModelIndex& index) const override;
};

}  // namespace ef::widgets
