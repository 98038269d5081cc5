// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of the run store's schema version 2 (the paper's pipeline): run parents, sample ids,
// analysed steps, rollouts, preference pairs, sweep cells, checkpoints, resume support, and the
// in-place upgrade of a version-1 database.
#include <QtTest>

#include <sqlite3.h>

#include <algorithm>
#include <cstdint>
#include <functional>
#include <limits>
#include <tuple>

#include "core/raw_db.h"
#include "store/run_lock.h"
#include "store/run_store.h"

using ef::CellRecord;
using ef::CheckpointRecord;
using ef::MetricPoint;
using ef::PairRecord;
using ef::RolloutRecord;
using ef::RunRecord;
using ef::RunStore;
using ef::SampleRecord;
using ef::StepRecord;
using ef::StoreError;

namespace {

// The schema of migration 1, verbatim, to build a version-1 database as an older build left it.
const char* const kSchemaV1 = R"sql(
CREATE TABLE runs (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  name TEXT NOT NULL,
  status TEXT NOT NULL
    CHECK (status IN ('queued', 'running', 'ok', 'failed', 'cancelled', 'interrupted')),
  config_json TEXT NOT NULL,
  versions_json TEXT NOT NULL DEFAULT '{}',
  device TEXT NOT NULL DEFAULT '',
  error TEXT NOT NULL DEFAULT '',
  created_at REAL NOT NULL,
  started_at REAL NOT NULL DEFAULT 0,
  ended_at REAL NOT NULL DEFAULT 0,
  result_json TEXT NOT NULL DEFAULT ''
);
CREATE TABLE metrics (
  run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
  stage TEXT NOT NULL,
  step INTEGER NOT NULL,
  name TEXT NOT NULL,
  value REAL NOT NULL
);
CREATE INDEX metrics_run_name_step ON metrics (run_id, name, step);
CREATE TABLE samples (
  id INTEGER PRIMARY KEY,
  run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
  stage TEXT NOT NULL,
  step INTEGER NOT NULL,
  problem_index INTEGER NOT NULL,
  prompt TEXT NOT NULL,
  output TEXT NOT NULL,
  answer TEXT NOT NULL,
  verdict TEXT NOT NULL,
  mode TEXT NOT NULL
);
CREATE INDEX samples_run_stage ON samples (run_id, stage);
)sql";

using ef::test::RawDb;

template <typename F>
QString storeErrorOf(F body) {
  try {
    body();
  } catch (const StoreError& e) {
    return QString::fromUtf8(e.what());
  }
  return QStringLiteral("<no StoreError thrown>");
}

QString qs(const std::string& s) {
  return QString::fromStdString(s);
}

double nowS() {
  return QDateTime::currentMSecsSinceEpoch() / 1000.0;
}

const std::string kUnicode = "Schritt 2: 3×4 = 12 ✓ — ünïcödé, 数学, 🧮";

std::string longText(int n, char salt) {
  std::string s;
  s.reserve(static_cast<std::size_t>(n));
  for (int i = 0; i < n; ++i)
    s.push_back(static_cast<char>('a' + (i * 7 + salt) % 26));
  s += "\n" + kUnicode;
  return s;
}

SampleRecord makeSample(std::int64_t run_id, const std::string& stage, int i,
                        const std::string& verdict) {
  SampleRecord r;
  r.run_id = run_id;
  r.stage = stage;
  r.step = 1000 + i;
  r.problem_index = i;
  r.prompt = "problem " + std::to_string(i) + " " + kUnicode;
  r.output = "step 1\nstep 2\nanswer " + std::to_string(i);
  r.answer = std::to_string(i);
  r.verdict = verdict;
  r.mode = i % 2 ? "sample" : "greedy";
  return r;
}

auto fields(const SampleRecord& s) {
  return std::tie(s.id, s.run_id, s.stage, s.step, s.problem_index, s.prompt, s.output, s.answer,
                  s.verdict, s.mode);
}
auto fields(const StepRecord& s) {
  return std::tie(s.sample_id, s.step_index, s.text, s.q, s.advantage, s.rollouts, s.successes,
                  s.is_pit, s.is_spurious);
}
auto fields(const RolloutRecord& r) {
  return std::tie(r.id, r.sample_id, r.prefix_len, r.text, r.verdict);
}
auto fields(const PairRecord& p) {
  return std::tie(p.run_id, p.kind, p.problem_index, p.prompt, p.chosen, p.rejected,
                  p.chosen_complete, p.rejected_complete, p.pit);
}
// updated_at is set by the store, so it is compared separately.
auto fields(const CellRecord& c) {
  return std::tie(c.sweep_id, c.method, c.size, c.seed, c.status, c.run_id, c.test_error,
                  c.pass_at_k, c.first_step_accuracy, c.result_json);
}
auto fields(const CheckpointRecord& c) {
  return std::tie(c.run_id, c.stage, c.path, c.sha256, c.step, c.created_at);
}

template <typename T>
bool sameRecords(const std::vector<T>& a, const std::vector<T>& b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                    [](const T& x, const T& y) { return fields(x) == fields(y); });
}

std::vector<std::int64_t> idsOf(const std::vector<SampleRecord>& samples) {
  std::vector<std::int64_t> ids;
  for (const auto& s : samples)
    ids.push_back(s.id);
  return ids;
}

