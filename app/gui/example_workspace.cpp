// SPDX-License-Identifier: GPL-3.0-or-later
#include "example_workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace ef::gui {
namespace {

// "<db without .sqlite>.files", as the store names a workspace's folder.
QString filesFolderOf(const QString& db) {
  QString base = db;
  if (base.endsWith(QLatin1String(".sqlite"))) base.chop(7);
  return base + QStringLiteral(".files");
}

bool copyFile(const QString& from, const QString& to, QString* error) {
  QDir().mkpath(QFileInfo(to).absolutePath());
  QFile::remove(to);
  if (QFile::copy(from, to)) return true;
  if (error) *error = QCoreApplication::translate("ef::gui", "cannot copy %1 to %2").arg(from, to);
  return false;
}

}  // namespace

QString exampleWorkspaceSource() {
  QStringList candidates;
#ifdef EF_EXAMPLE_BUILD_DIR
  candidates << QStringLiteral(EF_EXAMPLE_BUILD_DIR "/example.sqlite");
#endif
  candidates << QDir(QCoreApplication::applicationDirPath())
                    .filePath(QStringLiteral("../share/eightfold/example/example.sqlite"));
  for (const QString& c : candidates)
    if (QFileInfo::exists(c)) return QFileInfo(c).absoluteFilePath();
  return {};
}

QString prepareExampleWorkspace(const QString& data_folder, QString* error) {
  const QString copy = QDir(data_folder).filePath(QStringLiteral("example/example.sqlite"));
  if (QFileInfo::exists(copy)) return copy;  // the user's copy, with whatever they ran in it
  const QString source = exampleWorkspaceSource();
  if (source.isEmpty()) {
    if (error)
      *error = QCoreApplication::translate(
          "ef::gui",
          "No example workspace was built or installed (build target example_workspace).");
    return {};
  }
  // The files folder first: a copy whose database exists is complete.
  const QString from_files = filesFolderOf(source), to_files = filesFolderOf(copy);
  QDirIterator it(from_files, QDir::Files, QDirIterator::Subdirectories);
  while (it.hasNext()) {
    const QString file = it.next();
    if (!copyFile(file, to_files + QLatin1Char('/') + QDir(from_files).relativeFilePath(file),
                  error))
      return {};
  }
  const QString partial = copy + QStringLiteral(".part");
  if (!copyFile(source, partial, error)) return {};
  if (!QFile::rename(partial, copy)) {
    if (error) *error = QCoreApplication::translate("ef::gui", "cannot write %1").arg(copy);
    return {};
  }
  return copy;
}

}  // namespace ef::gui
