// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The open workspace: one SQLite database (runs, sweeps, samples, credit) plus the checkpoint
// folder beside it. The GUI reads through its own read-only connection while the workers write
// through theirs. Recent workspaces are remembered in QSettings; the last one reopens at start.
#include <QObject>
#include <QStringList>

#include <memory>

namespace ef {
class RunStore;
}

namespace ef::gui {

class StoreReader;

class Workspace : public QObject {
  Q_OBJECT

 public:
  explicit Workspace(QObject* parent = nullptr);
  ~Workspace() override;

  // Creates and migrates the database when needed, then opens it read-only for the GUI. On failure
  // the previous workspace stays open and `error` says why (naming the file).
  bool open(const QString& db_path, QString* error = nullptr);
  bool isOpen() const { return store_ != nullptr; }
  const QString& path() const { return path_; }
  QString filesDir() const;
  // Read-only store; null when no workspace is open.
  const RunStore* store() const { return store_.get(); }
  // Reads that take longer than a few rows (histories, lists, reports) go through the reader, on
  // its own thread and connection, so the GUI thread never waits on them.
  StoreReader* reader() const { return reader_; }

  static QStringList recentWorkspaces();
  static QString lastWorkspace();  // empty when none was opened before

 signals:
  void opened(const QString& path);

 private:
  static void remember(const QString& path);

  QString path_;
  std::unique_ptr<RunStore> store_;
  StoreReader* reader_;
};

}  // namespace ef::gui
