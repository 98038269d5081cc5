// SPDX-License-Identifier: GPL-3.0-or-later
// Two runs logging at once, each with its own run log, while a third thread attaches and detaches
// sinks (the GUI's log panel, docs/architecture.md "Logging"). Built with ThreadSanitizer in the
// release tree (tests/CMakeLists.txt) together with spdlog's headers, so that a data race on the
// logger's sinks is reported (exit code 66); the checks below then prove that each run log holds
// exactly its own lines and that an attached sink sees every line. A plain program, not a Qt Test:
// Qt's libraries are not built for ThreadSanitizer.
#include <spdlog/sinks/base_sink.h>
#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "util/log.h"

namespace {

constexpr int kLines = 2000;

class CountingSink final : public spdlog::sinks::base_sink<std::mutex> {
 public:
  long count() {
    std::lock_guard<std::mutex> lock(mutex_);
    return count_;
  }

 protected:
  void sink_it_(const spdlog::details::log_msg&) override { ++count_; }
  void flush_() override {}

 private:
  long count_ = 0;
};

struct FileCount {
  int own = 0, foreign = 0;
};

FileCount countLines(const std::string& path, const std::string& tag) {
  std::ifstream in(path);
  std::string line;
  FileCount c;
  while (std::getline(in, line)) {
    if (line.find("run " + tag + " line") != std::string::npos) {
      ++c.own;
    } else {
      ++c.foreign;
    }
  }
  return c;
}

}  // namespace

int main() {
  const auto dir =
      std::filesystem::temp_directory_path() / ("ef-log-threads-" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  ef::setConsoleLogLevel("off");
  auto counter = std::make_shared<CountingSink>();
  ef::addLogSink(counter);
  std::atomic<bool> done{false};
  auto run = [&](const std::string& tag) {
    ef::ScopedRunLog log((dir / ("run-" + tag + ".log")).string());
    for (int i = 0; i < kLines; ++i)
      ef::logger()->info("run {} line {}", tag, i);
  };
  std::thread churn([&] {
    while (!done) {
      auto panel = std::make_shared<CountingSink>();
      ef::addLogSink(panel);
      ef::removeLogSink(panel);
    }
  });
  std::thread a(run, "A"), b(run, "B");
  for (int i = 0; i < kLines; ++i)
    ef::logger()->info("no run {}", i);
  a.join();
  b.join();
  done = true;
  churn.join();
  ef::removeLogSink(counter);
  int failures = 0;
  for (const std::string tag : {"A", "B"}) {
    const auto c = countLines((dir / ("run-" + tag + ".log")).string(), tag);
    std::printf("run-%s.log: %d own lines, %d foreign\n", tag.c_str(), c.own, c.foreign);
    if (c.own != kLines || c.foreign != 0) ++failures;
  }
  std::printf("attached sink: %ld lines of %d\n", counter->count(), 3 * kLines);
  if (counter->count() != 3 * kLines) ++failures;
  std::filesystem::remove_all(dir);
  std::printf("%s\n", failures ? "FAIL" : "PASS");
  return failures ? 1 : 0;
}
