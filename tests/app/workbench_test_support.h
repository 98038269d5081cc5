// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Helpers shared by the offscreen workbench tests (test_gui, test_workbench_lifecycle): the micro
// configuration loaded into the setup page the way a user opens a config file, waiting for the
// reader thread, and answering the message boxes the window opens (a modal box would block the
// offscreen test forever).
#include <QApplication>
#include <QFile>
#include <QMessageBox>
#include <QPointer>
#include <QTimer>
#include <QtTest>

#include "main_window.h"
#include "micro_config.h"
#include "setup_page.h"
#include "store_reader.h"
#include "workspace.h"

namespace ef::test {

// The micro configuration's JSON as stored in tests/data/presets/micro-sweep.json.
inline QString microConfigJson() {
  QFile f(QString::fromStdString(microConfigPath()));
  if (!f.open(QIODevice::ReadOnly)) throw std::runtime_error("cannot read " + microConfigPath());
  return QString::fromUtf8(f.readAll());
}

// Loads the micro configuration into the window's setup form (as Open config… does); true when
// the form accepted it as a valid config.
inline bool loadMicroConfig(gui::MainWindow& w) {
  return w.setupPage()->loadConfigJson(microConfigJson(), QStringLiteral("micro-sweep.json")) &&
         w.setupPage()->isValid();
}

// Reads run on the workspace's reader thread: wait until the pages have their results.
inline bool settle(gui::MainWindow& w) {
  return w.workspace()->reader()->waitForReads();
}

// Answers every QMessageBox that opens while it lives with `button` (the first box's title and
// text are kept), polling the active modal widget from the event loop the box runs.
class MessageBoxAnswerer : public QObject {
 public:
  explicit MessageBoxAnswerer(QMessageBox::StandardButton button) : button_(button) {
    timer_.setInterval(20);
    connect(&timer_, &QTimer::timeout, this, [this] {
      auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
      if (!box || box == answered_) return;
      answered_ = box;
      ++count_;
      if (title_.isEmpty()) {
        title_ = box->windowTitle();
        text_ = box->text();
      }
      QAbstractButton* b = box->button(button_);
      if (b)
        b->click();
      else
        box->reject();
    });
    timer_.start();
  }
  int count() const { return count_; }
  const QString& title() const { return title_; }
  const QString& text() const { return text_; }

 private:
  QMessageBox::StandardButton button_;
  QTimer timer_;
  QPointer<QMessageBox> answered_;
  int count_ = 0;
  QString title_, text_;
};

}  // namespace ef::test
