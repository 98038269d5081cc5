#pragma once
// Private (LibTorch) header: the stages after SFT (paper.md §3–§5) as the sweep runs them.
//   sampleSelf       M samples per training problem from π_sft, split by the verifier
//   assignCredit     Monte-Carlo Q / advantages / first pit for the kept negatives
//   trainPreferences DPO or per-step DPO from π_sft against the frozen π_sft
#include <cstdint>
#include <string>
#include <vector>

#include "experiment/stage_context.h"
#include "rollout/pair_builder.h"

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

// Samples are stored under rec.runId() with stage "sample" (kept ones only).
SelfSamples sampleSelf(Gpt& model, const TaskData& data, const std::vector<Problem>& train,
                       const SampleConfig& cfg, Recorder& rec, const CancelToken& cancel,
                       std::uint64_t seed);

struct CreditStats {
  int negatives = 0;
  int with_pit = 0;
  std::int64_t rollouts = 0;
  double rollouts_per_negative = 0;
  double mean_pit_step = 0;  // over negatives with a pit (1-based)
  std::int64_t generated_tokens = 0;
  double seconds = 0;
  int positives_analysed = 0;
  int spurious_steps = 0;  // steps of positives with A <= 0
};

// Runs the pit searches of all kept negatives in batched rounds, stores per-step Q / A / pit and a
// capped number of rollout texts, and returns the negatives as the pair builders need them.
std::vector<NegativeSample> assignCredit(Gpt& model, const TaskData& data,
                                         const std::vector<Problem>& train,
                                         const SelfSamples& samples, const AdvantageConfig& cfg,
                                         Recorder& rec, const CancelToken& cancel,
                                         std::uint64_t seed, CreditStats* stats);

// The problems in the form the pair builders take; `negatives` may carry credit (pits) or not.
std::vector<ProblemPairs> pairInputs(const std::vector<Problem>& train, const SelfSamples& samples,
                                     const std::vector<NegativeSample>& credited,
                                     const PairsConfig& cfg);

// Optimizer steps of a DPO stage on `pairs` pairs: dpo.steps, capped at
// ceil(max_epochs * pairs / batch_size) (at least 1) when max_epochs > 0.
int dpoSteps(const DpoConfig& cfg, std::size_t pairs);

struct PreferenceOutcome {
  EvalOutcome eval;
  int pairs = 0;  // pairs trained on (those that fit the context)
  int steps = 0;  // optimizer steps: dpo.steps, or fewer when dpo.max_epochs caps them
  double final_margin = 0;
  double final_accuracy = 0;
};

// DPO from a copy of π_sft (policy, trained in place) against π_sft (reference). Pairs are stored
// under rec.runId(). Throws ConfigError("dpo") when there is no pair to train on.
PreferenceOutcome trainPreferences(Gpt& policy, Gpt& reference,
                                   const std::vector<PreferencePair>& pairs,
                                   const TrainingEnv& env);

// A fresh model with the weights (and precision) of src.
Gpt cloneModel(Gpt& src);

}  // namespace ef
