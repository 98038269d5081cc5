// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end SFT through the pipeline, with the store: accuracy on the arith-tiny preset (the
// fast tier's one check that training learns), and on the micro configuration the stored metrics
// and samples, model selection, cancellation, resume, divergence handling, and the lookup and
// JSONL tasks through a short training whose stored verdicts the task's verifier confirms.
#include <QTemporaryDir>
#include "tasks/jsonl_task.h"
#include "tasks/lookup_task.h"
#include "ef_test_main.h"

#include "experiment/config/presets.h"
#include "experiment/pipeline/run_pipeline.h"
#include "experiment/pipeline/task_data.h"
#include "micro_config.h"
#include "store/run_store.h"
#include "util/sha256.h"

#include <fstream>

using namespace ef;

namespace {

class CountingObserver : public RunObserver {
 public:
  int metrics = 0;
  int progress = 0;
  std::int64_t cancel_after = -1;
  CancelToken* token = nullptr;
  void onMetric(const MetricPoint&) override { ++metrics; }
  void onProgress(const Progress& p) override {
    ++progress;
    if (token && cancel_after >= 0 && p.done >= cancel_after) token->cancel();
  }
};

// The micro configuration as a single SFT run.
RunConfig micro() {
  return test::microConfig();
}

// Every evaluation sample the run stored is a test problem's prompt with the verdict the task's
// own verifier gives its output; returns how many samples there were.
int verifiedSamples(const RunStore& store, std::int64_t run, const RunConfig& cfg) {
  const TaskData d = prepareTaskData(cfg, cfg.task.train_size);
  int n = 0;
  for (const auto& r : store.samples(run, "eval")) {
    const Problem& p = d.test.at(static_cast<std::size_t>(r.problem_index));
    if (r.prompt != p.prompt) qFatal("sample %d: not the prompt of its problem", n);
    const std::string v = verdictName(d.task->verify(r.output, p));
    if (r.verdict != v)
      qFatal("sample %d: stored verdict %s, the verifier says %s", n, r.verdict.c_str(), v.c_str());
    ++n;
  }
  return n;
}

}  // namespace

class TestSft : public QObject {
  Q_OBJECT

 private slots:
  void arithTinyReachesHighAccuracy() {
    if (efSanitizerPass())
      EF_SKIP("a check of learning (600 steps), not of memory: the release pass runs it");
    QTemporaryDir dir;
    RunStore store(dir.filePath("w.sqlite").toStdString(), RunStore::Mode::ReadWrite);
    RunConfig cfg = loadPreset("arith-tiny");
    cfg.threads = 1;  // ctest runs two tests at a time on two cores (docs/testing.md, "Tiers")
    CountingObserver obs;
    CancelToken cancel;
    const RunSummary s = executeRun(cfg, store, obs, cancel);
    QCOMPARE(QString::fromStdString(s.status), QString("ok"));
    qInfo("arith-tiny: test error %.4f, pass@%d %.4f, %.0f tokens/s, %.1f s", s.test_error,
          s.pass_k, s.pass_at_k, s.train_tokens_per_s, s.wall_s);
    QVERIFY2(s.test_error <= 0.05, qPrintable(QString("greedy accuracy %1").arg(1 - s.test_error)));
    QVERIFY(s.pass_at_k >= 0.95);
    QCOMPARE(s.steps, std::int64_t{cfg.sft.steps});

    const auto run = store.run(s.run_id);
    QVERIFY(run.has_value());
    QCOMPARE(QString::fromStdString(run->status), QString("ok"));
    QVERIFY(run->ended_at >= run->started_at && run->started_at > 0);
    // One loss point per step; validation error at every evaluation (200, 400, 600); the test set
    // read once, for the kept model (select = last: step 600).
    QCOMPARE(store.metrics(s.run_id, "loss").size(), std::size_t(cfg.sft.steps));
    const auto te = store.metrics(s.run_id, "valid_error");
    QCOMPARE(te.size(), std::size_t(3));
    QCOMPARE(te.back().step, std::int64_t{600});
    QCOMPARE(te.back().value, s.valid_error);
    QCOMPARE(s.valid_problems, cfg.task.valid_size);
    QCOMPARE(s.selected_step, std::int64_t{600});
    const auto test = store.metrics(s.run_id, "test_error");
    QCOMPARE(test.size(), std::size_t(1));
    QCOMPARE(test.back().step, std::int64_t{600});
    QCOMPARE(test.back().value, s.test_error);
    QVERIFY(obs.metrics >= cfg.sft.steps * 3);
    QCOMPARE(obs.progress, cfg.sft.steps);
    // Samples: one greedy and k sampled per test problem, verdicts agree with the summary.
    const auto samples = store.samples(s.run_id, "eval");
    QCOMPARE(samples.size(), std::size_t(cfg.task.test_size * (1 + cfg.eval.pass_k)));
    int wrong = 0;
    for (const auto& r : samples) {
      if (r.mode == "greedy" && r.verdict != "correct") ++wrong;
    }
    QCOMPARE(wrong / double(cfg.task.test_size), s.test_error);
    // The training-set probe: greedy on the first eval.train_problems training problems at every
    // evaluation; a model that solves the test set solves its own training problems too.
    QCOMPARE(s.train_problems, std::min(cfg.eval.train_problems, cfg.task.train_size));
    const auto tre = store.metrics(s.run_id, "train_error");
    QCOMPARE(tre.size(), te.size());
    QCOMPARE(tre.back().value, s.train_error);
    QVERIFY2(s.train_error <= 0.05, qPrintable(QString::number(s.train_error)));
    const auto trf = store.metrics(s.run_id, "train_first_step_accuracy");
    QCOMPARE(trf.size(), te.size());
    QCOMPARE(trf.back().value, s.train_first_step_accuracy);
    QVERIFY(s.train_first_step_accuracy >= 0.95);
  }

