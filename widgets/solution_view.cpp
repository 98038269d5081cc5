// SPDX-License-Identifier: GPL-3.0-or-later
#include "solution_view.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPainter>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include "diverging_scale.h"
#include "step_history_view.h"
#include "step_table_model.h"

namespace ef::widgets {

namespace {

const QColor kCorrect(0x00, 0x9E, 0x73);  // Okabe-Ito bluish green
const QColor kWrong(0xD5, 0x5E, 0x00);    // Okabe-Ito vermillion

QFont monospace() {
  return QFontDatabase::systemFont(QFontDatabase::FixedFont);
}

QTableWidget* makeTextTable(const QStringList& headers, int stretch_column, QWidget* parent) {
  auto* table = new QTableWidget(0, headers.size(), parent);
  table->setHorizontalHeaderLabels(headers);
  table->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table->setSelectionBehavior(QAbstractItemView::SelectRows);
  table->setWordWrap(true);
  table->verticalHeader()->setVisible(false);
  table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  for (int c = 0; c < headers.size(); ++c)
    table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
  if (stretch_column >= 0)
    table->horizontalHeader()->setSectionResizeMode(stretch_column, QHeaderView::Stretch);
  return table;
}

QTableWidgetItem* textItem(const QString& text, bool mono = false) {
  auto* item = new QTableWidgetItem(text);
  item->setToolTip(text);  // long completions: the whole text on hover
  if (mono) item->setFont(monospace());
  return item;
}

QTableWidgetItem* verdictItem(const QString& verdict) {
  auto* item = new QTableWidgetItem(verdict);
  item->setForeground(verdict == QLatin1String("correct") ? kCorrect : kWrong);
  QFont bold = item->font();
  bold.setBold(true);
  item->setFont(bold);
  return item;
}

// The usual selection highlight replaces the cell background, and a blue highlight on a step
// with A < 0 would read as a positive advantage. This delegate keeps the advantage tint and marks
// the selected row with a dark frame instead.
class TintPreservingDelegate : public QStyledItemDelegate {
 public:
  using QStyledItemDelegate::QStyledItemDelegate;

