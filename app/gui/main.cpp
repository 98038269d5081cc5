// eightfold: the workbench GUI.
#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include "main_window.h"
#include "preferences.h"
#include "util/blas_tuning.h"
#include "setup_page.h"
#include "util/versions.h"

int main(int argc, char** argv) {
  ef::ensureFastBlas(argc, argv);
  QApplication app(argc, argv);
  QApplication::setApplicationName(QStringLiteral("Eightfold"));
  QApplication::setOrganizationName(QStringLiteral("Eightfold"));
  QApplication::setApplicationVersion(QString::fromStdString(ef::eightfoldVersion()));

  // The language from the preferences, else the system's.
  const QString language = ef::gui::Preferences::load().language;
  const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
  QLocale::setDefault(locale);
  QTranslator qt_translator, translator;
  if (qt_translator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                         QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
    QApplication::installTranslator(&qt_translator);
  }
  if (translator.load(locale, QStringLiteral("eightfold"), QStringLiteral("_"),
                      QStringLiteral(":/i18n"))) {
    QApplication::installTranslator(&translator);
  }

  QCommandLineParser parser;
  parser.setApplicationDescription(
      QApplication::translate("main", "Experiment workbench: RL on incorrect synthetic data"));
  parser.addHelpOption();
  parser.addVersionOption();
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

  // Without --db: the last workspace (or the default one in the data folder).
  ef::gui::MainWindow window(parser.value(db), parser.value(preset));
  window.show();
  if (parser.isSet(start)) {
    auto* setup = window.setupPage();
    QMetaObject::invokeMethod(setup, &ef::gui::SetupPage::startPreferred, Qt::QueuedConnection);
  }
  return QApplication::exec();
}
