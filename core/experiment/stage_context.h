#pragma once
// Private (LibTorch) header shared by the run and sweep pipelines: the metric recorder, the task
// data of a config, and supervised training with periodic evaluation, checkpoints and resume.
#include <chrono>
#include <memory>
#include <string>
#include <vector>

#include "experiment/observer.h"
#include "experiment/run_config.h"
#include "model/device.h"
#include "model/gpt_impl.h"
#include "store/run_store.h"
#include "tasks/task.h"
#include "text/tokenizer.h"
#include "train/evaluator.h"
#include "train/example.h"

namespace ef {

using Clock = std::chrono::steady_clock;
double secondsSince(Clock::time_point t);
std::string fixed4(double v);

// Forwards metrics and log lines of one run to the observer and keeps metrics until the next
// flush to the store (one transaction per evaluation interval).
class Recorder {
 public:
  Recorder(RunStore& store, RunObserver& obs, std::int64_t run_id)
      : store_(store), obs_(obs), run_id_(run_id) {}
  void metric(const std::string& stage, std::int64_t step, const std::string& name, double v);
  void flush();
  void log(LogLevel level, const std::string& line);
  RunObserver& observer() { return obs_; }
  RunStore& store() { return store_; }
  std::int64_t runId() const { return run_id_; }

 private:
  RunStore& store_;
  RunObserver& obs_;
  std::int64_t run_id_;
  std::vector<MetricPoint> pending_;
};

// Everything a config's task provides: generator, tokenizer, problems, model shape.
struct TaskData {
  std::unique_ptr<Task> task;
  std::unique_ptr<Tokenizer> tok;
  std::vector<Problem> train;  // the largest training set any stage needs
  std::vector<Problem> test;
  std::vector<Problem> train_probe;  // first eval.train_problems problems every training set shares
  GptConfig gpt;
};
// Throws ConfigError (model.context) when a problem does not fit the context.
TaskData prepareTaskData(const RunConfig& cfg, int train_size);
// The training-set probe: the first min(eval.train_problems, smallest_train_size) problems of
// d.train, which every training set drawn as a prefix of d.train contains.
void setTrainProbe(TaskData& d, const RunConfig& cfg, std::size_t smallest_train_size);
std::vector<Example> encodeTraining(const TaskData& d, const std::vector<Problem>& problems,
                                    int context);

struct TrainingOutcome {
  EvalOutcome eval;  // evaluation of the final model
  double tokens_per_s = 0;
  std::int64_t steps = 0;
  bool resumed = false;
};

struct TrainingEnv {
  const RunConfig& cfg;
  const TaskData& data;
  Recorder& rec;
  const CancelToken& cancel;
  std::uint64_t seed;           // data order and evaluation sampling
  std::string checkpoint_path;  // saved at every evaluation; resumed from when present
  std::string checkpoint_stage;
};

// Supervised next-token training of `model` on `examples` (SFT, RFT) with evaluation and a
// checkpoint every cfg.eval_every steps. When env.checkpoint_path holds a checkpoint of the same
// stage, training continues from it: the model and optimizer state are restored, metric points
// recorded after it are dropped, and the data order is the one an uninterrupted run would see.
TrainingOutcome trainSupervised(Gpt& model, const std::vector<Example>& examples,
                                const SftConfig& cfg, const std::string& stage,
                                const TrainingEnv& env);

// Evaluate and record test_error / pass_at_k / first_step_accuracy at `step`, and train_error /
// train_first_step_accuracy on the training-set probe when there is one.
EvalOutcome evaluateAndRecord(Gpt& model, const TrainingEnv& env, std::int64_t step);

// Store the greedy and sampled outputs of an evaluation as samples of stage "eval".
void storeEvalSamples(RunStore& store, std::int64_t run_id, const EvalOutcome& ev,
                      const std::vector<Problem>& test, std::int64_t step);

// The stored config of a run of `kind` that may be resumed (its status is not ok); throws
// StoreError naming the id otherwise.
RunConfig resumableConfig(RunStore& store, std::int64_t id, const std::string& kind);

// The message of the exception in flight, first line only (LibTorch appends a backtrace).
std::string failureMessage(std::exception_ptr e);

GptConfig gptConfigFor(const RunConfig& cfg, int vocab);
std::string tokenizerSignature(const Tokenizer& tok);

}  // namespace ef
