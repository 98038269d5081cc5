// SPDX-License-Identifier: GPL-3.0-or-later
#include "inspector_page.h"

#include <QEvent>
#include <QFile>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QPdfWriter>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

#include "pit_histogram.h"
#include "solution_list_model.h"
#include "scaling_page.h"
#include "solution_view.h"
#include "step_history_model.h"
#include "step_history_runner.h"
#include "step_history_view.h"
#include "experiment/config/run_config.h"
#include "experiment/tools/step_history.h"
#include "store/run_store.h"
#include "tasks/task_registry.h"
#include "workspace.h"

namespace ef::gui {
namespace {

widgets::StepRow toRow(const StepRecord& s) {
  widgets::StepRow r;
  r.index = s.step_index;
  r.text = s.step_index == 0 ? QObject::tr("(the problem: V(x))") : QString::fromStdString(s.text);
  r.q = s.q.value_or(NAN);
  r.advantage = s.advantage.value_or(NAN);
  r.rollouts = s.rollouts;
  r.successes = s.successes;
  r.pit = s.is_pit;
  r.spurious = s.is_spurious;
  return r;
}

}  // namespace

InspectorPage::InspectorPage(Workspace* workspace, QWidget* parent)
    : QWidget(parent),
      workspace_(workspace),
      runs_(new QComboBox(this)),
      problem_(new QLineEdit(this)),
      has_pit_(new QComboBox(this)),
      pit_at_(new QSpinBox(this)),
      verdict_(new QComboBox(this)),
      summary_(new QLabel(this)),
      list_(new QTableView(this)),
      list_model_(new widgets::SolutionListModel(this)),
      proxy_(new widgets::SolutionFilterProxy(this)),
      view_(new widgets::SolutionView(this)),
      histogram_(new widgets::PitHistogram(this)) {
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(runBar());
  layout->addLayout(filterBar());
  summary_->setWordWrap(true);
  layout->addWidget(summary_);
  setUpList();
  retranslate();
  layout->addWidget(panes(), 1);
  connectFilters();
  connectStepHistory();
  connect(workspace_, &Workspace::opened, this, [this] { showRun(0); });
}

QHBoxLayout* InspectorPage::runBar() {
  auto* bar = new QHBoxLayout;
  run_label_ = new QLabel(this);
  bar->addWidget(run_label_);
  runs_->setMinimumContentsLength(18);
  bar->addWidget(runs_, 1);
  return bar;
}

QHBoxLayout* InspectorPage::filterBar() {
  auto* bar = new QHBoxLayout;
  pit_label_ = new QLabel(this);
  problem_->setClearButtonEnabled(true);
  bar->addWidget(problem_);
  using Pit = widgets::SolutionFilterProxy::PitFilter;
  using Verdict = widgets::SolutionFilterProxy::VerdictFilter;
  for (Pit p : {Pit::Any, Pit::Yes, Pit::No})
    has_pit_->addItem(QString(), static_cast<int>(p));
  bar->addWidget(has_pit_);
  bar->addWidget(pit_label_);
  pit_at_->setRange(0, 999);
  bar->addWidget(pit_at_);
  for (Verdict v : {Verdict::Any, Verdict::Wrong, Verdict::Correct})
    verdict_->addItem(QString(), static_cast<int>(v));
  bar->addWidget(verdict_);
  bar->addStretch(1);
  export_button_ = new QPushButton(this);
  connect(export_button_, &QPushButton::clicked, this, &InspectorPage::exportDialog);
  bar->addWidget(export_button_);
  return bar;
}

void InspectorPage::setUpList() {
  proxy_->setSourceModel(list_model_);
  proxy_->setSortRole(widgets::SolutionListModel::SortRole);
  list_->setModel(proxy_);
  list_->setSortingEnabled(true);
  list_->sortByColumn(widgets::SolutionListModel::MinAdvantageColumn, Qt::AscendingOrder);
  list_->setSelectionBehavior(QAbstractItemView::SelectRows);
  list_->setSelectionMode(QAbstractItemView::SingleSelection);
  list_->verticalHeader()->hide();
  list_->horizontalHeader()->setStretchLastSection(true);
}

// The solution list over the pit histogram on the left, the solution and its steps on the right.
QWidget* InspectorPage::panes() {
  auto* split = new QSplitter(Qt::Horizontal, this);
  auto* left = new QSplitter(Qt::Vertical, split);
  left->addWidget(list_);
  left->addWidget(histogram_);
  left->setStretchFactor(0, 3);
  left->setStretchFactor(1, 1);
  split->addWidget(left);
  figure_ = view_;
  split->addWidget(view_);
  split->setStretchFactor(0, 2);
  split->setStretchFactor(1, 3);
  return split;
}

void InspectorPage::connectFilters() {
  connect(runs_, &QComboBox::activated, this,
          [this](int i) { loadRun(runs_->itemData(i).toLongLong()); });
  connect(problem_, &QLineEdit::textChanged, proxy_,
          &widgets::SolutionFilterProxy::setProblemFilter);
  connect(has_pit_, &QComboBox::currentIndexChanged, this, [this] {
    proxy_->setPitFilter(
        static_cast<widgets::SolutionFilterProxy::PitFilter>(has_pit_->currentData().toInt()));
  });
  connect(pit_at_, &QSpinBox::valueChanged, proxy_, &widgets::SolutionFilterProxy::setPitPosition);
  connect(verdict_, &QComboBox::currentIndexChanged, this, [this] {
    proxy_->setVerdictFilter(
        static_cast<widgets::SolutionFilterProxy::VerdictFilter>(verdict_->currentData().toInt()));
  });
  connect(list_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
          [this](const QModelIndex& current) {
            if (!current.isValid()) return;
            showSample(current.data(widgets::SolutionListModel::SampleIdRole).toLongLong());
          });
  connect(view_, &widgets::SolutionView::stepSelected, this, &InspectorPage::onStepSelected);
}

// Step history: computed in the runner's thread, read back from the store when it is done.
void InspectorPage::connectStepHistory() {
  history_runner_ = new StepHistoryRunner(this);
  auto* history = view_->stepHistory();
  connect(history, &widgets::StepHistoryView::computeRequested, this,
          &InspectorPage::computeStepHistory);
  connect(history, &widgets::StepHistoryView::cancelRequested, history_runner_,
          &StepHistoryRunner::cancel);
  connect(history, &widgets::StepHistoryView::exportRequested, this,
          &InspectorPage::exportStepHistory);
  connect(
      history_runner_, &StepHistoryRunner::progress, this,
      [this](qint64 sample, int done, int total) {
        if (sample == sample_id_)
          view_->stepHistory()->setStatus(tr("Computing… %1 of %2 models").arg(done).arg(total));
      });
  connect(history_runner_, &StepHistoryRunner::finished, this,
          [this](qint64 sample, const QString& status, const QString& message) {
            auto* view = view_->stepHistory();
            view->setRunning(false);
            emit stepHistoryFinished(sample, status);
            if (sample != sample_id_) return;
            showStepHistory();
            if (status == QLatin1String("failed")) view->setStatus(tr("Failed: %1").arg(message));
            if (status == QLatin1String("cancelled")) view->setStatus(tr("Cancelled."));
          });
}

// The cell of the sweep with analysed samples and the same size and seed as `cell` (0: none).
qint64 InspectorPage::analysedCellLike(const RunStore& store, qint64 sweep, qint64 cell) {
  const auto cells = store.cells(sweep);
  const auto self = std::find_if(cells.begin(), cells.end(),
                                 [&](const CellRecord& c) { return c.run_id == cell; });
  if (self == cells.end()) return 0;
  for (const CellRecord& c : cells) {
    if (c.size == self->size && c.seed == self->seed && c.run_id &&
        !store.analysedSamples(c.run_id, 1).empty())
      return c.run_id;
  }
  return 0;
}

// What the reader thread hands over for showRun: the runs with analysed solutions to offer.
struct InspectorPage::Candidates {
  struct Entry {
    qint64 id;
    QString name, kind;
  };
  std::vector<Entry> runs;
  qint64 preferred = 0;
};

// And for loadRun: the solutions of one run with what the list, histogram and pairs need.
struct InspectorPage::Loaded {
  qint64 run_id = 0;
  std::shared_ptr<const Task> task;
  QVector<widgets::SolutionRow> rows;
  QVector<int> pits;
  Counts counts;
  QHash<int, std::vector<PairRecord>> pairs_by_problem;
};

void InspectorPage::showRun(qint64 run_id) {
  runs_->clear();
  const quint64 ticket = run_ticket_.next();
  if (!workspace_->store() || !run_id) {
    loadRun(0);
    return;
  }
  workspace_->reader()->read<Candidates>(
      this,
      [run_id](const RunStore& store) {
        Candidates out;
        const auto rec = store.run(run_id);
        if (!rec) return out;
        // A sweep's or a tune's analysed solutions live in its cell runs; offer those that have
        // any. A cell that has none itself (a DPO cell trains on pairs built from the SFT cell's
        // analysed negatives) opens its sweep's list on the analysed cell of its size and seed.
        std::vector<RunRecord> candidates{*rec};
        out.preferred = run_id;
        if (rec->hasCells()) {
          candidates = store.childRuns(run_id);
        } else if (rec->isCell() && rec->parent_id && store.analysedSamples(run_id, 1).empty()) {
          candidates = store.childRuns(rec->parent_id);
          out.preferred = analysedCellLike(store, rec->parent_id, run_id);
        }
        for (const RunRecord& r : candidates) {
          if (store.analysedSamples(r.id, 1).empty()) continue;
          out.runs.push_back(
              {r.id, QString::fromStdString(r.name), QString::fromStdString(r.kind)});
        }
        return out;
      },
      [this, ticket](const Candidates& c) {
        if (!run_ticket_.current(ticket)) return;
        runs_->clear();
        for (const Candidates::Entry& e : c.runs)
          runs_->addItem(tr("#%1 %2 (%3)").arg(e.id).arg(e.name, e.kind),
                         QVariant::fromValue<qint64>(e.id));
        const int at = std::max(0, runs_->findData(QVariant::fromValue<qint64>(c.preferred)));
        {
          const QSignalBlocker block(runs_);
          runs_->setCurrentIndex(at);
        }
        loadRun(runs_->count() > 0 ? runs_->itemData(at).toLongLong() : 0);
      },
      [this, ticket] {
        if (run_ticket_.current(ticket)) loadRun(0);
      });
}

void InspectorPage::loadRun(qint64 run_id) {
  const quint64 ticket = load_ticket_.next();
  if (!workspace_->store() || !run_id) {
    Loaded none;
    showLoaded(ticket, none);
    return;
  }
  workspace_->reader()->read<Loaded>(
      this,
      [run_id](const RunStore& store) {
        Loaded l;
        l.run_id = run_id;
        const auto rec = store.run(run_id);
        try {
          if (rec) l.task = makeTask(parseRunConfig(rec->config_json).task);
        } catch (const std::exception&) {
          // A config this build cannot read (or a moved jsonl file): no labels, the rest shows.
        }
        // Pairs are stored by the runs that trained on them: in a sweep, the DPO cells beside
        // the cell whose samples were analysed. Read them once per run, grouped by problem.
        std::vector<std::int64_t> owners{run_id};
        if (rec && rec->parent_id != 0) {
          for (const RunRecord& sibling : store.childRuns(rec->parent_id))
            if (sibling.id != run_id) owners.push_back(sibling.id);
        }
        for (std::int64_t owner : owners)
          for (PairRecord& p : store.pairs(owner))
            l.pairs_by_problem[p.problem_index].push_back(std::move(p));
        Counts& n = l.counts;
        n.run_id = run_id;
        for (const SampleRecord& s : store.analysedSamples(run_id)) {
          widgets::SolutionRow row;
          row.sample_id = s.id;
          row.problem_index = s.problem_index;
          row.prompt = QString::fromStdString(s.prompt);
          row.verdict = QString::fromStdString(s.verdict);
          for (const StepRecord& st : store.steps(s.id)) {
            if (st.step_index == 0) continue;
            ++row.steps;
            if (st.is_pit && row.pit == 0) row.pit = st.step_index;
            if (st.is_spurious) ++row.spurious;
            if (st.advantage && !(row.min_advantage <= *st.advantage))
              row.min_advantage = *st.advantage;
          }
          if (row.verdict == QLatin1String("correct")) {
            ++n.positives;
            n.spurious += row.spurious;
          } else {
            ++n.negatives;
            n.with_pit += row.pit > 0;
            l.pits << row.pit;
          }
          l.rows << row;
        }
        return l;
      },
      [this, ticket](Loaded l) { showLoaded(ticket, l); },
      [this, ticket] {
        Loaded none;
        showLoaded(ticket, none);
      });
}

void InspectorPage::showLoaded(quint64 ticket, Loaded& l) {
  if (!load_ticket_.current(ticket)) return;
  run_id_ = l.run_id;
  task_ = std::move(l.task);
  sample_id_ = 0;
  pairs_by_problem_ = std::move(l.pairs_by_problem);
  list_model_->setSolutions(l.rows);
  histogram_->setPitPositions(l.pits);
  view_->setSolution(QString(), {});
  view_->setPairs({});
  counts_ = l.counts;
  showSummary();
  if (proxy_->rowCount() > 0) list_->selectRow(0);
}

// The step history the store holds for the shown solution at the view's k (computed on demand:
// computeStepHistory in the runner's thread).
void InspectorPage::showStepHistory() {
  auto* view = view_->stepHistory();
  const RunStore* store = workspace_->store();
  widgets::StepHistoryData data;
  data.k = view->rolloutsPerPrefix();
  if (store && sample_id_ > 0) {
    try {
      const auto lineage = sampleLineage(*store, sample_id_);
      const StepHistory h = readStepHistory(*store, sample_id_, lineage, data.k, kStepHistorySeed);
      for (const std::string& s : h.steps)
        data.steps << QString::fromStdString(s);
      for (const StepHistoryRow& row : h.rows) {
        data.policies << ScalingPage::methodLabel(QString::fromStdString(row.policy.method));
        data.q << QVector<double>(row.q.begin(), row.q.end());
        data.advantage << QVector<double>(row.advantage.begin(), row.advantage.end());
        data.pit << row.pit.value_or(0);
      }
      if (!history_runner_->isRunning()) {
        view->setStatus(
            lineage.empty()
                ? tr("No checkpoint of this solution's cell is on disk.")
                : tr("%1 of %2 models computed").arg(h.rows.size()).arg(lineage.size()));
      }
    } catch (const std::exception& e) {
      view->setStatus(QString::fromUtf8(e.what()));
    }
  }
  view->setHistory(data);
}

void InspectorPage::computeStepHistory(int k) {
  if (sample_id_ <= 0) return;
  auto* view = view_->stepHistory();
  if (!history_runner_->start(workspace_->path(), sample_id_, k, kStepHistorySeed)) return;
  view->setRolloutsPerPrefix(k);  // what is read back when it is done
  view->setRunning(true);
  view->setStatus(tr("Computing…"));
}

void InspectorPage::exportStepHistory() {
  const QString path = QFileDialog::getSaveFileName(
      this, tr("Export step history"), QStringLiteral("step-history-%1.csv").arg(sample_id_),
      tr("CSV (*.csv)"));
  if (path.isEmpty()) return;
  QFile f(path);
  if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
      f.write(view_->stepHistory()->model()->toCsv().toUtf8()) < 0)
    QMessageBox::warning(this, tr("Export step history"), tr("Cannot write %1").arg(path));
}

