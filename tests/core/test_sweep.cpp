// SPDX-License-Identifier: GPL-3.0-or-later
// The sweep end to end: every cell, the stored credit and pairs, the final JSON, resume after
// cancellations giving the same cells as an uninterrupted sweep, a failing cell retried alone.
// ctest runs it twice (docs/testing.md, "Tiers"): test_sweep on the micro configuration (the fast
// tier: paths), test_sweep_presets on the tiny presets at their real sizes (the slow tier,
// EF_SWEEP_PRESETS=1).
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>
#include <set>

#include <QDir>
#include <QFile>

#include "experiment/pipeline/method_trainer.h"
#include "experiment/methods/rft_config.h"
#include "experiment/methods/awr_config.h"
#include "experiment/methods/controls_config.h"
#include "tasks/hint_task.h"
#include "train/dpo_config.h"
#include "experiment/methods/iterated_config.h"
#include "ef_test_main.h"
#include "experiment/config/presets.h"
#include "micro_config.h"
#include "experiment/analysis/stage_times.h"
#include "experiment/pipeline/sweep.h"
#include "train/lr_schedule.h"
#include "store/run_store.h"
#include "tasks/task_registry.h"

using namespace ef;

namespace {

// Cancels when a predicate on the observed events becomes true.
class CancelWhen : public RunObserver {
 public:
  CancelToken* token = nullptr;
  std::function<bool(const std::string&, int, const std::string&)> on_cell;
  std::function<bool(const Progress&)> on_progress;
  int current_size = 0;
  void onCell(const std::string& m, int size, std::uint64_t, const std::string& status,
              const std::string&) override {
    if (status == "running") current_size = size;
    if (on_cell && on_cell(m, size, status)) token->cancel();
  }
  void onProgress(const Progress& p) override {
    if (on_progress && on_progress(p)) token->cancel();
  }
};

using Cells = std::map<std::pair<std::string, int>, std::pair<double, double>>;

bool presetSizes() {
  return qEnvironmentVariableIsSet("EF_SWEEP_PRESETS");
}

// The arithmetic sweep with every registered method: the micro configuration, or the tiny preset
// at its real sizes (the short AWR budget keeps that quick).
RunConfig everyMethod() {
  RunConfig cfg = presetSizes() ? loadPreset("arith-scaling-tiny") : test::microConfig();
  cfg.sweep.methods = registeredMethodNames();
  if (presetSizes()) cfg.section<AwrConfig>().train.steps = 40;
  return cfg;
}

// The star graph G(2,3) over 10 labels: the tiny preset, or the same task on the micro model.
RunConfig stargraph() {
  RunConfig cfg = loadPreset("stargraph-scaling-tiny");
  if (presetSizes()) return cfg;
  const RunConfig micro = test::microConfig();
  cfg.threads = micro.threads;
  cfg.model = micro.model;
  cfg.model.context = 32;
  cfg.task.test_size = 32;
  cfg.sft.steps = 60;
  cfg.sft.eval_every = 20;
  cfg.section<RftConfig>().train.steps = 6;
  cfg.sweep.sizes = {32, 64};
  return cfg;
}

Cells cellsOf(RunStore& store, std::int64_t sweep) {
  Cells out;
  for (const auto& c : store.cells(sweep)) {
    out[{c.method, c.size}] = {c.test_error.value_or(-1), c.pass_at_k.value_or(-1)};
  }
  return out;
}

// Runs cfg's sweep at its smallest size and returns its cells by method (it must end ok).
std::map<std::string, CellRecord> cellsAtSmallest(RunConfig cfg, RunStore& store) {
  cfg.sweep.sizes = {cfg.sweep.sizes.front()};
  RunObserver obs;
  CancelToken cancel;
  const SweepOutcome out = executeSweep(cfg, store, obs, cancel);
  if (out.status != "ok") qFatal("sweep ended %s: %s", out.status.c_str(), out.json.c_str());
  std::map<std::string, CellRecord> by;
  for (const auto& c : store.cells(out.sweep_id))
    by[c.method] = c;
  return by;
}

}  // namespace

