// SPDX-License-Identifier: GPL-3.0-or-later
#include "step_history_model.h"

#include <QBrush>
#include <QFont>

#include <cmath>

#include "diverging_scale.h"

namespace ef::widgets {
namespace {

QString number(double v) {
  return std::isnan(v) ? QString() : QString::number(v, 'f', 2);
}

QString csvNumber(double v) {
  return std::isnan(v) ? QString() : QString::number(v, 'g', 10);
}

QString csvField(QString s) {
  if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) || s.contains(QLatin1Char('\n')))
    s = QLatin1Char('"') + s.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
  return s;
}

}  // namespace

void StepHistoryModel::setHistory(StepHistoryData data) {
  beginResetModel();
  data_ = std::move(data);
  endResetModel();
}

void StepHistoryModel::retranslate() {
  emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
  if (rowCount() > 0) emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

int StepHistoryModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() || data_.policies.isEmpty() ? 0 : data_.steps.size() + 1;
}

int StepHistoryModel::columnCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : 2 + 2 * data_.policies.size();
}

QVariant StepHistoryModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid()) return {};
  const int row = index.row(), col = index.column();
  if (col == 0 && role == Qt::DisplayRole) return row == 0 ? tr("x") : QString::number(row);
  if (col == 1 && role == Qt::DisplayRole)
    return row == 0 ? tr("(problem: V(x))") : data_.steps.value(row - 1);
  if (col < 2) return {};
  const int p = policyOf(col);
  if (p >= data_.policies.size()) return {};
  const double q = data_.q[p].value(row, NAN);
  const double a = row == 0 ? NAN : data_.advantage[p].value(row - 1, NAN);
  const bool pit = row > 0 && data_.pit[p] == row;
  switch (role) {
    case Qt::DisplayRole:
      if (isAdvantage(col)) return number(a);
      return pit ? number(q) + QStringLiteral(" ◆") : number(q);
    case Qt::BackgroundRole:
      if (isAdvantage(col) && !std::isnan(a)) return QBrush(divergingColor(a));
      return {};
    case Qt::FontRole:
      if (pit) {
        QFont f;
        f.setBold(true);
        return f;
      }
      return {};
    case Qt::TextAlignmentRole:
      return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
      if (pit)
        return tr("First pit under %1: no rollout from here succeeds.").arg(data_.policies[p]);
      return {};
    default:
      return {};
  }
}

QVariant StepHistoryModel::headerData(int section, Qt::Orientation o, int role) const {
  if (o != Qt::Horizontal) return {};
  if (role == Qt::DisplayRole) {
    if (section == 0) return tr("#");
    if (section == 1) return tr("Step");
    const int p = policyOf(section);
    if (p >= data_.policies.size()) return {};
    return isAdvantage(section) ? tr("A (%1)").arg(data_.policies[p])
                                : tr("Q̂ (%1)").arg(data_.policies[p]);
  }
  if (role == Qt::ToolTipRole && section >= 2) {
    return isAdvantage(section)
               ? tr("A = Q̂ of this step minus Q̂ of the previous one, under this policy.")
               : tr("Q̂: share of %1 rollouts from after this step that reach a correct answer, "
                    "under this policy; ◆ marks its first pit.")
                     .arg(data_.k);
  }
  return {};
}

QString StepHistoryModel::toCsv() const {
  QString out = QStringLiteral("step,text");
  for (const QString& p : data_.policies)
    out += QLatin1Char(',') + csvField(QStringLiteral("q_") + p) + QLatin1Char(',') +
           csvField(QStringLiteral("a_") + p);
  out += QLatin1Char('\n');
  for (int row = 0; row <= data_.steps.size(); ++row) {
    out += QString::number(row) + QLatin1Char(',') +
           csvField(row == 0 ? QString() : data_.steps[row - 1]);
    for (int p = 0; p < data_.policies.size(); ++p) {
      out += QLatin1Char(',') + csvNumber(data_.q[p].value(row, NAN));
      out += QLatin1Char(',') +
             (row == 0 ? QString() : csvNumber(data_.advantage[p].value(row - 1, NAN)));
    }
    out += QLatin1Char('\n');
  }
  return out;
}

}  // namespace ef::widgets