void InspectorPage::showSummary() {
  if (counts_.run_id == 0) {
    summary_->setText(
        tr("No analysed solutions: select a sweep (or a run) whose per-step "
           "advantages were computed."));
  } else {
    summary_->setText(tr("%1 negatives, %2 with a first pit; %3 positives analysed with %4 "
                         "spurious steps (A ≤ 0).")
                          .arg(counts_.negatives)
                          .arg(counts_.with_pit)
                          .arg(counts_.positives)
                          .arg(counts_.spurious));
  }
}

void InspectorPage::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) {
    retranslate();
    showSummary();
    list_model_->retranslate();
  }
  QWidget::changeEvent(event);
}

void InspectorPage::retranslate() {
  using Pit = widgets::SolutionFilterProxy::PitFilter;
  using Verdict = widgets::SolutionFilterProxy::VerdictFilter;
  run_label_->setText(tr("Run:"));
  problem_->setPlaceholderText(tr("problem # or text"));
  has_pit_->setItemText(has_pit_->findData(static_cast<int>(Pit::Any)), tr("any pit"));
  has_pit_->setItemText(has_pit_->findData(static_cast<int>(Pit::Yes)), tr("with a pit"));
  has_pit_->setItemText(has_pit_->findData(static_cast<int>(Pit::No)), tr("without a pit"));
  pit_label_->setText(tr("pit at step"));
  pit_at_->setSpecialValueText(tr("any"));
  verdict_->setItemText(verdict_->findData(static_cast<int>(Verdict::Any)),
                        tr("negatives and positives"));
  verdict_->setItemText(verdict_->findData(static_cast<int>(Verdict::Wrong)), tr("negatives"));
  verdict_->setItemText(verdict_->findData(static_cast<int>(Verdict::Correct)),
                        tr("positives (spurious steps)"));
  export_button_->setText(tr("Export…"));
  export_button_->setToolTip(tr("The solution view as a PDF (vector) or PNG figure"));
  list_->setToolTip(tr("Sorted by the most negative advantage first; click a header to re-sort"));
}

