// SPDX-License-Identifier: GPL-3.0-or-later
#include "scaling_page.h"

#include <QEvent>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>
#include <map>
#include <set>

#include "experiment/config/run_config.h"
#include "experiment/analysis/seed_band.h"
#include "experiment/analysis/sweep_summary.h"
#include "config_hints.h"
#include "palette.h"
#include "run_queue.h"
#include "scaling_view.h"
#include "store/run_store.h"
#include "workspace.h"

namespace ef::gui {
namespace {

enum Metric { TestError, PassAtK, FirstStep, TrainError, TrainFirstStep, MinorityError };

// A value of the cell's result JSON (the training-set probe lives there, not in a column).
std::optional<double> resultValue(const CellRecord& c, const char* key) {
  const QJsonObject o = QJsonDocument::fromJson(QByteArray::fromStdString(c.result_json)).object();
  const QJsonValue v = o.value(QLatin1String(key));
  return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
}

std::optional<double> metricOf(const CellRecord& c, int metric) {
  switch (metric) {
    case TrainError:
      return resultValue(c, "train_error");
    case TrainFirstStep:
      return resultValue(c, "train_first_step_accuracy");
    case MinorityError:
      return resultValue(c, "minority_error");
    case TestError:
      return c.test_error;
    case PassAtK:
      return c.pass_at_k;
    case FirstStep:
      return c.first_step_accuracy;
  }
  return std::nullopt;
}

// A method's place in the registry: its colour, marker and dash.
int methodIndex(const std::string& m) {
  const auto& all = registeredMethods();
  for (std::size_t i = 0; i < all.size(); ++i)
    if (all[i]->name == m) return static_cast<int>(i);
  return static_cast<int>(all.size());
}

// Okabe–Ito colour per method (registry order): SFT black as the baseline, then orange, sky
// blue, reddish purple, bluish green and vermillion in turn; yellow (weak on white) and blue (too
// close to sky blue) are left out, and no other method is black. Five colours against the eight
// markers of widgets::seriesMarker: colour and marker together differ for the first 40 methods.
QColor methodColour(int method_index) {
  static const int okabe[] = {0, 1, 6, 2, 5};
  if (method_index <= 0) return widgets::okabeIto(7);
  return widgets::okabeIto(okabe[(method_index - 1) % 5]);
}

}  // namespace

ScalingPage::ScalingPage(Workspace* workspace, RunQueue* queue, QWidget* parent)
    : QWidget(parent),
      workspace_(workspace),
      queue_(queue),
      sweeps_(new QComboBox(this)),
      metric_(new QComboBox(this)),
      band_(new QComboBox(this)),
      log_y_(new QCheckBox(this)),
      against_(new QComboBox(this)),
      status_(new QLabel(this)),
      view_(new widgets::ScalingView(this)) {
  auto* layout = new QVBoxLayout(this);
  auto* bar = new QHBoxLayout;
  sweep_label_ = new QLabel(this);
  metric_label_ = new QLabel(this);
  band_label_ = new QLabel(this);
  against_label_ = new QLabel(this);
  bar->addWidget(sweep_label_);
  sweeps_->setMinimumContentsLength(12);
  bar->addWidget(sweeps_, 1);
  bar->addWidget(metric_label_);
  for (int m : {TestError, PassAtK, FirstStep, TrainError, TrainFirstStep, MinorityError})
    metric_->addItem(QString(), m);
  bar->addWidget(metric_);
  bar->addWidget(band_label_);
  for (BandKind b : {BandKind::Std, BandKind::StdErr, BandKind::T95, BandKind::Bootstrap95})
    band_->addItem(QString(), static_cast<int>(b));
  // Every metric here is a rate in [0, 1]: the percentile bootstrap stays inside it; the
  // symmetric bands are cut at 0 and 1 and the caption says so (docs/method.md, "Seed bands").
  band_->setCurrentIndex(band_->findData(static_cast<int>(BandKind::Bootstrap95)));
  bar->addWidget(band_);
  bar->addWidget(log_y_);
  bar->addWidget(against_label_);
  against_->addItem(QString());
  against_->addItem(QString());
  bar->addWidget(against_);
  export_button_ = new QPushButton(this);
  connect(export_button_, &QPushButton::clicked, this,
          [this] { emit exportRequested(view_->figure()); });
  bar->addWidget(export_button_);
  retranslate();
  layout->addLayout(bar);
  status_->setWordWrap(true);
  layout->addWidget(status_);
  layout->addWidget(view_, 1);

  debounce_.setSingleShot(true);
  debounce_.setInterval(300);
  connect(&debounce_, &QTimer::timeout, this, &ScalingPage::reload);
  connect(sweeps_, &QComboBox::activated, this,
          [this](int i) { showSweep(sweeps_->itemData(i).toLongLong()); });
  // A click on a method's point selects that cell: the method at that size, in the seed picked
  // last (else the first finished one).
  connect(view_, &widgets::ScalingView::pointClicked, this, [this](int series, double x) {
    if (series < 0 || series >= series_methods_.size()) return;  // the power law
    if (const qint64 cell = cellAt(series_methods_[series], static_cast<int>(std::lround(x))))
      emit cellSelected(cell);
  });
  for (QComboBox* box : {metric_, band_, against_})
    connect(box, &QComboBox::currentIndexChanged, this, &ScalingPage::reload);
  connect(log_y_, &QCheckBox::toggled, this, &ScalingPage::reload);
  connect(queue_, &RunQueue::cellChanged, this,
          [this](qint64 sweep, const QString&, int, quint64, const QString& status) {
            if (sweep == sweep_id_ && status == QLatin1String("ok")) debounce_.start();
          });
  connect(queue_, &RunQueue::jobStarted, this, &ScalingPage::fillSweepBox);
  connect(queue_, &RunQueue::jobFinished, this, [this](const Job&, qint64 run_id) {
    fillSweepBox();  // its status changed
    if (run_id == sweep_id_) reload();
  });
  connect(workspace_, &Workspace::opened, this, [this] {
    sweep_id_ = 0;
    fillSweepBox();
    if (sweeps_->count() > 0)
      showSweep(sweeps_->itemData(0).toLongLong());
    else
      reload();
  });
}

void ScalingPage::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) {
    retranslate();
    fillSweepBox();
    reload();  // captions, fit text and legend
  }
  QWidget::changeEvent(event);
}

