// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Logging: one spdlog logger "eightfold" with a stderr sink; a run adds a file sink next to the
// database for its lifetime (ScopedRunLog). Extra sinks (the GUI's log panel) can be attached.
#include <memory>
#include <string>

#include <spdlog/spdlog.h>

namespace ef {

std::shared_ptr<spdlog::logger> logger();

// "%.4f": numbers in log lines.
std::string fixed4(double v);

// Sets the stderr sink's level ("debug", "info", "warning", "error", "off").
void setConsoleLogLevel(const std::string& level);

// Adds a sink to the logger (thread-safe); returns it so the caller can remove it later.
void addLogSink(const std::shared_ptr<spdlog::sinks::sink>& sink);
void removeLogSink(const std::shared_ptr<spdlog::sinks::sink>& sink);

class ScopedRunLog {
 public:
  explicit ScopedRunLog(const std::string& path);  // creates parent directories
  ~ScopedRunLog();
  ScopedRunLog(const ScopedRunLog&) = delete;
  ScopedRunLog& operator=(const ScopedRunLog&) = delete;
  const std::string& path() const { return path_; }

 private:
  std::string path_;
  std::shared_ptr<spdlog::sinks::sink> sink_;
};

}  // namespace ef
