// SPDX-License-Identifier: GPL-3.0-or-later
#include "scaling_view.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include <cmath>

#include "figure_renderer.h"
#include "legend_placement.h"

namespace ef::widgets {

ScalingView::ScalingView(QWidget* parent)
    : QWidget(parent),
      plot_(new QCustomPlot(this)),
      fit_(new QLabel(this)),
      table_(new QTableWidget(this)) {
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  plot_->setMinimumSize(320, 240);
  plot_->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
  plot_->installEventFilter(this);
  connect(plot_, &QCustomPlot::plottableClick, this,
          [this](QCPAbstractPlottable* p, int index, QMouseEvent* event) {
            // A marked point under the click wins over what is drawn on top of it there (another
            // series' invisible band edge, the fit line): methods often share a value, and a
            // click on a shared point then went to a band and selected nothing.
            if (const auto point = markerAt(event->position())) {
              emit pointClicked(point->first, point->second);
              return;
            }
            auto* g = qobject_cast<QCPGraph*>(p);
            if (!g || index < 0 || index >= g->dataCount()) return;
            const double x = g->dataMainKey(index);
            for (int i = 0; i < data_.series.size(); ++i) {
              if (legendLabel(data_.series[i]) == g->name() && data_.series[i].x.contains(x)) {
                emit pointClicked(i, x);
                return;
              }
            }
          });
  layout->addWidget(plot_, 1);  // the table below keeps the height of its rows
  fit_->setWordWrap(true);
  fit_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  layout->addWidget(fit_);
  table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  // One line per row: multipliers never wrap (a row computed while the columns are still narrow
  // would keep a wrapped height once they stretch).
  table_->setWordWrap(false);
  table_->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
  table_->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
  table_->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
  retranslate();
  layout->addWidget(table_);
}

// The plot, fit line and table are filled by the page, which sets them again on a language change.
void ScalingView::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslate();
  QWidget::changeEvent(event);
}

void ScalingView::retranslate() {
  table_->setToolTip(
      tr("Efficiency multiplier D_eff / D: how much more SFT data would reach the "
         "method's error at this size, read off the fitted SFT power law"));
}

void ScalingView::setFigure(const FigureData& data) {
  data_ = data;
  render();
}

std::optional<std::pair<int, double>> ScalingView::markerAt(const QPointF& pos) const {
  std::optional<std::pair<int, double>> best;
  double best_distance = plot_->selectionTolerance();
  for (int i = 0; i < data_.series.size(); ++i) {
    const FigureSeries& s = data_.series[i];
    if (s.marker == 0) continue;  // a line without points (the fit)
    for (int k = 0; k < s.x.size() && k < s.y.size(); ++k) {
      const QPointF at(plot_->xAxis->coordToPixel(s.x[k]), plot_->yAxis->coordToPixel(s.y[k]));
      const double d = std::hypot(at.x() - pos.x(), at.y() - pos.y());
      if (std::isfinite(d) && d < best_distance) {  // ties: the first series
        best_distance = d;
        best = std::make_pair(i, s.x[k]);
      }
    }
  }
  return best;
}

bool ScalingView::eventFilter(QObject* watched, QEvent* event) {
  // The legend's place depends on the plot's size: lay it out again after a resize.
  if (watched == plot_ && event->type() == QEvent::Resize && !data_.series.isEmpty()) render();
  return QWidget::eventFilter(watched, event);
}

