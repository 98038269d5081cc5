// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The list of sampled solutions in the advantage inspector, with a proxy that filters by problem,
// pit and verdict. Every column exposes a numeric (or string) key in SortRole so that the proxy
// sorts numbers as numbers: "most negative advantage first" is an ascending sort of Min A.
#include <QAbstractTableModel>
#include <QSortFilterProxyModel>
#include <QVector>

#include "step_data.h"

namespace ef::widgets {

class SolutionListModel : public QAbstractTableModel {
  Q_OBJECT

 public:
  enum Column {
    SampleColumn,
    ProblemColumn,
    VerdictColumn,
    StepsColumn,
    PitColumn,
    MinAdvantageColumn,
    SpuriousColumn
  };
  static constexpr int kColumnCount = SpuriousColumn + 1;
  enum Role {
    SortRole = Qt::UserRole + 1,  // per column: qlonglong / int / double / QString
    SampleIdRole,                 // qlonglong, on every column
  };

  explicit SolutionListModel(QObject* parent = nullptr);

  void setSolutions(QVector<SolutionRow> rows);
  // Headers, texts and tooltips again in the interface language now installed.
  void retranslate() {
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (rowCount() > 0) emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
  }
  const QVector<SolutionRow>& solutions() const { return rows_; }
  const SolutionRow& solution(int row) const { return rows_.at(row); }

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation,
                      int role = Qt::DisplayRole) const override;

 private:
  QVariant sortKey(const SolutionRow& s, int column) const;

  QVector<SolutionRow> rows_;
};

// Filters a SolutionListModel (the source must be one) and sorts by its SortRole.
class SolutionFilterProxy : public QSortFilterProxyModel {
  Q_OBJECT

 public:
  enum class PitFilter { Any, Yes, No };
  // Wrong also matches "unparseable": an unparseable answer counts as wrong (docs/method.md,
  // "Evaluation").
  enum class VerdictFilter { Any, Correct, Wrong };

  explicit SolutionFilterProxy(QObject* parent = nullptr);

  // "17" or "#17": problem index 17; any other text: case-insensitive substring of the prompt;
  // empty: all problems.
  void setProblemFilter(const QString& query);
  void setPitFilter(PitFilter filter);
  // Keeps only solutions whose first pit is this 1-based step; 0 = any position.
  void setPitPosition(int step);
  void setVerdictFilter(VerdictFilter filter);

  QString problemFilter() const { return problem_query_; }
  PitFilter pitFilter() const { return pit_filter_; }
  int pitPosition() const { return pit_position_; }
  VerdictFilter verdictFilter() const { return verdict_filter_; }

 protected:
  bool filterAcceptsRow(int source_row, const QModelIndex& source_parent) const override;

 private:
  QString problem_query_;
  int problem_index_ = -1;  // ≥ 0 when the query is an index
  PitFilter pit_filter_ = PitFilter::Any;
  int pit_position_ = 0;
  VerdictFilter verdict_filter_ = VerdictFilter::Any;
};

}  // namespace ef::widgets
