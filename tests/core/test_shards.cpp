// SPDX-License-Identifier: GPL-3.0-or-later
// A sweep split into shards (one per seed and size, as Slurm array tasks run it) and merged back:
// the merged workspace holds exactly what the shared reference sweep (the micro sweep, seeds 1
// and 2, run once by the ctest fixture reference_sweep) holds for the same cells (cells, fit and
// multipliers, metrics, samples, step values, rollouts, pairs, checkpoints) — a cell does not
// depend on which other methods share its sweep; a shard stopped mid-way contributes its finished
// cells and is reported partial; merging again adds nothing; broken shards, plan files and a
// shard naming a run that is not there are named. The job-array script and manifest round-trip.
#include <QRegularExpression>
#include <QTemporaryDir>

#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>

#include "cluster/slurm_plan.h"
#include "cluster/slurm_status.h"
#include "ef_test_main.h"
#include "micro_config.h"
#include "experiment/pipeline/sweep.h"
#include "experiment/pipeline/sweep_merge.h"
#include "store/run_store.h"
#include "util/sha256.h"
#include "util/subprocess.h"

#include <sqlite3.h>

using namespace ef;

namespace {

// Cancels the run when a cell reaches a status (a task stopped mid-way).
class CancelAtCell : public RunObserver {
 public:
  CancelAtCell(CancelToken& token, std::string method, std::string status)
      : token_(token), method_(std::move(method)), status_(std::move(status)) {}
  void onCell(const std::string& m, int, std::uint64_t, const std::string& status,
              const std::string&) override {
    if (m == method_ && status == status_) token_.cancel();
  }

 private:
  CancelToken& token_;
  std::string method_, status_;
};

// The reference sweep's configuration (tests/CMakeLists.txt: the micro config, seeds 1 and 2)
// with three of its methods: four tasks (2 sizes x 2 seeds) of three cells.
RunConfig shardConfig() {
  RunConfig cfg = test::microConfig();
  cfg.sweep.seeds = {1, 2};
  cfg.sweep.methods = {"sft", "rft", "step_dpo_prefix"};
  return cfg;
}

bool inConfig(const RunConfig& cfg, const std::string& method) {
  const auto& m = cfg.sweep.methods;
  return std::find(m.begin(), m.end(), method) != m.end();
}

// Everything a cell's run stored, keyed so that two workspaces can be compared.
struct RunContent {
  std::vector<std::tuple<std::string, std::int64_t, std::string, double>> metrics;
  std::vector<std::string> samples;  // stage|step|problem|output|verdict|mode
  std::vector<std::string> steps;    // per analysed sample: index|q|advantage|pit ...
  std::size_t rollouts = 0;
  std::vector<std::string> pairs;
  // stage|step. Not the hash: LibTorch keys a saved optimizer's state by parameter addresses, so
  // the same training saved by two processes differs in those bytes.
  std::vector<std::string> checkpoints;
  bool operator==(const RunContent& o) const {
    return metrics == o.metrics && samples == o.samples && steps == o.steps &&
           rollouts == o.rollouts && pairs == o.pairs && checkpoints == o.checkpoints;
  }
};

RunContent contentOf(const RunStore& s, std::int64_t run) {
  RunContent c;
  for (const auto& m : s.metrics(run)) {
    // Speeds and times (tokens_per_s, stage_seconds) are measurements of the machine, not
    // results: compare their presence.
    const auto endsWith = [&](const std::string& tail) {
      return m.name.size() > tail.size() &&
             m.name.compare(m.name.size() - tail.size(), tail.size(), tail) == 0;
    };
    const bool speed = endsWith("_s") || endsWith("_seconds");
    c.metrics.emplace_back(m.stage, m.step, m.name, speed ? 0.0 : m.value);
  }
  for (const auto& x : s.samples(run)) {
    c.samples.push_back(x.stage + "|" + std::to_string(x.step) + "|" +
                        std::to_string(x.problem_index) + "|" + x.output + "|" + x.verdict + "|" +
                        x.mode);
    for (const auto& st : s.steps(x.id))
      c.steps.push_back(std::to_string(st.step_index) + "|" + std::to_string(st.q.value_or(-9)) +
                        "|" + std::to_string(st.advantage.value_or(-9)) + "|" +
                        std::to_string(st.is_pit) + "|" + std::to_string(st.successes));
    c.rollouts += s.rollouts(x.id).size();
  }
  for (const auto& p : s.pairs(run))
    c.pairs.push_back(p.kind + "|" + p.chosen + "|" + p.rejected + "|" + std::to_string(p.pit));
  for (const auto& k : s.checkpoints(run))
    c.checkpoints.push_back(k.stage + "|" + std::to_string(k.step));
  return c;
}

// The sweep's cells of cfg's methods by (method, size, seed), each with its run's content.
std::map<std::string, std::pair<CellRecord, RunContent>> sweepContent(const RunStore& s,
                                                                      std::int64_t sweep,
                                                                      const RunConfig& cfg) {
  std::map<std::string, std::pair<CellRecord, RunContent>> out;
  for (const auto& c : s.cells(sweep)) {
    if (!inConfig(cfg, c.method)) continue;
    out[c.method + "/" + std::to_string(c.size) + "/" + std::to_string(c.seed)] = {
        c, contentOf(s, c.run_id)};
  }
  return out;
}

// The parts of a sweep's result JSON that cfg's methods determine: the SFT fit and, per method,
// the multipliers and aggregates (without what differs by construction: ids, times, memory).
nlohmann::json comparable(const std::string& result_json, const RunConfig& cfg) {
  const auto j = nlohmann::json::parse(result_json);
  nlohmann::json out;
  out["sft_fit"] = j["sft_fit"];
  for (const char* k : {"multipliers", "multipliers_ci95", "aggregate"}) {
    for (const auto& m : cfg.sweep.methods)
      out[k][m] = j[k][m];
  }
  for (const auto& c : j["cells"]) {
    if (!inConfig(cfg, c["method"].get<std::string>())) continue;
    auto cell = c;
    for (const char* measured : {"run_id", "stage_seconds", "stage_tokens_per_s", "peak_rss_mib"})
      cell.erase(measured);
    out["cells"].push_back(cell);
  }
  return out;
}

nlohmann::json withoutSpeeds(const std::string& result_json) {
  auto j = nlohmann::json::parse(result_json);
  j.erase("train_tokens_per_s");
  j.erase("peak_rss_mib");
  return j;
}

std::size_t totalRows(const RunStore& s, std::int64_t sweep) {
  std::size_t n = 0;
  for (const auto& r : s.childRuns(sweep)) {
    const RunContent c = contentOf(s, r.id);
    n += 1 + c.metrics.size() + c.samples.size() + c.steps.size() + c.rollouts + c.pairs.size() +
         c.checkpoints.size();
  }
  return n + s.cells(sweep).size();
}

template <typename E, typename F>
QString errorOf(F f) {
  try {
    f();
  } catch (const E& e) {
    return QString::fromStdString(e.what());
  }
  return {};
}

}  // namespace

