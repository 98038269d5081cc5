// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Setup page → Start sweep on Slurm…: the job array's options (plan folder, partition, GPUs and
// CPUs per task, time, memory), the sbatch script they make shown before anything is written, and
// Write / Submit (docs/cluster.md). A bad option is named under the form and disables the buttons.
// sbatch runs as a QProcess, never on the GUI thread's time: the window stays live while it runs,
// and a controller that does not answer within the timeout is given up with a message.
#include <QDialog>
#include <QElapsedTimer>

#include "cluster/slurm_plan.h"

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProcess;
class QPushButton;
class QSpinBox;

namespace ef::gui {

class SlurmDialog : public QDialog {
  Q_OBJECT

 public:
  // cli: the eightfold-cli the tasks run (absolute); workspace: where the watcher merges.
  SlurmDialog(const RunConfig& cfg, const QString& cli, const QString& workspace,
              QWidget* parent = nullptr);

  QLineEdit* folderEdit() const { return folder_; }
  QLineEdit* partitionEdit() const { return partition_; }
  QLineEdit* timeEdit() const { return time_; }
  QLineEdit* memEdit() const { return mem_; }
  QSpinBox* cpusBox() const { return cpus_; }
  QSpinBox* gpusBox() const { return gpus_; }
  QPlainTextEdit* preview() const { return preview_; }
  QLabel* message() const { return message_; }
  QPushButton* submitButton() const { return submit_; }
  QPushButton* writeButton() const { return write_; }
  const SlurmPlan& plan() const { return plan_; }

  // Writes the plan folder. Returns false with the reason shown.
  bool writePlan();
  // Writes the plan folder if needed and starts sbatch; the outcome arrives later: planWritten
  // (and the dialog accepts) or the reason shown under the form. False when nothing was started.
  bool submitPlan();
  bool submitting() const { return sbatch_ != nullptr; }
  // How long sbatch may run before it is stopped (kSlurmTimeoutS by default).
  void setSubmitTimeout(double seconds) { submit_timeout_s_ = seconds; }

 signals:
  // The plan folder was written (and, when submitted, handed to Slurm).
  void planWritten(const QString& dir, bool submitted);
  // A submission ended without a job id; the message is shown under the form.
  void submitFailed(const QString& message);

 private:
  void refresh();  // options → plan → preview, or the error
  void showError(const QString& text);
  bool ensureWritten();
  void finishSubmit(const ProcessResult& result);

  RunConfig cfg_;
  SlurmPlan plan_;
  bool valid_ = false;
  bool written_ = false;        // the folder exists: a retry after a failed sbatch only submits
  QProcess* sbatch_ = nullptr;  // the running submission
  double submit_timeout_s_ = kSlurmTimeoutS;
  QLineEdit *folder_, *partition_, *time_, *mem_;
  QSpinBox *cpus_, *gpus_;
  QPlainTextEdit* preview_;
  QLabel* message_;
  QPushButton *write_, *submit_;
};

}  // namespace ef::gui
