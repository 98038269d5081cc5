// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Run setup: a preset or a past run's config in a form with every field of the run config, live
// validation through the core (the same messages as the CLI, shown at the offending field), an
// estimate of the work, and Start run / Start sweep into the queue. Presets can be saved and
// compared.
#include <QJsonObject>
#include <QTimer>
#include <QWidget>

#include <optional>

#include "experiment/config/run_config.h"

class QComboBox;
class QLabel;
class QPushButton;

namespace ef::widgets {
class JsonForm;
}

namespace ef::gui {

class RunQueue;
class Workspace;
struct Preferences;

class SetupPage : public QWidget {
  Q_OBJECT

 public:
  SetupPage(Workspace* workspace, RunQueue* queue, QWidget* parent = nullptr);

  // Built-in or user preset by name; an empty or unknown name loads the default preset.
  bool loadPreset(const QString& name);
  // Loads a config document into the form (source is shown as where it came from).
  bool loadConfigJson(const QString& json, const QString& source);
  void duplicateRun(qint64 run_id);
  void setAvailableDevices(const QStringList& devices);
  void applyPreferences(const Preferences& prefs);
  // Writes the current config as a user preset file; returns false with a message on failure.
  bool savePreset(const QString& path, QString* error = nullptr);
  static QString userPresetFolder();

  bool isValid() const { return config_.has_value(); }
  QString validationMessage() const;
  // The validated config (every field, defaults filled); empty while the form is invalid.
  const std::optional<RunConfig>& config() const { return config_; }
  QString configJson() const;  // its JSON; "" when invalid
  QString estimateText() const;
  widgets::JsonForm* form() const { return form_; }
  QPushButton* startRunButton() const { return start_run_; }
  QPushButton* startSweepButton() const { return start_sweep_; }
  QPushButton* startSlurmButton() const { return start_slurm_; }
  QComboBox* presetBox() const { return presets_; }

 public slots:
  // Validates now (the form also does it 250 ms after the last edit).
  void validate();
  void startRun();
  void startSweep();
  // The sweep as a Slurm job array: the options dialog with the script (docs/cluster.md).
  void startSweepOnSlurm();
  // A sweep when the config lists sweep sizes, else a run.
  void startPreferred();
  void savePresetDialog();
  void openConfigDialog();
  void compareDialog();

 signals:
  void jobQueued();
  // A Slurm plan folder was written (submitted: handed to sbatch); the window watches it.
  void slurmPlanWritten(const QString& dir, bool submitted);

 private:
  void changeEvent(QEvent* event) override;
  void retranslate();
  void fillPresetBox();
  void check(bool reveal);
  void enqueue(bool sweep);

  Workspace* workspace_;
  RunQueue* queue_;
  QComboBox* presets_;
  QLabel* source_;
  widgets::JsonForm* form_;
  QLabel* message_;
  QLabel* estimate_;
  QLabel* preset_label_;
  QString source_name_;  // where the form's config came from
  QPushButton* open_;
  QPushButton* save_;
  QPushButton* compare_;
  QPushButton* start_run_;
  QPushButton* start_sweep_;
  QPushButton* start_slurm_;
  QTimer debounce_;
  std::optional<RunConfig> config_;
  QJsonObject loaded_;  // as loaded, for "compare with the loaded config"
  bool loading_ = false;
};

}  // namespace ef::gui
