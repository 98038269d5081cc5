// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Observer that shows a run's progress on the terminal: a redrawn bar with ETA on a TTY, plain
// lines (every 10 % and at every evaluation) otherwise, and a line when a sweep cell starts or
// ends, named by its method's label. Output goes to stdout.
#include <chrono>
#include <cstdio>
#include <string>

#include "util/observer.h"

namespace ef::cli {

class ProgressPrinter : public RunObserver {
 public:
  explicit ProgressPrinter(bool quiet);
  ~ProgressPrinter() override;
  void onRunCreated(std::int64_t run_id) override;
  void onMetric(const MetricPoint& p) override;
  void onProgress(const Progress& p) override;
  void onCell(const std::string& method, int size, std::uint64_t seed, const std::string& status,
              const std::string& result_json) override;
  void finishLine();

 private:
  bool tty_;
  bool quiet_;
  bool line_open_ = false;
  double last_loss_ = 0;
  int last_decile_ = -1;
  std::string last_stage_;
  std::chrono::steady_clock::time_point last_draw_{};
};

std::string formatDuration(double seconds);
// The terminal's width: stdout's window size, else $COLUMNS, else 80.
int terminalColumns();
// The redrawn progress line, at most columns − 1 characters: stage, bar (narrowed, then dropped),
// percentage and counts, loss, elapsed time and ETA (dropped before the counts and ETA).
std::string progressLine(const std::string& stage, double frac, long long done, long long total,
                         const std::string& loss, const std::string& elapsed,
                         const std::string& eta, int columns);

}  // namespace ef::cli