StepRecord makeStep(std::int64_t sample_id, int index, std::optional<double> q,
                    std::optional<double> advantage, bool pit, bool spurious) {
  StepRecord s;
  s.sample_id = sample_id;
  s.step_index = index;
  s.text = index == 0 ? "" : "step " + std::to_string(index) + ": " + kUnicode;
  s.q = q;
  s.advantage = advantage;
  s.rollouts = 16;
  s.successes = index * 3 % 17;
  s.is_pit = pit;
  s.is_spurious = spurious;
  return s;
}

}  // namespace

class TestStorePipeline : public QObject {
  Q_OBJECT

 private:
  QTemporaryDir dir_;
  int counter_ = 0;
  QString freshPath() { return dir_.filePath(QStringLiteral("db%1.sqlite").arg(++counter_)); }

 private slots:
  void initTestCase() { QVERIFY(dir_.isValid()); }

  void freshSchemaIsVersion4() {
    const QString path = freshPath();
    { RunStore store(path.toStdString(), RunStore::Mode::ReadWrite); }
    QCOMPARE(RunStore::latestSchemaVersion(), 4);
    RawDb raw(path);
    QCOMPARE(raw.scalar("PRAGMA user_version"), QStringLiteral("4"));
    QCOMPARE(raw.scalar("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN "
                        "('runs', 'metrics', 'samples', 'steps', 'rollouts', 'pairs', 'cells', "
                        "'checkpoints', 'shards', 'plan_sweeps', 'merged_cells', 'step_history')"),
             QStringLiteral("12"));
    QCOMPARE(raw.scalar("SELECT count(*) FROM pragma_table_info('runs') WHERE name = 'parent_id' "
                        "AND \"notnull\" = 1 AND dflt_value = '0'"),
             QStringLiteral("1"));
    QCOMPARE(raw.scalar("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name IN "
                        "('rollouts_sample_prefix', 'pairs_run_kind', 'runs_parent')"),
             QStringLiteral("3"));
  }

  void upgradesVersion1InPlace() {
    const QString path = freshPath();
    {
      RawDb raw(path);
      raw.exec(kSchemaV1);
      raw.exec(
          "INSERT INTO runs (id, kind, name, status, config_json, versions_json, device, "
          "created_at, started_at, ended_at, result_json) VALUES "
          "(1, 'run', 'old ü', 'ok', '{\"lr\":0.5}', '{\"torch\":\"2.1\"}', 'cpu', 100.5, 101, "
          "102, '{\"test_error\":0.125}'), "
          "(2, 'run', 'left running', 'running', '{}', '{}', 'cuda:0', 200, 201, 0, '')");
      raw.exec(
          "INSERT INTO metrics VALUES (1, 'sft', 1, 'loss', 2.5), (1, 'sft', 2, 'loss', 1.25), "
          "(2, 'eval', 7, 'test_error', 0.75)");
      raw.exec(
          "INSERT INTO samples VALUES (5, 1, 'eval', 2, 3, '1+2=', '3', '3', 'correct', 'greedy'), "
          "(9, 1, 'eval', 2, 4, '2+2=', '5', '4', 'wrong', 'sample')");
      raw.exec("PRAGMA user_version = 1");
    }

    const QString refused =
        storeErrorOf([&] { RunStore reader(path.toStdString(), RunStore::Mode::ReadOnly); });
    QVERIFY2(refused.contains("schema version 1 is older than this build (4)") &&
                 refused.contains("open it for writing once to upgrade") && refused.contains(path),
             qPrintable(refused));
    QCOMPARE(RawDb(path).scalar("PRAGMA user_version"), QStringLiteral("1"));

    {
      RunStore writer(path.toStdString(), RunStore::Mode::ReadWrite);
      QCOMPARE(writer.schemaVersion(), 4);
    }
    RawDb raw(path);
    QCOMPARE(raw.scalar("PRAGMA user_version"), QStringLiteral("4"));
    QCOMPARE(raw.scalar("SELECT group_concat(parent_id) FROM runs"), QStringLiteral("0,0"));

    RunStore reader(path.toStdString(), RunStore::Mode::ReadOnly);
    const auto runs = reader.listRuns();
    QCOMPARE(runs.size(), std::size_t(2));
    QCOMPARE(runs[0].id, 2);
    QCOMPARE(qs(runs[0].status), QStringLiteral("interrupted"));  // the writer marked it
    const RunRecord& old = runs[1];
    QCOMPARE(old.id, 1);
    QCOMPARE(old.name, std::string("old ü"));
    QCOMPARE(old.status, std::string("ok"));
    QCOMPARE(old.config_json, std::string(R"({"lr":0.5})"));
    QCOMPARE(old.versions_json, std::string(R"({"torch":"2.1"})"));
    QCOMPARE(old.device, std::string("cpu"));
    QCOMPARE(old.created_at, 100.5);
    QCOMPARE(old.started_at, 101.0);
    QCOMPARE(old.ended_at, 102.0);
    QCOMPARE(old.result_json, std::string(R"({"test_error":0.125})"));
    QCOMPARE(old.parent_id, 0);

    const auto points = reader.metrics(1);
    QCOMPARE(points.size(), std::size_t(2));
    QCOMPARE(points[1].step, 2);
    QCOMPARE(points[1].value, 1.25);
    QCOMPARE(reader.metrics(2).size(), std::size_t(1));
    const auto samples = reader.samples(1);
    QCOMPARE(idsOf(samples), (std::vector<std::int64_t>{5, 9}));
    QCOMPARE(samples[1].prompt, std::string("2+2="));
    QCOMPARE(samples[1].verdict, std::string("wrong"));
    QCOMPARE(samples[1].mode, std::string("sample"));

    // The upgraded file takes the new kinds of rows, attached to the old ones.
    RunStore writer(path.toStdString(), RunStore::Mode::ReadWrite);
    writer.addSteps({makeStep(9, 1, 0.5, -0.25, true, false)});
    QCOMPARE(idsOf(writer.analysedSamples(1)), (std::vector<std::int64_t>{9}));
    const auto child = writer.createRun("run", "child", "{}", "{}", 1);
    QCOMPARE(writer.childRuns(1).at(0).id, child);
    QCOMPARE(writer.listRuns().size(), std::size_t(2));
  }