class TestShards : public QObject {
  Q_OBJECT

  QTemporaryDir dir_;
  std::string path(const char* name) const { return dir_.filePath(name).toStdString(); }

 private slots:
  void initTestCase() { QVERIFY(dir_.isValid()); }

  void splitSweepMergesToTheReferenceSweep() {
    const RunConfig cfg = shardConfig();
    RunObserver quiet;
    CancelToken never;
    const RunStore reference(test::referenceSweepDb(), RunStore::Mode::ReadOnly);
    const std::int64_t reference_sweep = 1;
    QCOMPARE(QString::fromStdString(reference.run(reference_sweep)->status), QString("ok"));

    // The plan folder the Slurm script would use; the tasks run here, one store each.
    const SlurmPlan plan = makeSlurmPlan(cfg, path("plan"), {}, "/usr/bin/eightfold-cli", "");
    writeSlurmPlan(plan, cfg);
    QCOMPARE(plan.tasks.size(), std::size_t(4));
    for (std::size_t t : {0, 2, 3}) {
      RunStore shard(plan.shardPath(t), RunStore::Mode::ReadWrite);
      QCOMPARE(
          QString::fromStdString(executeSweepTask(cfg, plan.plan, t, shard, quiet, never).status),
          QString("ok"));
      QCOMPARE(shard.cells(1).size(), std::size_t(3));  // only its own (seed, size)
      QVERIFY(shard.shard(1) && shard.shard(1)->task == static_cast<int>(t) &&
              shard.shard(1)->tasks == 4);
    }
    std::int64_t shard1_sweep = 0;
    {
      // Task 1 stops once its RFT cell is done: step_dpo_prefix is left unfinished.
      CancelToken stop;
      CancelAtCell observer(stop, "rft", "ok");
      RunStore shard1(plan.shardPath(1), RunStore::Mode::ReadWrite);
      const SweepOutcome out = executeSweepTask(cfg, plan.plan, 1, shard1, observer, stop);
      QCOMPARE(QString::fromStdString(out.status), QString("cancelled"));
      shard1_sweep = out.sweep_id;
    }
    const SlurmStatus mid = slurmStatus(plan);
    QCOMPARE(QString::fromStdString(mid.slurm_source), QString("none"));
    QCOMPARE(QString::fromStdString(mid.tasks[0].shard), QString("ok"));
    QCOMPARE(QString::fromStdString(mid.tasks[1].shard), QString("cancelled"));
    QCOMPARE(mid.tasks[1].cells_ok, 2);
    QCOMPARE(mid.tasks[1].cells_total, 3);

    RunStore ws(path("ws.sqlite"), RunStore::Mode::ReadWrite);
    const SweepMergeOutcome first = mergeShards(ws, {plan.dir});
    QVERIFY(first.errors.empty());
    QCOMPARE(first.shards.size(), std::size_t(4));
    QVERIFY(!first.shards[0].partial());
    QCOMPARE(first.shards[0].merged.size(), std::size_t(3));
    QVERIFY(first.shards[1].partial());
    QCOMPARE(QString::fromStdString(first.shards[1].shard_status), QString("cancelled"));
    QCOMPARE(first.shards[1].merged.size(), std::size_t(2));
    QCOMPARE(first.shards[1].unfinished.size(), std::size_t(1));
    QCOMPARE(QString::fromStdString(first.shards[1].unfinished[0].method),
             QString("step_dpo_prefix"));
    const std::int64_t merged = first.shards[0].sweep_id;
    QCOMPARE(ws.planSweep(plan.plan), merged);
    {
      const auto run = ws.run(merged);
      QCOMPARE(QString::fromStdString(run->status), QString("queued"));
      int queued = 0;
      for (const auto& c : ws.cells(merged))
        queued += c.status == "queued";
      QCOMPARE(ws.cells(merged).size(), std::size_t(12));  // the whole grid is laid out
      QCOMPARE(queued, 1);
    }

    // The task resumes (as a requeued array task does), then everything is merged again.
    {
      RunStore shard1(plan.shardPath(1), RunStore::Mode::ReadWrite);
      QCOMPARE(QString::fromStdString(resumeSweep(shard1_sweep, shard1, quiet, never).status),
               QString("ok"));
    }
    const SweepMergeOutcome second = mergeShards(ws, {plan.shardPath(0), plan.shardPath(1)});
    QVERIFY(second.errors.empty());
    QCOMPARE(second.shards[0].merged.size(), std::size_t(0));
    QCOMPARE(second.shards[0].already.size(), std::size_t(3));
    QCOMPARE(second.shards[1].merged.size(), std::size_t(1));
    QCOMPARE(second.shards[1].already.size(), std::size_t(2));
    QVERIFY(!second.shards[1].partial());

    // Equal to the reference sweep's cells of these methods: every cell, its run's content, and
    // the summary.
    const auto run = ws.run(merged);
    QCOMPARE(QString::fromStdString(run->status), QString("ok"));
    QCOMPARE(comparable(run->result_json, cfg),
             comparable(reference.run(reference_sweep)->result_json, cfg));
    const auto got = sweepContent(ws, merged, cfg);
    const auto want = sweepContent(reference, reference_sweep, cfg);
    QCOMPARE(want.size(), std::size_t(12));
    QCOMPARE(got.size(), want.size());
    for (const auto& [key, cell] : want) {
      QVERIFY2(got.count(key), key.c_str());
      const auto& g = got.at(key);
      QCOMPARE(QString::fromStdString(g.first.status), QString("ok"));
      QCOMPARE(g.first.test_error, cell.first.test_error);
      QCOMPARE(g.first.pass_at_k, cell.first.pass_at_k);
      QCOMPARE(withoutSpeeds(g.first.result_json), withoutSpeeds(cell.first.result_json));
      QCOMPARE(g.second.metrics.size(), cell.second.metrics.size());
      QVERIFY2(g.second.metrics == cell.second.metrics, key.c_str());
      QVERIFY2(g.second.samples == cell.second.samples, key.c_str());
      QVERIFY2(g.second.steps == cell.second.steps, key.c_str());
      QCOMPARE(g.second.rollouts, cell.second.rollouts);
      QVERIFY2(g.second.pairs == cell.second.pairs, key.c_str());
      QCOMPARE(g.second.checkpoints, cell.second.checkpoints);
      QVERIFY(!g.second.samples.empty() && !g.second.metrics.empty());
      QCOMPARE(ws.run(g.first.run_id)->parent_id, merged);
    }
    // Checkpoints were copied under the workspace and still match their recorded hashes.
    int checked = 0;
    for (const auto& r : ws.childRuns(merged)) {
      for (const auto& k : ws.checkpoints(r.id)) {
        QVERIFY2(k.path.rfind(ws.filesDir() + "sweep-" + std::to_string(merged) + "/", 0) == 0,
                 k.path.c_str());
        QCOMPARE(sha256OfFile(k.path), k.sha256);
        ++checked;
      }
    }
    QVERIFY(checked >= 12);

    // A third merge adds nothing.
    const std::size_t rows = totalRows(ws, merged);
    const SweepMergeOutcome third = mergeShards(ws, {plan.dir});
    std::size_t again = 0;
    for (const auto& sh : third.shards)
      again += sh.merged.size();
    QCOMPARE(again, std::size_t(0));
    QCOMPARE(totalRows(ws, merged), rows);
    QCOMPARE(ws.listRuns().size(), std::size_t(1));

    const SlurmStatus done = slurmStatus(plan);
    for (const auto& t : done.tasks) {
      QVERIFY(t.finished());
      QCOMPARE(t.cells_ok, 3);
    }
  }

