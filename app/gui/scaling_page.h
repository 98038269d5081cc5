// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The data-scaling page of a sweep: test error (or pass@k, first-step accuracy) against |D_syn|
// per method, mean and band over seeds (std, standard error or bootstrap CI), the fitted SFT power
// law and the efficiency multipliers. Cells appear as they finish (reload coalesced).
#include <QTimer>
#include <QWidget>

#include <vector>

#include "experiment/analysis/sweep_summary.h"
#include "figure.h"
#include "scaling_view.h"
#include "store/run_store.h"
#include "store_reader.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;

namespace ef::widgets {
class ScalingView;
}

namespace ef::gui {

class RunQueue;
class Workspace;

class ScalingPage : public QWidget {
  Q_OBJECT

 public:
  ScalingPage(Workspace* workspace, RunQueue* queue, QWidget* parent = nullptr);

  void showSweep(qint64 sweep_id);
  qint64 sweepId() const { return sweep_id_; }
  widgets::FigureData figureData() const;
  widgets::ScalingView* view() const { return view_; }
  QComboBox* bandBox() const { return band_; }
  QComboBox* metricBox() const { return metric_; }
  QCheckBox* logYBox() const { return log_y_; }
  QComboBox* multiplierBox() const { return against_; }
  static QString methodLabel(const QString& method);
  // The finished cell of the shown sweep with this method and size: in the seed of the cell
  // selected last (showCell), else the first one stored; 0 when there is none.
  qint64 cellAt(const QString& method, int size) const;
  // A cell was selected elsewhere: its seed becomes the one a click on the plot picks.
  void showCell(qint64 run_id);

  // What the page shows of a sweep, built from its cells and report without widgets: the figure
  // (per method the mean and band over seeds at each size, the SFT power law), the multiplier
  // table and the fit's text.
  struct Choice {
    int metric = 0;  // test error, pass@k, first step, training error, …: the metric box's data
    int band = 0;    // a BandKind
    QString metric_name, band_text;
    bool log_y = false;
    bool vs_sft_mean = false;  // multipliers against SFT's mean at the size, not the fit
  };
  struct Shown {
    widgets::FigureData fig;
    QVector<int> sizes;  // the measured sizes, ascending: the table's columns
    QVector<widgets::MultiplierRow> rows;
    QString fit_text;
    QVector<QString> series_methods;  // the method of each plotted series (the law has none)
    int done = 0;                     // finished cells with a value
  };
  static Shown buildShown(const std::vector<CellRecord>& cells, const SweepReport& report,
                          const Choice& choice);

 signals:
  void exportRequested(const ef::widgets::FigureData& data);
  // A point of the plot was clicked: the cell run it stands for (its method, size and seed).
  void cellSelected(qint64 run_id);

 public slots:
  void reload();

 private:
  void changeEvent(QEvent* event) override;
  void retranslate();
  void fillSweepBox();
  struct Loaded;
  void showLoaded(quint64 ticket, Loaded loaded);
  static void addMethodSeries(const std::vector<CellRecord>& cells, const Choice& choice,
                              Shown& out);
  static QString addPowerLaw(const SweepReport& report, int metric, widgets::FigureData& fig);
  static QVector<widgets::MultiplierRow> multiplierRows(const SweepReport& report,
                                                        const QVector<int>& sizes,
                                                        bool vs_sft_mean);

  Workspace* workspace_;
  RunQueue* queue_;
  QComboBox* sweeps_;
  QComboBox* metric_;
  QComboBox* band_;
  QCheckBox* log_y_;
  QComboBox* against_;  // what a multiplier is read against: the SFT fit or SFT's mean
  QLabel* status_;
  QLabel* sweep_label_;
  QLabel* metric_label_;
  QLabel* band_label_;
  QLabel* against_label_;
  QPushButton* export_button_;
  widgets::ScalingView* view_;
  QTimer debounce_;
  qint64 sweep_id_ = 0;
  qint64 seed_ = -1;               // the seed of the cell selected last
  qint64 selected_cell_ = 0;       // the cell selected last
  std::vector<CellRecord> cells_;  // the shown sweep's cells, as last read
  StoreReader::Ticket ticket_;
  QVector<QString> series_methods_;  // the method of each plotted series (the law has none)
};

}  // namespace ef::gui