  void paint(QPainter* painter, const QStyleOptionViewItem& option,
             const QModelIndex& index) const override {
    QStyleOptionViewItem plain(option);
    const bool selected = plain.state & QStyle::State_Selected;
    plain.state &= ~(QStyle::State_Selected | QStyle::State_HasFocus);
    QStyledItemDelegate::paint(painter, plain, index);
    if (!selected) return;
    painter->save();
    painter->setPen(QPen(QColor(0x20, 0x20, 0x20), 2));
    const QRectF r = QRectF(option.rect).adjusted(1, 1, -1, -1);
    painter->drawLine(r.topLeft(), r.topRight());
    painter->drawLine(r.bottomLeft(), r.bottomRight());
    if (index.column() == 0) painter->drawLine(r.topLeft(), r.bottomLeft());
    if (index.column() == index.model()->columnCount() - 1)
      painter->drawLine(r.topRight(), r.bottomRight());
    painter->restore();
  }
};

}  // namespace

SolutionView::SolutionView(QWidget* parent)
    : QWidget(parent),
      prompt_(new QPlainTextEdit(this)),
      model_(new StepTableModel(this)),
      steps_(new QTableView(this)),
      legend_(new DivergingLegend(this)),
      tabs_(new QTabWidget(this)),
      rollouts_(makeTextTable({tr("Prefix"), tr("Verdict"), tr("Completion")}, 2, this)),
      pairs_(makeTextTable({tr("Kind"), tr("Pit"), tr("Prompt"), tr("Chosen"), tr("Rejected")}, -1,
                           this)),
      history_(new StepHistoryView(this)) {
  prompt_->setReadOnly(true);
  prompt_->setFont(monospace());
  retranslate();
  prompt_->setMaximumHeight(prompt_->fontMetrics().lineSpacing() * 6 + 12);

  steps_->setModel(model_);
  steps_->setSelectionBehavior(QAbstractItemView::SelectRows);
  steps_->setSelectionMode(QAbstractItemView::SingleSelection);
  steps_->setWordWrap(true);
  steps_->setAlternatingRowColors(false);  // the background carries the advantage
  steps_->setItemDelegate(new TintPreservingDelegate(steps_));
  steps_->verticalHeader()->setVisible(false);
  // Rows grow with wrapped step text; solutions have tens of steps, so resizing to contents is
  // cheap.
  steps_->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  auto* header = steps_->horizontalHeader();
  for (int c = 0; c < StepTableModel::kColumnCount; ++c)
    header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
  header->setSectionResizeMode(StepTableModel::TextColumn, QHeaderView::Stretch);
  connect(steps_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
          [this](const QModelIndex& current) { onCurrentRowChanged(current.row()); });

  // Pairs hold whole solutions in chosen/rejected: share the width evenly between the texts.
  for (int c = 2; c <= 4; ++c)
    pairs_->horizontalHeader()->setSectionResizeMode(c, QHeaderView::Stretch);

  tabs_->addTab(rollouts_, QString());
  tabs_->addTab(pairs_, QString());
  tabs_->addTab(history_, QString());
  updateTabTitles();

  auto* top = new QWidget(this);
  auto* top_layout = new QVBoxLayout(top);
  top_layout->setContentsMargins(0, 0, 0, 0);
  top_layout->addWidget(prompt_);
  top_layout->addWidget(steps_, 1);
  top_layout->addWidget(legend_);

  auto* splitter = new QSplitter(Qt::Vertical, this);
  splitter->addWidget(top);
  splitter->addWidget(tabs_);
  splitter->setStretchFactor(0, 3);
  splitter->setStretchFactor(1, 2);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(splitter);
}

void SolutionView::setSolution(const QString& prompt, QVector<StepRow> steps) {
  prompt_->setPlainText(prompt);
  model_->setSteps(std::move(steps));
  setRollouts({});
  rollout_step_ = -1;
  updateTabTitles();
}

void SolutionView::setRollouts(QVector<RolloutRow> rollouts) {
  rollouts_->setRowCount(0);
  rollouts_->setRowCount(rollouts.size());
  for (int r = 0; r < rollouts.size(); ++r) {
    const RolloutRow& row = rollouts[r];
    auto* prefix = new QTableWidgetItem(QString::number(row.prefix_len));
    prefix->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    rollouts_->setItem(r, 0, prefix);
    rollouts_->setItem(r, 1, verdictItem(row.verdict));
    rollouts_->setItem(r, 2, textItem(row.text, true));
  }
  // Rollouts of one batch share their prefix; the title names it.
  rollout_step_ = rollouts.isEmpty() ? selectedStep() : rollouts.front().prefix_len;
  updateTabTitles();
}

void SolutionView::setPairs(QVector<PairRow> pairs) {
  pairs_->setRowCount(0);
  pairs_->setRowCount(pairs.size());
  for (int r = 0; r < pairs.size(); ++r) {
    const PairRow& row = pairs[r];
    pairs_->setItem(r, 0, textItem(row.kind));
    auto* pit = new QTableWidgetItem(row.pit > 0 ? QString::number(row.pit) : QStringLiteral("—"));
    pit->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    pairs_->setItem(r, 1, pit);
    pairs_->setItem(r, 2, textItem(row.prompt, true));
    pairs_->setItem(r, 3, textItem(row.chosen, true));
    pairs_->setItem(r, 4, textItem(row.rejected, true));
  }
  updateTabTitles();
}

bool SolutionView::selectStep(int step_index) {
  const int row = model_->rowOfStep(step_index);
  if (row < 0) return false;
  steps_->selectRow(row);
  return true;
}

int SolutionView::selectedStep() const {
  const QModelIndex current = steps_->selectionModel()->currentIndex();
  if (!current.isValid() || !steps_->selectionModel()->isRowSelected(current.row(), {})) return -1;
  return model_->steps().at(current.row()).index;
}

QString SolutionView::prompt() const {
  return prompt_->toPlainText();
}

void SolutionView::onCurrentRowChanged(int row) {
  // A model reset also moves the current index (to none): only real rows are selections.
  if (row < 0 || row >= model_->rowCount()) return;
  emit stepSelected(model_->steps().at(row).index);
}

void SolutionView::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) {
    retranslate();
    model_->retranslate();
    updateTabTitles();
  }
  QWidget::changeEvent(event);
}

void SolutionView::retranslate() {
  prompt_->setPlaceholderText(tr("No solution selected"));
  rollouts_->setHorizontalHeaderLabels({tr("Prefix"), tr("Verdict"), tr("Completion")});
  pairs_->setHorizontalHeaderLabels(
      {tr("Kind"), tr("Pit"), tr("Prompt"), tr("Chosen"), tr("Rejected")});
}

void SolutionView::updateTabTitles() {
  const int n = rollouts_->rowCount();
  int ok = 0;
  for (int r = 0; r < n; ++r)
    if (rollouts_->item(r, 1) && rollouts_->item(r, 1)->text() == QLatin1String("correct")) ++ok;
  // The table holds the completions kept in the store (advantages.store_rollouts per prefix); the
  // step's row counts every rollout drawn. Both numbers are named, so 0/2 and 0/5 do not clash.
  int drawn = -1;
  for (const auto& s : model_->steps())
    if (s.index == rollout_step_) drawn = s.rollouts;
  tabs_->setTabText(
      0, rollout_step_ < 0 ? tr("Rollouts (select a step)")
         : drawn > n
             ? tr("Rollouts after step %1: %2 of its %3 kept, %4 of them correct")
                   .arg(rollout_step_)
                   .arg(n)
                   .arg(drawn)
                   .arg(ok)
             : tr("Rollouts after step %1: %2 correct of %3").arg(rollout_step_).arg(ok).arg(n));
  tabs_->setTabText(1, tr("Pairs (%1)").arg(pairs_->rowCount()));
  tabs_->setTabText(2, tr("Step history"));
}

}  // namespace ef::widgets