  void brokenShardsAreNamed() {
    RunStore ws(path("ws-errors.sqlite"), RunStore::Mode::ReadWrite);
    const std::string missing = path("nope.sqlite");
    QVERIFY(errorOf<StoreError>([&] { ws.mergeShard(missing); }).contains("no such file"));
    const std::string garbage = path("garbage.sqlite");
    std::ofstream(garbage) << "this is not a database, just text that is long enough";
    const QString g = errorOf<StoreError>([&] { ws.mergeShard(garbage); });
    QVERIFY2(
        g.contains(QString::fromStdString(garbage)) && g.contains("not an Eightfold run store"),
        qPrintable(g));
    { RunStore plain(path("plain.sqlite"), RunStore::Mode::ReadWrite); }
    const QString p = errorOf<StoreError>([&] { ws.mergeShard(path("plain.sqlite")); });
    QVERIFY2(p.contains("is not a sweep shard"), qPrintable(p));
    QVERIFY(errorOf<StoreError>([&] { ws.mergeShard(ws.path()); }).contains("into itself"));
    // One bad shard among good ones: reported, the rest still merged.
    const SweepMergeOutcome m = mergeShards(ws, {garbage});
    QCOMPARE(m.errors.size(), std::size_t(1));
    QVERIFY(QString::fromStdString(m.json).contains("\"error\""));
  }

