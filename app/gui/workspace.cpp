// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

#include "store/run_store.h"
#include "store_reader.h"

namespace ef::gui {
namespace {
constexpr int kMaxRecent = 8;
const char* kRecentKey = "workspace/recent";
}  // namespace

Workspace::Workspace(QObject* parent) : QObject(parent), reader_(new StoreReader(this)) {}
Workspace::~Workspace() = default;

bool Workspace::open(const QString& db_path, QString* error) {
  const QString abs = QFileInfo(db_path).absoluteFilePath();
  try {
    QDir().mkpath(QFileInfo(abs).absolutePath());
    {
      // A writer creates/migrates the schema and records dead runs as interrupted, once.
      RunStore writer(abs.toStdString(), RunStore::Mode::ReadWrite);
    }
    auto reader = std::make_unique<RunStore>(abs.toStdString(), RunStore::Mode::ReadOnly);
    store_ = std::move(reader);
  } catch (const std::exception& e) {
    if (error) *error = QString::fromStdString(e.what());
    return false;
  }
  path_ = abs;
  reader_->open(abs);
  remember(abs);
  emit opened(abs);
  return true;
}

QString Workspace::filesDir() const {
  return store_ ? QString::fromStdString(store_->filesDir()) : QString();
}

QStringList Workspace::recentWorkspaces() {
  QStringList out;
  for (const QString& p : QSettings().value(kRecentKey).toStringList())
    if (QFileInfo::exists(p)) out << p;
  return out;
}

QString Workspace::lastWorkspace() {
  const QStringList r = recentWorkspaces();
  return r.isEmpty() ? QString() : r.front();
}

void Workspace::remember(const QString& path) {
  QSettings s;
  QStringList r = s.value(kRecentKey).toStringList();
  r.removeAll(path);
  r.prepend(path);
  while (r.size() > kMaxRecent)
    r.removeLast();
  s.setValue(kRecentKey, r);
}

}  // namespace ef::gui
