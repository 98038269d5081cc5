// SPDX-License-Identifier: GPL-3.0-or-later
#include "progress_delegate.h"

#include <QApplication>
#include <QPainter>
#include <QStyleOptionProgressBar>

#include <algorithm>

namespace ef::widgets {

void ProgressDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                             const QModelIndex& index) const {
  const QVariant v = index.data(ProgressRole);
  if (!v.isValid()) {
    QStyledItemDelegate::paint(painter, option, index);
    return;
  }
  QStyleOptionProgressBar bar;
  bar.rect = option.rect.adjusted(2, 2, -2, -2);
  bar.minimum = 0;
  bar.maximum = 100;
  bar.progress = qBound(0, v.toInt(), 100);
  // Elided to the cell: the whole text is in the tooltip (a clipped "ETA" reads as nothing).
  bar.text = option.fontMetrics.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight,
                                           std::max(0, bar.rect.width() - 6));
  bar.textVisible = true;
  bar.state = option.state | QStyle::State_Horizontal;
  const QWidget* w = option.widget;
  QStyle* style = w ? w->style() : QApplication::style();
  style->drawControl(QStyle::CE_ProgressBar, &bar, painter, w);
}

}  // namespace ef::widgets
