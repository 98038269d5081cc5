// SPDX-License-Identifier: GPL-3.0-or-later
#include "step_table_model.h"

#include <QFont>
#include <QPainter>
#include <QPixmap>
#include <QPolygonF>
#include <cmath>

#include "diverging_scale.h"

namespace ef::widgets {

QString formatNumber(double value) {
  if (std::isnan(value)) return QStringLiteral("—");
  // −0.000 would read like a real negative advantage; show 0.000 instead.
  if (std::abs(value) < 0.0005) value = 0.0;
  return QString::number(value, 'f', 3);
}

StepTableModel::StepTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void StepTableModel::setSteps(QVector<StepRow> steps) {
  beginResetModel();
  steps_ = std::move(steps);
  endResetModel();
}

int StepTableModel::rowOfStep(int step_index) const {
  for (int r = 0; r < steps_.size(); ++r)
    if (steps_[r].index == step_index) return r;
  return -1;
}

int StepTableModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : steps_.size();
}

int StepTableModel::columnCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : kColumnCount;
}

QString StepTableModel::displayText(const StepRow& s, int column) const {
  switch (column) {
    case IndexColumn:
      return s.index == 0 ? tr("x") : QString::number(s.index);
    case TextColumn:
      return s.index == 0 && s.text.isEmpty() ? tr("(problem: V(x))") : s.text;
    case QColumn:
      return formatNumber(s.q);
    case AdvantageColumn:
      return formatNumber(s.advantage);
    case RolloutsColumn:
      return s.rollouts > 0 ? QStringLiteral("%1/%2").arg(s.successes).arg(s.rollouts)
                            : QStringLiteral("—");
    case FlagColumn: {
      QStringList flags;
      if (s.pit) flags << tr("first pit");
      if (s.spurious) flags << tr("spurious");
      if (s.labelled) flags << tr("useless by the task's rule");
      return flags.join(QStringLiteral(", "));
    }
  }
  return {};
}

QString StepTableModel::toolTip(const StepRow& s) const {
  QString tip;
  if (s.index == 0) {
    tip = tr("V(x) = %1: share of rollouts from the bare problem that reach a correct answer (%2).")
              .arg(formatNumber(s.q), displayText(s, RolloutsColumn));
  } else {
    tip = tr("Q̂ = %1: share of rollouts started after step %2 that reach a correct answer (%3).")
              .arg(formatNumber(s.q))
              .arg(s.index)
              .arg(displayText(s, RolloutsColumn));
    tip += QLatin1Char('\n') +
           tr("A = Q̂(step %1) − Q̂(step %2) = %3: how much this step changed the chance of success.")
               .arg(s.index)
               .arg(s.index - 1)
               .arg(formatNumber(s.advantage));
  }
  if (s.pit)
    tip += QLatin1Char('\n') + tr("First pit: the first step from which no rollout succeeds.");
  if (s.spurious)
    tip += QLatin1Char('\n') +
           tr("Spurious: a step of a correct solution that did not raise the chance of success "
              "(A ≤ 0).");
  if (s.labelled)
    tip += QLatin1Char('\n') +
           tr("Useless by the task's rule: a restatement or a result that the next step does not "
              "use, as the teacher's inserted spurious steps are.");
  return tip;
}

const QIcon& StepTableModel::pitIcon() const {
  if (!pit_icon_.isNull()) return pit_icon_;
  // A painted flag rather than a theme icon: themes differ and some have no flag at all.
  QPixmap pixmap(16, 16);
  pixmap.fill(Qt::transparent);
  QPainter p(&pixmap);
  p.setRenderHint(QPainter::Antialiasing);
  p.setPen(QPen(QColor(0x40, 0x40, 0x40), 1.5));
  p.drawLine(QPointF(3.5, 1.5), QPointF(3.5, 15));
  p.setPen(Qt::NoPen);
  p.setBrush(QColor(0xC0, 0x10, 0x10));
  p.drawPolygon(QPolygonF({QPointF(4, 2), QPointF(14, 5), QPointF(4, 9)}));
  p.end();
  pit_icon_ = QIcon(pixmap);
  return pit_icon_;
}

QVariant StepTableModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || index.row() >= steps_.size()) return {};
  const StepRow& s = steps_[index.row()];
  const int column = index.column();
  switch (role) {
    case Qt::DisplayRole:
      return displayText(s, column);
    case Qt::BackgroundRole:
      return divergingColor(s.advantage);
    case Qt::ForegroundRole:
      // The backgrounds are always light tints, so dark text even under a dark theme.
      return QColor(Qt::black);
    case Qt::FontRole:
      if (s.pit) {
        QFont font;
        font.setBold(true);
        return font;
      }
      return {};
    case Qt::DecorationRole:
      if (s.pit && column == FlagColumn) return pitIcon();
      return {};
    case Qt::TextAlignmentRole:
      if (column == TextColumn || column == FlagColumn)
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
      return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
      return toolTip(s);
    case AdvantageRole:
      return s.advantage;
    case PitRole:
      return s.pit;
    case SpuriousRole:
      return s.spurious;
    case QRole:
      return s.q;
    case StepIndexRole:
      return s.index;
  }
  return {};
}

QVariant StepTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal) return {};
  if (role == Qt::DisplayRole) {
    switch (section) {
      case IndexColumn:
        return tr("#");
      case TextColumn:
        return tr("Step");
      case QColumn:
        return tr("Q̂");
      case AdvantageColumn:
        return tr("A");
      case RolloutsColumn:
        return tr("Rollouts");
      case FlagColumn:
        return tr("Flag");
    }
  } else if (role == Qt::ToolTipRole) {
    switch (section) {
      case QColumn:
        return tr(
            "Q̂: Monte-Carlo estimate of the chance that the policy reaches a correct answer "
            "when it continues after this step.");
      case AdvantageColumn:
        return tr("A = Q̂ of this step minus Q̂ of the previous one (V(x) for step 1).");
      case RolloutsColumn:
        return tr("Successful rollouts / rollouts sampled from this prefix.");
      case FlagColumn:
        return tr(
            "First pit: first step from which no rollout succeeds. Spurious: step of a "
            "correct solution with A ≤ 0.");
    }
  }
  return {};
}

}  // namespace ef::widgets
