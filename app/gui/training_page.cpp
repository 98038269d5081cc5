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
#include "experiment/method.h"
#include "live_plot.h"
#include "palette.h"
#include "run_queue.h"
#include "store/run_store.h"
#include "workspace.h"

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

void TrainingPage::reload() {
  plot_->removeAllSeries();
  runs_.clear();
  sweeps_.clear();
  colour_of_.clear();
  label_of_.clear();
  const RunStore* store = workspace_->store();
  if (store) {
    for (qint64 id : std::as_const(selected_)) {
      const auto rec = store->run(id);
      if (!rec) continue;
      if (rec->hasCells()) {
        sweeps_.insert(id);
        for (const RunRecord& child : store->childRuns(id))
          addRun(child.id);
      } else {
        addRun(id);
      }
    }
  }
  hint_->setVisible(runs_.isEmpty());
  plot_->resetView();
}

void TrainingPage::addRun(qint64 run_id) {
  if (runs_.contains(run_id)) return;
  runs_.insert(run_id);
  colour_of_.insert(run_id, colour_of_.size());
  const RunStore* store = workspace_->store();
  if (!store) return;
  // A sweep cell's name says which cell it is ("step_dpo_full n=400 seed=1"): the legend shows
  // it with the method's label ("per-step DPO (full) n=400 seed=1").
  QString label = QStringLiteral("#%1").arg(run_id);
  if (const auto rec = store->run(run_id); rec && rec->parent_id != 0) {
    QString name = QString::fromStdString(rec->name);
    const int space = name.indexOf(QLatin1Char(' '));
    if (const Method* m = findMethod(name.left(space).toStdString()); m && space > 0)
      name = methodText(m->label) + name.mid(space);
    label += QStringLiteral(" (%1)").arg(name);
  }
  label_of_.insert(run_id, label);
  // Gather the history per series, then hand each series over in one piece.
  QHash<QString, QPair<QVector<double>, QVector<double>>> data;
  for (const MetricPoint& p : store->metrics(run_id)) {
    const QString stage = QString::fromStdString(p.stage);
    const int m = metricIndex(stage, QString::fromStdString(p.name));
    if (m < 0) continue;
    ensureSeries(run_id, stage, m);
    auto& d = data[seriesName(run_id, stage, m)];
    d.first << static_cast<double>(p.step);
    d.second << p.value;
  }
  for (auto it = data.cbegin(); it != data.cend(); ++it)
    plot_->setSeriesData(it.key(), it.value().first, it.value().second);
}

void TrainingPage::onRunCreated(qint64 run_id) {
  if (sweeps_.isEmpty() || !workspace_->store()) return;
  const auto rec = workspace_->store()->run(run_id);
  if (rec && sweeps_.contains(rec->parent_id)) {
    addRun(run_id);
    hint_->setVisible(false);
  }
}

void TrainingPage::onMetric(qint64 run_id, const QString& stage, qint64 step, const QString& name,
                            double v) {
  if (!runs_.contains(run_id)) return;
  const int m = metricIndex(stage, name);
  if (m < 0) return;
  ensureSeries(run_id, stage, m);
  plot_->append(seriesName(run_id, stage, m), static_cast<double>(step), v);
}

int TrainingPage::metricIndex(const QString& stage, const QString& name) const {
  const std::string st = stage.toStdString();
  for (int i = 0; i < static_cast<int>(metrics_.size()); ++i) {
    const MetricInfo& m = metrics_[i];
    if (!metric_boxes_[i]->isChecked() || name != QString::fromStdString(m.name)) continue;
    if (m.stage.empty() ? isTrainingStage(st) : st == m.stage) return i;
  }
  return -1;
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
