// SPDX-License-Identifier: GPL-3.0-or-later
// eightfold-cli end to end, as a user or a script calls it (QProcess on the built binary).
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include "app/cli_process.h"
#include "ef_test_main.h"

using namespace ef::test;

class TestCli : public QObject {
  Q_OBJECT

 private slots:
  void presetsListsTheShippedPresets() {
    const auto r = cli({"presets"});
    QCOMPARE(r.code, 0);
    for (const char* name : {"arith-tiny", "arith-small", "stargraph-small"}) {
      QVERIFY2(r.out.contains(name), qPrintable(r.out));
    }
  }

  // `run` on the micro configuration: the JSON line, the run's row, log and checkpoint, and the
  // test error it printed is the one stored.
  // On a terminal the progress line is redrawn with \r; it fits $COLUMNS (80 and 40 here, the
  // terminal being `script`'s pseudo-terminal without a size), or the redraw leaves garbage.
  void progressLineFitsTheTerminal_data() {
    QTest::addColumn<int>("columns");
    QTest::newRow("80 columns") << 80;
    QTest::newRow("40 columns") << 40;
  }
  void progressLineFitsTheTerminal() {
    QFETCH(int, columns);
    QTemporaryDir dir;
    const QString typescript = dir.filePath("typescript");
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("COLUMNS", QString::number(columns));
    p.setProcessEnvironment(env);
    p.start("script", {"-qec",
                       cliPath() + " run --config " + microConfigPath() + " --db " +
                           dir.filePath("w.sqlite") + " --log-level off",
                       typescript});
    QVERIFY(p.waitForFinished(300000));
    QCOMPARE(p.exitCode(), 0);
    QFile f(typescript);
    QVERIFY(f.open(QIODevice::ReadOnly));
    static const QRegularExpression redraw(R"(^(\S+ (\[[#.]*\] )?\s*\d+\.\d% \d+/\d+.*ETA \S+))");
    int drawn = 0, with_bar = 0;
    for (const QString& line : QString::fromUtf8(f.readAll()).split('\n')) {
      for (QString segment : line.split('\r')) {
        segment.remove("\x1b[K");
        const auto m = redraw.match(segment);
        if (!m.hasMatch()) continue;
        ++drawn;
        with_bar += m.captured(2).isEmpty() ? 0 : 1;
        QVERIFY2(m.captured(1).size() <= columns - 1, qPrintable(m.captured(1)));
      }
    }
    QVERIFY2(drawn >= 3, qPrintable(QString::number(drawn)));
    QCOMPARE(with_bar > 0, columns >= 80);  // at 40 columns the bar gives way to the counts
  }