  void parentsAndChildren() {
    const QString path = freshPath();
    RunStore writer(path.toStdString(), RunStore::Mode::ReadWrite);
    const auto solo = writer.createRun("run", "solo", "{}", "{}");
    const auto sweep = writer.createRun("sweep", "grid", R"({"sizes":[1,2]})", "{}");
    const auto c1 = writer.createRun("run", "cell a", "{}", "{}", sweep);
    const auto other = writer.createRun("sweep", "other", "{}", "{}");
    const auto c2 = writer.createRun("run", "cell b", "{}", "{}", sweep);
    const auto c3 = writer.createRun("run", "cell c", "{}", "{}", other);
    const auto latest = writer.createRun("run", "latest", "{}", "{}", 0);

    const QString error = storeErrorOf([&] { writer.createRun("run", "orphan", "{}", "{}", 999); });
    QVERIFY2(error.contains("run 999 does not exist") && error.contains(path), qPrintable(error));
    RawDb raw(path);
    QCOMPARE(raw.count("runs"), 7);

    RawDb(path).exec(
        ("UPDATE runs SET status = 'running' WHERE id = " + std::to_string(c2)).c_str());
    RunStore reader(path.toStdString(), RunStore::Mode::ReadOnly);
    for (const RunStore* store : {&writer, &reader}) {
      std::vector<std::int64_t> top;
      for (const auto& r : store->listRuns())
        top.push_back(r.id);
      QCOMPARE(top, (std::vector<std::int64_t>{latest, other, sweep, solo}));  // newest first

      const auto children = store->childRuns(sweep);
      QCOMPARE(children.size(), std::size_t(2));
      QCOMPARE(children[0].id, c1);  // oldest first
      QCOMPARE(children[1].id, c2);
      QCOMPARE(children[0].parent_id, sweep);
      QCOMPARE(children[0].name, std::string("cell a"));
      QCOMPARE(qs(children[1].status), QStringLiteral("interrupted"));  // liveness applies
      QCOMPARE(store->childRuns(other).size(), std::size_t(1));
      QCOMPARE(store->childRuns(other)[0].id, c3);
      QVERIFY(store->childRuns(solo).empty());
      QCOMPARE(store->run(c3)->parent_id, other);
      QCOMPARE(store->run(sweep)->parent_id, 0);
      QCOMPARE(store->run(sweep)->kind, std::string("sweep"));
    }
  }

  void resumeRules() {
    const QString path = freshPath();
    const std::string p = path.toStdString();
    RunStore writer(p, RunStore::Mode::ReadWrite);
    const auto id = writer.createRun("run", "resumable", "{}", "{}");
    const std::string lock = p + ".locks/run-" + std::to_string(id) + ".lock";

    writer.startRun(id, "cpu");
    writer.finishRun(id, "cancelled", "stopped by user", "");
    writer.startRun(id, "cuda:0");  // resume after cancel
    QCOMPARE(qs(writer.run(id)->status), QStringLiteral("running"));
    QCOMPARE(writer.run(id)->error, std::string());
    QCOMPARE(writer.run(id)->device, std::string("cuda:0"));
    QCOMPARE(writer.run(id)->ended_at, 0.0);
    writer.finishRun(id, "failed", "nan loss", "");
    QCOMPARE(writer.run(id)->error, std::string("nan loss"));
    writer.startRun(id, "cpu");  // resume after failure
    QCOMPARE(qs(writer.run(id)->status), QStringLiteral("running"));
    QVERIFY(ef::isLockHeld(lock));
    writer.finishRun(id, "ok", "", R"({"test_error":0.5})");

    const QString error = storeErrorOf([&] { writer.startRun(id, "cpu"); });
    QCOMPARE(error, QStringLiteral("run %1 cannot be started: its status is 'ok'").arg(id));
    QVERIFY(!ef::isLockHeld(lock));
    QCOMPARE(qs(writer.run(id)->status), QStringLiteral("ok"));
    QCOMPARE(writer.run(id)->result_json, std::string(R"({"test_error":0.5})"));

    // Still refused while another object (process) runs it.
    const auto live = writer.createRun("run", "live", "{}", "{}");
    writer.startRun(live, "cpu");
    RunStore second(p, RunStore::Mode::ReadWrite);
    QVERIFY(storeErrorOf([&] { second.startRun(live, "cpu"); }).contains("another process"));
    writer.finishRun(live, "failed", "boom", "");
    second.startRun(live, "cpu");
    second.finishRun(live, "ok", "", "");
  }

