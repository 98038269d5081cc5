// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Private (LibTorch) header: M solutions per training problem from π_sft, split by the verifier
// into distinct positives (D+) and negatives (docs/method.md, "Self-samples").
#include <cstdint>
#include <string>
#include <vector>

#include "experiment/pipeline/recorder.h"
#include "experiment/pipeline/task_data.h"
#include "model/gpt_impl.h"

namespace ef {

struct SelfSample {
  std::int64_t id = 0;  // row in the store's samples table
  std::string text;
  std::vector<std::string> steps;
};

struct ProblemSamples {
  std::vector<SelfSample> positives;  // distinct, at most max_positives
  std::vector<SelfSample> negatives;  // distinct, at most max_negatives
  int drawn = 0, correct = 0;
};

struct SelfSamples {
  std::vector<ProblemSamples> problems;  // aligned with the training problems
  double fraction_correct = 0;
  int positives = 0, negatives = 0;
};

// Samples are stored under rec.runId() with stage "sample" (kept ones only), with their metrics,
// at `at_step`: the optimizer step of the model that drew them (iterated rounds sample from a
// policy already trained for some steps).
SelfSamples sampleSelf(Gpt& model, const TaskData& data, const std::vector<Problem>& train,
                       const SampleConfig& cfg, Recorder& rec, const CancelToken& cancel,
                       std::uint64_t seed, std::int64_t at_step = 0);

}  // namespace ef