  // --version names the version and the licence (GPL-3.0-or-later, LICENSE).
  void versionNamesTheLicence() {
    const auto r = cli({"--version"});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.startsWith("eightfold-cli 0."), qPrintable(r.out));
    QVERIFY2(r.out.contains("License GPL-3.0-or-later"), qPrintable(r.out));
  }

  void runMicroJsonEndToEnd() {
    QTemporaryDir dir;
    const QString db = dir.filePath("w.sqlite");
    const auto r = cli({"run", "--config", microConfigPath(), "--db", db, "--json"});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject j = r.lastJson();
    for (const char* key :
         {"run_id", "status", "test_error", "pass_at_k", "train_tokens_per_s", "wall_s"}) {
      QVERIFY2(j.contains(key), key);
    }
    QCOMPARE(j["status"].toString(), QString("ok"));
    QCOMPARE(j["run_id"].toInteger(), qint64(1));
    QCOMPARE(j["steps"].toInt(), 80);  // sft.steps of the micro configuration
    QVERIFY(j["train_tokens_per_s"].toDouble() > 0);
    const QString run = "run_id = 1 AND stage = 'eval'";
    QCOMPARE(j["test_error"].toDouble(),
             sqlValue(db, "SELECT value FROM metrics WHERE " + run + " AND name = 'test_error'")
                 .toDouble(-1));
    // The greedy test error is the share of the 32 stored greedy test answers that are wrong.
    QCOMPARE(
        sqlValue(db, "SELECT count(*) FROM samples WHERE " + run + " AND mode = 'greedy'").toInt(),
        32);
    QCOMPARE(j["test_error"].toDouble(),
             sqlValue(db, "SELECT avg(verdict != 'correct') FROM samples WHERE " + run +
                              " AND mode = 'greedy'")
                 .toDouble(-1));
    qInfo("cli micro run: %s", qPrintable(r.lines().last()));

    const auto runs = cli({"runs", "--db", db, "--json"});
    QCOMPARE(runs.code, 0);
    const auto lines = runs.lines();
    QCOMPARE(lines.size(), 1);
    const QJsonObject row = QJsonDocument::fromJson(lines.first().toUtf8()).object();
    QCOMPARE(row["id"].toInteger(), j["run_id"].toInteger());
    QCOMPARE(row["status"].toString(), QString("ok"));
    QCOMPARE(row["kind"].toString(), QString("run"));
    QCOMPARE(row["name"].toString(), QString("micro-sweep"));
    QVERIFY(row["wall_s"].toDouble() > 0);
    QCOMPARE(row["result"].toObject()["test_error"].toDouble(), j["test_error"].toDouble());
    // The run's log file sits next to the database.
    QVERIFY(QFile::exists(dir.filePath("w.files/logs/run-1.log")));
    QVERIFY(QFile::exists(dir.filePath("w.files/run-1/sft.pt")));
  }

  // The trained model exports as a GPT-2 folder with its character tokenizer; a second export is
  // byte-identical, and the folder, evaluated again by a run that starts from it and trains 0
  // steps, gives every greedy answer and every error of the run that trained it (the round trip
  // loses nothing, which needs no learning to show). `model` continues a test prompt as the
  // stored greedy answer does.
  void exportedModelEvaluatesIdentically() {
    QTemporaryDir dir;
    const QString db = dir.filePath("w.sqlite");
    const auto trained = cli({"run", "--config", microConfigPath(), "--db", db, "--json"});
    QVERIFY2(trained.code == 0, qPrintable(trained.err));
    const QString folder = dir.filePath("exported");
    const auto ex = cli({"export", "model", "--run", "1", "--db", db, folder});
    QVERIFY2(ex.code == 0, qPrintable(ex.err));
    QVERIFY2(ex.err.contains("stage sft at step 80"), qPrintable(ex.err));
    for (const char* f : {"config.json", "model.safetensors", "eightfold_tokenizer.json"})
      QVERIFY2(QFile::exists(folder + "/" + f), f);
    const QJsonObject hf = readJsonFile(folder + "/config.json");
    QCOMPARE(hf["model_type"].toString(), QString("gpt2"));
    QCOMPARE(hf["n_layer"].toInt(), 1);
    QCOMPARE(hf["n_embd"].toInt(), 32);
    QCOMPARE(hf["n_head"].toInt(), 2);
    QCOMPARE(hf["n_positions"].toInt(), 64);
    QCOMPARE(hf["activation_function"].toString(), QString("gelu"));
    const auto again =
        cli({"export", "model", "--run", "1", "--db", db, "--stage", "sft", dir.filePath("again")});
    QVERIFY2(again.code == 0, qPrintable(again.err));
    QFile a(folder + "/model.safetensors"), b(dir.filePath("again/model.safetensors"));
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    QCOMPARE(a.readAll(), b.readAll());
    const auto bad =
        cli({"export", "model", "--run", "1", "--db", db, "--stage", "dpo", dir.filePath("x")});
    QCOMPARE(bad.code, 2);
    QVERIFY2(bad.err.contains("has no checkpoint of stage 'dpo' (it has: sft)"),
             qPrintable(bad.err));

    const QString config =
        microConfigWith(dir.filePath("from-export.json"), {{"name", "from-export"},
                                                           {"model", QJsonObject{{"init", folder}}},
                                                           {"sft", QJsonObject{{"steps", 0}}}});
    const auto reloaded = cli({"run", "--config", config, "--db", db, "--json"});
    QVERIFY2(reloaded.code == 0, qPrintable(reloaded.err));
    const QJsonObject t = trained.lastJson(), r = reloaded.lastJson();
    QCOMPARE(r["steps"].toInt(), 0);
    for (const char* key : {"test_error", "valid_error", "train_error", "first_step_accuracy",
                            "train_first_step_accuracy"})
      QVERIFY2(r[key].toDouble(-1) == t[key].toDouble(-2), key);
    // Every greedy answer to the 32 test problems is the same text.
    const auto greedy = [&](int run) {
      return sql(db, QString("SELECT problem_index, prompt, output FROM samples WHERE run_id = %1 "
                             "AND mode = 'greedy' ORDER BY id")
                         .arg(run));
    };
    const QJsonArray before = greedy(1), after = greedy(2);
    QCOMPARE(before.size(), 32);
    QCOMPARE(after, before);
    const QJsonObject first = before.first().toObject();
    const auto probe = cli({"model", folder, "--prompt", first["prompt"].toString(), "--new-tokens",
                            "64", "--device", "cpu", "--json"});
    QVERIFY2(probe.code == 0, qPrintable(probe.err));
    QVERIFY2(probe.lastJson()["continuation"].toString().startsWith(first["output"].toString()),
             qPrintable(probe.lines().last()));
  }

  // GPT-2 token ids of stdin, as one JSON array on the last line.
  void tokenizePrintsGpt2Ids() {
    QProcess p;
    p.start(qEnvironmentVariable("EIGHTFOLD_CLI"),
            {"tokenize", "--tokenizer",
             qEnvironmentVariable("EIGHTFOLD_TEST_DATA") + "/gpt2/tokenizer", "--json"});
    QVERIFY(p.waitForStarted());
    // Ids from gpt-3-encoder (tests/data/gpt2/bpe_reference.json).
    p.write("Natalia sold 48/2 = <<48/2=24>>24 clips in May.");
    p.closeWriteChannel();
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    const auto lines = QString::fromUtf8(p.readAllStandardOutput()).split('\n', Qt::SkipEmptyParts);
    const auto ids = QJsonDocument::fromJson(lines.last().toUtf8()).array();
    QCOMPARE(ids, (QJsonArray{47849, 9752, 2702, 4764, 14, 17, 796, 9959, 2780, 14, 17, 28, 1731,
                              4211, 1731, 19166, 287, 1737, 13}));
    const auto missing = cli({"tokenize", "--tokenizer", "/nonexistent"});
    QCOMPARE(missing.code, 2);
    QVERIFY(missing.err.contains("no tokenizer files"));
  }

  // `model DIR` loads the tiny GPT-2 fixture and reports it.
  void modelLoadsTheTinyGpt2() {
    const auto r = cli({"model", qEnvironmentVariable("EIGHTFOLD_TEST_DATA") + "/gpt2/tiny",
                        "--prompt", "12+7=", "--new-tokens", "4", "--device", "cpu", "--json"});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const auto j = r.lastJson();
    QCOMPARE(j["vocab"].toInt(), 512);
    QCOMPARE(j["n_positions"].toInt(), 128);
    QCOMPARE(j["tokenizer"].toString(), QString("bpe"));
    // 512*32 + 128*32 + 2 * (4*32 + 32*96+96 + 32*32+32 + 32*128+128 + 128*32+32) + 2*32
    QCOMPARE(j["parameters"].toInteger(), qint64(20480 + 2 * 12704 + 64));
    QCOMPARE(j["weights_dtype"].toString(), QString("F32"));
    QCOMPARE(j["prompt_ids"].toArray().first().toInt(), 511);  // <|endoftext|> begins
    qInfo("cli model tiny: %s", qPrintable(r.lines().last()));
  }

  // On the reference BLAS (libblas.so.3 and liblapack.so.3 pointed at Debian's libblas3 and
  // liblapack3 for this process only) a run warns that it is ~20x slower; on OpenBLAS it does not.
  void referenceBlasIsNamed() {
    QTemporaryDir dir;
    const QString lib = "/usr/lib/x86_64-linux-gnu/";
    QVERIFY2(
        QFile::exists(lib + "blas/libblas.so.3") && QFile::exists(lib + "lapack/liblapack.so.3"),
        "the reference BLAS (libblas3, liblapack3) is not installed: run packaging/bootstrap.sh");
    QVERIFY(QFile::link(lib + "blas/libblas.so.3", dir.filePath("libblas.so.3")));
    QVERIFY(QFile::link(lib + "lapack/liblapack.so.3", dir.filePath("liblapack.so.3")));
    // The micro configuration, 5 steps (one thread): about a second on the reference BLAS.
    const QString config = microConfigWith(dir.filePath("micro-5.json"),
                                           {{"sft", QJsonObject{{"steps", 5}, {"eval_every", 0}}}});
    const QStringList args{"run", "--config", config, "--db", dir.filePath("w.sqlite"), "--json"};
    QProcess p;
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert("LD_LIBRARY_PATH", dir.path());
    p.setProcessEnvironment(env);
    p.start(cliPath(), args);
    QVERIFY(p.waitForFinished(120000));
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QCOMPARE(p.exitCode(), 0);
    QVERIFY2(err.contains("LibTorch runs on the reference BLAS"), qPrintable(err));
    const auto fast = cli(QStringList(args).replaceInStrings("w.sqlite", "w2.sqlite"));
    QCOMPARE(fast.code, 0);
    QCOMPARE(fast.lastJson()["steps"].toInt(), 5);
    QVERIFY2(!fast.err.contains("reference BLAS"), qPrintable(fast.err));
  }

  void badConfigFieldIsNamed() {
    QTemporaryDir dir;
    QFile f(dir.filePath("bad.json"));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"sft": {"lr": -0.5}})");
    f.close();
    const auto r = cli({"run", "--config", f.fileName(), "--db", dir.filePath("w.sqlite")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("config field 'sft.lr': must be > 0 (got -0.5)"), qPrintable(r.err));
    QVERIFY2(r.err.contains("bad.json"), qPrintable(r.err));
  }

  // tune: a refused grid field or method is named (exit 2, nothing run); a small grid on the
  // micro configuration ends with its JSON, read on the validation split only: every cell's
  // validation error is the one stored at its selected step, the best point is the grid's lowest,
  // and no test error or test answer is stored.
  void tuneGridOnTheValidationSplit() {
    QTemporaryDir dir;
    const QString db = dir.filePath("w.sqlite");
    const QString micro = microConfigPath();
    const auto shared = cli({"tune", "--config", micro, "--db", db, "--grid", "sft.lr=0.1,0.01"});
    QCOMPARE(shared.code, 2);
    QVERIFY2(shared.err.contains("config field 'sft.lr': cannot be tuned"), qPrintable(shared.err));
    const auto method = cli(
        {"tune", "--config", micro, "--db", db, "--grid", "dpo.beta=0.1", "--methods", "dpo,nope"});
    QCOMPARE(method.code, 2);
    QVERIFY2(method.err.contains("no method 'nope'"), qPrintable(method.err));
    QVERIFY(!QFile::exists(db) || sql(db, "SELECT id FROM runs").isEmpty());
    const auto r = cli({"tune", "--config", micro, "--db", db, "--grid", "dpo.beta=0.1,0.3",
                        "--sizes", "32", "--seeds", "4", "--methods", "dpo", "--json"});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject j = r.lastJson();
    QCOMPARE(j["status"].toString(), QString("ok"));
    QCOMPARE(j["evaluated_on"].toString(), QString("validation"));
    QCOMPARE(j["sizes"].toArray(), QJsonArray({32}));
    QCOMPARE(j["seeds"].toArray(), QJsonArray({4}));
    const QJsonArray variants = j["variants"].toArray();
    QCOMPARE(variants.size(), 2);
    const QJsonArray cells = j["cells"].toArray();
    QCOMPARE(cells.size(), 3);  // π_sft and dpo at two values of β
    for (const auto& c : cells) {
      const QJsonObject cell = c.toObject();
      QCOMPARE(cell["status"].toString(), QString("ok"));
      const QJsonValue stored = sqlValue(
          db, QString("SELECT value FROM metrics WHERE run_id = %1 AND name = 'valid_error' AND "
                      "step = %2")
                  .arg(cell["run_id"].toInteger())
                  .arg(cell["selected_step"].toInteger()));
      QCOMPARE(cell["valid_error"].toDouble(), stored.toDouble(-1));
    }
    double lowest = 2;
    int lowest_variant = -1;
    for (const auto& v : variants) {
      const double e = v.toObject()["methods"]
                           .toObject()["dpo"]
                           .toArray()[0]
                           .toObject()["valid_error"]
                           .toObject()["mean"]
                           .toDouble();
      if (e < lowest) lowest = e, lowest_variant = v.toObject()["variant"].toInt();
    }
    const QJsonObject best = j["best"].toObject()["dpo"].toObject();
    QCOMPARE(best["mean_valid_error"].toDouble(), lowest);
    QCOMPARE(best["set"].toObject(),
             variants[best["variant"].toInt()].toObject()["set"].toObject());
    QVERIFY(lowest_variant >= 0);
    QCOMPARE(sqlValue(db, "SELECT count(*) FROM metrics WHERE name IN ('test_error', 'pass_at_k')")
                 .toInt(-1),
             0);
    QCOMPARE(sqlValue(db, "SELECT count(*) FROM samples WHERE stage = 'eval'").toInt(-1), 0);
  }

  // A sweep split for Slurm, its tasks run here: a task killed with SIGKILL mid-way gives a
  // partial merge (its finished cells, the shard read as interrupted, the task without a shard
  // listed as missing); run again, it resumes and the merged sweep ends ok (docs/cluster.md).
  // The micro sweep with three methods, DPO slowed to 40 steps (dpo.max_epochs would stop it
  // after a few) so that the kill lands in it.
  void sweepSplitIntoTasksKilledAndMerged() {
    QTemporaryDir dir;
    const QString plan_dir = dir.filePath("plan");
    const QString config = microConfigWith(
        dir.filePath("split.json"),
        {{"sweep", QJsonObject{{"methods", QJsonArray{"rft", "dpo", "step_dpo_full"}}}},
         {"dpo", QJsonObject{{"steps", 40}, {"max_epochs", 1000}}}});
    const auto bad =
        cli({"sweep", "--config", config, "--slurm", plan_dir, "--time", "90 minutes"});
    QCOMPARE(bad.code, 2);
    QVERIFY2(bad.err.contains("--time") && bad.err.contains("not a Slurm time limit"),
             qPrintable(bad.err));
    QVERIFY(!QFile::exists(plan_dir));
    {
      QProcess p;
      QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
      env.insert("PATH", dir.filePath("empty"));
      p.setProcessEnvironment(env);
      p.start(cliPath(), {"sweep", "--config", config, "--slurm", dir.filePath("p0"), "--submit"});
      QVERIFY(p.waitForFinished(60000));
      QCOMPARE(p.exitCode(), 1);
      const QString err = QString::fromUtf8(p.readAllStandardError());
      QVERIFY2(err.contains("sbatch: not found on PATH"), qPrintable(err));
    }
    const auto made = cli({"sweep", "--config", config, "--slurm", plan_dir, "--json"});
    QVERIFY2(made.code == 0, qPrintable(made.err));
    const QString plan = made.lastJson()["plan"].toString();
    QCOMPARE(made.lastJson()["tasks"].toInt(), 2);  // sizes 32 and 64, seed 1
    const auto taskArgs = [&](int t) {
      return QStringList{"sweep",
                         "--config",
                         plan_dir + "/config.json",
                         "--plan",
                         plan,
                         "--task",
                         QString::number(t),
                         "--db",
                         plan_dir + QString("/shards/task-%1.sqlite").arg(t)};
    };

    // Task 1 is killed once its SFT and RFT cells have finished (its progress on stdout).
    QProcess task;
    task.start(cliPath(), taskArgs(1));
    QVERIFY(task.waitForStarted());
    QString seen;
    int ok_cells = 0;
    const bool two_ok = readUntil(
        task,
        [&](const QString& l) {
          return l.startsWith("cell ") && l.contains(": ok") && ++ok_cells == 2;
        },
        seen);
    QVERIFY2(two_ok, qPrintable(seen));
    task.kill();  // SIGKILL
    QVERIFY(task.waitForFinished());

    const QString ws = dir.filePath("ws.sqlite");
    const auto partial = cli({"merge", "--db", ws, plan_dir, "--json"});
    QVERIFY2(partial.code == 0, qPrintable(partial.err));
    const QJsonObject pj = partial.lastJson();
    const QJsonObject shard = pj["shards"].toArray()[0].toObject();
    QCOMPARE(shard["task"].toInt(), 1);
    QCOMPARE(shard["shard_status"].toString(), QString("interrupted"));
    QVERIFY(shard["partial"].toBool());
    QVERIFY2(shard["merged"].toArray().size() >= 2, qPrintable(seen));
    QVERIFY2(!shard["unfinished"].toArray().isEmpty(), qPrintable(seen));
    QCOMPARE(shard["merged"].toArray().size() + shard["unfinished"].toArray().size(), 4);
    QCOMPARE(pj["missing"].toArray().size(), 1);
    QCOMPARE(pj["missing"].toArray()[0].toObject()["task"].toInt(), 0);
    QCOMPARE(pj["sweeps"].toArray()[0].toObject()["status"].toString(), QString("queued"));
    QCOMPARE(pj["sweeps"].toArray()[0].toObject()["cells"].toInt(), 8);

    for (int t : {1, 0}) {
      const auto r = cli(taskArgs(t));
      QVERIFY2(r.code == 0, qPrintable(r.err));
    }
    const auto status = cli({"slurm-status", plan_dir});
    QVERIFY2(status.out.contains("2 of 2 tasks finished"), qPrintable(status.out));
    const auto full = cli({"merge", "--db", ws, plan_dir, "--json"});
    QVERIFY2(full.code == 0, qPrintable(full.err));
    const QJsonObject sweep = full.lastJson()["sweeps"].toArray()[0].toObject();
    QCOMPARE(sweep["status"].toString(), QString("ok"));
    QCOMPARE(sweep["ok"].toInt(), 8);
    const auto runs = cli({"runs", "--db", ws, "--json"});
    QCOMPARE(runs.lines().size(), 1);
    const QJsonObject row = QJsonDocument::fromJson(runs.lines().first().toUtf8()).object();
    QCOMPARE(row["kind"].toString(), QString("sweep"));
    QCOMPARE(row["status"].toString(), QString("ok"));
  }

  void benchLengthsBeyondTheContextAreNamed() {
    const auto r = cli({"bench", "--context", "64", "--prompt", "16", "--new-tokens", "16",
                        "--rollout-prefix", "60"});
    QCOMPARE(r.code, 2);
    QVERIFY2(
        r.err.contains("--rollout-prefix + --rollout-new-tokens (60 + 24) exceed --context (64)"),
        qPrintable(r.err));
    const auto p = cli({"bench", "--context", "64", "--prompt", "48", "--new-tokens", "32"});
    QCOMPARE(p.code, 2);
    QVERIFY2(p.err.contains("--prompt + --new-tokens (48 + 32) exceed --context (64)"),
             qPrintable(p.err));
  }

  void unknownPresetAndMissingFile() {
    const auto r = cli({"run", "--preset", "nope", "--db", "/tmp/unused.sqlite"});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("unknown preset 'nope'") && r.err.contains("arith-tiny"),
             qPrintable(r.err));
    const auto m = cli({"run", "--config", "/nonexistent/x.json"});
    QCOMPARE(m.code, 2);
    QVERIFY2(m.err.contains("/nonexistent/x.json"), qPrintable(m.err));
  }

  void cudaWithoutCudaIsAClearError() {
    QTemporaryDir dir;
    const auto r = cli({"run", "--config", microConfigPath(), "--device", "cuda", "--db",
                        dir.filePath("w.sqlite"), "--json"});
    if (r.code == 0) EF_SKIP("this LibTorch has CUDA: nothing to check");
    QCOMPARE(r.code, 1);
    QCOMPARE(r.lastJson()["status"].toString(), QString("failed"));
    QVERIFY2(r.lastJson()["error"].toString().contains("device"), qPrintable(r.out));
  }

  // Two processes train different runs in one workspace at the same time (WAL: one writer at a
  // time, every transaction short, each waits on the other's busy lock): both finish ok with
  // their own run, seed, log and checkpoint, their training overlapped in time, and the database
  // passes integrity_check. The micro configuration with 300 SFT steps (~2 s each).
  void twoProcessesTrainDifferentRunsInOneWorkspace() {
    QTemporaryDir dir;
    const QString db = dir.filePath("shared.sqlite");
    const QString config =
        microConfigWith(dir.filePath("long.json"), {{"sft", QJsonObject{{"steps", 300}}}});
    QProcess a, b;
    a.start(cliPath(), {"run", "--config", config, "--db", db, "--json"});
    b.start(cliPath(), {"run", "--config", config, "--seed", "2", "--db", db, "--json"});
    QVERIFY(a.waitForFinished(300000));
    QVERIFY(b.waitForFinished(300000));
    QSet<qint64> ids;
    for (QProcess* p : {&a, &b}) {
      const QString err = QString::fromUtf8(p->readAllStandardError());
      QVERIFY2(p->exitStatus() == QProcess::NormalExit && p->exitCode() == 0, qPrintable(err));
      const auto lines =
          QString::fromUtf8(p->readAllStandardOutput()).split('\n', Qt::SkipEmptyParts);
      QVERIFY(!lines.isEmpty());
      const QJsonObject j = QJsonDocument::fromJson(lines.last().toUtf8()).object();
      QCOMPARE(j["status"].toString(), QString("ok"));
      QCOMPARE(j["steps"].toInt(), 300);
      ids.insert(j["run_id"].toInteger());
    }
    QCOMPARE(ids, (QSet<qint64>{1, 2}));
    const auto runs = cli({"runs", "--db", db, "--json"});
    QCOMPARE(runs.code, 0);
    QCOMPARE(runs.lines().size(), 2);
    for (const auto& line : runs.lines())
      QCOMPARE(QJsonDocument::fromJson(line.toUtf8()).object()["status"].toString(), QString("ok"));
    for (const char* f : {"logs/run-1.log", "logs/run-2.log", "run-1/sft.pt", "run-2/sft.pt"})
      QVERIFY2(QFile::exists(dir.filePath(QString("shared.files/") + f)), f);
    // Each run keeps its own seed and checkpoint (by content), and the two ran at the same time.
    const QJsonArray rows = sql(db,
                                "SELECT r.id, r.started_at, r.ended_at, "
                                "json_extract(r.config_json, '$.seed') AS seed, c.path, c.sha256 "
                                "FROM runs r JOIN checkpoints c ON c.run_id = r.id "
                                "WHERE c.stage = 'sft' ORDER BY r.id");
    QCOMPARE(rows.size(), 2);
    const QJsonObject r1 = rows[0].toObject(), r2 = rows[1].toObject();
    QVERIFY2(r1["seed"].toInt() != r2["seed"].toInt(), qPrintable(QJsonDocument(rows).toJson()));
    QVERIFY(r1["path"].toString().endsWith("run-1/sft.pt"));
    QVERIFY(r2["path"].toString().endsWith("run-2/sft.pt"));
    QVERIFY(r1["sha256"].toString() != r2["sha256"].toString());
    QVERIFY2(r1["started_at"].toDouble() < r2["ended_at"].toDouble() &&
                 r2["started_at"].toDouble() < r1["ended_at"].toDouble(),
             qPrintable(QJsonDocument(rows).toJson()));
    QCOMPARE(sqlValue(db, "PRAGMA integrity_check").toString(), QString("ok"));
  }

  void runsOnABrokenDatabaseIsAClearError() {
    QTemporaryDir dir;
    QFile f(dir.filePath("junk.sqlite"));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("definitely not sqlite, just some text that is long enough to look like a header");
    f.close();
    const auto r = cli({"runs", "--db", f.fileName()});
    QCOMPARE(r.code, 3);
    QVERIFY2(r.err.contains("junk.sqlite") && r.err.contains("not an Eightfold run store"),
             qPrintable(r.err));
  }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