class TestSweep : public QObject {
  Q_OBJECT

  Cells reference_;

  // Where the time went: every cell times its stages; π_sft's cell also the sampling and credit
  // it ran for the others; the totals are the cells' sums and fit inside the sweep's wall time.
  void checkStageTimes(const QJsonObject& j, const RunStore& store, const SweepOutcome& out) {
    std::map<std::string, double> summed;
    for (const auto& c : j["cells"].toArray()) {
      const QJsonObject o = c.toObject();
      const QJsonObject seconds = o["stage_seconds"].toObject();
      const QJsonObject rates = o["stage_tokens_per_s"].toObject();
      const QString method = o["method"].toString();
      QStringList want{"eval"};
      if (method == "sft")
        want << "sft"
             << "sample"
             << "advantages";
      for (const QString& stage : want) {
        QVERIFY2(seconds[stage].toDouble() > 0, qPrintable(method + " " + stage));
        QVERIFY2(rates[stage].toDouble() > 0, qPrintable(method + " " + stage));
      }
      QVERIFY2(seconds.size() >= (method == "sft" ? 4 : 2), qPrintable(method));  // + its training
      // A preference method's training stage counts its tokens too (chosen and rejected).
      if (seconds.contains("dpo")) QVERIFY2(rates["dpo"].toDouble() > 0, qPrintable(method));
      for (const QString& stage : seconds.keys())
        summed[stage.toStdString()] += seconds[stage].toDouble();
      // The JSON is the store's record: the metrics summed.
      const StageTimes stored = stageTimesOf(store, o["run_id"].toInteger());
      QCOMPARE(int(stored.size()), int(seconds.size()));
      for (const auto& [stage, t] : stored)
        QVERIFY(std::abs(t.seconds - seconds[QString::fromStdString(stage)].toDouble()) < 1e-4);
      QVERIFY(o["peak_rss_mib"].toDouble() > 1);
    }
    const QJsonObject total = j["stage_seconds_total"].toObject();
    double all = 0;
    for (const auto& [stage, s] : summed) {
      QVERIFY(std::abs(total[QString::fromStdString(stage)].toDouble() - s) < 1e-3);
      QVERIFY(std::abs(out.stages.at(stage).seconds - s) < 1e-3);
      all += s;
    }
    QVERIFY2(all > 0 && all <= j["wall_s"].toDouble(), qPrintable(QString::number(all)));
    const std::string table = stageTable(out.stages);
    QVERIFY(table.find("advantages") != std::string::npos);
    QVERIFY(table.find("in all") != std::string::npos);
  }

 private slots:
  // Every registered method runs as a cell of the sweep, at both sizes.
  // Every registered method has its own trainer (methods/registered_methods.h pairs them).
  void everyMethodHasItsTrainer() {
    std::set<MethodTrainer> trainers;
    for (const Method* m : registeredMethods()) {
      const MethodTrainer t = trainerOf(*m);
      QVERIFY2(t != nullptr, m->name.c_str());
      QVERIFY2(trainers.insert(t).second, m->name.c_str());
    }
    Method stranger = *registeredMethods().back();
    QVERIFY_THROWS_EXCEPTION(std::logic_error, trainerOf(stranger));
  }

