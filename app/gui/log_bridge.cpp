// SPDX-License-Identifier: GPL-3.0-or-later
#include "log_bridge.h"

#include <mutex>

#include <spdlog/sinks/base_sink.h>

#include "util/log.h"

namespace ef::gui {

struct LogBridge::Sink : spdlog::sinks::base_sink<std::mutex> {
  explicit Sink(LogBridge* owner) : owner(owner) {}
  LogBridge* owner;

 protected:
  void sink_it_(const spdlog::details::log_msg& msg) override {
    int level = 1;
    if (msg.level <= spdlog::level::debug) level = 0;
    if (msg.level == spdlog::level::warn) level = 2;
    if (msg.level >= spdlog::level::err) level = 3;
    spdlog::memory_buf_t buf;
    formatter_->format(msg, buf);
    QString text = QString::fromUtf8(buf.data(), static_cast<int>(buf.size())).trimmed();
    // Emitting from a worker thread: the connection to the panel is queued.
    emit owner->line(level, text);
  }
  void flush_() override {}
};

LogBridge::LogBridge(QObject* parent) : QObject(parent), sink_(std::make_shared<Sink>(this)) {
  sink_->set_pattern("%H:%M:%S %L %v");
  addLogSink(sink_);
}

LogBridge::~LogBridge() {
  removeLogSink(sink_);
}

}  // namespace ef::gui