  void sampleIdsAndFilters() {
    const QString path = freshPath();
    RunStore writer(path.toStdString(), RunStore::Mode::ReadWrite);
    const auto run = writer.createRun("run", "sampling", "{}", "{}");
    const auto other = writer.createRun("run", "other", "{}", "{}");
    QVERIFY(writer.addSamples({}).empty());

    const char* verdicts[] = {"correct", "wrong", "unparseable"};
    std::vector<SampleRecord> input;
    for (int i = 0; i < 12; ++i)
      input.push_back(makeSample(run, i < 8 ? "rft" : "eval", i, verdicts[i % 3]));
    input[0].id = 777;  // ignored: the store assigns ids
    input[3].output = longText(200000, 3);
    const auto ids = writer.addSamples(input);
    QCOMPARE(ids.size(), input.size());
    for (std::size_t i = 1; i < ids.size(); ++i)
      QCOMPARE(ids[i], ids[i - 1] + 1);  // input order
    QVERIFY(ids[0] != 777);
    const auto other_ids = writer.addSamples({makeSample(other, "rft", 0, "wrong")});
    QCOMPARE(other_ids.size(), std::size_t(1));
    QCOMPARE(other_ids[0], ids.back() + 1);

    std::vector<SampleRecord> expected = input;
    for (std::size_t i = 0; i < expected.size(); ++i)
      expected[i].id = ids[i];

    RunStore reader(path.toStdString(), RunStore::Mode::ReadOnly);
    for (const RunStore* store : {&writer, &reader}) {
      QVERIFY(sameRecords(store->samples(run), expected));
      const auto one = store->sample(ids[3]);
      QVERIFY(one.has_value());
      QVERIFY(fields(*one) == fields(expected[3]));
      QCOMPARE(one->output.size(), std::size_t(200000) + 1 + kUnicode.size());
      QVERIFY(!store->sample(other_ids[0] + 1).has_value());

      // verdict filter, with and without stage; limit
      QCOMPARE(idsOf(store->samples(run, "rft", "wrong", -1)),
               (std::vector<std::int64_t>{ids[1], ids[4], ids[7]}));
      QCOMPARE(idsOf(store->samples(run, "", "wrong", -1)),
               (std::vector<std::int64_t>{ids[1], ids[4], ids[7], ids[10]}));
      QCOMPARE(idsOf(store->samples(run, "eval", "correct", -1)),
               (std::vector<std::int64_t>{ids[9]}));
      QCOMPARE(idsOf(store->samples(run, "rft", "correct", 2)),
               (std::vector<std::int64_t>{ids[0], ids[3]}));
      QCOMPARE(store->samples(run, "rft", "", -1).size(), std::size_t(8));
      QCOMPARE(store->samples(run, "eval", 3).size(), std::size_t(3));
      QVERIFY(store->samples(run, "rft", "nope", -1).empty());
      QCOMPARE(idsOf(store->samples(other, "", "wrong", 10)), other_ids);
    }
  }

  void stepsRoundTripAndAnalysedSamples() {
    const QString path = freshPath();
    RunStore writer(path.toStdString(), RunStore::Mode::ReadWrite);
    const auto run = writer.createRun("run", "advantages", "{}", "{}");
    std::vector<SampleRecord> input;
    for (int i = 0; i < 5; ++i)
      input.push_back(makeSample(run, "advantage", i, "correct"));
    const auto ids = writer.addSamples(input);

    // Inserted out of order; NULL and non-NULL estimates, every flag combination, a long text.
    std::vector<StepRecord> steps = {
        makeStep(ids[1], 3, std::nullopt, std::nullopt, false, false),
        makeStep(ids[1], 1, 0.8125, -0.0625, true, true),
        makeStep(ids[1], 0, 0.875, std::nullopt, false, false),
        makeStep(ids[1], 2, 0.0, 0.0, false, true),
        makeStep(ids[3], 1, 1.0 / 3.0, std::nullopt, true, false),
    };
    steps[3].text = longText(100000, 5);
    steps[2].rollouts = 0;
    writer.addSteps(steps);
    writer.addSteps({});

    RunStore reader(path.toStdString(), RunStore::Mode::ReadOnly);
    for (const RunStore* store : {&writer, &reader}) {
      const auto got = store->steps(ids[1]);
      QVERIFY(sameRecords(got, {steps[2], steps[1], steps[3], steps[0]}));  // by step_index
      QCOMPARE(got[0].step_index, 0);
      QCOMPARE(got[0].text, std::string());
      QVERIFY(!got[0].advantage.has_value());
      QCOMPARE(*got[0].q, 0.875);
      QVERIFY(!got[3].q.has_value());
      QVERIFY(!got[3].advantage.has_value());
      QVERIFY(got[2].q.has_value() && *got[2].q == 0.0);  // 0 is not NULL
      QVERIFY(got[1].is_pit && got[1].is_spurious);
      QVERIFY(!got[2].is_pit && got[2].is_spurious);
      QCOMPARE(got[2].text.size(), std::size_t(100000) + 1 + kUnicode.size());
      QCOMPARE(*store->steps(ids[3])[0].q, 1.0 / 3.0);
      QVERIFY(store->steps(ids[0]).empty());

      QCOMPARE(idsOf(store->analysedSamples(run)), (std::vector<std::int64_t>{ids[1], ids[3]}));
      QCOMPARE(idsOf(store->analysedSamples(run, 1)), (std::vector<std::int64_t>{ids[1]}));
      QVERIFY(sameRecords(store->analysedSamples(run),
                          {store->sample(ids[1]).value(), store->sample(ids[3]).value()}));
    }
    QCOMPARE(RawDb(path).scalar("SELECT count(*) FROM steps WHERE q IS NULL"), QStringLiteral("1"));

    // Same key: replaced, not duplicated.
    StepRecord replacement = makeStep(ids[1], 3, 0.25, 0.125, true, false);
    replacement.text = "rewritten";
    writer.addSteps({replacement});
    const auto after = writer.steps(ids[1]);
    QCOMPARE(after.size(), std::size_t(4));
    QVERIFY(fields(after[3]) == fields(replacement));

    // A batch naming a missing sample fails whole, and says what and where.
    const QString error = storeErrorOf([&] {
      writer.addSteps({makeStep(ids[4], 1, 0.5, 0.5, false, false),
                       makeStep(ids[4] + 100, 1, 0.5, 0.5, false, false)});
    });
    QVERIFY2(error.startsWith("insert steps into '" + path + "': FOREIGN KEY"), qPrintable(error));
    QVERIFY(writer.steps(ids[4]).empty());
    QCOMPARE(writer.analysedSamples(run).size(), std::size_t(2));
  }