bool InspectorPage::showSample(qint64 sample_id) {
  const RunStore* store = workspace_->store();
  if (!store) return false;
  const auto sample = store->sample(sample_id);
  const std::vector<StepRecord> steps = store->steps(sample_id);
  if (!sample || steps.empty()) return false;
  sample_id_ = sample_id;
  QVector<widgets::StepRow> rows;
  for (const StepRecord& s : steps)
    rows << toRow(s);
  if (task_) {
    std::vector<std::string> texts;
    for (const StepRecord& s : steps)
      if (s.step_index > 0) texts.push_back(s.text);
    for (int i : task_->spuriousSteps(texts)) {
      for (auto& r : rows)
        if (r.index == i + 1) r.labelled = true;
    }
  }
  view_->setSolution(QString::fromStdString(sample->prompt), rows);
  // The pairs built from this solution: its prompt and text begin with the pair's prompt and
  // rejected part (a negative: whole, cut after the pit, or the pit step after the prefix) or
  // chosen part (a positive).
  const std::string whole = sample->prompt + sample->output;
  const bool positive = sample->verdict == "correct";
  QVector<widgets::PairRow> pairs;
  for (const PairRecord& p : pairs_by_problem_.value(sample->problem_index)) {
    const std::string built = p.prompt + (positive ? p.chosen : p.rejected);
    if (whole.compare(0, built.size(), built) != 0) continue;
    pairs << widgets::PairRow{QString::fromStdString(p.kind), QString::fromStdString(p.prompt),
                              QString::fromStdString(p.chosen), QString::fromStdString(p.rejected),
                              p.pit};
  }
  view_->setPairs(pairs);
  showStepHistory();
  // Start at the pit (or the first step): its rollouts are what the user came for.
  int focus = 1;
  for (const StepRecord& s : steps)
    if (s.is_pit) focus = s.step_index;
  view_->selectStep(focus);
  return true;
}

