// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Preference pairs for DPO and per-step DPO (docs/method.md, "Pairs"). Texts only: the trainer
// tokenises prompt + completion and appends EOS to complete solutions.
//
//   random        (x, a positive, a negative)                         standard DPO
//   edit_distance (x, a positive, the negative farthest from it)      Pal et al. pairing
//   step_full     (x, a positive, the negative cut just after its pit)            variant S3
//   step_prefix   (x + ŷ_1..ŷ_{c−1}, a successful rollout from there, ŷ_c alone)  variant S8
//   step_alternative (x + ŷ_1..ŷ_{c−1}, the step at c with the highest Q̂ > 0 among the rollouts
//                  from there, ŷ_c alone)                             one step against one step
//
// Partial completions (a cut negative, a pit step) end with the step separator, the way a step
// ends in generation, and take no EOS. Negatives without a pit are skipped by the per-step
// builders and counted. Pairs are deduplicated per problem by (prompt, chosen, rejected).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "util/field_table.h"

namespace ef {

// The pairs section of a run config.
struct PairsConfig {
  std::string chosen = "self";  // self: a distinct correct self-sample (teacher if none) | teacher
};

FieldList<PairsConfig> pairsConfigFields();

enum class PairKind { Random, EditDistance, StepFull, StepPrefix, StepAlternative };
const char* pairKindName(PairKind k);

struct PreferencePair {
  int problem = 0;
  PairKind kind = PairKind::Random;
  std::string prompt;
  std::string chosen;
  std::string rejected;
  bool chosen_complete = true;
  bool rejected_complete = true;
  int pit = 0;  // per-step pairs: the pit step c (1-based)
};

// A step the rollouts from a negative's prefix ŷ_1..ŷ_{c−1} took at position c instead of its
// pit step, with how many of those rollouts began with it and how many of them succeeded: Q̂ of the
// step is successes / rollouts.
struct StepAlternative {
  std::string step;
  int successes = 0;
  int rollouts = 0;
  bool final = false;  // the rollouts ended after it (it is a final answer step)
  double q() const { return rollouts > 0 ? static_cast<double>(successes) / rollouts : 0.0; }
};

// The alternatives of a pit step from the rollouts of the prefix before it (completions: the text
// generated after the prefix; correct: their verdicts): grouped by their first step, the pit step
// itself left out, highest Q̂ first (then more rollouts, then the text).
std::vector<StepAlternative> stepAlternatives(const std::vector<std::string>& completions,
                                              const std::vector<bool>& correct,
                                              const std::string& separator,
                                              const std::string& pit_step);

// One analysed negative as the pair builders need it.
struct NegativeSample {
  int problem = 0;
  std::vector<std::string> steps;
  std::optional<int> pit;
  // Successful rollout continuations (generated text after the prefix ŷ_1..ŷ_{c−1}); used by
  // step_prefix, shortest first.
  std::vector<std::string> prefix_successes;
  // The steps the rollouts from that prefix took at the pit instead (step_alternative).
  std::vector<StepAlternative> pit_alternatives;
};

struct ProblemPairs {
  int problem = 0;
  std::string prompt;
  std::vector<std::string> teacher_steps;           // reference solution (D_syn)
  std::vector<std::vector<std::string>> positives;  // distinct correct self-samples (D+)
  std::vector<NegativeSample> negatives;
};

struct PairStats {
  int pairs = 0;
  int negatives = 0;
  int skipped_without_pit = 0;
  int without_positive = 0;  // the teacher solution stood in for a missing self-generated positive
  int without_alternative = 0;  // step_alternative: no rollout found a step with Q̂ > 0 at the pit
};

class PairBuilder {
 public:
  PairBuilder(std::string separator, std::uint64_t seed)
      : sep_(std::move(separator)), seed_(seed) {}

  std::vector<PreferencePair> build(PairKind kind, const std::vector<ProblemPairs>& problems,
                                    PairStats* stats = nullptr) const;

  std::string join(const std::vector<std::string>& steps) const;
  // Prompt followed by the first n steps, each ending with the separator.
  std::string prefix(const std::string& prompt, const std::vector<std::string>& steps, int n) const;

 private:
  // step_alternative: the best alternative with Q̂ > 0 against the pit step (none: counted).
  std::optional<PreferencePair> alternativePair(const ProblemPairs& p, const NegativeSample& n,
                                                PairStats& st) const;
  std::string sep_;
  std::uint64_t seed_;
};

// Levenshtein distance in bytes.
std::size_t editDistance(const std::string& a, const std::string& b);

}  // namespace ef