  // A shard whose records name a run it does not hold (a shard edited or copied half-way) is
  // refused by name, and the workspace it was merged into is left as it was.
  void shardNamingAMissingRunIsNamed() {
    RunConfig cfg = test::microConfig();
    cfg.sweep.sizes = {32};
    cfg.sweep.methods = {"sft", "rft"};
    const SlurmPlan plan = makeSlurmPlan(cfg, path("plan-missing"), {}, "eightfold-cli", "");
    writeSlurmPlan(plan, cfg);
    RunObserver quiet;
    CancelToken never;
    {
      RunStore shard(plan.shardPath(0), RunStore::Mode::ReadWrite);
      QCOMPARE(
          QString::fromStdString(executeSweepTask(cfg, plan.plan, 0, shard, quiet, never).status),
          QString("ok"));
    }
    const auto edited = [&](const char* name, const char* sql) {
      const std::string copy = path(name);
      std::filesystem::copy_file(plan.shardPath(0), copy);
      sqlite3* db = nullptr;
      if (sqlite3_open(copy.c_str(), &db) != SQLITE_OK) qFatal("cannot open %s", copy.c_str());
      char* err = nullptr;
      if (sqlite3_exec(db, sql, nullptr, nullptr, &err) != SQLITE_OK) qFatal("%s", err);
      sqlite3_close(db);
      return copy;
    };
    RunStore ws(path("ws-missing.sqlite"), RunStore::Mode::ReadWrite);
    // The shard record names a sweep run that is not there.
    const std::string no_sweep = edited("no-sweep.sqlite", "UPDATE shards SET sweep_id = 999");
    const QString a = errorOf<StoreError>([&] { ws.mergeShard(no_sweep); });
    QVERIFY2(a.contains(QString::fromStdString(no_sweep)) &&
                 a.contains("names run 999, which does not exist"),
             qPrintable(a));
    // A finished cell names a run that is not there.
    const std::string no_cell_run =
        edited("no-cell-run.sqlite", "UPDATE cells SET run_id = 998 WHERE method = 'rft'");
    const QString b = errorOf<StoreError>([&] { ws.mergeShard(no_cell_run); });
    QVERIFY2(b.contains(QString::fromStdString(no_cell_run)) &&
                 b.contains("its cell rft n=32 seed=1 names run 998, which does not exist"),
             qPrintable(b));
    // Nothing of either reached the workspace.
    QVERIFY(ws.listRuns().empty());
    QCOMPARE(ws.planSweep(plan.plan), std::int64_t(0));
  }

