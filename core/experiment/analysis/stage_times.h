// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Where a run's time went: the wall time and tokens of each stage (SFT, evaluation,
// self-sampling, the credit rollouts, each method's training), recorded as it runs
// (Recorder::stageTime: metrics "stage_seconds" and "stage_tokens" under the stage) and summed
// here. A sweep's π_sft cell also holds the self-sampling and credit stages it ran for the other
// methods of its size and seed. Torch-free: the CLI and the workbench read it too.
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "store/run_store.h"

namespace ef {

struct StageTime {
  double seconds = 0;
  double tokens = 0;  // 0 where the stage does not count them
  double tokensPerSecond() const { return seconds > 0 && tokens > 0 ? tokens / seconds : 0; }
};

// By stage name: a training stage ("sft", "dpo", "awr", ...), "validation" (the validation
// split during training), "probe" (the training-problem probe), "eval" (the test set),
// "sample" (self-sampling), "advantages" (the credit rollouts).
using StageTimes = std::map<std::string, StageTime>;

StageTimes stageTimesOf(const RunStore& store, std::int64_t run_id);
// Summed over runs (e.g. a sweep's cells).
StageTimes totalStageTimes(const std::vector<StageTimes>& each);
// The per-stage table the CLI prints after a sweep: stage, seconds, share, tokens/s, one line
// each, longest first, and a total line.
std::string stageTable(const StageTimes& times);

}  // namespace ef
