// SPDX-License-Identifier: GPL-3.0-or-later
#include "runs_panel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

#include "progress_delegate.h"
#include "run_queue.h"
#include "runs_model.h"
#include "workspace.h"

namespace ef::gui {

RunsPanel::RunsPanel(Workspace* workspace, RunQueue* queue, QWidget* parent)
    : QWidget(parent),
      workspace_(workspace),
      queue_(queue),
      model_(new RunsModel(workspace, queue, this)),
      proxy_(new QSortFilterProxyModel(this)),
      view_(new QTreeView(this)) {
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(2, 2, 2, 2);
  filter_ = new QLineEdit(this);
  filter_->setClearButtonEnabled(true);
  layout->addWidget(filter_);

  proxy_->setSourceModel(model_);
  proxy_->setSortRole(RunsModel::SortRole);
  proxy_->setFilterKeyColumn(-1);
  proxy_->setFilterCaseSensitivity(Qt::CaseInsensitive);
  proxy_->setRecursiveFilteringEnabled(true);  // a matching cell keeps its sweep visible
  view_->setModel(proxy_);
  view_->setRootIsDecorated(true);
  view_->setUniformRowHeights(true);
  view_->setAllColumnsShowFocus(true);
  view_->setSortingEnabled(true);
  view_->sortByColumn(RunsModel::Id, Qt::DescendingOrder);
  view_->setSelectionBehavior(QAbstractItemView::SelectRows);
  view_->setSelectionMode(QAbstractItemView::ExtendedSelection);
  view_->setItemDelegateForColumn(RunsModel::Progress, new widgets::ProgressDelegate(view_));
  view_->header()->setStretchLastSection(true);
  view_->header()->setSectionResizeMode(QHeaderView::Interactive);
  view_->setColumnWidth(RunsModel::Id, 64);  // room for the expand arrow
  view_->setColumnWidth(RunsModel::Kind, 56);
  view_->setColumnWidth(RunsModel::Name, 130);
  view_->setColumnWidth(RunsModel::Status, 76);
  view_->setColumnWidth(RunsModel::Progress, 150);
  view_->setColumnWidth(RunsModel::Eta, 52);
  layout->addWidget(view_, 1);
  connect(model_, &RunsModel::refreshed, this, [this] {
    if (pending_select_ != 0) selectRun(pending_select_);
    // A refresh that finds the same rows updates their status in place (no reset, no selection
    // change): a run that just ended can be resumed now.
    updateButtons();
  });

  auto* buttons = new QHBoxLayout;
  cancel_ = new QPushButton(this);
  resume_ = new QPushButton(this);
  remove_ = new QPushButton(this);
  duplicate_ = new QPushButton(this);
  retranslate();
  for (auto* b : {cancel_, resume_, remove_, duplicate_})
    buttons->addWidget(b);
  buttons->addStretch(1);
  layout->addLayout(buttons);

  connect(filter_, &QLineEdit::textChanged, proxy_, &QSortFilterProxyModel::setFilterFixedString);
  connect(view_->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
    if (restoring_) return;
    updateButtons();
    emit selectionChanged(selectedRunIds());
  });
  // A reset (runs added or removed) would drop the selection: keep it by run id.
  connect(model_, &QAbstractItemModel::modelAboutToBeReset, this,
          [this] { kept_selection_ = selectedRunIds(); });
  connect(model_, &QAbstractItemModel::modelReset, this, [this] {
    restoring_ = true;
    for (qint64 id : std::as_const(kept_selection_)) {
      const QModelIndex i = model_->indexOfRun(id);
      if (!i.isValid()) continue;
      const QModelIndex shown = proxy_->mapFromSource(i);
      if (shown.parent().isValid()) view_->expand(shown.parent());
      view_->selectionModel()->select(shown,
                                      QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    restoring_ = false;
    updateButtons();
    const auto now = selectedRunIds();
    if (now != kept_selection_) emit selectionChanged(now);
  });
  connect(queue_, &RunQueue::queueChanged, this, &RunsPanel::updateButtons);
  connect(cancel_, &QPushButton::clicked, this, &RunsPanel::cancelSelected);
  connect(resume_, &QPushButton::clicked, this, &RunsPanel::resumeSelected);
  connect(remove_, &QPushButton::clicked, this, [this] {
    for (const QModelIndex& row : selectedRows())
      queue_->removeQueued(model_->data(row, RunsModel::QueueIdRole).toLongLong());
  });
  connect(duplicate_, &QPushButton::clicked, this, [this] {
    const auto ids = selectedRunIds();
    if (!ids.isEmpty()) emit duplicateRequested(ids.front());
  });
  updateButtons();
}

QList<QModelIndex> RunsPanel::selectedRows() const {
  QList<QModelIndex> rows;
  for (const QModelIndex& i : view_->selectionModel()->selectedRows())
    rows << proxy_->mapToSource(i);
  return rows;
}

QList<qint64> RunsPanel::selectedRunIds() const {
  QList<qint64> ids;
  for (const QModelIndex& row : selectedRows()) {
    const qint64 id = model_->data(row, RunsModel::RunIdRole).toLongLong();
    if (id) ids << id;
  }
  return ids;
}

void RunsPanel::selectRun(qint64 run_id) {
  const QModelIndex source = model_->indexOfRun(run_id);
  // A run the list does not show yet (just started, not read back): selected once it is listed.
  pending_select_ = source.isValid() ? 0 : run_id;
  if (!source.isValid()) return;
  const QModelIndex i = proxy_->mapFromSource(source);
  if (i.parent().isValid()) view_->expand(i.parent());
  view_->selectionModel()->select(i,
                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
  view_->scrollTo(i);
}

void RunsPanel::cancelSelected() {
  for (qint64 id : selectedRunIds())
    queue_->cancelRun(id);
}

void RunsPanel::resumeSelected() {
  for (qint64 id : selectedRunIds())
    emit resumeRequested(id);
}

void RunsPanel::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) {
    retranslate();
    model_->retranslate();
  }
  QWidget::changeEvent(event);
}

void RunsPanel::retranslate() {
  filter_->setPlaceholderText(tr("Filter by name, kind or status…"));
  cancel_->setText(tr("Cancel"));
  resume_->setText(tr("Resume"));
  remove_->setText(tr("Remove from queue"));
  duplicate_->setText(tr("Duplicate config"));
  cancel_->setToolTip(tr("Stop the selected running job (within a second)"));
  resume_->setToolTip(tr("Continue an interrupted, cancelled or failed run from its checkpoint"));
  duplicate_->setToolTip(tr("Load the selected run's configuration into the setup form"));
}

void RunsPanel::updateButtons() {
  bool can_cancel = false, can_resume = false, can_remove = false, can_duplicate = false;
  for (const QModelIndex& row : selectedRows()) {
    const QString status = model_->data(row, RunsModel::StatusRole).toString();
    const qint64 id = model_->data(row, RunsModel::RunIdRole).toLongLong();
    can_cancel |= queue_->activeFor(id).has_value();
    can_resume |= id && !queue_->activeFor(id) &&
                  (status == QLatin1String("interrupted") || status == QLatin1String("cancelled") ||
                   status == QLatin1String("failed"));
    can_remove |= status == QLatin1String("queued") && id == 0;
    can_duplicate |= id != 0;
  }
  cancel_->setEnabled(can_cancel);
  resume_->setEnabled(can_resume);
  remove_->setEnabled(can_remove);
  duplicate_->setEnabled(can_duplicate);
}

}  // namespace ef::gui
