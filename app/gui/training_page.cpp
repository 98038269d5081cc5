// SPDX-License-Identifier: GPL-3.0-or-later
#include "training_page.h"

#include <QEvent>
#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QToolButton>
#include <QPushButton>
#include <QVBoxLayout>

#include "config_hints.h"
#include "experiment/config/method.h"
#include "live_plot.h"
#include "palette.h"
#include "run_queue.h"
#include "store/run_store.h"
#include "workspace.h"

#include <map>
#include <utility>

namespace ef::gui {

TrainingPage::TrainingPage(Workspace* workspace, RunQueue* queue, QWidget* parent)
    : QWidget(parent),
      workspace_(workspace),
      queue_(queue),
      plot_(new widgets::LivePlot(this)),
      metrics_(metricCatalog()) {
  auto* layout = new QVBoxLayout(this);
  // Metrics in a grid of three columns, so the page stays narrow beside the run list.
  auto* bar = new QHBoxLayout;
  auto* metrics = new QGridLayout;
  for (int i = 0; i < static_cast<int>(metrics_.size()); ++i) {
    auto* box = new QCheckBox(this);
    box->setChecked(i < 3);
    connect(box, &QCheckBox::toggled, this, &TrainingPage::reload);
    metric_boxes_ << box;
    metrics->addWidget(box, i / 3, i % 3);
  }
  bar->addLayout(metrics);
  bar->addStretch(1);
  log_loss_ = new QCheckBox(this);
  log_loss_->setChecked(true);
  connect(log_loss_, &QCheckBox::toggled, this, [this](bool on) { plot_->setLogLeft(on); });
  bar->addWidget(log_loss_);
  reset_ = new QPushButton(this);
  connect(reset_, &QPushButton::clicked, plot_, &widgets::LivePlot::resetView);
  bar->addWidget(reset_);
  export_button_ = new QToolButton(this);
  export_button_->setPopupMode(QToolButton::InstantPopup);
  auto* menu = new QMenu(export_button_);
  export_right_ =
      menu->addAction(QString(), this, [this] { emit exportRequested(axisFigureData(true)); });
  export_left_ =
      menu->addAction(QString(), this, [this] { emit exportRequested(axisFigureData(false)); });
  export_button_->setMenu(menu);
  bar->addWidget(export_button_);
  layout->addLayout(bar);
  hint_ = new QLabel(this);
  layout->addWidget(hint_);
  plot_->setLogLeft(true);
  plot_->setFixedRightRange(0.0, 1.0);
  layout->addWidget(plot_, 1);

  connect(queue_, &RunQueue::metric, this, &TrainingPage::onMetric);
  connect(queue_, &RunQueue::runCreated, this, &TrainingPage::onRunCreated);
  connect(workspace_, &Workspace::opened, this, [this] { showRuns({}); });
  retranslate();
}

void TrainingPage::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) {
    retranslate();
    reload();  // series are named in the interface language
  }
  QWidget::changeEvent(event);
}

void TrainingPage::retranslate() {
  for (int i = 0; i < static_cast<int>(metrics_.size()); ++i)
    metric_boxes_[i]->setText(metricText(metrics_[i].label));
  log_loss_->setText(tr("log loss axis"));
  reset_->setText(tr("Reset view"));
  reset_->setToolTip(tr("Follow the data again after zooming or panning (or double-click)"));
  export_button_->setText(tr("Export…"));
  export_right_->setText(tr("Error and accuracy curves (right axis)…"));
  export_left_->setText(tr("Loss and margin curves (left axis)…"));
  hint_->setText(tr("Select runs in the run list to see their curves; several runs overlay."));
  plot_->setAxisTitles(tr("optimizer step"), tr("loss / margin"),
                       tr("test error / pass@k / accuracy"));
}

void TrainingPage::showRuns(const QList<qint64>& run_ids) {
  selected_ = run_ids;
  reload();
}

