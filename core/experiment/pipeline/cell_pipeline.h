// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Private (LibTorch) header: the paper's pipeline for one training-set size and seed
// (docs/method.md, "The pipeline"). π_sft is trained first (or loaded when its cell finished
// earlier); when another requested method needs them, π_sft's self-samples and then the per-step
// credit on its negatives are computed once and stored under π_sft's run; then every requested
// method trains from π_sft as its own cell. A run executes it for the baseline alone; a sweep for
// each size and seed with the methods of its config.
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "experiment/pipeline/cell_context.h"
#include "model/device.h"

namespace ef {

// Where the cells of a pipeline are recorded: what differs between a run, a sweep and a tuning
// grid. `variant` indexes PipelineInputs::variants (always 0 for the baseline and in a sweep).
class CellHost {
 public:
  virtual ~CellHost() = default;
  // The run that records the method's cell (created when first asked for).
  virtual std::int64_t cellRun(const Method& m, int variant) = 0;
  virtual std::string checkpointPath(const Method& m, int variant) const = 0;
  // True when the cell finished ok earlier (a resumed sweep keeps it).
  virtual bool finished(const Method& m, int variant) const = 0;
  // Executes the cell: `train` inside its run (a RunLifecycle), the outcome recorded. Returns
  // whether it ended ok; a failure is recorded, a cancellation recorded and rethrown (Cancelled).
  virtual bool execute(const Method& m, int variant,
                       const std::function<CellOutcome(Recorder&)>& train) = 0;
};

struct PipelineInputs {
  const RunConfig& cfg;
  const TaskData& data;
  int size = 0;            // |D_syn|: the first `size` problems of data.train
  std::uint64_t seed = 0;  // the cell seed (model init, data order, sampling)
  DeviceChoice device;
  RunStore& store;
  RunObserver& observer;
  const CancelToken& cancel;
  // The configs each non-baseline method trains under, one cell per method and variant: a
  // tuning grid's points (experiment/tools/tune.h). Empty: {cfg}. π_sft, its self-samples and its
  // credit always follow cfg, so a variant may differ only in the methods' own sections.
  std::vector<RunConfig> variants = {};
};

// Runs `methods` (from methodsFor(): the baseline first) for one size and seed.
void runCellPipeline(const PipelineInputs& in, const std::vector<const Method*>& methods,
                     CellHost& host);

}  // namespace ef
