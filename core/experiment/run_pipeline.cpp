#include "experiment/run_pipeline.h"

#include <torch/torch.h>

#include <chrono>
#include <nlohmann/json.hpp>

#include "experiment/task_factory.h"
#include "model/checkpoint_impl.h"
#include "model/device.h"
#include "text/tokenizer.h"
#include "train/evaluator.h"
#include "train/sft_trainer.h"
#include "util/log.h"
#include "util/random.h"
#include "util/versions.h"

namespace ef {
namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point t) {
  return std::chrono::duration<double>(Clock::now() - t).count();
}

// Forwards metrics and log lines to the observer and keeps metrics until the next flush to the
// store (one transaction per evaluation interval).
class Recorder {
 public:
  Recorder(RunStore& store, RunObserver& obs, std::int64_t run_id)
      : store_(store), obs_(obs), run_id_(run_id) {}
  void metric(const std::string& stage, std::int64_t step, const std::string& name, double v) {
    MetricPoint p{stage, step, name, v};
    obs_.onMetric(p);
    pending_.push_back(std::move(p));
  }
  void flush() {
    if (pending_.empty()) return;
    store_.addMetrics(run_id_, pending_);
    pending_.clear();
  }
  void log(LogLevel level, const std::string& line) {
    switch (level) {
      case LogLevel::Debug:
        logger()->debug(line);
        break;
      case LogLevel::Info:
        logger()->info(line);
        break;
      case LogLevel::Warning:
        logger()->warn(line);
        break;
      case LogLevel::Error:
        logger()->error(line);
        break;
    }
    obs_.onLog(level, line);
  }
  RunObserver& observer() { return obs_; }

 private:
  RunStore& store_;
  RunObserver& obs_;
  std::int64_t run_id_;
  std::vector<MetricPoint> pending_;
};

std::string joinSymbols(const std::vector<std::string>& symbols) {
  std::string s;
  for (const auto& x : symbols)
    s += x + '\x1f';
  return s;
}

std::string fmt2(double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.4f", v);
  return buf;
}

struct Context {
  const RunConfig& cfg;
  RunStore& store;
  Recorder& rec;
  const CancelToken& cancel;
  RunSummary& sum;
};

void storeSamples(Context& c, const EvalOutcome& ev, const std::vector<Problem>& test,
                  std::int64_t step) {
  std::vector<SampleRecord> rows;
  auto add = [&](const EvalSample& s, const char* mode) {
    SampleRecord r;
    r.run_id = c.sum.run_id;
    r.stage = "eval";
    r.step = step;
    r.problem_index = s.problem_index;
    r.prompt = test[s.problem_index].prompt;
    r.output = s.output;
    r.answer = test[s.problem_index].answer;
    r.verdict = verdictName(s.verdict);
    r.mode = mode;
    rows.push_back(std::move(r));
  };
  for (const auto& s : ev.greedy)
    add(s, "greedy");
  for (const auto& s : ev.sampled)
    add(s, "sample");
  c.store.addSamples(rows);
}

