// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Executes one run end to end: task → tokenizer → GPT → SFT with periodic evaluation and
// checkpoints → final evaluation, everything recorded in the run store (torch-free facade).
#include <cstdint>
#include <string>

#include "util/observer.h"
#include "experiment/config/run_config.h"
#include "store/run_store.h"

namespace ef {

struct RunSummary {
  std::int64_t run_id = 0;
  std::string status;  // ok | failed | cancelled
  std::string error;
  double test_error = 1.0;
  double pass_at_k = 0.0;
  int pass_k = 0;
  double first_step_accuracy = 0.0;
  int valid_problems = 0;  // validation split (task.valid_size); 0 = none
  double valid_error = 1.0;
  std::int64_t selected_step = 0;  // the step of the model that was tested (sft.select)
  int train_problems = 0;          // training-set probe (eval.train_problems); 0 = off
  double train_error = 1.0;
  double train_first_step_accuracy = 0.0;
  double train_tokens_per_s = 0.0;
  double wall_s = 0.0;
  double peak_rss_mib = 0.0;  // the process's peak resident memory at the end of the run
  std::int64_t steps = 0;
  std::int64_t parameters = 0;
  std::string device;
  std::string precision;
  std::string checkpoint;

  std::string toJson() const;  // one line
};

// Never throws for problems of the run itself (bad config values discovered late, divergence,
// cancellation): they end the run with status failed/cancelled and a message. Throws StoreError
// only if the store itself fails before the run exists.
RunSummary executeRun(const RunConfig& cfg, RunStore& store, RunObserver& observer,
                      const CancelToken& cancel);

// Continues an interrupted, cancelled or failed run from its last checkpoint with its stored
// config. Throws StoreError for an unknown run, a sweep, or a run that already finished ok.
RunSummary resumeRun(std::int64_t run_id, RunStore& store, RunObserver& observer,
                     const CancelToken& cancel);

}  // namespace ef
