// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Forwards the metrics and log lines of one run to the observer and keeps the metrics until the
// next flush to the store: one transaction per evaluation interval.
#include <cstdint>
#include <string>
#include <vector>

#include "store/run_store.h"
#include "util/observer.h"

namespace ef {

class Recorder {
 public:
  Recorder(RunStore& store, RunObserver& obs, std::int64_t run_id)
      : store_(store), obs_(obs), run_id_(run_id) {}
  void metric(const std::string& stage, std::int64_t step, const std::string& name, double v);
  // Wall time (and tokens processed or generated, when > 0) of one piece of a stage: metrics
  // "stage_seconds" / "stage_tokens" under that stage, summed by the readers (stage_times.h).
  void stageTime(const std::string& stage, std::int64_t step, double seconds, double tokens = 0);
  void flush();
  void log(LogLevel level, const std::string& line);
  RunObserver& observer() { return obs_; }
  RunStore& store() { return store_; }
  std::int64_t runId() const { return run_id_; }

 private:
  RunStore& store_;
  RunObserver& obs_;
  std::int64_t run_id_;
  std::vector<MetricPoint> pending_;
};

}  // namespace ef