  void rollouts() {
    const QString path = freshPath();
    RunStore writer(path.toStdString(), RunStore::Mode::ReadWrite);
    const auto run = writer.createRun("run", "rollouts", "{}", "{}");
    const auto ids = writer.addSamples(
        {makeSample(run, "advantage", 0, "wrong"), makeSample(run, "advantage", 1, "correct")});
    std::vector<RolloutRecord> input;
    for (int i = 0; i < 9; ++i) {
      RolloutRecord r;
      r.id = 5;  // ignored
      r.sample_id = ids[i % 2];
      r.prefix_len = (i * 2) % 3;
      r.text = i == 4 ? longText(50000, 1) : "rollout " + std::to_string(i) + " " + kUnicode;
      r.verdict = i % 3 ? "wrong" : "correct";
      input.push_back(r);
    }
    writer.addRollouts(input);
    writer.addRollouts({});

    RunStore reader(path.toStdString(), RunStore::Mode::ReadOnly);
    for (const RunStore* store : {&writer, &reader}) {
      const auto all = store->rollouts(ids[0]);
      QCOMPARE(all.size(), std::size_t(5));  // inputs 0, 2, 4, 6, 8
      for (std::size_t k = 0; k < all.size(); ++k) {
        const RolloutRecord& want = input[2 * k];
        QCOMPARE(all[k].sample_id, ids[0]);
        QCOMPARE(all[k].prefix_len, want.prefix_len);
        QCOMPARE(all[k].text, want.text);
        QCOMPARE(all[k].verdict, want.verdict);
        if (k > 0) QVERIFY(all[k].id > all[k - 1].id);  // by id
      }
      QVERIFY(all[0].id != 5);
      // prefix_len of inputs 0..8: 0 2 1 0 2 1 0 2 1; sample 0 has inputs 0 2 4 6 8 -> 0 1 2 0 1
      const auto p1 = store->rollouts(ids[0], 1);
      QCOMPARE(p1.size(), std::size_t(2));
      QCOMPARE(p1[0].text, input[2].text);
      QCOMPARE(p1[1].text, input[8].text);
      QVERIFY(sameRecords(store->rollouts(ids[0], 0), {all[0], all[3]}));
      QCOMPARE(store->rollouts(ids[1]).size(), std::size_t(4));
      QVERIFY(store->rollouts(ids[1], 7).empty());
    }
  }

  void pairs() {
    const QString path = freshPath();
    RunStore writer(path.toStdString(), RunStore::Mode::ReadWrite);
    const auto run = writer.createRun("run", "pairs", "{}", "{}");
    const auto other = writer.createRun("run", "other", "{}", "{}");
    std::vector<PairRecord> input;
    for (int i = 0; i < 6; ++i) {
      PairRecord p;
      p.run_id = i == 5 ? other : run;
      p.kind = i % 2 ? "pit/first" : "full";
      p.problem_index = 10 * i;
      p.prompt = "prompt " + std::to_string(i) + " " + kUnicode;
      p.chosen = i == 2 ? longText(70000, 2) : "chosen " + std::to_string(i);
      p.rejected = "rejected " + std::to_string(i);
      p.chosen_complete = i != 1;
      p.rejected_complete = i % 3 != 0;
      p.pit = i;
      input.push_back(p);
    }
    writer.addPairs(input);
    writer.addPairs({});

    RunStore reader(path.toStdString(), RunStore::Mode::ReadOnly);
    for (const RunStore* store : {&writer, &reader}) {
      QVERIFY(sameRecords(store->pairs(run), {input.begin(), input.begin() + 5}));
      QVERIFY(sameRecords(store->pairs(run, "pit/first"), {input[1], input[3]}));
      QVERIFY(sameRecords(store->pairs(run, "full"), {input[0], input[2], input[4]}));
      QVERIFY(store->pairs(run, "pit").empty());  // exact kind, not a prefix
      QVERIFY(sameRecords(store->pairs(other), {input[5]}));
      const auto got = store->pairs(run);
      QVERIFY(!got[1].chosen_complete && got[1].rejected_complete);
      QVERIFY(got[0].chosen_complete && !got[0].rejected_complete);
    }
    const QString error = storeErrorOf([&] {
      PairRecord bad = input[0];
      bad.run_id = 12345;
      writer.addPairs({input[0], bad});
    });
    QVERIFY2(error.startsWith("insert pairs into '" + path + "': "), qPrintable(error));
    QCOMPARE(writer.pairs(run).size(), std::size_t(5));
  }