void ScalingPage::retranslate() {
  sweep_label_->setText(tr("Sweep:"));
  metric_label_->setText(tr("Metric:"));
  band_label_->setText(tr("Band:"));
  against_label_->setText(tr("Multiplier vs:"));
  log_y_->setText(tr("log y"));
  metric_->setItemText(metric_->findData(TestError), tr("test error"));
  metric_->setItemText(metric_->findData(PassAtK), tr("pass@k"));
  metric_->setItemText(metric_->findData(FirstStep), tr("first-step accuracy"));
  metric_->setItemText(metric_->findData(TrainError), tr("error on training problems"));
  metric_->setItemText(metric_->findData(TrainFirstStep),
                       tr("first-step accuracy on training problems"));
  metric_->setItemText(metric_->findData(MinorityError), tr("test error where the shortcut fails"));
  metric_->setToolTip(
      tr("The training-problem values come from the greedy probe on the first "
         "eval.train_problems training problems; their gap to the test values "
         "is memorisation. The error where the shortcut fails is read on the test problems "
         "whose hint is wrong (hint tasks only)"));
  auto band = [this](BandKind b) { return band_->findData(static_cast<int>(b)); };
  band_->setItemText(band(BandKind::Std), tr("± 1 std"));
  band_->setItemText(band(BandKind::StdErr), tr("± 1 standard error"));
  band_->setItemText(band(BandKind::T95), tr("95% t-interval"));
  band_->setItemText(band(BandKind::Bootstrap95), tr("95% bootstrap CI"));
  against_->setItemText(0, tr("SFT power law"));
  against_->setItemText(1, tr("SFT at the same size"));
  against_->setToolTip(
      tr("SFT power law: the SFT data size whose fitted error equals the method's, over |D|. "
         "SFT at the same size: (SFT's mean error / the method's)^(1/α), so SFT reads 1× and "
         "the fit's residual at that size drops out (docs/method.md)"));
  export_button_->setText(tr("Export…"));
  export_button_->setToolTip(
      tr("PDF, SVG or PNG for a paper, with the plotted data as CSV and a "
         "pgfplots snippet"));
}

void ScalingPage::fillSweepBox() {
  sweeps_->clear();
  const RunStore* store = workspace_->store();
  if (!store) return;
  for (const RunRecord& r : store->listRuns()) {
    if (!r.isSweep()) continue;
    sweeps_->addItem(tr("#%1 %2 (%3)")
                         .arg(r.id)
                         .arg(QString::fromStdString(r.name), QString::fromStdString(r.status)),
                     QVariant::fromValue<qint64>(r.id));
  }
  const int i = sweeps_->findData(QVariant::fromValue<qint64>(sweep_id_));
  if (i >= 0) sweeps_->setCurrentIndex(i);
}

void ScalingPage::showSweep(qint64 sweep_id) {
  sweep_id_ = sweep_id;
  fillSweepBox();
  reload();
}

