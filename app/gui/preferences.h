// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// User preferences (QSettings): interface language, the device and thread count new runs get
// when their config says "auto"/0, and the folder where workspaces are created.
#include <QDialog>
#include <QString>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace ef::gui {

struct Preferences {
  QString language;                         // "" = system, "en", "de", "zh_CN"
  QString device = QStringLiteral("auto");  // auto | cpu | cuda
  int threads = 0;                          // 0 = all logical CPUs
  QString data_folder;                      // "" = the platform's data folder

  static Preferences load();
  void save() const;
  QString dataFolder() const;        // data_folder or the default
  QString defaultWorkspace() const;  // <data folder>/workspace.sqlite
};

class PreferencesDialog : public QDialog {
  Q_OBJECT

 public:
  explicit PreferencesDialog(QWidget* parent = nullptr);
  Preferences preferences() const;
  void accept() override;

 private:
  QComboBox* language_;
  QComboBox* device_;
  QSpinBox* threads_;
  QLineEdit* folder_;
};

}  // namespace ef::gui