  // best_valid keeps the evaluated model with the lowest validation error (the earliest on ties),
  // reads the test set once for it, and patience stops the stage that many evaluations after its
  // best.
  void bestValidationModelIsKeptAndPatienceStops() {
    QTemporaryDir dir;
    RunStore store(dir.filePath("w.sqlite").toStdString(), RunStore::Mode::ReadWrite);
    RunConfig cfg = micro();
    cfg.sft.steps = 160;
    cfg.sft.eval_every = 10;
    cfg.sft.select = "best_valid";
    cfg.sft.patience = 2;
    CountingObserver obs;
    CancelToken cancel;
    const RunSummary s = executeRun(cfg, store, obs, cancel);
    QCOMPARE(QString::fromStdString(s.status), QString("ok"));
    const auto valid = store.metrics(s.run_id, "valid_error");
    QVERIFY(!valid.empty());
    std::size_t best = 0;
    for (std::size_t i = 1; i < valid.size(); ++i)
      if (valid[i].value < valid[best].value) best = i;
    QCOMPARE(s.selected_step, valid[best].step);
    QCOMPARE(s.valid_error, valid[best].value);
    const auto test = store.metrics(s.run_id, "test_error");
    QCOMPARE(test.size(), std::size_t(1));
    QCOMPARE(test[0].step, s.selected_step);
    const auto losses = store.metrics(s.run_id, "loss");
    if (losses.size() < std::size_t(cfg.sft.steps)) {
      // Stopped: exactly `patience` evaluations after the best one, none of them lower.
      QCOMPARE(valid.size(), best + 1 + cfg.sft.patience);
      QCOMPARE(std::int64_t(losses.size()), valid.back().step);
    } else {
      QVERIFY(valid.size() - 1 - best <= std::size_t(cfg.sft.patience));
    }
  }

  // stop_at_first_step ends the stage at the first evaluation whose first-step accuracy on the
  // split named by stop_split (validation, or the training probe) reaches the threshold (a π_sft
  // at a chosen competence), and not before.
  void stopsAtAFirstStepAccuracy_data() {
    QTest::addColumn<QString>("split");
    QTest::addColumn<QString>("metric");
    QTest::newRow("validation") << "valid"
                                << "valid_first_step_accuracy";
    QTest::newRow("training probe") << "train"
                                    << "train_first_step_accuracy";
  }
  void stopsAtAFirstStepAccuracy() {
    QFETCH(QString, split);
    QFETCH(QString, metric);
    QTemporaryDir dir;
    RunStore store(dir.filePath("w.sqlite").toStdString(), RunStore::Mode::ReadWrite);
    RunConfig cfg = micro();
    cfg.sft.steps = 160;
    cfg.sft.eval_every = 10;
    cfg.sft.select = "last";
    cfg.sft.stop_split = split.toStdString();
    // Without a threshold: every evaluation's first-step accuracy, to pick one reached mid-way.
    CountingObserver obs;
    CancelToken cancel;
    const RunSummary full = executeRun(cfg, store, obs, cancel);
    QCOMPARE(QString::fromStdString(full.status), QString("ok"));
    const auto acc = store.metrics(full.run_id, metric.toStdString());
    QVERIFY(acc.size() >= 3);
    double highest = 0;  // over the evaluations inside the stage (the last one ends it anyway)
    for (const auto& m : acc)
      if (m.step < cfg.sft.steps) highest = std::max(highest, m.value);
    QVERIFY2(highest > 0, "the micro model never takes a first step right");
    const double threshold = highest;  // reached first at some evaluation
    std::int64_t expected = -1;
    for (const auto& m : acc) {
      if (m.value >= threshold) {
        expected = m.step;
        break;
      }
    }
    cfg.sft.stop_at_first_step = threshold;
    const RunSummary s = executeRun(cfg, store, obs, cancel);
    QCOMPARE(QString::fromStdString(s.status), QString("ok"));
    const auto stopped = store.metrics(s.run_id, metric.toStdString());
    QVERIFY(expected > 0 && expected < cfg.sft.steps);
    QCOMPARE(stopped.back().step, expected);
    QCOMPARE(s.selected_step, expected);
    QCOMPARE(std::int64_t(store.metrics(s.run_id, "loss").size()), expected);
    QVERIFY(stopped.back().value >= threshold);
    for (std::size_t i = 0; i + 1 < stopped.size(); ++i)
      QVERIFY(stopped[i].value < threshold);
  }