QString ScalingPage::methodLabel(const QString& m) {
  const Method* method = findMethod(m.toStdString());
  return method ? methodText(method->label) : m;
}

widgets::FigureData ScalingPage::figureData() const {
  return view_->figure();
}

qint64 ScalingPage::cellAt(const QString& method, int size) const {
  qint64 first = 0;
  for (const CellRecord& c : cells_) {
    if (QString::fromStdString(c.method) != method || c.size != size || c.status != "ok") continue;
    if (static_cast<qint64>(c.seed) == seed_) return c.run_id;
    if (!first) first = c.run_id;
  }
  return first;
}

void ScalingPage::showCell(qint64 run_id) {
  selected_cell_ = run_id;  // its seed is looked up again when the cells are (re)read
  for (const CellRecord& c : cells_)
    if (c.run_id == run_id) seed_ = static_cast<qint64>(c.seed);
}

// What the reader thread hands over: the sweep, its cells and their report (with bootstrap
// intervals, the costly part).
struct ScalingPage::Loaded {
  std::optional<RunRecord> sweep;
  std::vector<CellRecord> cells;
  SweepReport report;
  QString config_error;  // the sweep's config cannot be read
};

void ScalingPage::reload() {
  debounce_.stop();
  const quint64 ticket = ticket_.next();
  if (!workspace_->store() || !sweep_id_) {
    showLoaded(ticket, Loaded{});
    return;
  }
  const qint64 sweep_id = sweep_id_;
  workspace_->reader()->read<Loaded>(
      this,
      [sweep_id](const RunStore& store) {
        Loaded l;
        l.sweep = store.run(sweep_id);
        if (!l.sweep) return l;
        l.cells = store.cells(sweep_id);
        int test_size = 1;
        try {
          test_size = parseRunConfig(l.sweep->config_json).task.test_size;
        } catch (const std::exception& e) {
          l.config_error = QString::fromUtf8(e.what());
        }
        l.report = summarizeCells(l.cells, 0.5 / test_size);
        return l;
      },
      [this, ticket](Loaded l) { showLoaded(ticket, std::move(l)); });
}

ScalingPage::Shown ScalingPage::buildShown(const std::vector<CellRecord>& cells,
                                           const SweepReport& report, const Choice& choice) {
  Shown out;
  out.fig.x_label = tr("|D_syn| (synthetic training problems)");
  out.fig.y_label = choice.metric_name;
  out.fig.log_x = true;  // ticks at the measured sizes
  out.fig.log_y = choice.log_y;
  addMethodSeries(cells, choice, out);
  out.fit_text = addPowerLaw(report, choice.metric, out.fig);
  if (choice.vs_sft_mean && report.sft_fit && report.sft_fit->valid())
    out.fit_text += tr("; multipliers read against SFT's mean error at the same size");
  out.rows = multiplierRows(report, out.sizes, choice.vs_sft_mean);
  return out;
}

void ScalingPage::addMethodSeries(const std::vector<CellRecord>& cells, const Choice& choice,
                                  Shown& out) {
  // method -> size -> values over seeds (finished cells only)
  std::map<int, std::map<int, std::vector<double>>> values;
  std::map<int, std::string> names;
  std::set<std::uint64_t> seed_set;
  for (const CellRecord& c : cells) {
    const auto v = metricOf(c, choice.metric);
    if (c.status != "ok" || !v) continue;
    ++out.done;
    seed_set.insert(c.seed);
    const int mi = methodIndex(c.method);
    names[mi] = c.method;
    values[mi][c.size].push_back(*v);
  }
  const int seeds = static_cast<int>(seed_set.size());
  bool clipped = false;
  for (const auto& [mi, by_size] : values) {
    out.series_methods << QString::fromStdString(names[mi]);
    widgets::FigureSeries s;
    s.name = methodLabel(QString::fromStdString(names[mi]));
    s.color = methodColour(mi);
    s.marker = widgets::seriesMarker(mi);
    s.pen = widgets::seriesDash(mi);
    for (const auto& [size, vals] : by_size) {
      const Band b = seedBand(vals, static_cast<BandKind>(choice.band), ValueRange::UnitInterval);
      clipped = clipped || b.clipped;
      if (!out.fig.x_ticks.contains(size)) out.fig.x_ticks << size;
      if (!out.sizes.contains(size)) out.sizes << size;
      s.x << size;
      s.y << b.mean;
      s.lo << b.lo;
      s.hi << b.hi;
    }
    out.fig.series << s;
  }
  std::sort(out.sizes.begin(), out.sizes.end());
  out.fig.aggregation = seeds > 1
                            ? tr("mean over %1 seeds; band = %2").arg(seeds).arg(choice.band_text)
                            : tr("one seed per cell (no band)");
  if (seeds > 1 && clipped) out.fig.aggregation += tr(" (clipped to [0, 1])");
}

