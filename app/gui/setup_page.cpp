// SPDX-License-Identifier: GPL-3.0-or-later
#include "setup_page.h"

#include <QEvent>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

#include "config_hints.h"
#include "experiment/config/presets.h"
#include "experiment/config/run_config.h"
#include "experiment/config/work_estimate.h"
#include "json_diff.h"
#include "json_form.h"
#include "preferences.h"
#include "run_queue.h"
#include "slurm_dialog.h"
#include "store/run_store.h"
#include "workspace.h"

namespace ef::gui {
namespace {

constexpr int kJsonRole = Qt::UserRole + 1;

QJsonObject objectOf(const QString& json) {
  return QJsonDocument::fromJson(json.toUtf8()).object();
}

// Canonical form (every field, defaults filled) of a config; throws ConfigError.
QJsonObject canonicalObject(const QString& json) {
  return objectOf(QString::fromStdString(toJson(parseRunConfig(json.toStdString()))));
}

}  // namespace

SetupPage::SetupPage(Workspace* workspace, RunQueue* queue, QWidget* parent)
    : QWidget(parent),
      workspace_(workspace),
      queue_(queue),
      presets_(new QComboBox(this)),
      source_(new QLabel(this)),
      form_(new widgets::JsonForm(this)),
      message_(new QLabel(this)),
      estimate_(new QLabel(this)) {
  auto* layout = new QVBoxLayout(this);
  auto* top = new QHBoxLayout;
  preset_label_ = new QLabel(this);
  top->addWidget(preset_label_);
  presets_->setMinimumContentsLength(24);
  top->addWidget(presets_, 1);
  open_ = new QPushButton(this);
  save_ = new QPushButton(this);
  compare_ = new QPushButton(this);
  top->addWidget(open_);
  top->addWidget(save_);
  top->addWidget(compare_);
  layout->addLayout(top);
  source_->setWordWrap(true);
  layout->addWidget(source_);

  form_->setHints(runConfigHints());
  layout->addWidget(form_, 1);

  message_->setWordWrap(true);
  message_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  layout->addWidget(message_);
  estimate_->setWordWrap(true);
  layout->addWidget(estimate_);
  auto* buttons = new QHBoxLayout;
  buttons->addStretch(1);
  start_run_ = new QPushButton(this);
  start_sweep_ = new QPushButton(this);
  start_sweep_->setDefault(true);
  start_slurm_ = new QPushButton(this);
  retranslate();
  buttons->addWidget(start_run_);
  buttons->addWidget(start_sweep_);
  buttons->addWidget(start_slurm_);
  layout->addLayout(buttons);

  debounce_.setSingleShot(true);
  debounce_.setInterval(250);
  // While typing, a problem is marked where it is without switching the page under the user.
  connect(&debounce_, &QTimer::timeout, this, [this] { check(false); });
  connect(form_, &widgets::JsonForm::edited, this, [this] {
    if (!loading_) debounce_.start();
  });
  connect(presets_, &QComboBox::activated, this, [this](int i) {
    loadConfigJson(presets_->itemData(i, kJsonRole).toString(),
                   tr("Preset %1").arg(presets_->itemText(i)));
  });
  connect(open_, &QPushButton::clicked, this, &SetupPage::openConfigDialog);
  connect(save_, &QPushButton::clicked, this, &SetupPage::savePresetDialog);
  connect(compare_, &QPushButton::clicked, this, &SetupPage::compareDialog);
  connect(start_run_, &QPushButton::clicked, this, &SetupPage::startRun);
  connect(start_sweep_, &QPushButton::clicked, this, &SetupPage::startSweep);
  connect(start_slurm_, &QPushButton::clicked, this, &SetupPage::startSweepOnSlurm);
  fillPresetBox();
}

void SetupPage::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) {
    retranslate();
    const int preset = presets_->currentIndex();
    fillPresetBox();  // "(mine)"
    presets_->setCurrentIndex(preset);
    // The form's labels and hints come from the translations: build it again, values kept.
    form_->setHints(runConfigHints());
    loading_ = true;
    form_->setDocument(form_->document());
    loading_ = false;
    check(false);
    if (!source_name_.isEmpty()) source_->setText(tr("Loaded from: %1").arg(source_name_));
  }
  QWidget::changeEvent(event);
}

void SetupPage::retranslate() {
  preset_label_->setText(tr("Preset:"));
  open_->setText(tr("Open config…"));
  save_->setText(tr("Save as preset…"));
  compare_->setText(tr("Compare…"));
  open_->setToolTip(tr("Load a run config JSON file"));
  compare_->setToolTip(tr("Show the differences to a preset or a past run"));
  start_run_->setText(tr("Start run"));
  start_sweep_->setText(tr("Start sweep"));
  start_slurm_->setText(tr("Start sweep on Slurm…"));
  start_run_->setToolTip(tr("SFT with evaluations on task.train_size problems"));
  start_sweep_->setToolTip(tr("Every size × method × seed of the sweep section, as cells"));
  start_slurm_->setToolTip(
      tr("Write the sweep as a Slurm job array (one task per seed and size), show the script, "
         "submit it and merge the finished tasks into this workspace"));
}

