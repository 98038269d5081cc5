// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixture_workspace.h"

#include <cmath>
#include <nlohmann/json.hpp>

#include "store/run_store.h"

namespace ef::fixture {

double sftError(double size) {
  return 2.0 * std::pow(size, -0.5);
}

namespace {

std::int64_t addSample(RunStore& store, std::int64_t run, int problem, const std::string& verdict,
                       const std::vector<std::string>& steps, const std::vector<double>& q,
                       double value, int pit, int spurious_step) {
  SampleRecord s;
  s.run_id = run;
  s.stage = "sample";
  s.problem_index = problem;
  s.prompt = "x" + std::to_string(problem) + " = 3 + 4 * 2 ?";
  std::string out;
  for (const auto& t : steps)
    out += t + "\n";
  s.output = out;
  s.answer = "11";
  s.verdict = verdict;
  s.mode = "sample";
  const std::int64_t id = store.addSamples({s}).front();
  std::vector<StepRecord> rows;
  StepRecord v;
  v.sample_id = id;
  v.step_index = 0;
  v.q = value;
  v.rollouts = 4;
  v.successes = static_cast<int>(std::lround(value * 4));
  rows.push_back(v);
  double prev = value;
  for (std::size_t i = 0; i < steps.size(); ++i) {
    StepRecord r;
    r.sample_id = id;
    r.step_index = static_cast<int>(i) + 1;
    r.text = steps[i];
    r.q = q[i];
    r.advantage = q[i] - prev;
    prev = q[i];
    r.rollouts = 4;
    r.successes = static_cast<int>(std::lround(q[i] * 4));
    r.is_pit = r.step_index == pit;
    r.is_spurious = r.step_index == spurious_step;
    rows.push_back(r);
  }
  store.addSteps(rows);
  std::vector<RolloutRecord> rollouts;
  for (int prefix = 1; prefix <= static_cast<int>(steps.size()); ++prefix) {
    for (int k = 0; k < 2; ++k) {
      RolloutRecord r;
      r.sample_id = id;
      r.prefix_len = prefix;
      const bool ok = k < static_cast<int>(std::lround(q[prefix - 1] * 2));
      r.text = ok ? "8\n11\nanswer: 11" : "8\n12\nanswer: 12";
      r.verdict = ok ? "correct" : "wrong";
      rollouts.push_back(r);
    }
  }
  store.addRollouts(rollouts);
  return id;
}

}  // namespace

Ids writeFixtureWorkspace(const QString& db_path) {
  RunStore store(db_path.toStdString(), RunStore::Mode::ReadWrite);
  Ids ids;
  const std::string cfg =
      R"({"name":"fixture-sweep","task":{"kind":"arith","test_size":200},)"
      R"("sweep":{"sizes":[100,200,400,800],"methods":["sft","rft","step_dpo_full"],"seeds":[1,2]}})";
  ids.sweep = store.createRun("sweep", "fixture-sweep", cfg, "{}");
  store.startRun(ids.sweep, "cpu");
  const struct {
    const char* method;
    double factor;
  } methods[] = {{"sft", 1}, {"rft", 2}, {"step_dpo_full", 4}};
  for (int size : {100, 200, 400, 800}) {
    for (std::uint64_t seed : {1u, 2u}) {
      for (const auto& m : methods) {
        CellRecord c;
        c.sweep_id = ids.sweep;
        c.method = m.method;
        c.size = size;
        c.seed = seed;
        c.status = "ok";
        // SFT is the same for both seeds (so its fit is exact); the others spread around it.
        const double spread = m.factor == 1 ? 0.0 : kSeedOffset;
        const double err = sftError(size * m.factor) + (seed == 1 ? spread : -spread);
        c.test_error = err;
        c.pass_at_k = 1.0 - err / 2;
        c.first_step_accuracy = 1.0 - err;
        // The training-set probe: a quarter of the test error (what the cell stores).
        c.result_json = nlohmann::json{
            {"train_error", err / 4},
            {"train_first_step_accuracy",
             1.0 - err / 4}}.dump();
        store.upsertCell(c);
      }
    }
  }
  // An SFT cell with its training curve and evaluations, for the training view.
  const std::int64_t sft_run = store.createRun("cell", "sft n=400 seed=1", cfg, "{}", ids.sweep);
  store.startRun(sft_run, "cpu");
  std::vector<MetricPoint> points;
  for (int step = 1; step <= 300; ++step) {
    const double loss = (0.08 + 2.2 * std::exp(-step / 40.0)) * (1 + 0.04 * std::sin(step * 0.7));
    points.push_back({"sft", step, "loss", loss, sft_run});
    if (step % 50 == 0) {
      const double err = 0.1 + 0.85 * std::exp(-step / 70.0);
      points.push_back({"eval", step, "test_error", err, sft_run});
      points.push_back({"eval", step, "pass_at_k", std::min(1.0, 1.25 - err), sft_run});
    }
  }
  store.addMetrics(sft_run, points);
  // As in a real sweep, the SFT cell holds the analysed self-samples and the DPO cell the pairs.
  ids.credit_run = sft_run;
  ids.pit_sample = addSample(store, ids.credit_run, 7, "wrong",
                             {"4 * 2 = 8", "3 + 8 = 12", "12 - 0 = 12", "answer: 12"},
                             {0.8, 0.4, 0.0, 0.0}, 0.6, 3, 0);
  ids.no_pit_sample = addSample(store, ids.credit_run, 9, "wrong", {"4 * 2 = 8", "answer: 13"},
                                {0.6, 0.6}, 0.6, 0, 0);
  ids.positive = addSample(store, ids.credit_run, 7, "correct",
                           {"4 * 2 = 8", "8 = 8", "3 + 8 = 11"}, {0.6, 0.6, 1.0}, 0.6, 0, 2);
  store.finishRun(sft_run, "ok", "", R"({"test_error":0.1})");
  ids.pair_run = store.createRun("cell", "step_dpo_full n=400 seed=1", cfg, "{}", ids.sweep);
  store.startRun(ids.pair_run, "cpu");
  PairRecord p;
  p.run_id = ids.pair_run;
  p.kind = "step_full";
  p.problem_index = 7;
  p.prompt = "x7 = 3 + 4 * 2 ?";
  p.chosen = "4 * 2 = 8\n3 + 8 = 11\nanswer: 11";
  p.rejected = "4 * 2 = 8\n3 + 8 = 12\n12 - 0 = 12";
  p.rejected_complete = false;
  p.pit = 3;
  store.addPairs({p});
  points.clear();
  for (int step = 1; step <= 40; ++step) {
    const double margin = 3.0 * (1 - std::exp(-step / 12.0));
    points.push_back({"dpo", step, "loss", std::log1p(std::exp(-0.5 * margin)), ids.pair_run});
    points.push_back({"dpo", step, "margin", margin, ids.pair_run});
    points.push_back(
        {"dpo", step, "pair_accuracy", 0.5 + 0.45 * (1 - std::exp(-step / 8.0)), ids.pair_run});
  }
  points.push_back({"eval", 40, "test_error", 0.05, ids.pair_run});
  store.addMetrics(ids.pair_run, points);
  store.finishRun(ids.pair_run, "ok", "", R"({"test_error":0.05})");
  store.finishRun(ids.sweep, "ok", "", "{}");
  return ids;
}

}  // namespace ef::fixture
