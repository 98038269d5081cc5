// SPDX-License-Identifier: GPL-3.0-or-later
// Step history (experiment/tools/step_history.h): a negative of the tiny sweep's SFT cell evaluated
// under π_sft and per-step DPO; each row's successes equal Q̂ computed directly from the stored
// steps and the checkpoint; Q̂, A and the pit agree with each other; a second call reads the cache.
#include <QTemporaryDir>

#include <cmath>

#include "core/step_history_checks.h"
#include "ef_test_main.h"
#include "micro_config.h"
#include "experiment/config/presets.h"
#include "experiment/tools/step_history.h"
#include "experiment/pipeline/sweep.h"
#include "store/run_store.h"

using namespace ef;

class TestStepHistory : public QObject {
  Q_OBJECT

 private slots:
  void historyAcrossTwoCheckpointsMatchesDirectRollouts() {
    QTemporaryDir dir;
    const std::string db = dir.filePath("w.sqlite").toStdString();
    RunConfig cfg = test::microConfig();
    cfg.sweep.sizes = {64};
    cfg.sweep.methods = {"sft", "step_dpo_prefix"};
    std::int64_t sample_id = 0, sft_run = 0;
    {
      RunStore store(db, RunStore::Mode::ReadWrite);
      RunObserver quiet;
      CancelToken never;
      const SweepOutcome out = executeSweep(cfg, store, quiet, never);
      QCOMPARE(QString::fromStdString(out.status), QString("ok"));
      for (const CellRecord& c : store.cells(out.sweep_id))
        if (c.method == "sft") sft_run = c.run_id;
      // The negative whose problem π_sft solved most often (V(x) stored by the credit stage), so
      // that the rows hold successes to compare, not only zeros.
      double best_v = -1;
      for (const SampleRecord& s : store.analysedSamples(sft_run)) {
        const auto steps = store.steps(s.id);
        if (s.verdict == "correct" || steps.size() < 3 || !steps[0].q) continue;
        if (*steps[0].q > best_v) {
          best_v = *steps[0].q;
          sample_id = s.id;
        }
      }
      QVERIFY2(best_v > 0, "no analysed negative of a problem π_sft ever solved");
      qInfo("sample %lld: stored V(x) %.3f", (long long)sample_id, best_v);
    }
    QVERIFY(sample_id > 0);

    RunStore store(db, RunStore::Mode::ReadWrite);
    const std::vector<LineagePolicy> lineage = sampleLineage(store, sample_id);
    QCOMPARE(int(lineage.size()), 2);
    QCOMPARE(QString::fromStdString(lineage[0].method), QString("sft"));
    QCOMPARE(lineage[0].run_id, sft_run);
    QCOMPARE(QString::fromStdString(lineage[1].method), QString("step_dpo_prefix"));
    QVERIFY(lineage[0].sha256 != lineage[1].sha256);

    const int k =
        32;  // the tiny sweep's models solve ~15% of problems: enough rollouts to see some
    const std::uint64_t seed = 5;
    CancelToken never;
    const StepHistory h = computeStepHistory(store, sample_id, lineage, k, seed, never);
    QCOMPARE(int(h.rows.size()), 2);
    QVERIFY(!h.correct);
    const int L = static_cast<int>(h.steps.size());
    QCOMPARE(L, int(store.steps(sample_id).size()) - 1);  // step 0 is the bare problem
    for (const StepHistoryRow& row : h.rows) {
      QString qs;
      for (double q : row.q)
        qs += QString::number(q, 'f', 3) + " ";
      qInfo("%s: Q = %s pit %d", row.policy.method.c_str(), qPrintable(qs), row.pit.value_or(0));
      QVERIFY(!row.cached);
      const std::vector<int> direct =
          checks::directPrefixSuccesses(db, sample_id, row.policy.path, k, seed);
      QCOMPARE(row.successes, direct);
      QCOMPARE(int(row.q.size()), L + 1);
      QCOMPARE(row.q.back(), 0.0);  // a wrong solution's final step
      double sum = 0;
      for (int i = 0; i < L; ++i) {
        QCOMPARE(row.q[i], double(row.successes[i]) / k);
        sum += row.advantage[i];
      }
      QVERIFY(std::abs(sum - (row.q[L] - row.q[0])) < 1e-12);  // Σ A_i = Q̂_L − Q̂_0
      QVERIFY(row.pit.has_value());
      QCOMPARE(row.q[*row.pit], 0.0);
      for (int i = 1; i < *row.pit; ++i)
        QVERIFY(row.q[i] > 0.0);
    }
    int successes = 0;
    for (const StepHistoryRow& row : h.rows)
      for (int n : row.successes)
        successes += n;
    QVERIFY2(successes > 0, "every rollout failed: the comparison above would be vacuous");
    // Cached: the same numbers, nothing rolled out again.
    const StepHistory again = computeStepHistory(store, sample_id, lineage, k, seed, never);
    for (int r = 0; r < 2; ++r) {
      QVERIFY(again.rows[r].cached);
      QCOMPARE(again.rows[r].successes, h.rows[r].successes);
    }
  }
};

EF_TEST_GUILESS_MAIN(TestStepHistory)
#include "test_step_history.moc"