QString SetupPage::userPresetFolder() {
  return QDir(Preferences::load().dataFolder()).filePath(QStringLiteral("presets"));
}

void SetupPage::fillPresetBox() {
  presets_->clear();
  for (const PresetInfo& p : builtinPresets()) {
    presets_->addItem(QString::fromStdString(p.name));
    const int i = presets_->count() - 1;
    presets_->setItemData(i, QString::fromStdString(p.json), kJsonRole);
    presets_->setItemData(i, QString::fromStdString(p.description), Qt::ToolTipRole);
  }
  const QDir dir(userPresetFolder());
  for (const QFileInfo& f :
       dir.entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
    QFile file(f.absoluteFilePath());
    if (!file.open(QIODevice::ReadOnly)) continue;
    presets_->addItem(tr("%1 (mine)").arg(f.completeBaseName()));
    const int i = presets_->count() - 1;
    presets_->setItemData(i, QString::fromUtf8(file.readAll()), kJsonRole);
    presets_->setItemData(i, f.absoluteFilePath(), Qt::ToolTipRole);
  }
}

bool SetupPage::loadPreset(const QString& name) {
  int i = name.isEmpty() ? -1 : presets_->findText(name);
  if (i < 0) i = presets_->findText(QString::fromStdString(defaultPresetName()));
  if (i < 0) return false;
  presets_->setCurrentIndex(i);
  return loadConfigJson(presets_->itemData(i, kJsonRole).toString(),
                        tr("Preset %1").arg(presets_->itemText(i))) &&
         presets_->itemText(i) == name;
}

bool SetupPage::loadConfigJson(const QString& json, const QString& source) {
  QJsonObject doc;
  try {
    doc = canonicalObject(json);
  } catch (const std::exception& e) {
    // Keep what the user had; say why this one could not be loaded.
    message_->setText(tr("Cannot load %1: %2").arg(source, QString::fromUtf8(e.what())));
    message_->setStyleSheet(QStringLiteral("color: #B00020;"));
    return false;
  }
  loading_ = true;
  form_->setDocument(doc);
  loaded_ = doc;
  loading_ = false;
  const Preferences prefs = Preferences::load();
  if (prefs.device != QLatin1String("auto") && doc["device"].toString() == QLatin1String("auto"))
    form_->setValue(QStringLiteral("device"), prefs.device);
  if (prefs.threads > 0 && doc["threads"].toInt() == 0)
    form_->setValue(QStringLiteral("threads"), prefs.threads);
  source_name_ = source;
  source_->setText(tr("Loaded from: %1").arg(source));
  validate();
  return true;
}

void SetupPage::duplicateRun(qint64 run_id) {
  const RunStore* store = workspace_->store();
  const auto rec = store ? store->run(run_id) : std::nullopt;
  if (!rec) return;
  loadConfigJson(QString::fromStdString(rec->config_json),
                 tr("run #%1 (%2)").arg(run_id).arg(QString::fromStdString(rec->name)));
}

void SetupPage::setAvailableDevices(const QStringList& devices) {
  // Only to tell the user; the config's device field stays free text (cuda:1 is valid).
  estimate_->setToolTip(tr("Devices here: %1").arg(devices.join(QStringLiteral(", "))));
}

void SetupPage::applyPreferences(const Preferences&) {
  // Preferences apply when a config is loaded (device "auto", threads 0): see loadConfigJson.
}

QString SetupPage::validationMessage() const {
  return config_ ? QString() : message_->text();
}

void SetupPage::validate() {
  check(true);
}

QString SetupPage::configJson() const {
  return config_ ? QString::fromStdString(toJson(*config_)) : QString();
}

void SetupPage::check(bool reveal) {
  debounce_.stop();
  form_->clearFieldErrors();
  config_.reset();
  const auto fail = [this](const QString& text) {
    message_->setText(text);
    message_->setStyleSheet(QStringLiteral("color: #B00020;"));
    estimate_->clear();
    start_run_->setEnabled(false);
    start_sweep_->setEnabled(false);
    start_slurm_->setEnabled(false);
  };
  if (form_->hasLocalErrors()) {
    fail(tr("Fix the marked fields."));
    return;
  }
  const QString json = QString::fromUtf8(QJsonDocument(form_->document()).toJson());
  try {
    config_ = parseRunConfig(json.toStdString());  // the one validation; jobs carry the result
  } catch (const ConfigError& e) {
    form_->setFieldError(QString::fromStdString(e.field()), QString::fromUtf8(e.what()), reveal);
    fail(QString::fromUtf8(e.what()));
    return;
  }
  message_->setText(tr("Configuration is valid."));
  message_->setStyleSheet(QStringLiteral("color: #1B7F3B;"));
  start_run_->setEnabled(true);
  start_sweep_->setEnabled(true);
  start_slurm_->setEnabled(true);
  estimate_->setText(estimateText());
}

