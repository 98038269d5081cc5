// SPDX-License-Identifier: GPL-3.0-or-later
#include "experiment/pipeline/recorder.h"

#include "util/log.h"

namespace ef {

void Recorder::metric(const std::string& stage, std::int64_t step, const std::string& name,
                      double v) {
  MetricPoint p{stage, step, name, v, run_id_};
  obs_.onMetric(p);
  pending_.push_back(std::move(p));
}

void Recorder::stageTime(const std::string& stage, std::int64_t step, double seconds,
                         double tokens) {
  metric(stage, step, "stage_seconds", seconds);
  if (tokens > 0) metric(stage, step, "stage_tokens", tokens);
}

void Recorder::flush() {
  if (pending_.empty()) return;
  store_.addMetrics(run_id_, pending_);
  pending_.clear();
}

void Recorder::log(LogLevel level, const std::string& line) {
  switch (level) {
    case LogLevel::Debug:
      logger()->debug(line);
      break;
    case LogLevel::Info:
      logger()->info(line);
      break;
    case LogLevel::Warning:
      logger()->warn(line);
      break;
    case LogLevel::Error:
      logger()->error(line);
      break;
  }
  obs_.onLog(level, line);
}

}  // namespace ef
