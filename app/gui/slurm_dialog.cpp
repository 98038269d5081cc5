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
#include <QPushButton>
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
    if (writePlan(false)) accept();
  });
  connect(submit_, &QPushButton::clicked, this, [this] {
    if (writePlan(true)) accept();
  });
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

bool SlurmDialog::writePlan(bool submit) {
  refresh();
  if (!valid_) return false;
  QGuiApplication::setOverrideCursor(Qt::WaitCursor);
  bool ok = false;
  try {
    if (!written_) writeSlurmPlan(plan_, cfg_);
    written_ = true;
    if (submit) submitSlurmPlan(plan_);  // sbatch returns at once; the tasks run on the cluster
    ok = true;
  } catch (const SlurmError& e) {
    message_->setText(QString::fromUtf8(e.what()));
    message_->setStyleSheet(QStringLiteral("color: #B00020;"));
  }
  QGuiApplication::restoreOverrideCursor();
  if (ok) emit planWritten(QString::fromStdString(plan_.dir), submit);
  return ok;
}

}  // namespace ef::gui
