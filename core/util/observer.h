// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// How the core reports to its caller (CLI, GUI bridge, tests) without knowing about Qt: a plain
// observer interface called on the worker thread, and a cancel token checked between steps.
#include <atomic>
#include <cstdint>
#include <string>

namespace ef {

struct MetricPoint {
  std::string stage;  // "sft", "eval", ...
  std::int64_t step = 0;
  std::string name;  // "loss", "lr", "test_error", "pass_at_k", "tokens_per_s", ...
  double value = 0.0;
  std::int64_t run_id = 0;  // filled by the pipeline (a sweep streams several cell runs)
};

struct Progress {
  std::string stage;
  std::int64_t done = 0;
  std::int64_t total = 0;
  double elapsed_s = 0.0;  // since the stage started
  double eta_s = -1.0;     // negative: unknown
};

enum class LogLevel { Debug, Info, Warning, Error };

class RunObserver {
 public:
  virtual ~RunObserver() = default;
  virtual void onRunCreated(std::int64_t /*run_id*/) {}
  virtual void onStage(const std::string& /*stage*/) {}
  virtual void onMetric(const MetricPoint& /*point*/) {}
  virtual void onProgress(const Progress& /*progress*/) {}
  virtual void onLog(LogLevel /*level*/, const std::string& /*line*/) {}
  // A sweep cell changed status (queued, running, ok, failed); result_json is set once it is ok.
  virtual void onCell(const std::string& /*method*/, int /*size*/, std::uint64_t /*seed*/,
                      const std::string& /*status*/, const std::string& /*result_json*/) {}
};

// Set from any thread; the pipeline polls it between optimizer steps and sampling batches.
class CancelToken {
 public:
  void cancel() { flag_.store(true, std::memory_order_relaxed); }
  bool cancelled() const { return flag_.load(std::memory_order_relaxed); }
  void reset() { flag_.store(false, std::memory_order_relaxed); }

 private:
  std::atomic<bool> flag_{false};
};

// Thrown by the pipeline when it notices the cancel token; the run ends with status "cancelled".
struct Cancelled {};

}  // namespace ef
