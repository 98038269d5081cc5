// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The "Export figure" dialog (LabPlot-style): format, resolution, column width, font size, palette,
// legend position, axis titles, the CSV/pgfplots side files and a live preview drawn with
// renderFigure. Settings persist in QSettings group "export" (loaded on construction, saved when
// the export succeeds); the axis titles are per figure and are not persisted.
#include <QDialog>
#include <QStringList>

#include "figure.h"
#include "figure_export.h"

class QCheckBox;
class QComboBox;
class QCustomPlot;
class QDoubleSpinBox;
class QLineEdit;

namespace ef::widgets {

class ExportDialog : public QDialog {
  Q_OBJECT

 public:
  explicit ExportDialog(const FigureData& data, QWidget* parent = nullptr);

  // The settings the controls show. Empty axis titles in setSettings mean "the data's titles".
  ExportSettings settings() const;
  void setSettings(const ExportSettings& s);
  QString path() const;
  void setPath(const QString& path);
  // Exports with the current settings to path(); returns the files written. Throws
  // std::runtime_error (message names the path) on failure. Does not save the settings.
  QStringList exportNow();
  QCustomPlot* preview() const { return preview_; }

 public slots:
  // Exports; on success saves the settings and closes, on failure shows the error and stays open.
  void accept() override;

 private:
  QWidget* buildOutputGroup();
  QWidget* buildSizeGroup();
  QWidget* buildStyleGroup();
  QWidget* buildDataGroup();
  void connectControls();
  void loadSettings();
  void saveSettings() const;
  void onFormatChanged();
  void onPresetChanged();
  void browse();
  void updatePreview();

  FigureData data_;
  FigureStyle hidden_style_;  // style fields without a control (font family, line width)
  QComboBox* format_ = nullptr;
  QComboBox* dpi_ = nullptr;
  QComboBox* preset_ = nullptr;
  QDoubleSpinBox* width_ = nullptr;
  QDoubleSpinBox* height_ = nullptr;
  QDoubleSpinBox* font_ = nullptr;
  QComboBox* palette_ = nullptr;
  QComboBox* legend_ = nullptr;
  QLineEdit* x_label_ = nullptr;
  QLineEdit* y_label_ = nullptr;
  QCheckBox* csv_ = nullptr;
  QCheckBox* pgfplots_ = nullptr;
  QLineEdit* path_ = nullptr;
  QCustomPlot* preview_ = nullptr;
  bool updating_ = false;  // set while setSettings fills the controls: one preview at the end
};

}  // namespace ef::widgets