  void cellsUpsertAndOrder() {
    const QString path = freshPath();
    RunStore writer(path.toStdString(), RunStore::Mode::ReadWrite);
    const auto sweep = writer.createRun("sweep", "grid", "{}", "{}");
    const auto other = writer.createRun("sweep", "other", "{}", "{}");

    auto cell = [&](const std::string& method, int size, std::uint64_t seed) {
      CellRecord c;
      c.sweep_id = sweep;
      c.method = method;
      c.size = size;
      c.seed = seed;
      c.status = "queued";
      c.updated_at = 12345;  // ignored: the store sets it
      return c;
    };
    const double before = nowS();
    // Inserted in scrambled order.
    writer.upsertCell(cell("sft", 200, 2));
    writer.upsertCell(cell("dpo", 100, 1));
    writer.upsertCell(cell("sft", 100, 1));
    writer.upsertCell(cell("rft", 100, 2));
    writer.upsertCell(cell("sft", 50, 2));
    writer.upsertCell(cell("dpo", 50, 1));

    CellRecord done = cell("sft", 100, 1);
    done.status = "ok";
    done.run_id = writer.createRun("run", "cell", "{}", "{}", sweep);
    done.test_error = 0.125;
    done.pass_at_k = 0.9375;
    done.first_step_accuracy = std::nullopt;
    done.result_json = "{\"test_error\":0.125,\"note\":\"" + kUnicode + "\"}";
    writer.upsertCell(done);  // replaces the queued cell
    const double after = nowS();

    CellRecord big = cell("sft", 1, std::numeric_limits<std::uint64_t>::max() - 6);
    big.sweep_id = other;
    big.first_step_accuracy = 0.5;
    writer.upsertCell(big);

    RunStore reader(path.toStdString(), RunStore::Mode::ReadOnly);
    for (const RunStore* store : {&writer, &reader}) {
      const auto cells = store->cells(sweep);
      QCOMPARE(cells.size(), std::size_t(6));
      std::vector<std::tuple<std::uint64_t, int, std::string>> order;
      for (const auto& c : cells)
        order.emplace_back(c.seed, c.size, c.method);
      const decltype(order) expected = {{1, 50, "dpo"}, {1, 100, "dpo"}, {1, 100, "sft"},
                                        {2, 50, "sft"}, {2, 100, "rft"}, {2, 200, "sft"}};
      QVERIFY(order == expected);
      QVERIFY(fields(cells[2]) == fields(done));
      QVERIFY(!cells[2].first_step_accuracy.has_value());
      QVERIFY(!cells[0].test_error.has_value() && !cells[0].pass_at_k.has_value());
      QCOMPARE(cells[0].status, std::string("queued"));
      QCOMPARE(cells[0].run_id, 0);
      QCOMPARE(cells[0].result_json, std::string());
      for (const auto& c : cells)
        QVERIFY(c.updated_at >= before - 1 && c.updated_at <= after + 1);
      QVERIFY(cells[2].updated_at >= cells[0].updated_at);

      const auto others = store->cells(other);
      QCOMPARE(others.size(), std::size_t(1));
      QVERIFY(fields(others[0]) == fields(big));  // all 64 bits of the seed survive
      QVERIFY(store->cells(done.run_id).empty());
    }
    QCOMPARE(RawDb(path).count("cells"), 7);

    CellRecord orphan = cell("sft", 1, 1);
    orphan.sweep_id = 999;
    const QString error = storeErrorOf([&] { writer.upsertCell(orphan); });
    QVERIFY2(error.startsWith("write sweep cell to '" + path + "': FOREIGN KEY"),
             qPrintable(error));
  }

  void checkpoints() {
    const QString path = freshPath();
    RunStore writer(path.toStdString(), RunStore::Mode::ReadWrite);
    const auto run = writer.createRun("run", "ckpt", "{}", "{}");
    const auto other = writer.createRun("run", "other", "{}", "{}");
    const std::string files = writer.filesDir();

    CheckpointRecord sft{run, "sft", files + "run1/sft.pt", std::string(64, 'a'), 500, 1000.25};
    CheckpointRecord dpo{run, "dpo", files + "run1/dpö.pt", std::string(64, 'b'), 80, 900.5};
    const double before = nowS();
    CheckpointRecord rft{run, "rft", files + "run1/rft.pt", std::string(64, 'c'), 30, 0};
    writer.putCheckpoint(sft);
    writer.putCheckpoint(dpo);
    writer.putCheckpoint(rft);  // created_at 0: now
    const double after = nowS();
    writer.putCheckpoint({other, "sft", "elsewhere.pt", "00", 1, 1.0});

    RunStore reader(path.toStdString(), RunStore::Mode::ReadOnly);
    for (const RunStore* store : {&writer, &reader}) {
      const auto got = store->checkpoint(run, "sft");
      QVERIFY(got.has_value());
      QVERIFY(fields(*got) == fields(sft));
      QVERIFY(!store->checkpoint(run, "eval").has_value());
      QVERIFY(!store->checkpoint(run + 100, "sft").has_value());
      const auto fresh = store->checkpoint(run, "rft");
      QVERIFY(fresh->created_at >= before - 1 && fresh->created_at <= after + 1);

      const auto all = store->checkpoints(run);  // by created_at
      QCOMPARE(all.size(), std::size_t(3));
      QVERIFY(fields(all[0]) == fields(dpo));
      QVERIFY(fields(all[1]) == fields(sft));
      QCOMPARE(all[2].stage, std::string("rft"));
      QCOMPARE(store->checkpoints(other).size(), std::size_t(1));
    }

    // Same (run, stage): replaced.
    CheckpointRecord newer{run,  "sft", files + "run1/sft-1000.pt", std::string(64, 'd'),
                           1000, 2000.0};
    writer.putCheckpoint(newer);
    QVERIFY(fields(*writer.checkpoint(run, "sft")) == fields(newer));
    std::vector<std::string> stages;
    for (const auto& c : writer.checkpoints(run))
      stages.push_back(c.stage);
    QCOMPARE(stages, (std::vector<std::string>{"dpo", "sft", "rft"}));  // 900.5, 2000, now

    const QString error = storeErrorOf([&] {
      writer.putCheckpoint({run + 100, "sft", "x.pt", "00", 1, 1.0});
    });
    QVERIFY2(error.startsWith("record checkpoint in '" + path + "': FOREIGN KEY"),
             qPrintable(error));
  }

