// SPDX-License-Identifier: GPL-3.0-or-later
// The German and Simplified Chinese translations are complete: every message of every .ts file has
// a finished, non-empty translation that keeps the source's %N placeholders. This reads the .ts
// files as committed: a string added to the sources fails here only once the update_translations
// target has extracted it (docs/architecture.md, "Translations").
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>
#include <QtTest>

namespace {

QSet<QString> placeholders(const QString& text) {
  QSet<QString> out;
  static const QRegularExpression re(QStringLiteral("%(L?\\d+|n)"));
  for (auto it = re.globalMatch(text); it.hasNext();)
    out.insert(it.next().captured(0));
  return out;
}

}  // namespace

class TestTranslations : public QObject {
  Q_OBJECT

 private slots:
  void complete_data() {
    QTest::addColumn<QString>("file");
    QTest::newRow("de") << QStringLiteral(EF_SOURCE_DIR "/translations/eightfold_de.ts");
    QTest::newRow("zh_CN") << QStringLiteral(EF_SOURCE_DIR "/translations/eightfold_zh_CN.ts");
  }

  void complete() {
    QFETCH(QString, file);
    QFile f(file);
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(file));
    QXmlStreamReader xml(&f);
    int messages = 0;
    QStringList problems;
    QString source, translation, type;
    bool numerus = false;
    while (!xml.atEnd()) {
      xml.readNext();
      if (xml.isStartElement() && xml.name() == QLatin1String("message")) {
        numerus = xml.attributes().value("numerus") == QLatin1String("yes");
        source.clear();
        translation.clear();
        type.clear();
      } else if (xml.isStartElement() && xml.name() == QLatin1String("source")) {
        source = xml.readElementText();
      } else if (xml.isStartElement() && xml.name() == QLatin1String("translation")) {
        type = xml.attributes().value("type").toString();
        if (!numerus) translation = xml.readElementText();
      } else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform")) {
        translation += xml.readElementText();
      } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
        if (type == QLatin1String("vanished") || type == QLatin1String("obsolete")) continue;
        ++messages;
        if (type == QLatin1String("unfinished") || translation.trimmed().isEmpty())
          problems << QStringLiteral("untranslated: ") + source;
        else if (placeholders(source) != placeholders(translation) && !numerus)
          problems << QStringLiteral("placeholders differ: ") + source;
      }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(messages > 300);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
  }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "test_translations.moc"
