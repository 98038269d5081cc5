// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Hyperparameter tuning on the validation split (docs/method.md, "Tuning"): a grid of values for
// the methods' own fields (β, learning rates, RPO weight, rounds, ...) is tried at chosen sizes
// and seeds. π_sft, its self-samples and its credit are computed once per size and seed and
// shared by every grid point; each (method, grid point, size, seed) trains as its own cell run.
// A tuning cell is scored by the greedy validation error of the checkpoint its model selection
// keeps; the task's test problems are dropped before the first cell, so a tune never reads the
// test set and the sweep that uses the chosen values reads it once per cell. Torch-free.
#include <cstdint>
#include <string>
#include <vector>

#include "experiment/config/run_config.h"
#include "store/run_store.h"
#include "util/observer.h"

namespace ef {

struct TaskData;

// One axis of the grid: a dotted run-config field and the values to try, each as JSON text
// ("0.1", "\"prev\"", or a bare word such as prev, read as a string).
struct TuneAxis {
  std::string field;
  std::vector<std::string> values;
};

struct TuneRequest {
  std::vector<TuneAxis> grid;
  std::vector<int> sizes;            // empty: the config's sweep sizes (or task.train_size)
  std::vector<std::uint64_t> seeds;  // empty: the config's sweep seeds
  std::vector<std::string> methods;  // empty: the config's sweep methods; SFT always trains
};

// A grid point: the values it sets (field → JSON text, in grid order) and the config they give.
struct TuneVariant {
  std::vector<std::pair<std::string, std::string>> set;
  RunConfig cfg;
};

// "dpo.beta=0.05,0.1,0.3" → an axis; throws ConfigError (field "--grid") without '=' or values.
TuneAxis parseTuneAxis(const std::string& text);

// The grid's points in row-major order (the last axis varies fastest); no axis gives one point,
// the config itself. Throws ConfigError naming the field for an unknown field, a field of a
// stage every grid point shares (task, model, sft, eval, sample, advantages, sweep and the
// top-level fields), a field given twice, or a value the field rejects.
std::vector<TuneVariant> tuneVariants(const RunConfig& cfg, const std::vector<TuneAxis>& grid);

// The task data a tune trains with: `d` without its test problems (a training stage's final
// evaluation then records nothing; the validation numbers of its selected model remain).
void withoutTestSet(TaskData& d);

struct TuneOutcome {
  std::int64_t tune_id = 0;
  std::string status;  // ok | failed | cancelled
  std::string json;    // the CLI's final line: every grid point's validation errors, the best
};

// Runs the grid, recorded as a run of kind "tune" whose children are the cell runs. A failed cell
// is recorded and left out of the means; the tune then ends "failed". Throws ConfigError for a bad
// request (grid, a size larger than the task provides, an unknown method).
TuneOutcome executeTune(const RunConfig& cfg, const TuneRequest& req, RunStore& store,
                        RunObserver& observer, const CancelToken& cancel);

}  // namespace ef
