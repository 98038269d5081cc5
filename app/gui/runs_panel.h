// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The run tree: every run and sweep of the workspace (a sweep's cells as its children) plus queued
// jobs, sortable and filterable, with live progress bars and ETA. Buttons act on the selection:
// cancel, resume, remove from the queue, duplicate the config into the setup form.
#include <QModelIndex>
#include <QWidget>

class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTreeView;

namespace ef::gui {

class RunQueue;
class RunsModel;
class Workspace;

class RunsPanel : public QWidget {
  Q_OBJECT

 public:
  RunsPanel(Workspace* workspace, RunQueue* queue, QWidget* parent = nullptr);

  RunsModel* model() const { return model_; }
  QTreeView* view() const { return view_; }
  QList<qint64> selectedRunIds() const;
  void selectRun(qint64 run_id);

 signals:
  void selectionChanged(const QList<qint64>& run_ids);
  void duplicateRequested(qint64 run_id);
  void resumeRequested(qint64 run_id);

 public slots:
  void cancelSelected();
  void resumeSelected();

 private:
  void changeEvent(QEvent* event) override;
  void retranslate();
  void updateButtons();
  QList<QModelIndex> selectedRows() const;  // in the source model

  Workspace* workspace_;
  RunQueue* queue_;
  RunsModel* model_;
  qint64 pending_select_ = 0;  // selectRun() before the run was listed
  QSortFilterProxyModel* proxy_;
  QTreeView* view_;
  QLineEdit* filter_;
  QPushButton* cancel_;
  QPushButton* resume_;
  QPushButton* remove_;
  QPushButton* duplicate_;
  QList<qint64> kept_selection_;
  bool restoring_ = false;
};

}  // namespace ef::gui
