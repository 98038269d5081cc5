#include "experiment/sweep.h"

#include <torch/torch.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>

#include "experiment/pipeline_stages.h"
#include "experiment/sweep_summary.h"
#include "model/checkpoint_impl.h"
#include "util/log.h"
#include "util/random.h"
#include "util/versions.h"

namespace ef {
namespace {

struct CellKey {
  std::string method;
  int size;
  std::uint64_t seed;
  bool operator<(const CellKey& o) const {
    return std::tie(seed, size, method) < std::tie(o.seed, o.size, o.method);
  }
};

PairKind pairKindOf(const std::string& method) {
  if (method == "dpo") return PairKind::Random;
  if (method == "edit_dpo") return PairKind::EditDistance;
  if (method == "step_dpo_full") return PairKind::StepFull;
  return PairKind::StepPrefix;
}

bool isStepMethod(const std::string& m) {
  return m == "step_dpo_full" || m == "step_dpo_prefix";
}

class SweepRunner {
 public:
  SweepRunner(std::int64_t sweep_id, const RunConfig& cfg, RunStore& store, RunObserver& obs,
              const CancelToken& cancel, const DeviceChoice& dev)
      : id_(sweep_id),
        cfg_(cfg),
        store_(store),
        obs_(obs),
        cancel_(cancel),
        dev_(dev),
        sweep_rec_(store, obs, sweep_id) {
    for (const auto& c : store.cells(sweep_id))
      cells_[{c.method, c.size, c.seed}] = c;
    for (const auto& r : store.childRuns(sweep_id))
      child_runs_[r.name] = r.id;
  }

  void run() {
    auto sizes = cfg_.sweep.sizes;
    if (sizes.empty()) sizes.push_back(cfg_.task.train_size);
    std::sort(sizes.begin(), sizes.end());
    data_ = prepareTaskData(cfg_, sizes.back());
    setTrainProbe(data_, cfg_, static_cast<std::size_t>(sizes.front()));
    sweep_rec_.log(LogLevel::Info,
                   "sweep " + std::to_string(id_) + ": sizes " + std::to_string(sizes.size()) +
                       " x methods " + std::to_string(cfg_.sweep.methods.size()) + " x seeds " +
                       std::to_string(cfg_.sweep.seeds.size()) + "; model " + data_.gpt.describe());
    for (const auto seed : cfg_.sweep.seeds) {
      for (const int size : sizes) {
        for (const auto& m : methods()) {
          if (!cells_.count({m, size, seed})) setCell(m, size, seed, "queued", 0, nullptr, "");
        }
      }
    }
    for (const auto seed : cfg_.sweep.seeds) {
      for (const int size : sizes)
        group(size, seed);
    }
  }

  bool allOk() const {
    for (const auto& [k, c] : cells_) {
      if (c.status != "ok") return false;
    }
    return true;
  }
  std::vector<CellRecord> cells() const { return store_.cells(id_); }
  double errorFloor() const { return 0.5 / cfg_.task.test_size; }

 private:
  // sft always runs: every other method starts from it and the multiplier is read against it.
  std::vector<std::string> methods() const {
    std::vector<std::string> m{"sft"};
    for (const auto& x : sweepMethods()) {
      if (x != "sft" && std::count(cfg_.sweep.methods.begin(), cfg_.sweep.methods.end(), x))
        m.push_back(x);
    }
    return m;
  }

  bool done(const std::string& m, int size, std::uint64_t seed) const {
    auto it = cells_.find({m, size, seed});
    return it != cells_.end() && it->second.status == "ok";
  }

  void setCell(const std::string& m, int size, std::uint64_t seed, const std::string& status,
               std::int64_t run_id, const EvalOutcome* ev, const std::string& extra) {
    CellRecord c;
    c.sweep_id = id_;
    c.method = m;
    c.size = size;
    c.seed = seed;
    c.status = status;
    c.run_id = run_id;
    if (ev) {
      c.test_error = ev->test_error;
      c.pass_at_k = ev->pass_at_k;
      c.first_step_accuracy = ev->first_step_accuracy;
    }
    c.result_json = extra;
    store_.upsertCell(c);
    cells_[{m, size, seed}] = c;
    obs_.onCell(m, size, seed, status, extra);
  }