// What the reader thread hands over: per run its name and, per drawn metric, the points.
struct TrainingPage::History {
  struct Series {
    std::string stage;
    int metric;
    QVector<double> x, y;
  };
  struct Run {
    qint64 id, parent_id;
    QString name;
    std::vector<Series> series;
  };
  std::vector<Run> runs;
  QSet<qint64> sweeps;
};

namespace {

// The index in `metrics` of a stored metric that is drawn, -1 when it is not (reader thread).
int drawnMetric(const std::vector<MetricInfo>& metrics, const std::vector<bool>& checked,
                const std::string& stage, const std::string& name) {
  for (int i = 0; i < static_cast<int>(metrics.size()); ++i) {
    const MetricInfo& m = metrics[i];
    if (!checked[i] || name != m.name) continue;
    if (m.stage.empty() ? isTrainingStage(stage) : stage == m.stage) return i;
  }
  return -1;
}

}  // namespace

void TrainingPage::reload() {
  plot_->removeAllSeries();
  runs_.clear();
  sweeps_.clear();
  colour_of_.clear();
  label_of_.clear();
  pending_.clear();
  hint_->setVisible(selected_.isEmpty());
  const quint64 ticket = ticket_.next();
  loading_ = !selected_.isEmpty() && workspace_->store();
  if (!loading_) {
    plot_->resetView();
    return;
  }
  const QList<qint64> selected = selected_;
  const std::vector<MetricInfo> metrics = metrics_;
  const std::vector<bool> checked = checkedMetrics();
  // The history of every shown run is read and grouped into series on the reader thread; the
  // GUI thread only hands the finished vectors to the plot.
  workspace_->reader()->read<History>(
      this,
      [selected, metrics, checked](const RunStore& store) {
        History h;
        QSet<qint64> seen;
        auto add = [&](const RunRecord& rec) {
          if (seen.contains(rec.id)) return;
          seen.insert(rec.id);
          History::Run run{rec.id, rec.parent_id, QString::fromStdString(rec.name), {}};
          std::map<std::pair<std::string, int>, std::size_t> index;
          for (const MetricPoint& p : store.metrics(rec.id)) {
            const int m = drawnMetric(metrics, checked, p.stage, p.name);
            if (m < 0) continue;
            auto [it, added] = index.try_emplace({p.stage, m}, run.series.size());
            if (added) run.series.push_back({p.stage, m, {}, {}});
            run.series[it->second].x << static_cast<double>(p.step);
            run.series[it->second].y << p.value;
          }
          h.runs.push_back(std::move(run));
        };
        for (qint64 id : selected) {
          const auto rec = store.run(id);
          if (!rec) continue;
          if (rec->hasCells()) {
            h.sweeps.insert(id);
            for (const RunRecord& child : store.childRuns(id))
              add(child);
          } else {
            add(*rec);
          }
        }
        return h;
      },
      [this, ticket](const History& h) {
        if (ticket_.current(ticket)) showHistory(h);
      },
      [this, ticket] {
        if (ticket_.current(ticket)) showHistory(History{});
      });
}

void TrainingPage::showHistory(const History& h) {
  loading_ = false;
  sweeps_ = h.sweeps;
  for (const History::Run& run : h.runs) {
    addRun(run.id, run.name, run.parent_id);
    for (const History::Series& s : run.series) {
      const QString stage = QString::fromStdString(s.stage);
      ensureSeries(run.id, stage, s.metric);
      plot_->setSeriesData(seriesName(run.id, stage, s.metric), s.x, s.y);
    }
  }
  // Points that streamed in while the history was read: those after its last step.
  const QVector<LivePoint> live = std::exchange(pending_, {});
  for (const LivePoint& p : live) {
    if (!runs_.contains(p.run_id)) continue;
    const int m = metricIndex(p.stage, p.name);
    if (m < 0) continue;
    const QString series = seriesName(p.run_id, p.stage, m);
    const int n = plot_->pointCount(series);
    if (n > 0 && plot_->lastKey(series) >= static_cast<double>(p.step)) continue;
    onMetric(p.run_id, p.stage, p.step, p.name, p.value);
  }
  hint_->setVisible(runs_.isEmpty());
  plot_->resetView();
}