  void everyMethodSweepEndToEnd() {
    QTemporaryDir dir;
    RunStore store(dir.filePath("w.sqlite").toStdString(), RunStore::Mode::ReadWrite);
    const RunConfig cfg = everyMethod();
    const auto methods = static_cast<int>(registeredMethods().size());
    RunObserver obs;
    CancelToken cancel;
    const SweepOutcome out = executeSweep(cfg, store, obs, cancel);
    QCOMPARE(QString::fromStdString(out.status), QString("ok"));
    const QJsonObject j = QJsonDocument::fromJson(QByteArray::fromStdString(out.json)).object();
    QCOMPARE(j["sweep_id"].toInteger(), out.sweep_id);
    QCOMPARE(j["status"].toString(), QString("ok"));
    const QJsonArray cells = j["cells"].toArray();
    QCOMPARE(cells.size(), 2 * methods);  // 2 sizes x every method x 1 seed
    std::map<std::string, int> ok_cells;
    for (const auto& c : cells) {
      const auto o = c.toObject();
      for (const char* k : {"method", "size", "seed", "test_error", "pass_at_k"})
        QVERIFY2(o.contains(k), k);
      QCOMPARE(o["status"].toString(), QString("ok"));
      QVERIFY(o["test_error"].toDouble() >= 0 && o["test_error"].toDouble() <= 1);
      ++ok_cells[o["method"].toString().toStdString()];
    }
    for (const Method* m : registeredMethods())
      QVERIFY2(ok_cells[m->name] == 2, m->name.c_str());
    QVERIFY(j.contains("sft_fit") && j.contains("multipliers"));
    QCOMPARE(j["multipliers"].toObject().keys().size(), methods);
    reference_ = cellsOf(store, out.sweep_id);
    checkStageTimes(j, store, out);

    // Each cell is a child run; the SFT cells hold the analysed negatives.
    const auto children = store.childRuns(out.sweep_id);
    QCOMPARE(children.size(), std::size_t(2 * methods));
    int analysed = 0, pits = 0, positives = 0;
    for (const auto& r : children) {
      if (r.name.rfind("sft ", 0) != 0) continue;
      for (const auto& s : store.analysedSamples(r.id)) {
        const auto steps = store.steps(s.id);
        if (s.verdict == "correct") {
          // Positives (analyze_positives): every prefix rolled out, Q_L = 1, spurious = A <= 0.
          ++positives;
          for (const auto& st : steps) {
            if (st.step_index == 0) continue;
            QVERIFY(st.advantage.has_value());
            QCOMPARE(st.is_spurious, *st.advantage <= 0.0);
            QVERIFY(!st.is_pit);
          }
          QCOMPARE(*steps.back().q, 1.0);
          continue;
        }
        QVERIFY(!steps.empty() && steps.front().step_index == 0);  // V(x) row
        const double v = *steps.front().q;
        double sum = 0;
        int pit = 0;
        for (const auto& st : steps) {
          if (st.step_index == 0 || !st.advantage) continue;
          sum += *st.advantage;
          QVERIFY(st.successes <= st.rollouts);
          if (st.is_pit) {
            QCOMPARE(pit, 0);  // at most one pit
            pit = st.step_index;
            QCOMPARE(st.successes, 0);
            // Advantages telescope up to the pit: Σ A_i = Q_c − V(x).
            QVERIFY(std::abs(sum - (*st.q - v)) < 1e-12);
          }
        }
        ++analysed;
        pits += pit > 0;
        if (pit > 0) QVERIFY(!store.rollouts(s.id, pit - 1).empty());
      }
    }
    QVERIFY(analysed > 0);
    QVERIFY(pits > 0);
    QVERIFY(positives > 0);
    // Pairs are stored under each DPO cell with the kind of its method.
    for (const auto& r : children) {
      if (r.name.rfind("step_dpo_prefix ", 0) != 0) continue;
      const auto pairs = store.pairs(r.id);
      QVERIFY(!pairs.empty());
      for (const auto& p : pairs) {
        QCOMPARE(QString::fromStdString(p.kind), QString("step_prefix"));
        QVERIFY(!p.rejected_complete && p.pit >= 1);
        QVERIFY(p.rejected.back() == '\n');  // the pit step alone, ending with the separator
      }
    }
  }