  // A workspace copied with its files folder (the example workspace, results sent to a colleague)
  // reads its checkpoints under its own folder; a record whose file is not there keeps its path.
  void movedWorkspaceFindsItsCheckpoints() {
    const QString path = freshPath();
    std::int64_t run = 0;
    {
      RunStore writer(path.toStdString(), RunStore::Mode::ReadWrite);
      run = writer.createRun("run", "moved", "{}", "{}");
      writer.putCheckpoint({run, "sft", "old.files/sweep-3/sft-n10-s1.pt", "aa", 5, 1.0});
      writer.putCheckpoint({run, "dpo", "/nowhere/x.files/sweep-3/dpo-n10-s1.pt", "bb", 6, 2.0});
      writer.putCheckpoint({run, "rft", "/nowhere/plain/rft.pt", "cc", 7, 3.0});
    }
    QTemporaryDir other;
    const QString copy = other.filePath("copy.sqlite");
    QVERIFY(QFile::copy(path, copy));
    QVERIFY(QDir().mkpath(other.filePath("copy.files/sweep-3")));
    for (const char* name : {"sft-n10-s1.pt", "dpo-n10-s1.pt"}) {
      QFile f(other.filePath(QString("copy.files/sweep-3/") + name));
      QVERIFY(f.open(QIODevice::WriteOnly));
    }
    RunStore moved(copy.toStdString(), RunStore::Mode::ReadOnly);
    const std::string here = moved.filesDir();
    QCOMPARE(moved.checkpoint(run, "sft")->path, here + "sweep-3/sft-n10-s1.pt");
    QCOMPARE(moved.checkpoint(run, "dpo")->path, here + "sweep-3/dpo-n10-s1.pt");
    QCOMPARE(moved.checkpoint(run, "rft")->path, std::string("/nowhere/plain/rft.pt"));
    // In the original folder neither file exists: the recorded paths are returned unchanged.
    RunStore original(path.toStdString(), RunStore::Mode::ReadOnly);
    QCOMPARE(original.checkpoint(run, "sft")->path, std::string("old.files/sweep-3/sft-n10-s1.pt"));
    std::vector<std::string> paths;
    for (const auto& c : moved.checkpoints(run))
      paths.push_back(c.path);
    QCOMPARE(paths,
             (std::vector<std::string>{here + "sweep-3/sft-n10-s1.pt",
                                       here + "sweep-3/dpo-n10-s1.pt", "/nowhere/plain/rft.pt"}));
  }

  void deleteMetricsAfterStep() {
    const QString path = freshPath();
    RunStore writer(path.toStdString(), RunStore::Mode::ReadWrite);
    const auto run = writer.createRun("run", "resume", "{}", "{}");
    const auto other = writer.createRun("run", "other", "{}", "{}");
    std::vector<MetricPoint> points;
    for (int step = 1; step <= 20; ++step) {
      points.push_back(MetricPoint{"sft", step, "loss", 1.0 / step});
      points.push_back(MetricPoint{"sft", step, "lr", 0.001});
      if (step % 5 == 0) points.push_back(MetricPoint{"eval", step, "test_error", 0.5});
    }
    writer.addMetrics(run, points);
    writer.addMetrics(other, points);

    QCOMPARE(writer.deleteMetricsAfter(run, "sft", 12), 16);  // steps 13..20, two names each
    QCOMPARE(writer.deleteMetricsAfter(run, "sft", 12), 0);
    QCOMPARE(writer.deleteMetricsAfter(run, "dpo", 0), 0);
    QCOMPARE(writer.deleteMetricsAfter(run, "eval", 10), 2);  // steps 15 and 20
    const auto left = writer.metrics(run);
    QCOMPARE(left.size(), std::size_t(24 + 2));
    for (const auto& p : left)
      QVERIFY(p.step <= 12 || (p.stage == "eval" && p.step <= 10));
    QCOMPARE(writer.metrics(run, "loss").back().step, 12);
    QCOMPARE(writer.metrics(other).size(), points.size());  // another run: untouched
    QCOMPARE(writer.deleteMetricsAfter(run, "sft", -1), 24);

    RunStore reader(path.toStdString(), RunStore::Mode::ReadOnly);
    QVERIFY(storeErrorOf([&] { reader.deleteMetricsAfter(run, "sft", 0); }).contains("read-only"));
  }

