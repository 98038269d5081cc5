#pragma once
// The first workbench window: pick a preset, Start, watch training loss and test error live,
// Cancel. Wiring only: runs go through RunController, drawing through widgets::LivePlot.
#include <QElapsedTimer>
#include <QMainWindow>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace ef::widgets {
class LivePlot;
}

namespace ef::gui {

class RunController;

class MainWindow : public QMainWindow {
  Q_OBJECT

 public:
  MainWindow(const QString& db_path, const QString& preset, QWidget* parent = nullptr);

  QString currentPreset() const;
  bool selectPreset(const QString& name);
  RunController* controller() const { return controller_; }
  widgets::LivePlot* livePlot() const { return plot_; }
  QString statusText() const;

 public slots:
  void startRun();
  void cancelRun();

 private:
  void onMetric(const QString& stage, qint64 step, const QString& name, double value);
  void onProgress(const QString& stage, qint64 done, qint64 total, double eta_s);
  void onFinished(const QString& status, const QString& message, const QString& summary_json);
  void setRunning(bool running);
  void setStatus(const QString& text);

  QString db_path_;
  RunController* controller_;
  QComboBox* presets_;
  QPushButton* start_;
  QPushButton* cancel_;
  QProgressBar* progress_;
  QLabel* status_;
  widgets::LivePlot* plot_;
  QElapsedTimer cancel_clock_;
};

}  // namespace ef::gui