  void resumeAfterCancellationsGivesTheSameCells() {
    QVERIFY(!reference_.empty());
    QTemporaryDir dir;
    RunStore store(dir.filePath("w.sqlite").toStdString(), RunStore::Mode::ReadWrite);
    const RunConfig cfg = everyMethod();  // the cells of the reference sweep
    const int small = cfg.sweep.sizes[0], large = cfg.sweep.sizes[1];
    CancelToken cancel;
    CancelWhen first;
    first.token = &cancel;
    // Stop between cells: after edit_dpo of the first size.
    first.on_cell = [small](const std::string& m, int size, const std::string& status) {
      return m == "edit_dpo" && size == small && status == "ok";
    };
    const SweepOutcome a = executeSweep(cfg, store, first, cancel);
    QCOMPARE(QString::fromStdString(a.status), QString("cancelled"));
    QCOMPARE(QString::fromStdString(store.run(a.sweep_id)->status), QString("cancelled"));
    int done = 0;
    for (const auto& c : store.cells(a.sweep_id))
      done += c.status == "ok";
    // The first size's cells up to edit_dpo, in registration order.
    const auto names = registeredMethodNames();
    const auto upto = std::find(names.begin(), names.end(), "edit_dpo") - names.begin() + 1;
    QCOMPARE(done, static_cast<int>(upto));

    // Stop in the middle of the second SFT (after its second checkpoint).
    cancel.reset();
    CancelWhen second;
    second.token = &cancel;
    const int stop_at = 2 * cfg.sft.eval_every + cfg.sft.eval_every / 2;
    QVERIFY(stop_at < cfg.sft.steps);
    second.on_progress = [&second, large, stop_at](const Progress& p) {
      return second.current_size == large && p.stage == "sft" && p.done == stop_at;
    };
    const SweepOutcome b = resumeSweep(a.sweep_id, store, second, cancel);
    QCOMPARE(QString::fromStdString(b.status), QString("cancelled"));

    cancel.reset();
    RunObserver quiet;
    const SweepOutcome c = resumeSweep(a.sweep_id, store, quiet, cancel);
    QCOMPARE(QString::fromStdString(c.status), QString("ok"));
    const Cells got = cellsOf(store, a.sweep_id);
    QCOMPARE(got.size(), reference_.size());
    for (const auto& [key, value] : reference_) {
      QVERIFY2(got.at(key) == value, qPrintable(QString("%1 n=%2: %3 vs %4")
                                                    .arg(QString::fromStdString(key.first))
                                                    .arg(key.second)
                                                    .arg(got.at(key).first)
                                                    .arg(value.first)));
    }
    // The resumed SFT's curve continues: one loss point per step, no duplicates.
    int curves = 0;
    for (const auto& r : store.childRuns(a.sweep_id)) {
      if (r.name != "sft n=" + std::to_string(large) + " seed=1") continue;
      QCOMPARE(store.metrics(r.id, "loss").size(), std::size_t(cfg.sft.steps));
      ++curves;
    }
    QCOMPARE(curves, 1);
    // No run holds a metric point twice: the self-sampling and credit summaries recomputed by
    // each resume replace the earlier ones (a defect found by the kill -9 soak).
    for (const auto& r : store.childRuns(a.sweep_id)) {
      std::map<std::tuple<std::string, std::int64_t, std::string>, int> seen;
      for (const auto& p : store.metrics(r.id)) {
        const int n = ++seen[{p.stage, p.step, p.name}];
        QVERIFY2(n == 1, qPrintable(QString("%1: %2/%3 at step %4 stored %5 times")
                                        .arg(QString::fromStdString(r.name))
                                        .arg(QString::fromStdString(p.stage))
                                        .arg(QString::fromStdString(p.name))
                                        .arg(p.step)
                                        .arg(n)));
      }
    }
    bool refused = false;
    try {
      resumeSweep(a.sweep_id, store, quiet, cancel);
    } catch (const StoreError&) {
      refused = true;  // finished sweeps are not resumed
    }
    QVERIFY(refused);
  }