  void trainProbeOffRecordsNothing() {
    QTemporaryDir dir;
    RunStore store(dir.filePath("w.sqlite").toStdString(), RunStore::Mode::ReadWrite);
    RunConfig cfg = micro();
    cfg.sft.steps = 20;
    cfg.sft.eval_every = 10;
    cfg.eval.train_problems = 0;
    CountingObserver obs;
    CancelToken cancel;
    const RunSummary s = executeRun(cfg, store, obs, cancel);
    QCOMPARE(QString::fromStdString(s.status), QString("ok"));
    QCOMPARE(store.metrics(s.run_id, "valid_error").size(), std::size_t(2));
    QCOMPARE(store.metrics(s.run_id, "test_error").size(), std::size_t(1));
    QVERIFY(store.metrics(s.run_id, "train_error").empty());
    QCOMPARE(s.train_problems, 0);
    QVERIFY(s.toJson().find("train_error") == std::string::npos);
  }

  void cancelStopsTheRun() {
    QTemporaryDir dir;
    RunStore store(dir.filePath("w.sqlite").toStdString(), RunStore::Mode::ReadWrite);
    RunConfig cfg = micro();
    CountingObserver obs;
    CancelToken cancel;
    obs.token = &cancel;
    obs.cancel_after = 25;
    const RunSummary s = executeRun(cfg, store, obs, cancel);
    QCOMPARE(QString::fromStdString(s.status), QString("cancelled"));
    QCOMPARE(QString::fromStdString(store.run(s.run_id)->status), QString("cancelled"));
    QCOMPARE(store.metrics(s.run_id, "loss").size(), std::size_t(25));  // flushed on the way out
  }

  // A run resumes from its last recorded checkpoint; one whose bytes changed is refused by name,
  // and nothing stored is lost by the refusal.
  void resumeChecksTheCheckpointHash() {
    QTemporaryDir dir;
    RunStore store(dir.filePath("w.sqlite").toStdString(), RunStore::Mode::ReadWrite);
    RunConfig cfg = micro();
    cfg.sft.steps = 60;
    cfg.sft.eval_every = 20;
    CountingObserver obs;
    CancelToken cancel;
    obs.token = &cancel;
    obs.cancel_after = 30;
    const RunSummary first = executeRun(cfg, store, obs, cancel);
    QCOMPARE(QString::fromStdString(first.status), QString("cancelled"));
    const auto ckpt = store.checkpoint(first.run_id, "sft");
    QVERIFY(ckpt && ckpt->step == 20);
    QCOMPARE(ckpt->sha256, sha256OfFile(ckpt->path));

    std::string bytes;
    {
      std::ifstream in(ckpt->path, std::ios::binary);
      bytes.assign(std::istreambuf_iterator<char>(in), {});
    }
    std::string flipped = bytes;
    flipped[flipped.size() / 3] = static_cast<char>(flipped[flipped.size() / 3] ^ 0x40);
    std::ofstream(ckpt->path, std::ios::binary | std::ios::trunc) << flipped;
    RunObserver quiet;
    cancel.reset();
    const RunSummary refused = resumeRun(first.run_id, store, quiet, cancel);
    QCOMPARE(QString::fromStdString(refused.status), QString("failed"));
    QVERIFY2(refused.error.find(ckpt->path) != std::string::npos, refused.error.c_str());
    QVERIFY2(refused.error.find("has changed since it was saved") != std::string::npos,
             refused.error.c_str());
    QCOMPARE(store.metrics(first.run_id, "loss").size(), std::size_t(30));  // nothing lost

    std::ofstream(ckpt->path, std::ios::binary | std::ios::trunc) << bytes;
    const RunSummary resumed = resumeRun(first.run_id, store, quiet, cancel);
    QCOMPARE(QString::fromStdString(resumed.status), QString("ok"));
    QCOMPARE(resumed.steps, std::int64_t(60));
    const auto loss = store.metrics(first.run_id, "loss");
    QCOMPARE(loss.size(), std::size_t(60));  // steps 21..30 were redone, not duplicated
    for (std::size_t i = 0; i < loss.size(); ++i)
      QCOMPARE(loss[i].step, std::int64_t(i + 1));
    QCOMPARE(store.checkpoint(first.run_id, "sft")->step, std::int64_t(60));
  }

