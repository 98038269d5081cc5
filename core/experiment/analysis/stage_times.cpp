// SPDX-License-Identifier: GPL-3.0-or-later
#include "experiment/analysis/stage_times.h"

#include <algorithm>
#include <cstdio>

namespace ef {

StageTimes stageTimesOf(const RunStore& store, std::int64_t run_id) {
  StageTimes out;
  for (const MetricPoint& p : store.metrics(run_id, "stage_seconds"))
    out[p.stage].seconds += p.value;
  for (const MetricPoint& p : store.metrics(run_id, "stage_tokens"))
    out[p.stage].tokens += p.value;
  return out;
}

StageTimes totalStageTimes(const std::vector<StageTimes>& each) {
  StageTimes out;
  for (const StageTimes& t : each) {
    for (const auto& [stage, s] : t) {
      out[stage].seconds += s.seconds;
      out[stage].tokens += s.tokens;
    }
  }
  return out;
}

std::string stageTable(const StageTimes& times) {
  std::vector<std::pair<std::string, StageTime>> rows(times.begin(), times.end());
  std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
    return a.second.seconds > b.second.seconds;
  });
  double total = 0;
  for (const auto& r : rows)
    total += r.second.seconds;
  std::string out;
  char line[160];
  std::snprintf(line, sizeof line, "%-16s %10s %7s %14s\n", "stage", "seconds", "share",
                "tokens/s");
  out += line;
  for (const auto& [stage, t] : rows) {
    const double share = total > 0 ? 100.0 * t.seconds / total : 0.0;
    if (t.tokensPerSecond() > 0) {
      std::snprintf(line, sizeof line, "%-16s %10.1f %6.1f%% %14.0f\n", stage.c_str(), t.seconds,
                    share, t.tokensPerSecond());
    } else {
      std::snprintf(line, sizeof line, "%-16s %10.1f %6.1f%% %14s\n", stage.c_str(), t.seconds,
                    share, "-");
    }
    out += line;
  }
  std::snprintf(line, sizeof line, "%-16s %10.1f %6.1f%%\n", "in all", total,
                total > 0 ? 100.0 : 0.0);
  out += line;
  return out;
}

}  // namespace ef