void ScalingView::render() {
  FigureStyle style;
  style.palette = QStringLiteral("as-shown");
  style.font_pt = 10;
  // Error falls, accuracy rises: an inset legend starts in the emptiest corner and moves on
  // until it covers no data (legend_placement.h). With many methods it goes beside the axes.
  const LegendPosition first = emptiestCorner(data_);
  style.legend = data_.series.size() > kMaxInsetLegend ? LegendPosition::Outside : first;
  if (note_) {
    plot_->legend->remove(note_);  // deletes it
    note_ = nullptr;
  }
  renderFigure(plot_, data_, style);
  // The aggregation (how many seeds, which band) is part of the legend, not only of the CSV.
  if (!data_.aggregation.isEmpty() && plot_->legend->visible() && !data_.series.isEmpty()) {
    QFont f = plot_->legend->font();
    f.setItalic(true);
    note_ = new QCPTextElement(plot_, data_.aggregation, f);
    note_->setTextFlags(Qt::AlignLeft);
    note_->setTextColor(QColor(70, 70, 70));
    plot_->legend->addElement(plot_->legend->rowCount(), 0, note_);
    plot_->replot(QCustomPlot::rpQueuedReplot);
  }
  if (style.legend != LegendPosition::Outside)
    legend_ = placeLegendClearOfData(plot_, data_, first);
  else
    legend_ = LegendPosition::Outside;
}

QString ScalingView::formatMultiplier(const MultiplierCell& c) {
  if (!std::isfinite(c.value)) return QStringLiteral("—");
  const auto num = [](double x) { return QString::number(x, 'f', x < 10 ? 2 : 1); };
  QString v = num(c.value) + QStringLiteral("×");
  if (c.hasInterval()) v += QStringLiteral(" [%1, %2]").arg(num(c.lo), num(c.hi));
  return c.extrapolated ? v + tr(" (extrap.)") : v;
}

void ScalingView::setMultipliers(const QVector<int>& sizes, const QVector<MultiplierRow>& rows,
                                 const QString& fit_text) {
  sizes_ = sizes;
  fit_->setText(fit_text);
  table_->clear();
  table_->setColumnCount(sizes.size());
  table_->setRowCount(rows.size());
  QStringList header;
  for (int s : sizes)
    header << tr("|D| = %1").arg(s);
  table_->setHorizontalHeaderLabels(header);
  QStringList methods;
  for (int r = 0; r < rows.size(); ++r) {
    methods << rows[r].method;
    for (int c = 0; c < sizes.size() && c < rows[r].cells.size(); ++c) {
      const MultiplierCell& cell = rows[r].cells[c];
      auto* item = new QTableWidgetItem(formatMultiplier(cell));
      item->setTextAlignment(Qt::AlignCenter);
      if (cell.extrapolated) {
        QFont f = item->font();
        f.setItalic(true);
        item->setFont(f);
        item->setToolTip(tr("D_eff lies outside the measured SFT sizes: extrapolated"));
      }
      if (cell.intervalContainsOne()) {
        item->setForeground(QColor(140, 140, 140));
        item->setToolTip(item->toolTip() + (item->toolTip().isEmpty() ? "" : "\n") +
                         tr("The 95% interval over seeds contains 1×: not distinguishable from "
                            "SFT"));
      }
      table_->setItem(r, c, item);
    }
  }
  table_->setVerticalHeaderLabels(methods);
  for (int r = 0; r < rows.size(); ++r) {
    auto* head = table_->verticalHeaderItem(r);
    if (head) head->setForeground(rows[r].color);
  }
  fitTableHeight();
}

// The table is as tall as its rows (up to eight; more scroll), so the plot gets the rest.
void ScalingView::fitTableHeight() {
  int h = 2 * table_->frameWidth() + table_->horizontalHeader()->sizeHint().height();
  for (int r = 0; r < std::min(table_->rowCount(), 8); ++r)
    h += table_->rowHeight(r);
  table_->setFixedHeight(h);
}

QString ScalingView::multiplierText(const QString& method, int size) const {
  const int c = sizes_.indexOf(size);
  for (int r = 0; c >= 0 && r < table_->rowCount(); ++r) {
    auto* head = table_->verticalHeaderItem(r);
    if (head && head->text() == method && table_->item(r, c)) return table_->item(r, c)->text();
  }
  return {};
}

}  // namespace ef::widgets
