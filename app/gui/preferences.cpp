// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferences.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QThread>

#include "util/paths.h"

namespace ef::gui {

Preferences Preferences::load() {
  QSettings s;
  Preferences p;
  p.language = s.value(QStringLiteral("prefs/language")).toString();
  p.device = s.value(QStringLiteral("prefs/device"), p.device).toString();
  p.threads = s.value(QStringLiteral("prefs/threads"), 0).toInt();
  p.data_folder = s.value(QStringLiteral("prefs/data_folder")).toString();
  return p;
}

void Preferences::save() const {
  QSettings s;
  s.setValue(QStringLiteral("prefs/language"), language);
  s.setValue(QStringLiteral("prefs/device"), device);
  s.setValue(QStringLiteral("prefs/threads"), threads);
  s.setValue(QStringLiteral("prefs/data_folder"), data_folder);
}

QString Preferences::dataFolder() const {
  if (!data_folder.isEmpty()) return data_folder;
  return QFileInfo(QString::fromStdString(ef::defaultWorkspacePath())).absolutePath();
}

QString Preferences::defaultWorkspace() const {
  if (data_folder.isEmpty()) return QString::fromStdString(ef::defaultWorkspacePath());
  return QDir(data_folder).filePath(QStringLiteral("workspace.sqlite"));
}

PreferencesDialog::PreferencesDialog(QWidget* parent)
    : QDialog(parent),
      language_(new QComboBox(this)),
      device_(new QComboBox(this)),
      threads_(new QSpinBox(this)),
      folder_(new QLineEdit(this)) {
  setWindowTitle(tr("Preferences"));
  const Preferences p = Preferences::load();
  language_->addItem(tr("System language"), QString());
  language_->addItem(QStringLiteral("English"), QStringLiteral("en"));
  language_->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
  language_->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
  language_->setCurrentIndex(std::max(0, language_->findData(p.language)));
  device_->addItem(tr("auto (CUDA when available)"), QStringLiteral("auto"));
  device_->addItem(QStringLiteral("cpu"), QStringLiteral("cpu"));
  device_->addItem(QStringLiteral("cuda"), QStringLiteral("cuda"));
  device_->setCurrentIndex(std::max(0, device_->findData(p.device)));
  threads_->setRange(0, 1024);
  threads_->setSpecialValueText(tr("all logical CPUs (%1)").arg(QThread::idealThreadCount()));
  threads_->setValue(p.threads);
  folder_->setText(p.dataFolder());

  auto* form = new QFormLayout(this);
  form->addRow(tr("Language:"), language_);
  auto* note = new QLabel(tr("A new language applies at once, to every page."), this);
  note->setWordWrap(true);
  form->addRow(QString(), note);
  form->addRow(tr("Default device:"), device_);
  form->addRow(tr("Threads:"), threads_);
  auto* folder_row = new QHBoxLayout;
  folder_row->addWidget(folder_, 1);
  auto* browse = new QPushButton(tr("Browse…"), this);
  folder_row->addWidget(browse);
  form->addRow(tr("Data folder:"), folder_row);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  form->addRow(buttons);
  connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
  connect(browse, &QPushButton::clicked, this, [this] {
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Data folder"), folder_->text());
    if (!dir.isEmpty()) folder_->setText(dir);
  });
}

Preferences PreferencesDialog::preferences() const {
  Preferences p;
  p.language = language_->currentData().toString();
  p.device = device_->currentData().toString();
  p.threads = threads_->value();
  p.data_folder = folder_->text().trimmed();
  return p;
}

void PreferencesDialog::accept() {
  preferences().save();
  QDialog::accept();
}

}  // namespace ef::gui