  void taskOutOfRangeIsNamed() {
    RunStore s(path("range.sqlite"), RunStore::Mode::ReadWrite);
    RunObserver quiet;
    CancelToken never;
    try {
      executeSweepTask(shardConfig(), "p", 4, s, quiet, never);
      QFAIL("task 4 of 4 accepted");
    } catch (const ConfigError& e) {
      QCOMPARE(QString::fromStdString(e.field()), QString("--task"));
      QVERIFY2(QString(e.what()).contains("the sweep has 4 tasks (0-3)"), e.what());
    }
    QVERIFY(s.listRuns().empty());  // nothing was created
  }

  // A program that does not end is killed at the timeout and says so; the pipes of runProcess are
  // close-on-exec, so a child sees only its stdin, stdout and stderr.
  void subprocessTimesOutAndLeaksNoPipes() {
    const ProcessResult hung = runProcess({"sleep", "30"}, 0.3);
    QVERIFY(hung.started && hung.timed_out && !hung.ok());
    QCOMPARE(hung.exit_code, 128 + 9);
    // The child's stdout and stderr are runProcess's pipes; no other descriptor of the child
    // refers to them (without close-on-exec it held their write ends a second time).
    const ProcessResult fds = runProcess({"sh", "-c", "ls -l /proc/$$/fd"});
    QVERIFY2(fds.ok(), fds.err.c_str());
    std::map<QString, QString> target;  // fd -> what it points to
    static const QRegularExpression entry(R"((\d+) -> (.*)$)");
    for (const QString& line : QString::fromStdString(fds.out).split('\n')) {
      const auto m = entry.match(line);
      if (m.hasMatch()) target[m.captured(1)] = m.captured(2);
    }
    QVERIFY2(target["1"].startsWith("pipe:") && target["2"].startsWith("pipe:"), fds.out.c_str());
    for (const auto& [fd, what] : target) {
      if (fd == "1" || fd == "2") continue;
      QVERIFY2(what != target["1"] && what != target["2"],
               qPrintable("fd " + fd + " holds a pipe of runProcess: " + what));
    }
    // A hung sbatch (a stand-in first on PATH): the submission gives up with a clear error.
    const std::string bin = path("fake-bin");
    std::filesystem::create_directories(bin);
    {
      std::ofstream f(bin + "/sbatch");
      f << "#!/bin/sh\nsleep 30\n";
    }
    std::filesystem::permissions(bin + "/sbatch", std::filesystem::perms::owner_all);
    const QByteArray old_path = qgetenv("PATH");
    qputenv("PATH", QByteArray::fromStdString(bin) + ":" + old_path);
    SlurmPlan plan = makeSlurmPlan(test::microConfig(), path("hung-plan"), {}, "eightfold-cli", "");
    writeSlurmPlan(plan, test::microConfig());
    const QString err = errorOf<SlurmError>([&] { submitSlurmPlan(plan, 0.3); });
    qputenv("PATH", old_path);
    QVERIFY2(err.contains("sbatch did not answer within 0.3 s and was stopped"), qPrintable(err));
    QVERIFY2(err.contains("check squeue before submitting it again"), qPrintable(err));
    QVERIFY(plan.job_id.empty());
  }

