// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A metric a run records, as the plots show it. Torch-free.
#include <string>
#include <vector>

namespace ef {

struct MetricInfo {
  std::string stage;  // "eval", "dpo", ...; "" = the stage of whichever method trains ("loss")
  std::string name;   // as stored: "test_error", "margin", ...
  std::string label;  // English; the workbench translates it (context "ef::Metrics")
  bool unit_interval = false;  // a rate in [0, 1] (the right axis), else an unbounded value
};

// Every metric the training page can draw, in its order: the training loss, the evaluation's
// metrics, then each registered method's own (without repeats).
std::vector<MetricInfo> metricCatalog();

}  // namespace ef