  // One round of iterated per-step DPO is per-step DPO: the same pairs, seeds and steps give the
  // same model, so the same test error and pass@k.
  void iteratedOneRoundEqualsPerStepDpo() {
    QTemporaryDir dir;
    RunStore store(dir.filePath("w.sqlite").toStdString(), RunStore::Mode::ReadWrite);
    RunConfig cfg = everyMethod();
    cfg.sweep.methods = {"sft", "step_dpo_full", "iterated_step_dpo"};
    cfg.section<IteratedConfig>().rounds = 1;
    const auto by = cellsAtSmallest(cfg, store);
    const CellRecord& plain = by.at("step_dpo_full");
    const CellRecord& iterated = by.at("iterated_step_dpo");
    QCOMPARE(*iterated.test_error, *plain.test_error);
    QCOMPARE(*iterated.pass_at_k, *plain.pass_at_k);
    // The same losses step by step.
    std::vector<double> a, b;
    for (const auto& m : store.metrics(plain.run_id, "loss"))
      a.push_back(m.value);
    for (const auto& m : store.metrics(iterated.run_id, "loss"))
      b.push_back(m.value);
    QVERIFY(!a.empty());
    QCOMPARE(a, b);
    const auto extra =
        QJsonDocument::fromJson(QByteArray::fromStdString(iterated.result_json)).object();
    QCOMPARE(extra["rounds"].toArray().size(), 1);
    QCOMPARE(store.metrics(iterated.run_id, "valid_error").size() > 0, true);
  }

  // Without negatives (a memorised training set; here none are kept) there is no pair: the
  // per-step DPO cell keeps π_sft and ends ok, with SFT's greedy test error and no DPO step.
  void noPairsKeepsTheSftModel() {
    QTemporaryDir dir;
    RunStore store(dir.filePath("w.sqlite").toStdString(), RunStore::Mode::ReadWrite);
    RunConfig cfg = everyMethod();
    cfg.sweep.methods = {"sft", "step_dpo_full"};
    cfg.sample.max_negatives = 0;
    const auto by = cellsAtSmallest(cfg, store);
    const CellRecord& dpo = by.at("step_dpo_full");
    QCOMPARE(QString::fromStdString(dpo.status), QString("ok"));
    QCOMPARE(*dpo.test_error, *by.at("sft").test_error);
    QVERIFY(store.metrics(dpo.run_id, "loss").empty());
    QVERIFY(!store.metrics(dpo.run_id, "valid_error").empty());
  }

  // The RPO methods with dpo.rpo_alpha = 0 train exactly the DPO methods' models (the registry
  // passes α from the config to the same trainer); with α = 1 the losses differ, so the
  // comparison can fail. test_training_maths checks both losses against reference numbers.
  void rpoWithAlphaZeroTrainsTheDpoModel() {
    QTemporaryDir dir;
    RunStore store(dir.filePath("w.sqlite").toStdString(), RunStore::Mode::ReadWrite);
    RunConfig cfg = everyMethod();
    cfg.sweep.methods = {"sft", "step_dpo_prefix", "step_rpo_prefix"};
    const auto losses = [&store](const CellRecord& c) {
      std::vector<double> v;
      for (const auto& m : store.metrics(c.run_id, "loss"))
        v.push_back(m.value);
      return v;
    };
    cfg.section<DpoConfig>().rpo_alpha = 0.0;
    const auto zero = cellsAtSmallest(cfg, store);
    const auto dpo = losses(zero.at("step_dpo_prefix"));
    QVERIFY(!dpo.empty());
    QCOMPARE(losses(zero.at("step_rpo_prefix")), dpo);
    QCOMPARE(*zero.at("step_rpo_prefix").test_error, *zero.at("step_dpo_prefix").test_error);
    QCOMPARE(*zero.at("step_rpo_prefix").pass_at_k, *zero.at("step_dpo_prefix").pass_at_k);
    cfg.section<DpoConfig>().rpo_alpha = 1.0;
    const auto one = cellsAtSmallest(cfg, store);
    QCOMPARE(losses(one.at("step_dpo_prefix")), dpo);  // DPO ignores α
    QVERIFY(losses(one.at("step_rpo_prefix")) != dpo);
  }

