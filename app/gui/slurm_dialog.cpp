// SPDX-License-Identifier: GPL-3.0-or-later
#include "slurm_dialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QTimer>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ef::gui {

SlurmDialog::SlurmDialog(const RunConfig& cfg, const QString& cli, const QString& workspace,
                         QWidget* parent)
    : QDialog(parent),
      cfg_(cfg),
      folder_(new QLineEdit(this)),
      partition_(new QLineEdit(this)),
      time_(new QLineEdit(this)),
      mem_(new QLineEdit(this)),
      cpus_(new QSpinBox(this)),
      gpus_(new QSpinBox(this)),
      preview_(new QPlainTextEdit(this)),
      message_(new QLabel(this)),
      write_(new QPushButton(tr("Write only"), this)),
      submit_(new QPushButton(tr("Write and submit"), this)) {
  setWindowTitle(tr("Start sweep on Slurm"));
  plan_ = makeSlurmPlan(cfg_, ".", {}, cli.toStdString(), workspace.toStdString());
  const QString base = QFileInfo(workspace).absolutePath();
  folder_->setText(QDir(base).filePath(QStringLiteral("slurm-%1-%2")
                                           .arg(QString::fromStdString(cfg_.name))
                                           .arg(QString::fromStdString(plan_.plan).left(8))));
  partition_->setPlaceholderText(tr("cluster default"));
  time_->setPlaceholderText(tr("e.g. 04:00:00"));
  mem_->setPlaceholderText(tr("e.g. 16G"));
  cpus_->setRange(0, 1024);
  cpus_->setSpecialValueText(tr("cluster default"));
  gpus_->setRange(0, 64);
  gpus_->setSpecialValueText(tr("none"));
  auto* browse = new QPushButton(tr("Browse…"), this);
  auto* folder_row = new QHBoxLayout;
  folder_row->addWidget(folder_, 1);
  folder_row->addWidget(browse);

  auto* form = new QFormLayout;
  form->addRow(tr("Plan folder"), folder_row);
  form->addRow(tr("Partition"), partition_);
  form->addRow(tr("GPUs per task"), gpus_);
  form->addRow(tr("CPUs per task"), cpus_);
  form->addRow(tr("Time limit"), time_);
  form->addRow(tr("Memory"), mem_);
  auto* tasks = new QLabel(tr("Array tasks: %1, one per seed and size, each with its own shard; "
                              "finished shards are merged into this workspace as they arrive.")
                               .arg(plan_.tasks.size()),
                           this);
  tasks->setWordWrap(true);

  preview_->setReadOnly(true);
  preview_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
  preview_->setLineWrapMode(QPlainTextEdit::NoWrap);
  preview_->setMinimumSize(640, 320);
  message_->setWordWrap(true);

  auto* box = new QDialogButtonBox(this);
  box->addButton(submit_, QDialogButtonBox::AcceptRole);
  box->addButton(write_, QDialogButtonBox::ActionRole);
  box->addButton(QDialogButtonBox::Cancel);
  submit_->setDefault(true);

  auto* layout = new QVBoxLayout(this);
  layout->addLayout(form);
  layout->addWidget(tasks);
  layout->addWidget(new QLabel(tr("Job script (job.sh):"), this));
  layout->addWidget(preview_, 1);
  layout->addWidget(message_);
  layout->addWidget(box);

  for (QLineEdit* e : {folder_, partition_, time_, mem_})
    connect(e, &QLineEdit::textChanged, this, &SlurmDialog::refresh);
  for (QSpinBox* b : {cpus_, gpus_})
    connect(b, &QSpinBox::valueChanged, this, &SlurmDialog::refresh);
  connect(browse, &QPushButton::clicked, this, [this] {
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Plan folder"), folder_->text());
    if (!dir.isEmpty()) folder_->setText(QDir(dir).filePath(QFileInfo(folder_->text()).fileName()));
  });
  connect(write_, &QPushButton::clicked, this, [this] {
    if (writePlan()) accept();
  });
  connect(submit_, &QPushButton::clicked, this, [this] { submitPlan(); });
  connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
  refresh();
}

