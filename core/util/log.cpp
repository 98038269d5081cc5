// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/log.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <vector>

#include <spdlog/sinks/basic_file_sink.h>
#include <spdlog/sinks/dist_sink.h>
#include <spdlog/sinks/stdout_sinks.h>

namespace ef {
namespace {

// The run logs of the calling thread, innermost last.
thread_local std::vector<std::shared_ptr<spdlog::sinks::sink>> t_run_sinks;

// Hands each line to the calling thread's run logs. It holds no state of its own; the file sinks
// it forwards to are _mt sinks with their own patterns.
class ThreadRunSinks final : public spdlog::sinks::sink {
 public:
  void log(const spdlog::details::log_msg& msg) override {
    for (const auto& s : t_run_sinks) {
      if (s->should_log(msg.level)) s->log(msg);
    }
  }
  void flush() override {
    for (const auto& s : t_run_sinks)
      s->flush();
  }
  void set_pattern(const std::string&) override {}
  void set_formatter(std::unique_ptr<spdlog::formatter>) override {}
};

std::shared_ptr<spdlog::sinks::sink>& consoleSink() {
  static std::shared_ptr<spdlog::sinks::sink> s = [] {
    auto sink = std::make_shared<spdlog::sinks::stderr_sink_mt>();
    sink->set_pattern("[%H:%M:%S.%e] [%^%l%$] %v");
    return std::shared_ptr<spdlog::sinks::sink>(sink);
  }();
  return s;
}

std::shared_ptr<spdlog::sinks::dist_sink_mt>& attachedSinks() {
  static auto s = std::make_shared<spdlog::sinks::dist_sink_mt>();
  return s;
}

}  // namespace

std::string fixed4(double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.4f", v);
  return buf;
}

std::shared_ptr<spdlog::logger> logger() {
  static std::shared_ptr<spdlog::logger> l = [] {
    spdlog::sinks_init_list sinks{consoleSink(), attachedSinks(),
                                  std::make_shared<ThreadRunSinks>()};
    auto lg = std::make_shared<spdlog::logger>("eightfold", sinks);
    lg->set_level(spdlog::level::debug);
    consoleSink()->set_level(spdlog::level::info);
    lg->flush_on(spdlog::level::warn);
    return lg;
  }();
  return l;
}

void setConsoleLogLevel(const std::string& level) {
  logger();
  consoleSink()->set_level(spdlog::level::from_str(level == "warning" ? "warn" : level));
}

void addLogSink(const std::shared_ptr<spdlog::sinks::sink>& sink) {
  logger();
  attachedSinks()->add_sink(sink);
}

void removeLogSink(const std::shared_ptr<spdlog::sinks::sink>& sink) {
  attachedSinks()->remove_sink(sink);
}

ScopedRunLog::ScopedRunLog(const std::string& path) : path_(path) {
  std::filesystem::create_directories(std::filesystem::path(path).parent_path());
  auto sink = std::make_shared<spdlog::sinks::basic_file_sink_mt>(path, /*truncate=*/false);
  sink->set_pattern("[%Y-%m-%d %H:%M:%S.%e] [%l] %v");
  sink_ = sink;
  logger();
  t_run_sinks.push_back(sink_);
}

ScopedRunLog::~ScopedRunLog() {
  sink_->flush();
  t_run_sinks.erase(std::remove(t_run_sinks.begin(), t_run_sinks.end(), sink_), t_run_sinks.end());
}

}  // namespace ef