  std::int64_t cellRun(const std::string& m, int size, std::uint64_t seed) {
    const std::string name = m + " n=" + std::to_string(size) + " seed=" + std::to_string(seed);
    auto it = child_runs_.find(name);
    if (it != child_runs_.end()) return it->second;
    RunConfig c = cfg_;
    c.name = name;
    c.seed = seed;
    c.task.train_size = size;
    const auto id =
        store_.createRun("cell", name, toJson(c), versionsJson(torchVersion(), dev_.device), id_);
    child_runs_[name] = id;
    return id;
  }

  std::string checkpointPath(const std::string& m, int size, std::uint64_t seed) const {
    return store_.filesDir() + "sweep-" + std::to_string(id_) + "/" + m + "-n" +
           std::to_string(size) + "-s" + std::to_string(seed) + ".pt";
  }

  Gpt freshModel(std::uint64_t init_seed) {
    torch::manual_seed(init_seed);
    Gpt m(data_.gpt);
    m->to(torch::Device(dev_.device));
    m->setPrecision(dev_.precision);
    return m;
  }

  // Runs fn as the cell's work: the cell run is started, finished and its status recorded.
  template <typename Fn>
  void cell(const std::string& m, int size, std::uint64_t seed, Fn fn) {
    const auto run_id = cellRun(m, size, seed);
    store_.startRun(run_id, dev_.description);
    setCell(m, size, seed, "running", run_id, nullptr, "");
    Recorder rec(store_, obs_, run_id);
    obs_.onRunCreated(run_id);
    try {
      nlohmann::ordered_json extra;
      const EvalOutcome ev = fn(rec, run_id, extra);
      storeEvalSamples(store_, run_id, ev, data_.test, -1);
      extra["test_error"] = ev.test_error;
      extra["pass_at_k"] = ev.pass_at_k;
      extra["first_step_accuracy"] = ev.first_step_accuracy;
      if (ev.train_problems > 0) {
        extra["train_problems"] = ev.train_problems;
        extra["train_error"] = ev.train_error;
        extra["train_first_step_accuracy"] = ev.train_first_step_accuracy;
      }
      rec.flush();
      store_.finishRun(run_id, "ok", "", extra.dump());
      setCell(m, size, seed, "ok", run_id, &ev, extra.dump());
    } catch (const Cancelled&) {
      rec.flush();
      store_.finishRun(run_id, "cancelled", "cancelled by the user", "");
      setCell(m, size, seed, "cancelled", run_id, nullptr, "");
      throw;
    } catch (...) {
      const std::string what = failureMessage(std::current_exception());
      rec.log(LogLevel::Error, m + " n=" + std::to_string(size) + ": " + what);
      rec.flush();
      store_.finishRun(run_id, "failed", what, "");
      setCell(m, size, seed, "failed", run_id, nullptr, "");
    }
  }

  // Clears what an unfinished cell run stored, so that a rerun starts clean.
  void resetCellRun(std::int64_t run_id, const std::string& stage, const std::string& pair_kind) {
    for (const char* s : {"eval", "sft", "rft", "dpo"})
      store_.deleteMetricsAfter(run_id, s, -1);
    store_.clearStage(run_id, "eval", pair_kind);
    (void)stage;
  }