QString SetupPage::estimateText() const {
  if (!config_) return {};
  const WorkEstimate run = estimateWork(*config_, false);
  const WorkEstimate sweep = estimateWork(*config_, true);
  const QLocale l;
  return tr("Run: %1 training problems, %2 optimizer steps, %3 evaluations of %4 test problems.\n"
            "Sweep: %5 cells (%6 SFT models), %7 training problems, %8 optimizer steps, "
            "%9 self-samples, at most %10 negatives and %11 rollouts.")
      .arg(l.toString(run.train_problems), l.toString(run.optimizer_steps),
           l.toString(run.evaluations), l.toString(run.test_problems), l.toString(sweep.cells),
           l.toString(sweep.sft_models), l.toString(sweep.train_problems),
           l.toString(sweep.optimizer_steps), l.toString(sweep.samples))
      .arg(l.toString(sweep.max_negatives), l.toString(sweep.max_rollouts));
}

void SetupPage::startRun() {
  enqueue(false);
}

void SetupPage::startSweep() {
  enqueue(true);
}

void SetupPage::startSweepOnSlurm() {
  validate();
  if (!config_) return;
  auto* dialog = new SlurmDialog(
      *config_,
      QString::fromStdString(siblingCli(QCoreApplication::applicationFilePath().toStdString())),
      workspace_->path(), this);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  connect(dialog, &SlurmDialog::planWritten, this, &SetupPage::slurmPlanWritten);
  dialog->open();
}

void SetupPage::startPreferred() {
  validate();
  if (!config_) return;
  enqueue(!config_->sweep.sizes.empty());
}

void SetupPage::enqueue(bool sweep) {
  validate();
  if (!config_) return;
  Job job;
  job.kind = sweep ? Job::Kind::Sweep : Job::Kind::Run;
  job.config = std::make_shared<const RunConfig>(*config_);
  job.device = QString::fromStdString(config_->device);
  job.label = QString::fromStdString(config_->name);
  queue_->enqueue(job);
  emit jobQueued();
}

bool SetupPage::savePreset(const QString& path, QString* error) {
  validate();
  if (!config_) {
    if (error) *error = message_->text();
    return false;
  }
  QDir().mkpath(QFileInfo(path).absolutePath());
  QFile f(path);
  const QByteArray json = configJson().toUtf8();
  if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(json) != json.size()) {
    if (error) *error = tr("Cannot write %1: %2").arg(path, f.errorString());
    return false;
  }
  f.close();
  fillPresetBox();
  const int i = presets_->findData(QFileInfo(path).absoluteFilePath(), Qt::ToolTipRole);
  if (i >= 0) presets_->setCurrentIndex(i);
  return true;
}

void SetupPage::savePresetDialog() {
  QDir().mkpath(userPresetFolder());
  const QString name = config_ ? QString::fromStdString(config_->name) : QStringLiteral("run");
  const QString path = QFileDialog::getSaveFileName(
      this, tr("Save as preset"), QDir(userPresetFolder()).filePath(name + QStringLiteral(".json")),
      tr("Run config (*.json)"));
  if (path.isEmpty()) return;
  QString error;
  if (!savePreset(path, &error)) QMessageBox::warning(this, tr("Save as preset"), error);
}

void SetupPage::openConfigDialog() {
  const QString path = QFileDialog::getOpenFileName(this, tr("Open run config"), QString(),
                                                    tr("Run config (*.json);;All files (*)"));
  if (path.isEmpty()) return;
  QFile f(path);
  if (!f.open(QIODevice::ReadOnly)) {
    QMessageBox::warning(this, tr("Open run config"),
                         tr("Cannot read %1: %2").arg(path, f.errorString()));
    return;
  }
  loadConfigJson(QString::fromUtf8(f.readAll()), path);
}

void SetupPage::compareDialog() {
  QDialog dialog(this);
  dialog.setWindowTitle(tr("Compare configurations"));
  auto* layout = new QVBoxLayout(&dialog);
  auto* other = new QComboBox(&dialog);
  other->addItem(tr("The config as loaded"), QString::fromUtf8(QJsonDocument(loaded_).toJson()));
  for (int i = 0; i < presets_->count(); ++i)
    other->addItem(tr("Preset %1").arg(presets_->itemText(i)), presets_->itemData(i, kJsonRole));
  if (const RunStore* store = workspace_->store()) {
    for (const RunRecord& r : store->listRuns())
      other->addItem(tr("Run #%1 %2").arg(r.id).arg(QString::fromStdString(r.name)),
                     QString::fromStdString(r.config_json));
  }
  layout->addWidget(other);
  auto* view = new widgets::JsonDiffView(&dialog);
  layout->addWidget(view, 1);
  const auto update = [this, other, view] {
    QJsonObject b;
    try {
      b = canonicalObject(other->currentData().toString());
    } catch (const std::exception&) {
      b = objectOf(other->currentData().toString());
    }
    view->setDocuments(tr("This form"), form_->document(), other->currentText(), b);
  };
  connect(other, &QComboBox::currentIndexChanged, &dialog, update);
  update();
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
  connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
  layout->addWidget(buttons);
  dialog.resize(720, 480);
  dialog.exec();
}

}  // namespace ef::gui
