#pragma once
// The run configuration: everything that defines a run, read from JSON (nlohmann-json) and
// validated. Unknown keys, wrong types and out-of-range values raise ConfigError naming the field
// by its dotted path ("sft.lr"). Missing keys take the defaults below.
#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

#include "tasks/arith_task.h"
#include "tasks/jsonl_task.h"
#include "tasks/stargraph_task.h"

namespace ef {

class ConfigError : public std::runtime_error {
 public:
  ConfigError(std::string field, const std::string& message);
  const std::string& field() const { return field_; }  // dotted path, "" for the whole document

 private:
  std::string field_;
};

struct TaskConfig {
  std::string kind = "arith";  // arith | stargraph | jsonl
  int train_size = 2000;       // |D_syn|: problems with a teacher solution used for SFT
  int test_size = 200;         // held-out problems for evaluation
  ArithConfig arith;
  StarGraphConfig stargraph;
  JsonlConfig jsonl;
};

struct ModelConfig {
  int layers = 2;
  int d_model = 64;
  int heads = 4;
  int context = 64;  // maximum sequence length in tokens (prompt + solution + BOS/EOS)
  double dropout = 0.0;
  std::string position = "learned";  // learned | rotary
};

struct SftConfig {
  int steps = 1000;  // optimizer steps
  int batch_size = 32;
  double lr = 3e-4;
  double min_lr = 1e-5;  // cosine decays from lr to min_lr after warmup
  int warmup_steps = 50;
  double weight_decay = 0.01;
  double grad_clip = 1.0;  // global L2 norm; 0 disables
  int eval_every = 200;    // steps between evaluations (and checkpoints); 0 = only at the end
};

struct EvalConfig {
  int pass_k = 4;            // samples per problem for pass@k
  double temperature = 1.0;  // sampling temperature for pass@k
  int top_k = 0;             // 0 = no top-k filter
  int max_new_tokens = 0;    // 0 = up to the model context
  int batch_size = 128;      // problems per sampling batch
  // Greedy probe on the first N training problems at every evaluation (0 = off): the gap between
  // its error / first-step accuracy and the test set's shows memorisation.
  int train_problems = 200;
};

// Sampling M solutions per training problem from π_sft and splitting them by the verifier.
struct SampleConfig {
  int samples_per_problem = 16;  // M
  double temperature = 1.0;
  int top_k = 0;
  int max_negatives = 8;  // distinct incorrect samples kept per problem
  int max_positives = 4;  // distinct correct samples kept per problem (RFT data, DPO positives)
  int batch_size = 128;   // problems per sampling batch
};

// RFT: SFT on D_syn ∪ D+ (the distinct correct self-samples).
struct RftConfig {
  std::string init = "sft";  // sft: continue from π_sft | base: a fresh model
  SftConfig train;           // optimisation of the RFT stage (same keys as "sft")
};

// Monte-Carlo per-step advantages on the negatives (paper.md §4).
struct AdvantageConfig {
  int k_est = 5;                  // rollouts per prefix
  int k_bok = 0;                  // > 0: Q on the Best-of-K scale 1 − (1 − Q̂)^k_bok
  std::string search = "linear";  // linear | binary
  bool estimate_value = true;     // rollouts from the bare problem for Q_0 = V(x)
  bool last_step_can_be_pit = false;
  bool analyze_positives = false;  // also roll out positives (spurious steps: A <= 0)
  double temperature = 1.0;
  int max_steps = 20;      // longer solutions are explored up to this many steps
  int store_rollouts = 4;  // rollout texts stored per prefix (0 = none)
  int batch_size = 64;     // prefixes per rollout batch (each expanded k_est times)
};

struct PairsConfig {
  std::string chosen = "self";  // self: a distinct correct self-sample (teacher if none) | teacher
};

struct DpoConfig {
  double beta = 0.1;
  // Cap on passes over the pairs (0 = none): training stops after
  // min(steps, ceil(max_epochs * pairs / batch_size)) steps, so that a cell with few negatives is
  // not trained for hundreds of epochs on them (Self-Explore trains DPO for 3 epochs).
  double max_epochs = 3.0;
  SftConfig train{300, 32, 5e-5, 5e-6, 10, 0.0, 1.0, 100};  // optimisation (same keys as "sft")
};

// Data-scaling sweep: sizes × methods × seeds, each an independent cell.
struct SweepConfig {
  std::vector<int> sizes;  // |D_syn| values; empty = task.train_size only
  std::vector<std::string> methods{"sft",      "rft",           "dpo",
                                   "edit_dpo", "step_dpo_full", "step_dpo_prefix"};
  std::vector<std::uint64_t> seeds{1};
};

struct RunConfig {
  std::string name = "run";
  std::string description;
  std::uint64_t seed = 1;
  std::string device = "auto";     // auto | cpu | cuda | cuda:N
  std::string precision = "auto";  // auto | fp32 | bf16
  int threads = 0;                 // LibTorch intra-op threads; 0 = all logical CPUs
  TaskConfig task;
  ModelConfig model;
  SftConfig sft;
  EvalConfig eval;
  SampleConfig sample;
  RftConfig rft;
  AdvantageConfig advantages;
  PairsConfig pairs;
  DpoConfig dpo;
  SweepConfig sweep;
};

// The method names a sweep accepts, in plotting order.
const std::vector<std::string>& sweepMethods();

// Parse and validate; throws ConfigError.
RunConfig parseRunConfig(const std::string& json_text);
// Full JSON of a config (every field, defaults included), pretty-printed with 2-space indent.
std::string toJson(const RunConfig& cfg);
// Cross-field checks (heads divides d_model, min_steps <= max_steps, ...); throws ConfigError.
void validate(const RunConfig& cfg);

}  // namespace ef
