// SPDX-License-Identifier: GPL-3.0-or-later
#include "language.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace ef::gui {

bool applyLanguage(const QString& code) {
  // Owned by the application, so they live as long as anything can be translated.
  static QTranslator* qt_translator = nullptr;
  static QTranslator* translator = nullptr;
  for (QTranslator** t : {&qt_translator, &translator}) {
    if (*t) {
      QApplication::removeTranslator(*t);
      delete *t;
      *t = nullptr;
    }
  }
  const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
  QLocale::setDefault(locale);
  qt_translator = new QTranslator(qApp);
  if (qt_translator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
    QApplication::installTranslator(qt_translator);
  translator = new QTranslator(qApp);
  const bool ours = translator->load(locale, QStringLiteral("eightfold"), QStringLiteral("_"),
                                     QStringLiteral(":/i18n"));
  // Each install and removal makes Qt post a LanguageChange to every window.
  if (ours) QApplication::installTranslator(translator);
  return ours;
}

}  // namespace ef::gui