void InspectorPage::onStepSelected(int step_index) {
  const RunStore* store = workspace_->store();
  if (!store || !sample_id_) return;
  QVector<widgets::RolloutRow> rows;
  for (const RolloutRecord& r : store->rollouts(sample_id_, step_index))
    rows << widgets::RolloutRow{r.prefix_len, QString::fromStdString(r.text),
                                QString::fromStdString(r.verdict)};
  view_->setRollouts(rows);
}

bool InspectorPage::exportView(const QString& path, int dpi, QString* error) {
  const QSize size = figure_->size();
  if (path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
    QPdfWriter pdf(path);
    pdf.setResolution(dpi);
    // Page = the view's size at 96 px per inch, so text keeps its on-screen proportions.
    const QSizeF inches(size.width() / 96.0, size.height() / 96.0);
    pdf.setPageSize(QPageSize(inches, QPageSize::Inch));
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter painter;
    if (!painter.begin(&pdf)) {
      if (error) *error = tr("Cannot write %1").arg(path);
      return false;
    }
    painter.scale(dpi / 96.0, dpi / 96.0);
    figure_->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
    painter.end();
    return true;
  }
  QImage image(size * (dpi / 96.0), QImage::Format_ARGB32);
  image.fill(Qt::white);
  image.setDotsPerMeterX(static_cast<int>(std::lround(dpi / 0.0254)));
  image.setDotsPerMeterY(static_cast<int>(std::lround(dpi / 0.0254)));
  QPainter painter(&image);
  painter.scale(dpi / 96.0, dpi / 96.0);
  figure_->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
  painter.end();
  if (!image.save(path)) {
    if (error) *error = tr("Cannot write %1").arg(path);
    return false;
  }
  return true;
}

void InspectorPage::exportDialog() {
  QSettings settings;
  const QString last = settings.value(QStringLiteral("export/inspector_path")).toString();
  const QString path = QFileDialog::getSaveFileName(this, tr("Export inspector view"), last,
                                                    tr("PDF (*.pdf);;PNG image, 300 dpi (*.png)"));
  if (path.isEmpty()) return;
  QString error;
  if (!exportView(path, 300, &error)) {
    QMessageBox::warning(this, tr("Export inspector view"), error);
    return;
  }
  settings.setValue(QStringLiteral("export/inspector_path"), path);
}

}  // namespace ef::gui