  void group(int size, std::uint64_t seed) {
    const std::vector<Problem> train(data_.train.begin(), data_.train.begin() + size);
    const auto examples = encodeTraining(data_, train, cfg_.model.context);
    const auto sft_ckpt = checkpointPath("sft", size, seed);
    Gpt sft = freshModel(seed);
    bool have_sft = false;
    if (done("sft", size, seed) && std::filesystem::exists(sft_ckpt)) {
      loadCheckpoint(sft_ckpt, sft, nullptr);
      have_sft = true;
    } else {
      cell("sft", size, seed,
           [&](Recorder& rec, std::int64_t run_id, nlohmann::ordered_json& extra) {
             store_.clearStage(run_id, "eval", "");
             const TrainingEnv env{cfg_, data_, rec, cancel_, seed, sft_ckpt, "sft"};
             const auto out = trainSupervised(sft, examples, cfg_.sft, "sft", env);
             extra["train_tokens_per_s"] = out.tokens_per_s;
             extra["resumed"] = out.resumed;
             have_sft = true;
             return out.eval;
           });
    }
    if (!have_sft || !done("sft", size, seed)) return;
    std::vector<std::string> todo;
    for (const auto& m : methods()) {
      if (m != "sft" && !done(m, size, seed)) todo.push_back(m);
    }
    if (todo.empty()) return;
    // Self-samples and credit are stored under the SFT cell's run and recomputed on resume
    // (deterministic given the checkpoint and the seed).
    const auto sft_run = cellRun("sft", size, seed);
    Recorder sft_rec(store_, obs_, sft_run);
    store_.clearStage(sft_run, "sample", "");
    obs_.onStage("sample");
    const SelfSamples samples =
        sampleSelf(sft, data_, train, cfg_.sample, sft_rec, cancel_,
                   deriveSeed(seed, "sample", static_cast<std::uint64_t>(size)));
    std::vector<NegativeSample> credited;
    CreditStats credit;
    if (std::any_of(todo.begin(), todo.end(), isStepMethod)) {
      obs_.onStage("advantages");
      credited =
          assignCredit(sft, data_, train, samples, cfg_.advantages, sft_rec, cancel_,
                       deriveSeed(seed, "credit", static_cast<std::uint64_t>(size)), &credit);
    }
    sft_rec.flush();
    for (const auto& m : todo) {
      if (cancel_.cancelled()) throw Cancelled{};
      if (m == "rft") {
        runRft(size, seed, train, samples);
      } else {
        runDpo(m, size, seed, train, samples,
               isStepMethod(m) ? credited : std::vector<NegativeSample>{}, sft, credit);
      }
    }
  }

  void runRft(int size, std::uint64_t seed, const std::vector<Problem>& train,
              const SelfSamples& samples) {
    cell("rft", size, seed, [&](Recorder& rec, std::int64_t run_id, nlohmann::ordered_json& extra) {
      resetCellRun(run_id, "rft", "");
      std::vector<Example> ex = encodeTraining(data_, train, cfg_.model.context);
      int added = 0;
      for (std::size_t i = 0; i < train.size(); ++i) {
        for (const auto& p : samples.problems[i].positives) {
          auto e = encodeExample(*data_.tok, train[i].prompt, p.text);
          if (static_cast<int>(e.tokens.size()) > cfg_.model.context) continue;
          ex.push_back(std::move(e));
          ++added;
        }
      }
      extra["positives_added"] = added;
      extra["init"] = cfg_.rft.init;
      Gpt model = freshModel(deriveSeed(seed, "rft-init", static_cast<std::uint64_t>(size)));
      if (cfg_.rft.init == "sft") loadCheckpoint(checkpointPath("sft", size, seed), model, nullptr);
      const auto ckpt = checkpointPath("rft", size, seed);
      std::filesystem::remove(ckpt);  // an unfinished RFT reruns from its start
      const TrainingEnv env{cfg_, data_, rec, cancel_, deriveSeed(seed, "rft", size), ckpt, "rft"};
      return trainSupervised(model, ex, cfg_.rft.train, "rft", env).eval;
    });
  }