void runBody(Context& c, const DeviceChoice& dev) {
  const auto& cfg = c.cfg;
  torch::manual_seed(cfg.seed);
  auto task = makeTask(cfg.task);
  const auto train = task->problems("train", cfg.task.train_size, cfg.seed);
  const auto test = task->problems("test", cfg.task.test_size, cfg.seed);
  Tokenizer tok(task->symbols(), task->stepSeparator());
  std::vector<Example> examples;
  try {
    examples = encodeProblems(tok, *task, train, cfg.model.context);
    encodeProblems(tok, *task, test, cfg.model.context);
  } catch (const std::length_error& e) {
    throw ConfigError("model.context", e.what());
  }
  GptConfig g;
  g.vocab = tok.vocabSize();
  g.context = cfg.model.context;
  g.layers = cfg.model.layers;
  g.d_model = cfg.model.d_model;
  g.heads = cfg.model.heads;
  g.dropout = cfg.model.dropout;
  g.rotary = cfg.model.position == "rotary";
  Gpt model(g);
  model->to(torch::Device(dev.device));
  model->setPrecision(dev.precision);
  c.sum.parameters = g.parameterCount();
  c.rec.log(LogLevel::Info, "task " + task->kind() + ": " + std::to_string(train.size()) +
                                " training problems, " + std::to_string(test.size()) +
                                " test problems, vocabulary " + std::to_string(g.vocab));
  c.rec.log(LogLevel::Info, "model: " + g.describe());

  SftTrainer trainer(model, cfg.sft, examples, cfg.seed);
  const std::string ckpt = c.store.filesDir() + "run-" + std::to_string(c.sum.run_id) + "/sft.pt";
  CheckpointInfo info;
  info.stage = "sft";
  info.model = g;
  info.precision = precisionName(dev.precision);
  info.config_json = toJson(cfg);
  info.tokenizer = joinSymbols(tok.symbols());

  auto evalAndSave = [&](std::int64_t step, bool final) {
    c.rec.observer().onStage("eval");
    const auto ev =
        evaluate(model, *task, tok, test, cfg.eval,
                 deriveSeed(cfg.seed, "eval", static_cast<std::uint64_t>(step)), &c.cancel);
    c.rec.metric("eval", step, "test_error", ev.test_error);
    c.rec.metric("eval", step, "pass_at_k", ev.pass_at_k);
    c.rec.metric("eval", step, "first_step_accuracy", ev.first_step_accuracy);
    c.rec.log(LogLevel::Info, "step " + std::to_string(step) + ": test error " +
                                  fmt2(ev.test_error) + ", pass@" + std::to_string(ev.k) + " " +
                                  fmt2(ev.pass_at_k) + " (" + std::to_string(ev.problems) +
                                  " problems, " + fmt2(ev.seconds) + " s)");
    info.step = step;
    saveCheckpoint(ckpt, model, &trainer.optimizer(), info);
    c.rec.flush();
    if (final) {
      storeSamples(c, ev, test, step);
      c.sum.test_error = ev.test_error;
      c.sum.pass_at_k = ev.pass_at_k;
      c.sum.pass_k = ev.k;
      c.sum.first_step_accuracy = ev.first_step_accuracy;
    }
    c.rec.observer().onStage("sft");
  };

  c.rec.observer().onStage("sft");
  const auto total = static_cast<std::int64_t>(cfg.sft.steps);
  const auto t_stage = Clock::now();
  double train_seconds = 0.0;
  std::int64_t train_tokens = 0;
  for (std::int64_t s = 0; s < total; ++s) {
    if (c.cancel.cancelled()) throw Cancelled{};
    const auto t_step = Clock::now();
    const StepStats st = trainer.step();
    train_seconds += secondsSince(t_step);
    train_tokens += st.tokens;
    c.rec.metric("sft", st.step, "loss", st.loss);
    c.rec.metric("sft", st.step, "lr", st.lr);
    c.rec.metric("sft", st.step, "grad_norm", st.grad_norm);
    Progress p;
    p.stage = "sft";
    p.done = st.step;
    p.total = total;
    p.elapsed_s = secondsSince(t_stage);
    p.eta_s = p.elapsed_s / static_cast<double>(st.step) * static_cast<double>(total - st.step);
    c.rec.observer().onProgress(p);
    if (cfg.sft.eval_every > 0 && st.step % cfg.sft.eval_every == 0 && st.step < total) {
      c.rec.metric("sft", st.step, "tokens_per_s", train_tokens / std::max(train_seconds, 1e-9));
      evalAndSave(st.step, false);
    }
  }
  c.sum.steps = total;
  c.sum.train_tokens_per_s = train_seconds > 0 ? train_tokens / train_seconds : 0.0;
  c.rec.metric("sft", total, "tokens_per_s", c.sum.train_tokens_per_s);
  evalAndSave(total, true);
  c.sum.checkpoint = ckpt;
}

}  // namespace

std::string RunSummary::toJson() const {
  nlohmann::ordered_json j;
  j["run_id"] = run_id;
  j["status"] = status;
  j["test_error"] = test_error;
  j["pass_at_k"] = pass_at_k;
  j["k"] = pass_k;
  j["first_step_accuracy"] = first_step_accuracy;
  j["train_tokens_per_s"] = train_tokens_per_s;
  j["wall_s"] = wall_s;
  j["steps"] = steps;
  j["parameters"] = parameters;
  j["device"] = device;
  j["precision"] = precision;
  j["checkpoint"] = checkpoint;
  if (!error.empty()) j["error"] = error;
  return j.dump();
}

RunSummary executeRun(const RunConfig& cfg, RunStore& store, RunObserver& observer,
                      const CancelToken& cancel) {
  const auto t0 = Clock::now();
  RunSummary sum;
  sum.run_id = store.createRun("run", cfg.name, toJson(cfg), versionsJson(torchVersion(), ""));
  observer.onRunCreated(sum.run_id);
  ScopedRunLog run_log(store.filesDir() + "logs/run-" + std::to_string(sum.run_id) + ".log");
  Recorder rec(store, observer, sum.run_id);
  Context ctx{cfg, store, rec, cancel, sum};
  try {
    const int threads = setThreadCount(cfg.threads);
    const DeviceChoice dev = chooseDevice(cfg.device, cfg.precision);
    sum.device = dev.device;
    sum.precision = precisionName(dev.precision);
    store.startRun(sum.run_id, dev.description);
    rec.log(LogLevel::Info, "run " + std::to_string(sum.run_id) + " '" + cfg.name + "' on " +
                                dev.description + ", " + std::to_string(threads) + " threads");
    runBody(ctx, dev);
    sum.status = "ok";
  } catch (const Cancelled&) {
    sum.status = "cancelled";
    sum.error = "cancelled by the user";
  } catch (const c10::Error& e) {
    sum.status = "failed";
    const std::string w = e.what();
    sum.error = "LibTorch error: " + w.substr(0, w.find('\n'));
  } catch (const std::exception& e) {
    sum.status = "failed";
    sum.error = e.what();
  }
  sum.wall_s = secondsSince(t0);
  try {
    rec.flush();
  } catch (const std::exception& e) {
    rec.log(LogLevel::Error, std::string("could not store the last metrics: ") + e.what());
  }
  if (sum.status != "ok")
    rec.log(sum.status == "cancelled" ? LogLevel::Warning : LogLevel::Error,
            "run " + std::to_string(sum.run_id) + " " + sum.status + ": " + sum.error);
  else
    rec.log(LogLevel::Info,
            "run " + std::to_string(sum.run_id) + " finished in " + fmt2(sum.wall_s) + " s");
  store.finishRun(sum.run_id, sum.status, sum.error, sum.toJson());
  return sum;
}

}  // namespace ef
