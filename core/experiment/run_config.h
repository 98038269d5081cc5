#pragma once
// The run configuration: everything that defines a run, read from JSON (nlohmann-json) and
// validated. Unknown keys, wrong types and out-of-range values raise ConfigError naming the field
// by its dotted path ("sft.lr"). Missing keys take the defaults below.
#include <cstdint>
#include <stdexcept>
#include <string>

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
};

// Parse and validate; throws ConfigError.
RunConfig parseRunConfig(const std::string& json_text);
// Full JSON of a config (every field, defaults included), pretty-printed with 2-space indent.
std::string toJson(const RunConfig& cfg);
// Cross-field checks (heads divides d_model, min_steps <= max_steps, ...); throws ConfigError.
void validate(const RunConfig& cfg);

}  // namespace ef
