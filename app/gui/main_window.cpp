#include "main_window.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>
#include <QVBoxLayout>

#include "experiment/presets.h"
#include "live_plot.h"
#include "run_controller.h"

namespace ef::gui {
namespace {

// Okabe-Ito colours (colour-blind safe).
const QColor kBlue(0, 114, 178);
const QColor kVermillion(213, 94, 0);
const QColor kGreen(0, 158, 115);

QString formatEta(double s) {
  if (s < 0) return QStringLiteral("--:--");
  const int t = static_cast<int>(s + 0.5);
  return QStringLiteral("%1:%2").arg(t / 60).arg(t % 60, 2, 10, QLatin1Char('0'));
}

}  // namespace

MainWindow::MainWindow(const QString& db_path, const QString& preset, QWidget* parent)
    : QMainWindow(parent), db_path_(db_path), controller_(new RunController(this)) {
  setWindowTitle(tr("Eightfold"));
  auto* central = new QWidget(this);
  auto* layout = new QVBoxLayout(central);

  auto* bar = new QHBoxLayout;
  bar->addWidget(new QLabel(tr("Preset:"), central));
  presets_ = new QComboBox(central);
  for (const auto& p : builtinPresets()) {
    presets_->addItem(QString::fromStdString(p.name));
    presets_->setItemData(presets_->count() - 1, QString::fromStdString(p.description),
                          Qt::ToolTipRole);
  }
  bar->addWidget(presets_, 1);
  start_ = new QPushButton(tr("Start"), central);
  cancel_ = new QPushButton(tr("Cancel"), central);
  bar->addWidget(start_);
  bar->addWidget(cancel_);
  layout->addLayout(bar);

  auto* description = new QLabel(central);
  description->setWordWrap(true);
  layout->addWidget(description);

  plot_ = new widgets::LivePlot(central);
  plot_->setAxisTitles(tr("optimizer step"), tr("training loss"), tr("test error / pass@k"));
  plot_->setLogLeft(true);
  plot_->setFixedRightRange(0.0, 1.0);
  plot_->addSeries(tr("training loss"), kBlue, widgets::LivePlot::Axis::Left);
  plot_->addSeries(tr("test error"), kVermillion, widgets::LivePlot::Axis::Right, true);
  plot_->addSeries(tr("pass@k"), kGreen, widgets::LivePlot::Axis::Right, true);
  layout->addWidget(plot_, 1);

  progress_ = new QProgressBar(central);
  progress_->setFormat(tr("%p%"));
  layout->addWidget(progress_);
  status_ = new QLabel(central);
  statusBar()->addWidget(status_, 1);
  statusBar()->addPermanentWidget(new QLabel(tr("Workspace: %1").arg(db_path_), this));
  setCentralWidget(central);
  resize(900, 600);

  auto showDescription = [this, description] {
    description->setText(presets_->currentData(Qt::ToolTipRole).toString());
  };
  connect(presets_, &QComboBox::currentIndexChanged, this, showDescription);
  connect(start_, &QPushButton::clicked, this, &MainWindow::startRun);
  connect(cancel_, &QPushButton::clicked, this, &MainWindow::cancelRun);
  auto* worker = controller_->worker();
  connect(worker, &RunWorker::metric, this, &MainWindow::onMetric);
  connect(worker, &RunWorker::progress, this, &MainWindow::onProgress);
  connect(worker, &RunWorker::runCreated, this,
          [this](qint64 id) { setStatus(tr("Run %1 started").arg(id)); });
  connect(controller_, &RunController::finished, this, &MainWindow::onFinished);

  if (!selectPreset(preset)) selectPreset(QString::fromStdString(defaultPresetName()));
  showDescription();
  setRunning(false);
  setStatus(tr("Ready"));
}

QString MainWindow::currentPreset() const {
  return presets_->currentText();
}

bool MainWindow::selectPreset(const QString& name) {
  const int i = presets_->findText(name);
  if (i < 0) return false;
  presets_->setCurrentIndex(i);
  return true;
}

QString MainWindow::statusText() const {
  return status_->text();
}

void MainWindow::startRun() {
  const auto& all = builtinPresets();
  const int i = presets_->currentIndex();
  if (i < 0 || i >= static_cast<int>(all.size())) return;
  plot_->clearData();
  progress_->setValue(0);
  if (controller_->start(QString::fromStdString(all[i].json), db_path_)) {
    setRunning(true);
    setStatus(tr("Starting %1…").arg(currentPreset()));
  }
}

void MainWindow::cancelRun() {
  if (!controller_->isRunning()) return;
  cancel_clock_.start();
  cancel_->setEnabled(false);
  setStatus(tr("Cancelling…"));
  controller_->cancel();
}

void MainWindow::onMetric(const QString& stage, qint64 step, const QString& name, double value) {
  if (stage == QLatin1String("sft") && name == QLatin1String("loss")) {
    plot_->append(tr("training loss"), step, value);
  } else if (stage == QLatin1String("eval") && name == QLatin1String("test_error")) {
    plot_->append(tr("test error"), step, value);
  } else if (stage == QLatin1String("eval") && name == QLatin1String("pass_at_k")) {
    plot_->append(tr("pass@k"), step, value);
  }
}

void MainWindow::onProgress(const QString& stage, qint64 done, qint64 total, double eta_s) {
  if (total <= 0) return;
  progress_->setMaximum(static_cast<int>(total));
  progress_->setValue(static_cast<int>(done));
  if (!cancel_clock_.isValid()) {
    setStatus(
        tr("%1: step %2 of %3, ETA %4").arg(stage).arg(done).arg(total).arg(formatEta(eta_s)));
  }
}

void MainWindow::onFinished(const QString& status, const QString& message, const QString& summary) {
  setRunning(false);
  const QJsonObject s = QJsonDocument::fromJson(summary.toUtf8()).object();
  if (status == QLatin1String("ok")) {
    setStatus(tr("Run %1 finished: test error %2, pass@%3 %4, %5 s")
                  .arg(s.value("run_id").toInteger())
                  .arg(s.value("test_error").toDouble(), 0, 'f', 3)
                  .arg(s.value("k").toInt())
                  .arg(s.value("pass_at_k").toDouble(), 0, 'f', 3)
                  .arg(s.value("wall_s").toDouble(), 0, 'f', 1));
  } else if (status == QLatin1String("cancelled")) {
    setStatus(tr("Run %1 cancelled after %2 ms")
                  .arg(s.value("run_id").toInteger())
                  .arg(cancel_clock_.isValid() ? cancel_clock_.elapsed() : 0));
  } else {
    setStatus(tr("Run failed: %1").arg(message));
  }
  cancel_clock_.invalidate();
}

void MainWindow::setRunning(bool running) {
  start_->setEnabled(!running);
  presets_->setEnabled(!running);
  cancel_->setEnabled(running);
}

void MainWindow::setStatus(const QString& text) {
  status_->setText(text);
}

}  // namespace ef::gui