  // The hint task through the controls and per-step DPO with an alternative at the pit: More SFT
  // and Reweighted SFT train exactly the matched method's optimizer steps (two sequences per
  // pair in a batch), and every cell reports its error on the problems whose hint is wrong.
  void hintSweepWithControls() {
    QTemporaryDir dir;
    RunStore store(dir.filePath("w.sqlite").toStdString(), RunStore::Mode::ReadWrite);
    RunConfig cfg = everyMethod();
    cfg.task.kind = "hint";
    cfg.task.section<HintConfig>().alphabet = 4;
    cfg.task.section<HintConfig>().min_hops = 1;
    cfg.task.section<HintConfig>().max_hops = 2;
    cfg.task.section<HintConfig>().hint_rate = 0.75;
    cfg.task.valid_size = 16;  // this small task has 50 prompts outside training and test
    cfg.sweep.methods = {"sft", "step_dpo_full", "step_dpo_alt", "more_sft", "reweighted_sft"};
    cfg.section<ControlsConfig>().match = "step_dpo_full";
    const auto by = cellsAtSmallest(cfg, store);
    const auto extra = [](const CellRecord& c) {
      return QJsonDocument::fromJson(QByteArray::fromStdString(c.result_json)).object();
    };
    // The minority error counts the greedy answers to exactly the flagged test problems: a
    // quarter of them at ρ = 0.75 (8 of the micro configuration's 32).
    const auto test = makeTask(cfg.task)->problems(
        "test", static_cast<std::size_t>(cfg.task.test_size), cfg.seed);
    const auto minority = static_cast<int>(
        std::count_if(test.begin(), test.end(), [](const Problem& p) { return p.shortcut_fails; }));
    QCOMPARE(minority, cfg.task.test_size / 4);
    for (const auto& [method, cell] : by) {
      QVERIFY2(cell.status == "ok", method.c_str());
      QCOMPARE(extra(cell)["minority_problems"].toInt(), minority);
      int flagged = 0, flagged_wrong = 0;
      for (const auto& s : store.samples(cell.run_id, "eval")) {
        if (s.mode != "greedy" ||
            !test.at(static_cast<std::size_t>(s.problem_index)).shortcut_fails)
          continue;
        QCOMPARE(QString::fromStdString(s.prompt),
                 QString::fromStdString(test[static_cast<std::size_t>(s.problem_index)].prompt));
        ++flagged;
        flagged_wrong += s.verdict != "correct";
      }
      QCOMPARE(flagged, minority);
      QCOMPARE(extra(cell)["minority_error"].toDouble(-1), flagged_wrong / double(minority));
    }
    // Negatives that fell for the shortcut: the first pit is the step that copies the wrong hint.
    const auto train = makeTask(cfg.task)->problems(
        "train", static_cast<std::size_t>(cfg.sweep.sizes.front()), cfg.seed);
    int on_shortcut = 0, shortcut_pits = 0;
    for (const auto& s : store.analysedSamples(by.at("sft").run_id)) {
      const Problem& p = train.at(static_cast<std::size_t>(s.problem_index));
      if (s.verdict == "correct" || !p.shortcut_fails) continue;
      ++on_shortcut;
      for (const auto& st : store.steps(s.id))
        shortcut_pits +=
            st.is_pit && st.step_index == p.shortcut_step_index + 1 && st.text == p.shortcut_step;
    }
    QVERIFY2(on_shortcut > 0, "no negative on a wrong-hint problem: the check would be empty");
    QCOMPARE(extra(by.at("step_dpo_full"))["negatives_on_shortcut_problems"].toInt(-1),
             on_shortcut);
    QCOMPARE(extra(by.at("step_dpo_full"))["shortcut_pits"].toInt(-1), shortcut_pits);
    const int dpo_steps = extra(by.at("step_dpo_full"))["dpo_steps"].toInt(-1);
    QVERIFY2(dpo_steps > 0, "the matched method trained no step: the check would be empty");
    for (const char* control : {"more_sft", "reweighted_sft"}) {
      const CellRecord& c = by.at(control);
      QCOMPARE(extra(c)["matched_steps"].toInt(), dpo_steps);
      QCOMPARE(extra(c)["steps"].toInt(), dpo_steps);
      QCOMPARE(extra(c)["batch_size"].toInt(),
               2 * std::min(cfg.section<DpoConfig>().train.batch_size,
                            extra(c)["matched_pairs"].toInt()));
      std::set<std::int64_t> steps;
      for (const auto& m : store.metrics(c.run_id, "loss"))
        steps.insert(m.step);
      QCOMPARE(static_cast<int>(steps.size()), dpo_steps);
      QCOMPARE(*steps.rbegin(), static_cast<std::int64_t>(dpo_steps));
    }
    QVERIFY(extra(by.at("reweighted_sft"))["largest_weight"].toDouble() > 1.0);
    // The alternative-at-the-pit pairs: one step against the pit step after the shared prefix.
    for (const auto& p : store.pairs(by.at("step_dpo_alt").run_id)) {
      QCOMPARE(QString::fromStdString(p.kind), QString("step_alternative"));
      QVERIFY(!p.rejected_complete && p.pit >= 1);
      QVERIFY(p.chosen != p.rejected);
      QCOMPARE(std::count(p.rejected.begin(), p.rejected.end(), '\n'), 1L);
    }
  }

