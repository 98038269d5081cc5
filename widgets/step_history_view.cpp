// SPDX-License-Identifier: GPL-3.0-or-later
#include "step_history_view.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

#include "step_history_model.h"

namespace ef::widgets {

StepHistoryView::StepHistoryView(QWidget* parent)
    : QWidget(parent),
      model_(new StepHistoryModel(this)),
      table_(new QTableView(this)),
      k_label_(new QLabel(this)),
      k_(new QSpinBox(this)),
      compute_(new QPushButton(this)),
      export_(new QPushButton(this)),
      status_(new QLabel(this)) {
  auto* bar = new QHBoxLayout;
  bar->addWidget(k_label_);
  k_->setRange(1, 1024);
  k_->setValue(16);
  bar->addWidget(k_);
  bar->addWidget(compute_);
  bar->addWidget(status_, 1);
  bar->addWidget(export_);
  table_->setModel(model_);
  table_->verticalHeader()->setVisible(false);
  table_->setWordWrap(true);
  table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  table_->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(2, 2, 2, 2);
  layout->addLayout(bar);
  layout->addWidget(table_, 1);
  connect(compute_, &QPushButton::clicked, this, [this] {
    if (running_)
      emit cancelRequested();
    else
      emit computeRequested(k_->value());
  });
  connect(export_, &QPushButton::clicked, this, &StepHistoryView::exportRequested);
  retranslate();
  export_->setEnabled(false);
}

void StepHistoryView::setHistory(StepHistoryData data) {
  if (data.k > 0) k_->setValue(data.k);
  model_->setHistory(std::move(data));
  export_->setEnabled(model_->rowCount() > 0);
}

void StepHistoryView::setRunning(bool running) {
  running_ = running;
  k_->setEnabled(!running);
  retranslate();
}

void StepHistoryView::setStatus(const QString& status) {
  status_->setText(status);
}

int StepHistoryView::rolloutsPerPrefix() const {
  return k_->value();
}

void StepHistoryView::setRolloutsPerPrefix(int k) {
  k_->setValue(k);
}

void StepHistoryView::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) {
    retranslate();
    model_->retranslate();
  }
  QWidget::changeEvent(event);
}

void StepHistoryView::retranslate() {
  k_label_->setText(tr("Rollouts per prefix:"));
  compute_->setText(running_ ? tr("Cancel") : tr("Compute"));
  compute_->setToolTip(
      tr("Evaluate this solution's steps under every model of its cell's "
         "lineage (π_sft, RFT, each DPO variant of the same size and seed); "
         "results are kept in the workspace"));
  export_->setText(tr("Export CSV…"));
}

}  // namespace ef::widgets
