// SPDX-License-Identifier: GPL-3.0-or-later
#include "solution_list_model.h"

#include <QColor>
#include <QRegularExpression>
#include <cmath>
#include <limits>

#include "diverging_scale.h"
#include "step_table_model.h"

namespace ef::widgets {

namespace {

// Okabe-Ito bluish green and vermillion; the verdict is also spelled out, so colour is never the
// only cue.
const QColor kCorrect(0x00, 0x9E, 0x73);
const QColor kWrong(0xD5, 0x5E, 0x00);

QString firstLine(const QString& text, int max_chars) {
  QString line = text.section(QLatin1Char('\n'), 0, 0).simplified();
  if (line.size() > max_chars) line = line.left(max_chars - 1) + QStringLiteral("…");
  return line;
}

}  // namespace

SolutionListModel::SolutionListModel(QObject* parent) : QAbstractTableModel(parent) {}

void SolutionListModel::setSolutions(QVector<SolutionRow> rows) {
  beginResetModel();
  rows_ = std::move(rows);
  endResetModel();
}

int SolutionListModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : rows_.size();
}

int SolutionListModel::columnCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : kColumnCount;
}

QVariant SolutionListModel::sortKey(const SolutionRow& s, int column) const {
  switch (column) {
    case SampleColumn:
      return QVariant::fromValue<qlonglong>(s.sample_id);
    case ProblemColumn:
      return s.problem_index;
    case VerdictColumn:
      return s.verdict;
    case StepsColumn:
      return s.steps;
    case PitColumn:
      // No pit sorts after every pit position, so an ascending sort starts with early pits.
      return s.pit > 0 ? s.pit : std::numeric_limits<int>::max();
    case MinAdvantageColumn:
      // NaN compares false both ways and would scatter rows; "not estimated" goes last instead.
      return std::isnan(s.min_advantage) ? std::numeric_limits<double>::infinity()
                                         : s.min_advantage;
    case SpuriousColumn:
      return s.spurious;
  }
  return {};
}

QVariant SolutionListModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || index.row() >= rows_.size()) return {};
  const SolutionRow& s = rows_[index.row()];
  const int column = index.column();
  switch (role) {
    case Qt::DisplayRole:
      switch (column) {
        case SampleColumn:
          return QString::number(s.sample_id);
        case ProblemColumn:
          return QStringLiteral("%1: %2").arg(s.problem_index).arg(firstLine(s.prompt, 60));
        case VerdictColumn:
          return s.verdict;
        case StepsColumn:
          return QString::number(s.steps);
        case PitColumn:
          return s.pit > 0 ? QString::number(s.pit) : QStringLiteral("—");
        case MinAdvantageColumn:
          return formatNumber(s.min_advantage);
        case SpuriousColumn:
          return QString::number(s.spurious);
      }
      return {};
    case Qt::ToolTipRole:
      if (column == ProblemColumn) return s.prompt;
      if (column == MinAdvantageColumn)
        return tr("Lowest advantage A over the steps of this solution.");
      return {};
    case Qt::ForegroundRole:
      if (column == VerdictColumn) return s.verdict == QLatin1String("correct") ? kCorrect : kWrong;
      if (column == MinAdvantageColumn) return QColor(Qt::black);  // on a light tint
      return {};
    case Qt::BackgroundRole:
      if (column == MinAdvantageColumn) return divergingColor(s.min_advantage);
      return {};
    case Qt::TextAlignmentRole:
      if (column == ProblemColumn || column == VerdictColumn)
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
      return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case SortRole:
      return sortKey(s, column);
    case SampleIdRole:
      return QVariant::fromValue<qlonglong>(s.sample_id);
  }
  return {};
}

QVariant SolutionListModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
  switch (section) {
    case SampleColumn:
      return tr("Sample");
    case ProblemColumn:
      return tr("Problem");
    case VerdictColumn:
      return tr("Verdict");
    case StepsColumn:
      return tr("Steps");
    case PitColumn:
      return tr("Pit");
    case MinAdvantageColumn:
      return tr("Min A");
    case SpuriousColumn:
      return tr("Spurious");
  }
  return {};
}

SolutionFilterProxy::SolutionFilterProxy(QObject* parent) : QSortFilterProxyModel(parent) {
  setSortRole(SolutionListModel::SortRole);
}

void SolutionFilterProxy::setProblemFilter(const QString& query) {
  problem_query_ = query.trimmed();
  static const QRegularExpression index_re(QStringLiteral("^#?(\\d+)$"));
  const auto match = index_re.match(problem_query_);
  problem_index_ = match.hasMatch() ? match.captured(1).toInt() : -1;
  invalidateFilter();
}

void SolutionFilterProxy::setPitFilter(PitFilter filter) {
  pit_filter_ = filter;
  invalidateFilter();
}

void SolutionFilterProxy::setPitPosition(int step) {
  pit_position_ = step;
  invalidateFilter();
}

void SolutionFilterProxy::setVerdictFilter(VerdictFilter filter) {
  verdict_filter_ = filter;
  invalidateFilter();
}

bool SolutionFilterProxy::filterAcceptsRow(int source_row, const QModelIndex& source_parent) const {
  const auto* model = qobject_cast<const SolutionListModel*>(sourceModel());
  if (!model || source_parent.isValid() || source_row >= model->rowCount()) return false;
  const SolutionRow& s = model->solution(source_row);

  if (problem_index_ >= 0) {
    if (s.problem_index != problem_index_) return false;
  } else if (!problem_query_.isEmpty() && !s.prompt.contains(problem_query_, Qt::CaseInsensitive)) {
    return false;
  }
  if (pit_filter_ == PitFilter::Yes && s.pit <= 0) return false;
  if (pit_filter_ == PitFilter::No && s.pit > 0) return false;
  if (pit_position_ > 0 && s.pit != pit_position_) return false;
  const bool correct = s.verdict == QLatin1String("correct");
  if (verdict_filter_ == VerdictFilter::Correct && !correct) return false;
  if (verdict_filter_ == VerdictFilter::Wrong && correct) return false;
  return true;
}

}  // namespace ef::widgets