  // A cell that fails (its checkpoint path is taken by a folder, as a full or broken disk would
  // make it fail) does not stop the others: the sweep ends failed and names it, and resume retries
  // only that cell, leaving every finished one as it was.
  void failingCellIsRetriedAloneOnResume() {
    QTemporaryDir dir;
    const std::string db = dir.filePath("w.sqlite").toStdString();
    RunStore store(db, RunStore::Mode::ReadWrite);
    RunConfig cfg = everyMethod();
    cfg.sweep.methods = {"sft", "rft", "awr"};
    const int small = cfg.sweep.sizes.front();
    // A new workspace's sweep is run 1: its cells' checkpoints go to <files>/sweep-1/.
    const QString blocked =
        QString::fromStdString(store.filesDir()) + QString("sweep-1/awr-n%1-s1.pt").arg(small);
    QVERIFY(QDir().mkpath(blocked + "/in-the-way"));
    RunObserver quiet;
    CancelToken never;
    const SweepOutcome a = executeSweep(cfg, store, quiet, never);
    QCOMPARE(a.sweep_id, std::int64_t(1));
    QCOMPARE(QString::fromStdString(a.status), QString("failed"));
    const QString expected = QString("1 of %1 cells failed: awr n=%2 seed=1 (see its run)")
                                 .arg(2 * cfg.sweep.methods.size())
                                 .arg(small);
    QCOMPARE(QString::fromStdString(store.run(a.sweep_id)->error), expected);
    std::map<std::string, CellRecord> before;
    for (const auto& c : store.cells(a.sweep_id)) {
      const std::string key = c.method + " " + std::to_string(c.size);
      before[key] = c;
      const bool is_blocked = c.method == "awr" && c.size == small;
      QCOMPARE(QString::fromStdString(c.status), QString(is_blocked ? "failed" : "ok"));
      if (is_blocked) {
        const QString err = QString::fromStdString(store.run(c.run_id)->error);
        QVERIFY2(err.contains(blocked), qPrintable(err));  // the cell's error names the path
      }
    }
    QVERIFY(QDir(blocked).removeRecursively());
    const SweepOutcome b = resumeSweep(a.sweep_id, store, quiet, never);
    QCOMPARE(QString::fromStdString(b.status), QString("ok"));
    QCOMPARE(QString::fromStdString(store.run(a.sweep_id)->error), QString());
    for (const auto& c : store.cells(a.sweep_id)) {
      const CellRecord& old = before.at(c.method + " " + std::to_string(c.size));
      QCOMPARE(QString::fromStdString(c.status), QString("ok"));
      if (old.status != "ok") continue;
      // Finished cells were not run again: same run, same result, same time.
      QCOMPARE(c.run_id, old.run_id);
      QCOMPARE(c.result_json, old.result_json);
      QCOMPARE(c.updated_at, old.updated_at);
      QCOMPARE(store.run(c.run_id)->ended_at, store.run(old.run_id)->ended_at);
    }
  }