  void jobScriptAndManifestRoundTrip() {
    RunConfig cfg = shardConfig();
    cfg.sweep.seeds = {1, 2};
    SlurmOptions o;
    o.partition = "gpu";
    o.cpus_per_task = 4;
    o.gpus_per_task = 1;
    o.time = "01:30:00";
    o.mem = "16G";
    const SlurmPlan plan =
        makeSlurmPlan(cfg, path("my plans/a"), o, "/opt/ef bin/eightfold-cli", path("ws.sqlite"));
    QCOMPARE(plan.tasks.size(), std::size_t(4));
    QCOMPARE(plan.tasks[2].seed, std::uint64_t(2));
    QCOMPARE(plan.tasks[2].size, cfg.sweep.sizes[0]);
    writeSlurmPlan(plan, cfg);
    std::ifstream in(plan.scriptPath());
    const std::string script((std::istreambuf_iterator<char>(in)), {});
    for (const std::string& line : std::vector<std::string>{
             "#SBATCH --array=0-3\n", "#SBATCH --partition=gpu\n", "#SBATCH --cpus-per-task=4\n",
             "#SBATCH --gpus-per-task=1\n", "#SBATCH --time=01:30:00\n", "#SBATCH --mem=16G\n",
             "#SBATCH --requeue\n", "--plan " + plan.plan + " --task \"$task\"",
             "exec '/opt/ef bin/eightfold-cli' sweep", "--threads \"${SLURM_CPUS_PER_TASK}\"",
             "--device cuda"})
      QVERIFY2(script.find(line) != std::string::npos, line.c_str());
    QCOMPARE(script, slurmScript(plan));
    // bash reads it, and outside Slurm it says how it is meant to be run.
    QVERIFY(runProcess({"bash", "-n", plan.scriptPath()}).ok());
    const ProcessResult outside =
        runProcess({"env", "-u", "SLURM_ARRAY_TASK_ID", "bash", plan.scriptPath()});
    QVERIFY(outside.exit_code != 0);
    QVERIFY2(outside.err.find("run this script with sbatch") != std::string::npos,
             outside.err.c_str());

    const SlurmPlan back = readSlurmPlan(path("my plans/a"));
    QCOMPARE(back.plan, plan.plan);
    QCOMPARE(back.cli, plan.cli);
    QCOMPARE(back.workspace, plan.workspace);
    QCOMPARE(back.tasks.size(), plan.tasks.size());
    QCOMPARE(back.tasks[3].size, cfg.sweep.sizes[1]);
    QCOMPARE(back.options.time, o.time);
    QCOMPARE(back.options.gpus_per_task, 1);
    QCOMPARE(back.methods, cfg.sweep.methods);
    QCOMPARE(parseRunConfig([&] {
               std::ifstream c(back.configPath());
               return std::string((std::istreambuf_iterator<char>(c)), {});
             }())
                 .sweep.seeds,
             cfg.sweep.seeds);
    QVERIFY(errorOf<SlurmError>([&] { writeSlurmPlan(plan, cfg); }).contains("already holds"));

    // Options are checked by name before anything is written.
    const auto optionError = [&](SlurmOptions bad) {
      try {
        makeSlurmPlan(cfg, path("bad"), bad, "/x", "");
      } catch (const ConfigError& e) {
        return QString::fromStdString(e.field());
      }
      return QString();
    };
    SlurmOptions bad;
    bad.time = "90 minutes";
    QCOMPARE(optionError(bad), QString("--time"));
    bad = {};
    bad.mem = "lots";
    QCOMPARE(optionError(bad), QString("--mem"));
    bad = {};
    bad.partition = "a b";
    QCOMPARE(optionError(bad), QString("--partition"));
    QVERIFY(!std::filesystem::exists(path("bad")));

    // A broken manifest names the file and the field.
    std::ofstream(plan.manifestPath()) << "{\"format\": \"eightfold-slurm-plan\", \"version\": 1}";
    const QString m = errorOf<SlurmError>([&] { readSlurmPlan(plan.dir); });
    QVERIFY2(m.contains("manifest.json") && m.contains("missing field 'plan'"), qPrintable(m));
    std::ofstream(plan.manifestPath()) << "{not json";
    QVERIFY(errorOf<SlurmError>([&] { readSlurmPlan(plan.dir); }).contains("not valid JSON"));
    QVERIFY(errorOf<SlurmError>([&] {
              readSlurmPlan(path("nowhere"));
            }).contains("is not a Slurm plan folder"));
  }
};

EF_TEST_GUILESS_MAIN(TestShards)
#include "test_shards.moc"
