// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Logging: one spdlog logger "eightfold" whose sinks never change after it is made (spdlog's
// sinks() is not thread-safe): stderr, a dist_sink_mt for the sinks attached at run time (the GUI's
// log panel), and a router that hands each line to the run logs of the thread that wrote it. A run
// opens its file for its lifetime on its own thread (ScopedRunLog), so two runs at once (one worker
// per device) each write only their own lines (docs/architecture.md, "Logging").
#include <memory>
#include <string>

#include <spdlog/spdlog.h>

namespace ef {

std::shared_ptr<spdlog::logger> logger();

// "%.4f": numbers in log lines.
std::string fixed4(double v);

// Sets the stderr sink's level ("debug", "info", "warning", "error", "off").
void setConsoleLogLevel(const std::string& level);

// Attaches a sink that receives every line of every thread, and detaches it (both thread-safe).
void addLogSink(const std::shared_ptr<spdlog::sinks::sink>& sink);
void removeLogSink(const std::shared_ptr<spdlog::sinks::sink>& sink);

// A run's log file: receives the lines this thread writes while the object lives (nested logs on
// one thread, such as a sweep's and its cell's, both receive them). Create and destroy it on the
// same thread.
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
