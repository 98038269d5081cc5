// SPDX-License-Identifier: GPL-3.0-or-later
#include "dataset_export_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>
#include <fstream>
#include <memory>

#include "experiment/tools/dataset_export.h"
#include "experiment/tools/model_export.h"
#include "store/run_store.h"

namespace ef::gui {

QStringList DatasetExportDialog::formatKeys() {
  return {"trl-dpo", "trl-prm", "trl-prm-soft", "samples", "model"};
}

DatasetExportDialog::DatasetExportDialog(const QString& db_path, qint64 run_id, bool has_cells,
                                         QWidget* parent)
    : QDialog(parent), db_path_(db_path), run_id_(run_id), format_(new QComboBox(this)) {
  setWindowTitle(tr("Export dataset"));
  format_->addItem(tr("Preference pairs (TRL DPO JSONL)"));
  format_->addItem(tr("Step labels, any rollout succeeded (TRL PRM JSONL)"));
  format_->addItem(tr("Step labels, Monte-Carlo estimate Q (TRL PRM JSONL)"));
  format_->addItem(tr("Self-samples with verdicts (JSONL)"));
  format_->addItem(tr("Model (Hugging Face GPT-2 folder)"));
  auto* form = new QFormLayout;
  const QString run =
      has_cells ? tr("#%1 (a sweep: all its cells)").arg(run_id) : QString("#%1").arg(run_id);
  form->addRow(tr("Run"), new QLabel(run, this));
  form->addRow(tr("Format"), format_);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  buttons->button(QDialogButtonBox::Ok)->setText(tr("Export…"));
  connect(buttons, &QDialogButtonBox::accepted, this, &DatasetExportDialog::chooseTargetAndStart);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(form);
  layout->addWidget(buttons);
}

void DatasetExportDialog::chooseTargetAndStart() {
  const QString key = formatKeys().value(format_->currentIndex());
  const QString target =
      key == "model"
          ? QFileDialog::getExistingDirectory(this, tr("Folder for the model"))
          : QFileDialog::getSaveFileName(this, tr("Export dataset"),
                                         QString("run-%1-%2.jsonl").arg(run_id_).arg(key),
                                         tr("JSON Lines (*.jsonl);;All files (*)"));
  if (target.isEmpty()) return;
  QPointer<DatasetExportDialog> self(this);
  startExport(parent(), db_path_, run_id_, key, target, [self](bool ok, QString message) {
    if (self) emit self->finished(ok, message);
  });
  accept();
}

void DatasetExportDialog::startExport(QObject* context, const QString& db_path, qint64 run_id,
                                      const QString& format, const QString& target,
                                      std::function<void(bool, QString)> done) {
  auto result = std::make_shared<std::pair<bool, QString>>(false, QString());
  const std::string db = db_path.toStdString(), out = target.toStdString();
  const std::string key = format.toStdString();
  QThread* worker = QThread::create([=] {
    try {
      if (key == "model") {
        RunStore store(db, RunStore::Mode::ReadWrite);
        const ModelExport m = exportModel(store, run_id, "", out);
        *result = {true, tr("Exported the %1 model of run #%2 to %3")
                             .arg(QString::fromStdString(m.stage))
                             .arg(run_id)
                             .arg(target)};
        return;
      }
      const RunStore store(db, RunStore::Mode::ReadOnly);
      std::ofstream file(out, std::ios::binary | std::ios::trunc);
      if (!file) throw std::runtime_error(out + ": cannot write");
      ExportCount n;
      if (key == "trl-dpo") {
        n = exportTrlDpo(store, run_id, file);
      } else if (key == "trl-prm" || key == "trl-prm-soft") {
        n = exportTrlPrm(store, run_id, key == "trl-prm-soft", file);
      } else {
        n = exportSamples(store, run_id, file);
      }
      file.flush();
      if (!file) throw std::runtime_error(out + ": write failed (disk full?)");
      *result = {true, tr("Exported %1 lines to %2").arg(n.lines).arg(target)};
    } catch (const std::exception& e) {
      *result = {false, QString::fromStdString(e.what())};
    }
  });
  QObject::connect(worker, &QThread::finished, context, [worker, result, done] {
    worker->deleteLater();
    done(result->first, result->second);
  });
  worker->start();
}

}  // namespace ef::gui
