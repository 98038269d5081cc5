// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/log.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <mutex>

#include <spdlog/sinks/basic_file_sink.h>
#include <spdlog/sinks/stdout_sinks.h>

namespace ef {
namespace {

std::mutex& sinkMutex() {
  static std::mutex m;
  return m;
}

std::shared_ptr<spdlog::sinks::sink>& consoleSink() {
  static std::shared_ptr<spdlog::sinks::sink> s = [] {
    auto sink = std::make_shared<spdlog::sinks::stderr_sink_mt>();
    sink->set_pattern("[%H:%M:%S.%e] [%^%l%$] %v");
    return std::shared_ptr<spdlog::sinks::sink>(sink);
  }();
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
    auto lg = std::make_shared<spdlog::logger>("eightfold", consoleSink());
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
  std::lock_guard<std::mutex> lock(sinkMutex());
  logger()->sinks().push_back(sink);
}

void removeLogSink(const std::shared_ptr<spdlog::sinks::sink>& sink) {
  std::lock_guard<std::mutex> lock(sinkMutex());
  auto& sinks = logger()->sinks();
  sinks.erase(std::remove(sinks.begin(), sinks.end(), sink), sinks.end());
}

ScopedRunLog::ScopedRunLog(const std::string& path) : path_(path) {
  std::filesystem::create_directories(std::filesystem::path(path).parent_path());
  auto sink = std::make_shared<spdlog::sinks::basic_file_sink_mt>(path, /*truncate=*/false);
  sink->set_pattern("[%Y-%m-%d %H:%M:%S.%e] [%l] %v");
  sink_ = sink;
  addLogSink(sink_);
}

ScopedRunLog::~ScopedRunLog() {
  sink_->flush();
  removeLogSink(sink_);
}

}  // namespace ef