QString ScalingPage::addPowerLaw(const SweepReport& report, int metric, widgets::FigureData& fig) {
  if (!report.sft_fit || !report.sft_fit->valid()) {
    if (!report.fit_error.empty())
      return tr("No SFT power law yet: %1").arg(QString::fromStdString(report.fit_error));
    return tr("No SFT power law yet.");
  }
  const PowerLawFit& f = *report.sft_fit;
  QString text = tr("SFT fit: log err = %1 − %2 · log D  (R² = %3, %4 sizes %5–%6)")
                     .arg(f.a, 0, 'f', 3)
                     .arg(f.alpha, 0, 'f', 3)
                     .arg(f.r2, 0, 'f', 3)
                     .arg(f.points)
                     .arg(f.min_size)
                     .arg(f.max_size);
  if (std::isfinite(report.alpha_lo) && std::isfinite(report.alpha_hi)) {
    text += tr("; α 95% interval [%1, %2] over %3 seeds")
                .arg(report.alpha_lo, 0, 'f', 3)
                .arg(report.alpha_hi, 0, 'f', 3)
                .arg(report.seeds);
  }
  if (metric == TestError) {
    widgets::FigureSeries law;
    law.name = tr("SFT power law (α = %1)").arg(f.alpha, 0, 'f', 2);
    law.color = QColor(120, 120, 120);
    law.pen = Qt::DashLine;
    const double lo = f.min_size / 1.25, hi = f.max_size * 1.25;
    for (int i = 0; i <= 32; ++i) {
      const double x = lo * std::pow(hi / lo, i / 32.0);
      law.x << x;
      law.y << f.predict(x);
    }
    fig.series << law;
  }
  return text;
}

QVector<widgets::MultiplierRow> ScalingPage::multiplierRows(const SweepReport& report,
                                                            const QVector<int>& sizes,
                                                            bool vs_sft_mean) {
  // Every method but the baseline, per size of the sweep.
  QVector<widgets::MultiplierRow> rows;
  for (const Method* m : registeredMethods()) {
    const std::string& method = m->name;
    const auto found = report.by_method.find(method);
    if (m->baseline || found == report.by_method.end()) continue;
    const auto& by_size = found->second;
    widgets::MultiplierRow row;
    row.method = methodLabel(QString::fromStdString(method));
    row.color = methodColour(methodIndex(method));
    for (int size : sizes) {
      widgets::MultiplierCell cell;
      if (const auto it = by_size.find(size); it != by_size.end() && vs_sft_mean) {
        cell.value = it->second.vs_sft;
        cell.lo = it->second.vs_sft_lo;
        cell.hi = it->second.vs_sft_hi;
      } else if (it != by_size.end()) {
        cell.value = it->second.multiplier.value;
        cell.extrapolated = it->second.multiplier.extrapolated;
        cell.lo = it->second.multiplier_lo;
        cell.hi = it->second.multiplier_hi;
      }
      row.cells << cell;
    }
    rows << row;
  }
  return rows;
}

void ScalingPage::showLoaded(quint64 ticket, Loaded loaded) {
  if (!ticket_.current(ticket)) return;
  cells_ = std::move(loaded.cells);
  showCell(selected_cell_);
  Choice choice;
  choice.metric = metric_->currentData().toInt();
  choice.band = band_->currentData().toInt();
  choice.metric_name = metric_->currentText();
  choice.band_text = band_->currentText();
  choice.log_y = log_y_->isChecked();
  choice.vs_sft_mean = against_->currentIndex() == 1;
  if (!loaded.sweep) {
    status_->setText(tr("No sweep selected: start one from the setup page or pick one above."));
    series_methods_.clear();
    widgets::FigureData empty = buildShown({}, SweepReport{}, choice).fig;
    empty.aggregation.clear();
    view_->setFigure(empty);
    view_->setMultipliers({}, {}, QString());
    return;
  }
  QString config_problem;
  if (!loaded.config_error.isEmpty()) {
    config_problem =
        tr(" (its config cannot be read, the error floor is a guess: %1)").arg(loaded.config_error);
  }
  Shown shown = buildShown(cells_, loaded.report, choice);
  series_methods_ = shown.series_methods;
  status_->setText(tr("#%1 %2: %3 of %4 cells finished")
                       .arg(sweep_id_)
                       .arg(QString::fromStdString(loaded.sweep->name))
                       .arg(shown.done)
                       .arg(cells_.size()) +
                   config_problem);
  view_->setFigure(shown.fig);
  view_->setMultipliers(shown.sizes, shown.rows, shown.fit_text);
}

}  // namespace ef::gui
