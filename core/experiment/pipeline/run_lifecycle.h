// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The one way a stored run executes, for a run, a sweep, each sweep cell and their resumption
// (docs/architecture.md, "Store"): the run is marked running (its lock taken) inside the work,
// the work's metrics go through a Recorder, a cancellation ends it "cancelled", any other
// exception "failed" with the first line of its message, and in every case the recorder is
// flushed and the status, error and result are stored. Torch-free.
#include <cstdint>
#include <exception>
#include <functional>
#include <string>

#include "experiment/pipeline/recorder.h"
#include "experiment/config/run_config.h"
#include "store/run_store.h"

namespace ef {

struct RunEnd {
  std::string status = "ok";  // ok | failed | cancelled
  std::string error;          // "" when ok

  bool ok() const { return status == "ok"; }
};

class RunLifecycle {
 public:
  RunLifecycle(RunStore& store, RunObserver& observer, std::int64_t run_id);

  std::int64_t runId() const { return run_id_; }
  Recorder& recorder() { return rec_; }

  // Marks the run running on the device described (takes its lock). Call it inside attempt(), so
  // that a run that cannot start ends "failed" with the reason.
  void start(const std::string& device_description);
  // Runs `work` and says how it ended; never throws.
  RunEnd attempt(const std::function<void()>& work);
  // Flushes the recorder (a store error there is logged, not thrown) and stores end and result.
  void finish(const RunEnd& end, const std::string& result_json);

 private:
  RunStore& store_;
  std::int64_t run_id_;
  Recorder rec_;
};

// The message of the exception in flight, first line only (LibTorch appends a backtrace).
std::string failureMessage(std::exception_ptr e);

// Creates the run of one cell of a sweep or tune under `parent_id`: `cfg` with the cell's name,
// seed and training-set size, stored with `versions_json`.
std::int64_t createCellRun(RunStore& store, std::int64_t parent_id, RunConfig cfg,
                           const std::string& name, std::uint64_t seed, int size,
                           const std::string& versions_json);

// The stored config of a run of `kind` that may be resumed (its status is not ok); throws
// StoreError naming the id otherwise.
RunConfig resumableConfig(RunStore& store, std::int64_t id, const std::string& kind);

}  // namespace ef