void TrainingPage::addRun(qint64 run_id, const QString& name, qint64 parent_id) {
  if (runs_.contains(run_id)) return;
  runs_.insert(run_id);
  colour_of_.insert(run_id, colour_of_.size());
  // A sweep cell's name says which cell it is ("step_dpo_full n=400 seed=1"): the legend shows
  // it with the method's label ("per-step DPO (full) n=400 seed=1").
  QString label = QStringLiteral("#%1").arg(run_id);
  if (parent_id != 0) {
    QString shown = name;
    const int space = shown.indexOf(QLatin1Char(' '));
    if (const Method* m = findMethod(shown.left(space).toStdString()); m && space > 0)
      shown = methodText(m->label) + shown.mid(space);
    label += QStringLiteral(" (%1)").arg(shown);
  }
  label_of_.insert(run_id, label);
}

void TrainingPage::onRunCreated(qint64 run_id) {
  if ((sweeps_.isEmpty() && !loading_) || !workspace_->store()) return;
  const auto rec = workspace_->store()->run(run_id);  // one row
  if (!rec) return;
  // While the history is read, a new cell of a selected sweep joins when it arrives.
  if (sweeps_.contains(rec->parent_id) || (loading_ && selected_.contains(rec->parent_id))) {
    addRun(run_id, QString::fromStdString(rec->name), rec->parent_id);
    hint_->setVisible(false);
  }
}

void TrainingPage::onMetric(qint64 run_id, const QString& stage, qint64 step, const QString& name,
                            double v) {
  if (loading_) {
    if (pending_.size() < 1000000) pending_.push_back({run_id, stage, name, step, v});
    return;
  }
  if (!runs_.contains(run_id)) return;
  const int m = metricIndex(stage, name);
  if (m < 0) return;
  ensureSeries(run_id, stage, m);
  plot_->append(seriesName(run_id, stage, m), static_cast<double>(step), v);
}

int TrainingPage::metricIndex(const QString& stage, const QString& name) const {
  return drawnMetric(metrics_, checkedMetrics(), stage.toStdString(), name.toStdString());
}

std::vector<bool> TrainingPage::checkedMetrics() const {
  std::vector<bool> on;
  for (const QCheckBox* box : metric_boxes_)
    on.push_back(box->isChecked());
  return on;
}

QString TrainingPage::seriesName(qint64 run_id, const QString& stage, int metric) const {
  const MetricInfo& m = metrics_[metric];
  const QString run = label_of_.value(run_id, QStringLiteral("#%1").arg(run_id));
  return m.stage.empty() ? tr("%1 %2 %3").arg(run, stage, metricText(m.label))
                         : tr("%1 %2").arg(run, metricText(m.label));
}

void TrainingPage::ensureSeries(qint64 run_id, const QString& stage, int metric) {
  const QString name = seriesName(run_id, stage, metric);
  if (plot_->hasSeries(name)) return;
  const QColor colour = widgets::okabeIto(colour_of_.value(run_id));
  // Colour per run; within a run each metric has its own dash and, for the sparse evaluation
  // metrics, its own marker, so test error and pass@k of one run stay apart in print.
  const bool sparse = metrics_[metric].unit_interval;
  plot_->addSeries(name, colour,
                   sparse ? widgets::LivePlot::Axis::Right : widgets::LivePlot::Axis::Left,
                   sparse ? widgets::seriesMarker(metric) : -1, widgets::seriesDash(metric));
}

widgets::FigureData TrainingPage::figureData() const {
  widgets::FigureData f = axisFigureData(true);
  return f.series.isEmpty() ? axisFigureData(false) : f;
}

widgets::FigureData TrainingPage::axisFigureData(bool right) const {
  widgets::FigureData f = plot_->figureData(right);
  f.y_label = right ? tr("test error / pass@k / accuracy") : tr("loss / margin");
  f.aggregation = tr("raw values per evaluation or optimizer step");
  return f;
}

}  // namespace ef::gui
