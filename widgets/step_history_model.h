// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The step history as a table (docs/method.md, "Step history"): one row per step of a solution,
// for each policy of its lineage a Q̂ and an A column side by side, A tinted on the diverging
// scale of the solution view and the first pit marked, so the pit can be seen moving or vanishing
// from π_sft to the methods trained from it. Knows nothing about training: it shows what it is
// given.
#include <QAbstractTableModel>

#include "step_data.h"

namespace ef::widgets {

class StepHistoryModel : public QAbstractTableModel {
  Q_OBJECT

 public:
  using QAbstractTableModel::QAbstractTableModel;

  void setHistory(StepHistoryData data);
  const StepHistoryData& history() const { return data_; }
  // Headers and tooltips again in the interface language now installed.
  void retranslate();

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QVariant headerData(int section, Qt::Orientation o, int role) const override;

  // CSV of the table: step, text, then q_<policy>, a_<policy> per policy ("" where undefined).
  QString toCsv() const;

 private:
  int policyOf(int column) const { return (column - 2) / 2; }
  bool isAdvantage(int column) const { return (column - 2) % 2 == 1; }

  StepHistoryData data_;
};

}  // namespace ef::widgets
