// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// File → Export dataset…: a run's (or a sweep's cells') preference pairs, step labels or samples
// as JSONL for TRL, or its model as a GPT-2 folder (docs/models.md, "Exports"). The export runs
// on a worker thread with its own connection to the workspace; the dialog reports when it ends.
#include <QDialog>
#include <functional>

class QComboBox;
class QLabel;

namespace ef::gui {

class DatasetExportDialog : public QDialog {
  Q_OBJECT

 public:
  // has_cells: run_id is a sweep or tune, whose cells' data is exported.
  DatasetExportDialog(const QString& db_path, qint64 run_id, bool has_cells = false,
                      QWidget* parent = nullptr);

  QComboBox* formatBox() const { return format_; }
  // The format keys offered, in the box's order: trl-dpo, trl-prm, trl-prm-soft, samples, model.
  static QStringList formatKeys();
  // Runs the export of `format` into `target` on a worker thread; `done(ok, message)` is called on
  // the GUI thread when it ends.
  static void startExport(QObject* context, const QString& db_path, qint64 run_id,
                          const QString& format, const QString& target,
                          std::function<void(bool, QString)> done);

 signals:
  void finished(bool ok, const QString& message);

 private:
  void chooseTargetAndStart();

  QString db_path_;
  qint64 run_id_;
  QComboBox* format_;
};

}  // namespace ef::gui