  void clearStageCascades() {
    const QString path = freshPath();
    RunStore writer(path.toStdString(), RunStore::Mode::ReadWrite);
    const auto run = writer.createRun("run", "clear", "{}", "{}");
    const auto other = writer.createRun("run", "other", "{}", "{}");

    auto populate = [&](std::int64_t run_id) {
      const auto adv = writer.addSamples({makeSample(run_id, "advantage", 0, "wrong"),
                                          makeSample(run_id, "advantage", 1, "correct")});
      const auto keep = writer.addSamples({makeSample(run_id, "eval", 2, "correct")});
      for (std::int64_t id : {adv[0], adv[1], keep[0]}) {
        writer.addSteps({makeStep(id, 0, 0.5, std::nullopt, false, false),
                         makeStep(id, 1, 0.25, -0.25, true, false)});
        writer.addRollouts(
            {RolloutRecord{0, id, 0, "r", "wrong"}, RolloutRecord{0, id, 1, "s", "correct"}});
      }
      std::vector<PairRecord> pairs;
      for (const char* kind : {"dpo/full", "dpo/pit", "dpo%", "rft", "d"}) {
        PairRecord p;
        p.run_id = run_id;
        p.kind = kind;
        p.prompt = "p";
        p.chosen = "c";
        p.rejected = "r";
        pairs.push_back(p);
      }
      writer.addPairs(pairs);
      return std::make_pair(adv, keep[0]);
    };
    const auto [adv, keep] = populate(run);
    const auto [other_adv, other_keep] = populate(other);
    Q_UNUSED(other_keep);
    QCOMPARE(writer.analysedSamples(run).size(), std::size_t(3));

    writer.clearStage(run, "advantage", "dpo/");
    QVERIFY(writer.samples(run, "advantage").empty());
    QVERIFY(!writer.sample(adv[0]).has_value());
    QVERIFY(writer.steps(adv[0]).empty());  // cascaded
    QVERIFY(writer.steps(adv[1]).empty());
    QVERIFY(writer.rollouts(adv[0]).empty());
    QVERIFY(writer.rollouts(adv[1]).empty());
    QCOMPARE(idsOf(writer.analysedSamples(run)), (std::vector<std::int64_t>{keep}));
    QCOMPARE(writer.steps(keep).size(), std::size_t(2));
    QCOMPARE(writer.rollouts(keep).size(), std::size_t(2));
    std::vector<std::string> kinds;
    for (const auto& p : writer.pairs(run))
      kinds.push_back(p.kind);
    QCOMPARE(kinds, (std::vector<std::string>{"dpo%", "rft", "d"}));  // '%' is no wildcard

    // The other run is untouched.
    QCOMPARE(writer.samples(other).size(), std::size_t(3));
    QCOMPARE(writer.steps(other_adv[0]).size(), std::size_t(2));
    QCOMPARE(writer.rollouts(other_adv[1]).size(), std::size_t(2));
    QCOMPARE(writer.pairs(other).size(), std::size_t(5));

    // An empty prefix leaves pairs alone; an empty stage leaves samples alone.
    writer.clearStage(run, "eval");
    QVERIFY(writer.samples(run).empty());
    QCOMPARE(writer.pairs(run).size(), std::size_t(3));
    writer.clearStage(run, "", "d");
    QCOMPARE(writer.pairs(run).size(), std::size_t(1));
    QCOMPARE(writer.pairs(run)[0].kind, std::string("rft"));
    QCOMPARE(writer.samples(other).size(), std::size_t(3));

    RawDb raw(path);
    QCOMPARE(raw.count("samples"), 3);
    QCOMPARE(raw.count("steps"), 6);
    QCOMPARE(raw.count("rollouts"), 6);
    QCOMPARE(raw.count("pairs"), 6);

    RunStore reader(path.toStdString(), RunStore::Mode::ReadOnly);
    QVERIFY(storeErrorOf([&] { reader.clearStage(other, "advantage"); }).contains("read-only"));
  }

  void readOnlyRefusesNewWriters() {
    const QString path = freshPath();
    std::int64_t run = 0, sample = 0;
    {
      RunStore writer(path.toStdString(), RunStore::Mode::ReadWrite);
      run = writer.createRun("run", "x", "{}", "{}");
      sample = writer.addSamples({makeSample(run, "eval", 0, "correct")})[0];
    }
    RunStore reader(path.toStdString(), RunStore::Mode::ReadOnly);
    const std::vector<std::function<void()>> writes = {
        [&] { reader.createRun("run", "child", "{}", "{}", run); },
        [&] { reader.addSamples({makeSample(run, "eval", 1, "wrong")}); },
        [&] { reader.addSteps({makeStep(sample, 1, 0.5, 0.5, false, false)}); },
        [&] {
          reader.addRollouts({RolloutRecord{0, sample, 0, "t", "wrong"}});
        },
        [&] { reader.addPairs({PairRecord{}}); },
        [&] { reader.upsertCell(CellRecord{}); },
        [&] { reader.putCheckpoint(CheckpointRecord{}); },
    };
    for (const auto& write : writes) {
      const QString error = storeErrorOf(write);
      QVERIFY2(error.contains("read-only") && error.contains(path), qPrintable(error));
    }
    QCOMPARE(reader.samples(run).size(), std::size_t(1));
    QVERIFY(reader.steps(sample).empty());
  }

  void deletingRunsCascadesToNewTables() {
    const QString path = freshPath();
    RunStore writer(path.toStdString(), RunStore::Mode::ReadWrite);
    const auto sweep = writer.createRun("sweep", "s", "{}", "{}");
    const auto sample = writer.addSamples({makeSample(sweep, "eval", 0, "correct")})[0];
    writer.addSteps({makeStep(sample, 1, 0.5, 0.5, false, false)});
    writer.addRollouts({RolloutRecord{0, sample, 1, "t", "correct"}});
    writer.addPairs({PairRecord{sweep, "dpo", 0, "p", "c", "r", true, true, 1}});
    CellRecord c;
    c.sweep_id = sweep;
    c.method = "sft";
    c.status = "ok";
    writer.upsertCell(c);
    writer.putCheckpoint({sweep, "sft", "a.pt", "00", 1, 0});
    RawDb raw(path);
    raw.exec("PRAGMA foreign_keys = ON; DELETE FROM runs");
    for (const char* table : {"samples", "steps", "rollouts", "pairs", "cells", "checkpoints"})
      QCOMPARE(raw.count(table), 0);
  }
};

QTEST_GUILESS_MAIN(TestStorePipeline)
#include "test_store_pipeline.moc"