void SlurmDialog::refresh() {
  SlurmOptions o;
  o.partition = partition_->text().trimmed().toStdString();
  o.time = time_->text().trimmed().toStdString();
  o.mem = mem_->text().trimmed().toStdString();
  o.cpus_per_task = cpus_->value();
  o.gpus_per_task = gpus_->value();
  valid_ = false;
  if (written_) {  // the folder and script are fixed once written
    for (QWidget* w :
         std::initializer_list<QWidget*>{folder_, partition_, time_, mem_, cpus_, gpus_})
      w->setEnabled(false);
    write_->setEnabled(false);
    submit_->setEnabled(true);
    valid_ = true;
    return;
  }
  try {
    validateSlurmOptions(o);
    if (folder_->text().trimmed().isEmpty())
      throw ConfigError(tr("Plan folder").toStdString(), tr("choose a folder").toStdString());
    plan_.options = o;
    plan_.dir = QDir::cleanPath(QDir(folder_->text().trimmed()).absolutePath()).toStdString();
    preview_->setPlainText(QString::fromStdString(slurmScript(plan_)));
    message_->setText(tr("Nothing is written before you choose Write or Submit."));
    message_->setStyleSheet({});
    valid_ = true;
  } catch (const ConfigError& e) {
    message_->setText(QString::fromUtf8(e.what()));
    message_->setStyleSheet(QStringLiteral("color: #B00020;"));
  }
  write_->setEnabled(valid_);
  submit_->setEnabled(valid_);
}

void SlurmDialog::showError(const QString& text) {
  message_->setText(text);
  message_->setStyleSheet(QStringLiteral("color: #B00020;"));
}

// Writes the plan folder unless it is written; false with the reason shown.
bool SlurmDialog::ensureWritten() {
  refresh();
  if (!valid_ || sbatch_) return false;
  try {
    if (!written_) writeSlurmPlan(plan_, cfg_);
    written_ = true;
  } catch (const SlurmError& e) {
    showError(QString::fromUtf8(e.what()));
    return false;
  }
  refresh();  // the options are fixed once written
  return true;
}

bool SlurmDialog::writePlan() {
  if (!ensureWritten()) return false;
  emit planWritten(QString::fromStdString(plan_.dir), false);
  return true;
}

bool SlurmDialog::submitPlan() {
  if (!ensureWritten()) return false;
  const auto argv = sbatchCommand(plan_);
  QStringList args;
  for (std::size_t i = 1; i < argv.size(); ++i)
    args << QString::fromStdString(argv[i]);
  sbatch_ = new QProcess(this);
  auto* timer = new QTimer(sbatch_);
  timer->setSingleShot(true);
  auto timed_out = std::make_shared<bool>(false);
  connect(timer, &QTimer::timeout, sbatch_, [this, timed_out] {
    *timed_out = true;
    sbatch_->kill();
  });
  connect(sbatch_, &QProcess::finished, this, [this, timed_out](int code, QProcess::ExitStatus st) {
    ProcessResult r;
    r.started = true;
    r.timed_out = *timed_out;
    r.exit_code = st == QProcess::CrashExit ? 128 + 9 : code;
    r.out = sbatch_->readAllStandardOutput().toStdString();
    r.err = sbatch_->readAllStandardError().toStdString();
    finishSubmit(r);
  });
  const std::string program = argv[0];
  connect(sbatch_, &QProcess::errorOccurred, this, [this, program](QProcess::ProcessError e) {
    if (e != QProcess::FailedToStart) return;  // the others end in finished()
    ProcessResult r;
    r.start_error = program + ": " +
                    (onPath(program) ? sbatch_->errorString().toStdString() : "not found on PATH");
    finishSubmit(r);
  });
  write_->setEnabled(false);
  submit_->setEnabled(false);
  message_->setText(tr("Submitting with sbatch…"));
  message_->setStyleSheet({});
  timer->start(static_cast<int>(submit_timeout_s_ * 1000));
  sbatch_->start(QString::fromStdString(argv[0]), args);
  return true;
}

void SlurmDialog::finishSubmit(const ProcessResult& result) {
  QProcess* done = sbatch_;
  sbatch_ = nullptr;
  done->deleteLater();
  try {
    acceptSbatchResult(plan_, result, submit_timeout_s_);
  } catch (const SlurmError& e) {
    refresh();  // the buttons again; the plan stays written
    showError(QString::fromUtf8(e.what()));
    emit submitFailed(message_->text());
    return;
  }
  emit planWritten(QString::fromStdString(plan_.dir), true);
  accept();
}

}  // namespace ef::gui
