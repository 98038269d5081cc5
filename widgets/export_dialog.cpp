// SPDX-License-Identifier: GPL-3.0-or-later
#include "export_dialog.h"

#include <algorithm>
#include <stdexcept>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include "figure_renderer.h"
#include "palette.h"

namespace ef::widgets {

namespace {

constexpr double kCustomPreset = 0;  // preset combo data for "custom width"
constexpr QSize kPreviewMax(360, 270);

// Stable names for QSettings, so reordering the enum does not scramble stored preferences.
const QStringList& legendKeys() {
  static const QStringList keys{QStringLiteral("top-right"),    QStringLiteral("top-left"),
                                QStringLiteral("bottom-right"), QStringLiteral("bottom-left"),
                                QStringLiteral("outside"),      QStringLiteral("hidden")};
  return keys;
}

void selectData(QComboBox* box, const QVariant& value) {
  const int i = box->findData(value);
  if (i >= 0) box->setCurrentIndex(i);
}

QString fileNameFor(const FigureData& data) {
  QString name = data.title.simplified().toLower();
  name.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
  name = name.mid(0, 60).remove(QRegularExpression(QStringLiteral("^-+|-+$")));
  return name.isEmpty() ? QStringLiteral("figure") : name;
}

}  // namespace

ExportDialog::ExportDialog(const FigureData& data, QWidget* parent) : QDialog(parent), data_(data) {
  setWindowTitle(tr("Export figure"));
  auto* form = new QVBoxLayout;
  form->addWidget(buildOutputGroup());
  form->addWidget(buildSizeGroup());
  form->addWidget(buildStyleGroup());
  form->addWidget(buildDataGroup());
  form->addStretch(1);

  preview_ = new QCustomPlot(this);
  preview_->setFixedSize(kPreviewMax);
  auto* previewBox = new QGroupBox(tr("Preview"));
  auto* previewLayout = new QVBoxLayout(previewBox);
  previewLayout->addWidget(preview_, 0, Qt::AlignCenter);
  previewLayout->addStretch(1);

  auto* columns = new QHBoxLayout;
  columns->addLayout(form);
  columns->addWidget(previewBox, 1);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
  buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
  connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(columns);
  layout->addWidget(buttons);

  connectControls();
  loadSettings();
}

QWidget* ExportDialog::buildOutputGroup() {
  auto* box = new QGroupBox(tr("Output"));
  auto* form = new QFormLayout(box);
  format_ = new QComboBox;
  for (const FigureFormat& f : figureFormats())
    format_->addItem(tr(f.label), f.id);
  form->addRow(tr("Format:"), format_);
  dpi_ = new QComboBox;
  for (int dpi : {150, 300, 600})
    dpi_->addItem(tr("%1 dpi").arg(dpi), dpi);
  form->addRow(tr("Resolution:"), dpi_);
  path_ = new QLineEdit;
  path_->setMinimumWidth(260);  // room for a directory, not only the file name
  auto* browse = new QPushButton(tr("Browse…"));
  connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
  auto* row = new QHBoxLayout;
  row->addWidget(path_, 1);
  row->addWidget(browse);
  form->addRow(tr("File:"), row);
  return box;
}

QWidget* ExportDialog::buildSizeGroup() {
  auto* box = new QGroupBox(tr("Size"));
  auto* form = new QFormLayout(box);
  preset_ = new QComboBox;
  preset_->addItem(tr("Single column (3.25 in)"), ExportSettings::kSingleColumnPt);
  preset_->addItem(tr("Double column (6.75 in)"), ExportSettings::kDoubleColumnPt);
  preset_->addItem(tr("Custom"), kCustomPreset);
  form->addRow(tr("Width:"), preset_);
  width_ = new QDoubleSpinBox;
  width_->setRange(36, 2000);
  width_->setDecimals(1);
  width_->setSuffix(tr(" pt"));
  form->addRow(tr("Custom width:"), width_);
  height_ = new QDoubleSpinBox;
  height_->setRange(0, 2000);
  height_->setDecimals(1);
  height_->setSuffix(tr(" pt"));
  height_->setSpecialValueText(tr("auto (4:3)"));  // shown at 0
  form->addRow(tr("Height:"), height_);
  return box;
}

QWidget* ExportDialog::buildStyleGroup() {
  auto* box = new QGroupBox(tr("Style"));
  auto* form = new QFormLayout(box);
  font_ = new QDoubleSpinBox;
  font_->setRange(5, 24);
  font_->setSingleStep(0.5);
  font_->setDecimals(1);
  font_->setSuffix(tr(" pt"));
  form->addRow(tr("Font size:"), font_);
  palette_ = new QComboBox;
  for (const QString& name : paletteNames()) {
    palette_->addItem(name == QLatin1String("grey") ? tr("Grey (black and white print)")
                                                    : tr("Okabe–Ito (colour-blind safe)"),
                      name);
  }
  palette_->addItem(tr("As shown"), QStringLiteral("as-shown"));
  form->addRow(tr("Palette:"), palette_);
  legend_ = new QComboBox;
  const QStringList names{tr("Top right"),
                          tr("Top left"),
                          tr("Bottom right"),
                          tr("Bottom left"),
                          tr("Outside, on the right"),
                          tr("Hidden")};
  for (int i = 0; i < names.size(); ++i)
    legend_->addItem(names[i], i);
  form->addRow(tr("Legend:"), legend_);
  x_label_ = new QLineEdit(data_.x_label);
  y_label_ = new QLineEdit(data_.y_label);
  form->addRow(tr("X axis title:"), x_label_);
  form->addRow(tr("Y axis title:"), y_label_);
  return box;
}

QWidget* ExportDialog::buildDataGroup() {
  auto* box = new QGroupBox(tr("Data beside the figure"));
  auto* layout = new QVBoxLayout(box);
  csv_ = new QCheckBox(tr("CSV of the plotted points (.csv)"));
  pgfplots_ = new QCheckBox(tr("pgfplots snippet for LaTeX (.tex)"));
  layout->addWidget(csv_);
  layout->addWidget(pgfplots_);
  return box;
}

void ExportDialog::connectControls() {
  const auto preview = [this] { updatePreview(); };
  connect(format_, &QComboBox::currentIndexChanged, this, &ExportDialog::onFormatChanged);
  connect(preset_, &QComboBox::currentIndexChanged, this, &ExportDialog::onPresetChanged);
  for (QDoubleSpinBox* spin : {width_, height_, font_})
    connect(spin, &QDoubleSpinBox::valueChanged, this, preview);
  for (QComboBox* box : {palette_, legend_})
    connect(box, &QComboBox::currentIndexChanged, this, preview);
  for (QLineEdit* edit : {x_label_, y_label_})
    connect(edit, &QLineEdit::textChanged, this, preview);
}

ExportSettings ExportDialog::settings() const {
  ExportSettings s;
  s.format = format_->currentData().toString();
  s.dpi = dpi_->currentData().toInt();
  s.width_pt = width_->value();
  s.height_pt = height_->value();
  s.style = hidden_style_;
  s.style.font_pt = font_->value();
  s.style.palette = palette_->currentData().toString();
  s.style.legend = LegendPosition(legend_->currentData().toInt());
  s.x_label = x_label_->text();
  s.y_label = y_label_->text();
  s.write_csv = csv_->isChecked();
  s.write_pgfplots = pgfplots_->isChecked();
  return s;
}

void ExportDialog::setSettings(const ExportSettings& s) {
  updating_ = true;
  hidden_style_ = s.style;
  selectData(format_, s.format);
  if (dpi_->findData(s.dpi) < 0) dpi_->addItem(tr("%1 dpi").arg(s.dpi), s.dpi);
  selectData(dpi_, s.dpi);
  const int preset = preset_->findData(s.width_pt);
  preset_->setCurrentIndex(preset >= 0 ? preset : preset_->findData(kCustomPreset));
  width_->setValue(s.width_pt);
  height_->setValue(s.height_pt);
  font_->setValue(s.style.font_pt);
  selectData(palette_, s.style.palette);
  selectData(legend_, int(s.style.legend));
  x_label_->setText(s.x_label.isEmpty() ? data_.x_label : s.x_label);
  y_label_->setText(s.y_label.isEmpty() ? data_.y_label : s.y_label);
  csv_->setChecked(s.write_csv);
  pgfplots_->setChecked(s.write_pgfplots);
  updating_ = false;
  onFormatChanged();
  onPresetChanged();
  updatePreview();
}

QString ExportDialog::path() const {
  return path_->text();
}

void ExportDialog::setPath(const QString& path) {
  path_->setText(path);
}

QStringList ExportDialog::exportNow() {
  if (path().trimmed().isEmpty())
    throw std::runtime_error(tr("Choose a file to export to.").toStdString());
  return exportFigure(data_, settings(), path().trimmed());
}

void ExportDialog::accept() {
  try {
    exportNow();
  } catch (const std::exception& e) {
    QMessageBox::warning(this, tr("Export failed"), QString::fromUtf8(e.what()));
    return;
  }
  saveSettings();
  QDialog::accept();
}

void ExportDialog::loadSettings() {
  QSettings q;
  q.beginGroup(QStringLiteral("export"));
  const ExportSettings d;  // defaults
  ExportSettings s;
  s.format = q.value(QStringLiteral("format"), d.format).toString();
  s.dpi = q.value(QStringLiteral("dpi"), d.dpi).toInt();
  s.width_pt = q.value(QStringLiteral("width_pt"), d.width_pt).toDouble();
  s.height_pt = q.value(QStringLiteral("height_pt"), d.height_pt).toDouble();
  s.style.font_pt = q.value(QStringLiteral("font_pt"), d.style.font_pt).toDouble();
  s.style.font_family = q.value(QStringLiteral("font_family"), d.style.font_family).toString();
  s.style.line_width = q.value(QStringLiteral("line_width"), d.style.line_width).toDouble();
  s.style.palette = q.value(QStringLiteral("palette"), d.style.palette).toString();
  const int legend = legendKeys().indexOf(q.value(QStringLiteral("legend")).toString());
  s.style.legend = legend >= 0 ? LegendPosition(legend) : d.style.legend;
  s.write_csv = q.value(QStringLiteral("csv"), d.write_csv).toBool();
  s.write_pgfplots = q.value(QStringLiteral("pgfplots"), d.write_pgfplots).toBool();
  const QString dir = q.value(QStringLiteral("directory"), QDir::homePath()).toString();
  q.endGroup();
  setSettings(s);
  setPath(QDir(dir).filePath(fileNameFor(data_) + QLatin1Char('.') + s.format));
}

void ExportDialog::saveSettings() const {
  const ExportSettings s = settings();
  QSettings q;
  q.beginGroup(QStringLiteral("export"));
  q.setValue(QStringLiteral("format"), s.format);
  q.setValue(QStringLiteral("dpi"), s.dpi);
  q.setValue(QStringLiteral("width_pt"), s.width_pt);
  q.setValue(QStringLiteral("height_pt"), s.height_pt);
  q.setValue(QStringLiteral("font_pt"), s.style.font_pt);
  q.setValue(QStringLiteral("font_family"), s.style.font_family);
  q.setValue(QStringLiteral("line_width"), s.style.line_width);
  q.setValue(QStringLiteral("palette"), s.style.palette);
  q.setValue(QStringLiteral("legend"), legendKeys().value(int(s.style.legend)));
  q.setValue(QStringLiteral("csv"), s.write_csv);
  q.setValue(QStringLiteral("pgfplots"), s.write_pgfplots);
  q.setValue(QStringLiteral("directory"), QFileInfo(path()).absolutePath());
  q.endGroup();
}

void ExportDialog::onFormatChanged() {
  const QString format = format_->currentData().toString();
  const FigureFormat* f = findFigureFormat(format);
  dpi_->setEnabled(f && f->raster);  // vector formats have no resolution
  const QFileInfo info(path());
  if (!path().isEmpty() && exportFormats().contains(info.suffix().toLower()))
    setPath(info.dir().filePath(info.completeBaseName() + QLatin1Char('.') + format));
}

void ExportDialog::onPresetChanged() {
  const double width = preset_->currentData().toDouble();
  const bool custom = width == kCustomPreset;
  width_->setEnabled(custom);
  if (!custom && !updating_) width_->setValue(width);  // emits valueChanged -> preview
}

void ExportDialog::browse() {
  const QString format = format_->currentData().toString();
  const QString filter = tr("%1 files (*.%2)").arg(format.toUpper(), format);
  const QString chosen = QFileDialog::getSaveFileName(this, tr("Export figure"), path(), filter);
  if (!chosen.isEmpty()) setPath(chosen);
}

// The preview keeps the export's proportions; when the figure is larger than the preview area,
// fonts and lines shrink with it so the preview looks like a reduced page.
void ExportDialog::updatePreview() {
  if (updating_) return;
  const ExportSettings s = settings();
  const QSizeF canvas(ptToPx(s.width_pt), ptToPx(s.effectiveHeightPt()));
  const double k =
      std::min({1.0, kPreviewMax.width() / canvas.width(), kPreviewMax.height() / canvas.height()});
  preview_->setFixedSize((canvas * k).toSize());
  FigureStyle style = s.style;
  style.font_pt *= k;
  style.line_width *= k;
  renderFigure(preview_, withExportLabels(data_, s), style);
}

}  // namespace ef::widgets