  void stargraphSweep() {
    QTemporaryDir dir;
    RunStore store(dir.filePath("w.sqlite").toStdString(), RunStore::Mode::ReadWrite);
    RunConfig cfg = stargraph();
    const int small = cfg.sweep.sizes.front();
    // More problems than the smallest size: the probe is clamped to that size.
    cfg.eval.train_problems = small + small / 2;
    cfg.section<DpoConfig>().max_epochs =
        0.1;  // a tenth of a pass over the pairs: fewer steps than dpo.steps
    RunObserver obs;
    CancelToken cancel;
    const SweepOutcome out = executeSweep(cfg, store, obs, cancel);
    QCOMPARE(QString::fromStdString(out.status), QString("ok"));
    const auto cells = store.cells(out.sweep_id);
    QCOMPARE(cells.size(), std::size_t(10));  // 2 sizes x 5 methods
    const auto json = QJsonDocument::fromJson(QByteArray::fromStdString(out.json)).object();
    for (const auto& c : cells) {
      QVERIFY(c.first_step_accuracy.has_value());
      QVERIFY(*c.first_step_accuracy >= 0 && *c.first_step_accuracy <= 1);
      // The training-set probe: the same problems (inside every size's training set) for each
      // cell, its final values in the cell result, the sweep JSON and the cell run's curve.
      const auto extra = QJsonDocument::fromJson(QByteArray::fromStdString(c.result_json)).object();
      QCOMPARE(extra["train_problems"].toInt(), small);
      const auto curve = store.metrics(c.run_id, "train_first_step_accuracy");
      QVERIFY(!curve.empty());
      QCOMPARE(curve.back().value, extra["train_first_step_accuracy"].toDouble());
      QCOMPARE(store.metrics(c.run_id, "train_error").back().value,
               extra["train_error"].toDouble());
      bool found = false;
      for (const auto& v : json["cells"].toArray()) {
        const auto o = v.toObject();
        if (o["run_id"].toInteger() != c.run_id) continue;
        found = true;
        QCOMPARE(o["train_error"].toDouble(), extra["train_error"].toDouble());
        QCOMPARE(o["train_first_step_accuracy"].toDouble(),
                 extra["train_first_step_accuracy"].toDouble());
      }
      QVERIFY(found);
      // DPO cells stop after max_epochs passes over their pairs.
      if (c.method == "sft" || c.method == "rft") continue;
      const int pairs = extra["trained_pairs"].toInt();
      // a step trains on min(batch_size, pairs)
      const double batch = std::min(cfg.section<DpoConfig>().train.batch_size, pairs);
      const int expected = std::max(1, static_cast<int>(std::ceil(0.1 * (pairs / batch))));
      QVERIFY2(pairs > 0 && expected < cfg.section<DpoConfig>().train.steps,
               qPrintable(QString::number(pairs)));
      QCOMPARE(extra["dpo_steps"].toInt(), expected);
      QCOMPARE(store.metrics(c.run_id, "loss").size(), std::size_t(expected));
      // The schedule spans the steps actually run (not dpo.steps).
      const auto& t = cfg.section<DpoConfig>().train;
      QVERIFY(std::abs(store.metrics(c.run_id, "lr").back().value -
                       learningRateAt(expected - 1, expected, t.warmup_steps, t.lr, t.min_lr)) <
              1e-12);
    }
  }
};

EF_TEST_GUILESS_MAIN(TestSweep)
#include "test_sweep.moc"