  void runDpo(const std::string& m, int size, std::uint64_t seed, const std::vector<Problem>& train,
              const SelfSamples& samples, const std::vector<NegativeSample>& credited, Gpt& sft,
              const CreditStats& credit) {
    const PairKind kind = pairKindOf(m);
    cell(m, size, seed, [&](Recorder& rec, std::int64_t run_id, nlohmann::ordered_json& extra) {
      resetCellRun(run_id, "dpo", pairKindName(kind));
      const PairBuilder builder(data_.task->stepSeparator(),
                                deriveSeed(seed, "pairs", static_cast<std::uint64_t>(size)));
      PairStats ps;
      const auto pairs = builder.build(kind, pairInputs(train, samples, credited, cfg_.pairs), &ps);
      extra["pairs"] = ps.pairs;
      extra["negatives"] = ps.negatives;
      extra["skipped_without_pit"] = ps.skipped_without_pit;
      extra["teacher_as_positive"] = ps.without_positive;
      if (isStepMethod(m)) {
        extra["rollouts_per_negative"] = credit.rollouts_per_negative;
        extra["mean_pit_step"] = credit.mean_pit_step;
      }
      rec.log(LogLevel::Info, m + " n=" + std::to_string(size) + ": " + std::to_string(ps.pairs) +
                                  " pairs (" + std::to_string(ps.skipped_without_pit) +
                                  " negatives without a pit skipped)");
      Gpt policy = cloneModel(sft);
      const TrainingEnv env{
          cfg_, data_, rec, cancel_, deriveSeed(seed, m, size), checkpointPath(m, size, seed), m};
      const auto out = trainPreferences(policy, sft, pairs, env);
      extra["trained_pairs"] = out.pairs;
      extra["dpo_steps"] = out.steps;
      extra["final_margin"] = out.final_margin;
      extra["final_pair_accuracy"] = out.final_accuracy;
      return out.eval;
    });
  }

  std::int64_t id_;
  const RunConfig& cfg_;
  RunStore& store_;
  RunObserver& obs_;
  const CancelToken& cancel_;
  DeviceChoice dev_;
  Recorder sweep_rec_;
  TaskData data_;
  std::map<CellKey, CellRecord> cells_;
  std::map<std::string, std::int64_t> child_runs_;
};

SweepOutcome runSweep(std::int64_t sweep_id, const RunConfig& cfg, RunStore& store,
                      RunObserver& observer, const CancelToken& cancel) {
  const auto t0 = Clock::now();
  SweepOutcome out;
  out.sweep_id = sweep_id;
  observer.onRunCreated(sweep_id);
  ScopedRunLog log(store.filesDir() + "logs/run-" + std::to_string(sweep_id) + ".log");
  std::string error;
  std::vector<CellRecord> cells;
  double floor = 0.5 / cfg.task.test_size;
  try {
    setThreadCount(cfg.threads);
    const DeviceChoice dev = chooseDevice(cfg.device, cfg.precision);
    store.startRun(sweep_id, dev.description);
    SweepRunner runner(sweep_id, cfg, store, observer, cancel, dev);
    try {
      runner.run();
      out.status = runner.allOk() ? "ok" : "failed";
      if (!runner.allOk()) error = "some cells failed (see their runs)";
    } catch (const Cancelled&) {
      out.status = "cancelled";
      error = "cancelled by the user";
    }
    cells = runner.cells();
    floor = runner.errorFloor();
  } catch (...) {
    out.status = "failed";
    error = failureMessage(std::current_exception());
  }
  if (cells.empty()) cells = store.cells(sweep_id);
  const SweepReport report = summarizeCells(cells, floor);
  out.json = sweepJson(sweep_id, out.status, error, cells, report, secondsSince(t0));
  store.finishRun(sweep_id, out.status, error, out.json);
  return out;
}

}  // namespace

SweepOutcome executeSweep(const RunConfig& cfg, RunStore& store, RunObserver& observer,
                          const CancelToken& cancel) {
  const auto id = store.createRun("sweep", cfg.name, toJson(cfg), versionsJson(torchVersion(), ""));
  return runSweep(id, cfg, store, observer, cancel);
}

SweepOutcome resumeSweep(std::int64_t sweep_id, RunStore& store, RunObserver& observer,
                         const CancelToken& cancel) {
  return runSweep(sweep_id, resumableConfig(store, sweep_id, "sweep"), store, observer, cancel);
}

}  // namespace ef
