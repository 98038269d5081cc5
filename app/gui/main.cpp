// SPDX-License-Identifier: GPL-3.0-or-later
// eightfold: the workbench GUI.
#include <QApplication>
#include <QCommandLineParser>

#include <cstdio>

#include "language.h"
#include "main_window.h"
#include "preferences.h"
#include "util/blas_tuning.h"
#include "setup_page.h"
#include "util/licence.h"
#include "util/versions.h"

int main(int argc, char** argv) {
  ef::ensureFastBlas(argc, argv);
  QApplication app(argc, argv);
  QApplication::setApplicationName(QStringLiteral("Eightfold"));
  QApplication::setOrganizationName(QStringLiteral("Eightfold"));
  QApplication::setApplicationVersion(QString::fromStdString(ef::eightfoldVersion()));

  // The language from the preferences, else the system's (switched live from Preferences).
  ef::gui::applyLanguage(ef::gui::Preferences::load().language);

  QCommandLineParser parser;
  parser.setApplicationDescription(
      QApplication::translate("main", "Experiment workbench: RL on incorrect synthetic data"));
  parser.addHelpOption();
  // --version with the licence notice (QCommandLineParser's own prints the version alone).
  QCommandLineOption version(QStringList{QStringLiteral("v"), QStringLiteral("version")},
                             QApplication::translate("main", "Displays version information."));
  parser.addOption(version);
  QCommandLineOption preset(QStringLiteral("preset"),
                            QApplication::translate("main", "Run preset selected at start."),
                            QStringLiteral("name"));
  QCommandLineOption db(QStringLiteral("db"),
                        QApplication::translate("main", "Workspace database."),
                        QStringLiteral("file"));
  QCommandLineOption start(
      QStringLiteral("start"),
      QApplication::translate(
          "main", "Start the selected preset at once (a sweep when it defines sizes)."));
  parser.addOption(preset);
  parser.addOption(db);
  parser.addOption(start);
  parser.process(app);
  if (parser.isSet(version)) {
    std::printf("eightfold %s\n%s\n", ef::eightfoldVersion().c_str(), ef::licenceNotice().c_str());
    return 0;
  }

  // Without --db: the last workspace (or the default one in the data folder).
  ef::gui::MainWindow window(parser.value(db), parser.value(preset));
  window.show();
  if (parser.isSet(start)) {
    auto* setup = window.setupPage();
    QMetaObject::invokeMethod(setup, &ef::gui::SetupPage::startPreferred, Qt::QueuedConnection);
  }
  return QApplication::exec();
}
