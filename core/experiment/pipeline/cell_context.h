// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Private (LibTorch) header: what a method's trainer works with and hands back
// (docs/architecture.md, "Add a method"). The cell pipeline (cell_pipeline.h) fills it.
#include <cstdint>
#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "experiment/pipeline/credit.h"
#include "experiment/config/method.h"
#include "experiment/pipeline/self_samples.h"
#include "experiment/pipeline/supervised_training.h"
#include "model/gpt_impl.h"

namespace ef {

struct CellContext {
  const Method& method;
  const RunConfig& cfg;
  const TaskData& data;
  const std::vector<Problem>& train;  // the cell's D_syn: the first `size` training problems
  int size = 0;
  std::uint64_t seed = 0;
  Recorder& rec;  // the cell's run
  const CancelToken& cancel;
  std::string checkpoint_path;  // where the method's model is saved

  // π_sft: the baseline trains it in place; every other method starts from it or reads it.
  Gpt& sft;
  std::int64_t sft_run = 0;    // the run that recorded π_sft's checkpoint
  std::string sft_checkpoint;  // its path (recorded under stage baselineMethod().name)
  const SelfSamples* samples;  // set when the method needs self-samples
  const Credit* credit;        // set when the method needs per-step credit
  std::function<Gpt(std::uint64_t init_seed)> fresh_model;  // on the run's device and precision

  // The environment of a training stage of this cell (seed: its data order and evaluations).
  TrainingEnv env(std::uint64_t stage_seed) const {
    return {cfg, data, rec, cancel, stage_seed, checkpoint_path, method.name};
  }

  // The model a method trains: fresh (initialised from the stream `init_stream` of the cell's
  // seed and size) and, with from_sft, holding π_sft's weights. The method's own checkpoint of an
  // unfinished earlier attempt is dropped first: such a method reruns from its start.
  Gpt startingModel(const char* init_stream, bool from_sft) const;
};

struct CellOutcome {
  EvalOutcome eval;               // the final model's evaluation
  std::int64_t steps = 0;         // optimizer steps of the method's training
  double train_tokens_per_s = 0;  // supervised training only
  nlohmann::ordered_json extra = nlohmann::ordered_json::object();  // method-specific results

  // Takes the evaluation, steps and speed of a supervised training.
  void take(const TrainingOutcome& t) {
    eval = t.eval;
    steps = t.steps;
    train_tokens_per_s = t.tokens_per_s;
  }
};

}  // namespace ef
