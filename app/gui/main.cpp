// eightfold: the workbench GUI.
#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include "main_window.h"
#include "util/blas_tuning.h"
#include "util/paths.h"
#include "util/versions.h"

int main(int argc, char** argv) {
  ef::ensureFastBlas(argc, argv);
  QApplication app(argc, argv);
  QApplication::setApplicationName(QStringLiteral("Eightfold"));
  QApplication::setOrganizationName(QStringLiteral("Eightfold"));
  QApplication::setApplicationVersion(QString::fromStdString(ef::eightfoldVersion()));

  QTranslator qt_translator, translator;
  if (qt_translator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                         QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
    QApplication::installTranslator(&qt_translator);
  }
  if (translator.load(QLocale(), QStringLiteral("eightfold"), QStringLiteral("_"),
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
  QCommandLineOption start(QStringLiteral("start"),
                           QApplication::translate("main", "Start the selected preset at once."));
  parser.addOption(preset);
  parser.addOption(db);
  parser.addOption(start);
  parser.process(app);

  const QString db_path =
      parser.isSet(db) ? parser.value(db) : QString::fromStdString(ef::defaultWorkspacePath());
  ef::gui::MainWindow window(db_path, parser.value(preset));
  window.show();
  if (parser.isSet(start))
    QMetaObject::invokeMethod(&window, &ef::gui::MainWindow::startRun, Qt::QueuedConnection);
  return QApplication::exec();
}
