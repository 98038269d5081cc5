// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Step history (docs/method.md, "Step history"): one analysed solution's steps evaluated again
// under every checkpoint of its cell's lineage (π_sft, RFT, each DPO variant of the same size and
// seed): Q̂ of each prefix from k Monte-Carlo rollouts, A_i = Q̂_i − Q̂_{i−1}, and the first pit.
// It shows on one problem what the paper argues over many: per-step credit moves probability
// away from the pit step. Results are cached in the store by the checkpoint's SHA-256.
// Torch-free facade.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "store/run_store.h"
#include "util/observer.h"

namespace ef {

// A model the sample can be evaluated under: a cell run's recorded checkpoint.
struct LineagePolicy {
  std::int64_t run_id = 0;
  std::string method;  // "sft", "rft", "dpo", ... (the cell's method)
  std::string stage;   // its checkpoint's stage in the store
  std::string path, sha256;
};

struct StepHistoryRow {
  LineagePolicy policy;
  std::vector<int> successes;  // of k rollouts from prefix 0 .. L−1
  std::vector<double> q;  // Q̂_0 .. Q̂_L (Q̂_L: 1 for a correct solution, 0 for a wrong one)
  std::vector<double> advantage;  // A_1 .. A_L
  std::optional<int> pit;  // first step c >= 1 with Q̂_c = 0 (the final step of a wrong one)
  bool cached = false;     // read from the store, not computed now
};

struct StepHistory {
  std::int64_t sample_id = 0;
  std::vector<std::string> steps;  // the solution's steps, its final answer step included
  bool correct = false;
  int k = 0;
  std::uint64_t seed = 0;
  std::vector<StepHistoryRow> rows;  // in lineage order
};

// The cells of the sample's sweep with the size and seed of the sample's own cell, SFT first then
// in the sweep's method order, each with a recorded checkpoint whose file exists. A sample of a
// run outside a sweep: that run alone. Throws StoreError naming the sample when it is unknown.
std::vector<LineagePolicy> sampleLineage(const RunStore& store, std::int64_t sample_id);

// The rows the store holds for these policies, k and seed (a policy without one is left out).
// Reads only: the views call it on their read-only connection.
StepHistory readStepHistory(const RunStore& store, std::int64_t sample_id,
                            const std::vector<LineagePolicy>& lineage, int k, std::uint64_t seed);

// Q̂ of every prefix of the sample under each policy, k rollouts each (temperature 1, the
// sample's own run config for task and tokenizer); cached rows are read, new ones stored.
// progress(done, total) after each policy. Throws CheckpointError / StoreError / ConfigError
// naming what failed; a cancel returns the rows finished so far.
StepHistory computeStepHistory(RunStore& store, std::int64_t sample_id,
                               const std::vector<LineagePolicy>& lineage, int k, std::uint64_t seed,
                               const CancelToken& cancel,
                               const std::function<void(int, int)>& progress = {});

}  // namespace ef
