// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The steps of one solution with their Monte-Carlo Q̂, advantage and flags (docs/method.md,
// "Per-step credit"), one row per step, row 0 usually the bare problem V(x). Every cell is tinted
// by the step's advantage (divergingColor), so the first pit and spurious steps stand out in any
// column.
#include <QAbstractTableModel>
#include <QIcon>
#include <QVector>

#include "step_data.h"

namespace ef::widgets {

class StepTableModel : public QAbstractTableModel {
  Q_OBJECT

 public:
  enum Column { IndexColumn, TextColumn, QColumn, AdvantageColumn, RolloutsColumn, FlagColumn };
  static constexpr int kColumnCount = FlagColumn + 1;
  enum Role {
    AdvantageRole = Qt::UserRole + 1,  // double, NaN = not estimated
    PitRole,                           // bool: this step is the first pit
    SpuriousRole,                      // bool: A ≤ 0 on a correct solution
    QRole,                             // double, NaN = not estimated
    StepIndexRole,                     // int: StepRow::index (0 = the problem)
  };

  explicit StepTableModel(QObject* parent = nullptr);

  void setSteps(QVector<StepRow> steps);
  // Headers, texts and tooltips again in the interface language now installed.
  void retranslate() {
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (rowCount() > 0) emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
  }
  const QVector<StepRow>& steps() const { return steps_; }
  // Row of the step with this StepRow::index, −1 if absent.
  int rowOfStep(int step_index) const;

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation,
                      int role = Qt::DisplayRole) const override;

 private:
  QString displayText(const StepRow& s, int column) const;
  QString toolTip(const StepRow& s) const;
  const QIcon& pitIcon() const;

  QVector<StepRow> steps_;
  mutable QIcon pit_icon_;  // painted on first use: needs a QGuiApplication
};

// Numbers in the inspector: 3 decimals, an em dash for "not estimated".
QString formatNumber(double value);

}  // namespace ef::widgets
