// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Feeds the core's spdlog logger into the GUI: a sink that forwards every formatted line as a
// queued Qt signal (the log panel lives on the GUI thread, log calls come from workers).
#include <QObject>
#include <QString>

#include <memory>

namespace ef::gui {

class LogBridge : public QObject {
  Q_OBJECT

 public:
  explicit LogBridge(QObject* parent = nullptr);
  ~LogBridge() override;  // detaches the sink

 signals:
  // level: 0 debug, 1 info, 2 warning, 3 error (ef::LogLevel order)
  void line(int level, const QString& text);

 private:
  struct Sink;
  std::shared_ptr<Sink> sink_;
};

}  // namespace ef::gui