  void divergenceFailsWithStepAndReason() {
    QTemporaryDir dir;
    RunStore store(dir.filePath("w.sqlite").toStdString(), RunStore::Mode::ReadWrite);
    RunConfig cfg = micro();
    cfg.sft.lr = 1e30;
    cfg.sft.min_lr = 0;
    cfg.sft.warmup_steps = 0;
    cfg.sft.grad_clip = 0;
    CountingObserver obs;
    CancelToken cancel;
    const RunSummary s = executeRun(cfg, store, obs, cancel);
    QCOMPARE(QString::fromStdString(s.status), QString("failed"));
    QVERIFY2(s.error.find("non-finite") != std::string::npos, s.error.c_str());
    QVERIFY2(s.error.find("step") != std::string::npos, s.error.c_str());
    QCOMPARE(QString::fromStdString(store.run(s.run_id)->error), QString::fromStdString(s.error));
  }

  void contextTooSmallNamesTheField() {
    QTemporaryDir dir;
    RunStore store(dir.filePath("w.sqlite").toStdString(), RunStore::Mode::ReadWrite);
    RunConfig cfg = micro();
    cfg.model.context = 16;
    CountingObserver obs;
    CancelToken cancel;
    const RunSummary s = executeRun(cfg, store, obs, cancel);
    QCOMPARE(QString::fromStdString(s.status), QString("failed"));
    QVERIFY2(s.error.find("model.context") != std::string::npos, s.error.c_str());
  }

  // The lookup task (fact-recall chains over a hidden table) through a short training: stored
  // samples carry the verifier's verdicts, the summary's error is the greedy samples' error.
  void lookupTaskTrainsAndVerifies() {
    QTemporaryDir dir;
    RunStore store(dir.filePath("w.sqlite").toStdString(), RunStore::Mode::ReadWrite);
    RunConfig cfg = micro();
    const RunConfig lookup = loadPreset("lookup-scaling");
    cfg.task.kind = "lookup";
    cfg.task.section<LookupConfig>() = lookup.task.section<LookupConfig>();
    cfg.task.section<LookupConfig>().keys = 200;
    CountingObserver obs;
    CancelToken cancel;
    const RunSummary s = executeRun(cfg, store, obs, cancel);
    QVERIFY2(s.status == "ok", s.error.c_str());
    QCOMPARE(verifiedSamples(store, s.run_id, cfg), cfg.task.test_size * (1 + cfg.eval.pass_k));
    int wrong = 0;
    for (const auto& r : store.samples(s.run_id, "eval"))
      wrong += r.mode == "greedy" && r.verdict != "correct";
    QCOMPARE(wrong / double(cfg.task.test_size), s.test_error);
    QCOMPARE(store.metrics(s.run_id, "loss").size(), std::size_t(cfg.sft.steps));
  }

  // A GSM8K-style JSONL import through a short training on the task's characters.
  void jsonlTaskTrainsAndVerifies() {
    QTemporaryDir dir;
    RunStore store(dir.filePath("w.sqlite").toStdString(), RunStore::Mode::ReadWrite);
    RunConfig cfg = micro();
    const std::string data = qEnvironmentVariable("EIGHTFOLD_TEST_DATA").toStdString();
    cfg.task.kind = "jsonl";
    cfg.task.section<JsonlConfig>().train_file = data + "/jsonl/good.jsonl";
    cfg.task.section<JsonlConfig>().test_file = data + "/jsonl/good_test.jsonl";
    cfg.task.train_size = 3;  // of the file's 4: the last one validates
    cfg.task.valid_size = 1;
    cfg.task.test_size = 2;
    cfg.model.context = 512;
    cfg.sft.steps = 10;
    cfg.sft.batch_size = 3;
    cfg.sft.eval_every = 5;
    cfg.eval.max_new_tokens = 40;
    CountingObserver obs;
    CancelToken cancel;
    const RunSummary s = executeRun(cfg, store, obs, cancel);
    QVERIFY2(s.status == "ok", s.error.c_str());
    QCOMPARE(verifiedSamples(store, s.run_id, cfg), 2 * (1 + cfg.eval.pass_k));
    QCOMPARE(s.valid_problems, 1);
    QCOMPARE(store.metrics(s.run_id, "valid_error").size(), std::size_t(2));
    QVERIFY(s.test_error >= 0 && s.test_error <= 1);
  }
};

EF_TEST_GUILESS_MAIN(TestSft)
#include "test_sft.moc"
