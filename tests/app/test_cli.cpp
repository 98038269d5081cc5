// eightfold-cli end to end, as a user or a script calls it (QProcess on the built binary).
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct Result {
  int code = -1;
  QString out, err;
  QStringList lines() const { return out.split('\n', Qt::SkipEmptyParts); }
  QJsonObject lastJson() const {
    const auto l = lines();
    return l.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(l.last().toUtf8()).object();
  }
};

Result cli(const QStringList& args, int timeout_ms = 300000) {
  QProcess p;
  p.start(qEnvironmentVariable("EIGHTFOLD_CLI"), args);
  Result r;
  if (!p.waitForFinished(timeout_ms)) {
    r.err = "eightfold-cli did not finish: " + p.errorString();
    p.kill();
    qWarning("%s", qPrintable(r.err));
    return r;
  }
  r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
  r.out = QString::fromUtf8(p.readAllStandardOutput());
  r.err = QString::fromUtf8(p.readAllStandardError());
  return r;
}

}  // namespace

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

  void runArithTinyJsonEndToEnd() {
    QTemporaryDir dir;
    const QString db = dir.filePath("w.sqlite");
    const auto r = cli({"run", "--preset", "arith-tiny", "--db", db, "--json"});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject j = r.lastJson();
    for (const char* key :
         {"run_id", "status", "test_error", "pass_at_k", "train_tokens_per_s", "wall_s"}) {
      QVERIFY2(j.contains(key), key);
    }
    QCOMPARE(j["status"].toString(), QString("ok"));
    QVERIFY(j["test_error"].toDouble() <= 0.05);
    QVERIFY(j["train_tokens_per_s"].toDouble() > 0);
    qInfo("cli arith-tiny: %s", qPrintable(r.lines().last()));

    const auto runs = cli({"runs", "--db", db, "--json"});
    QCOMPARE(runs.code, 0);
    const auto lines = runs.lines();
    QCOMPARE(lines.size(), 1);
    const QJsonObject row = QJsonDocument::fromJson(lines.first().toUtf8()).object();
    QCOMPARE(row["id"].toInteger(), j["run_id"].toInteger());
    QCOMPARE(row["status"].toString(), QString("ok"));
    QCOMPARE(row["kind"].toString(), QString("run"));
    QCOMPARE(row["name"].toString(), QString("arith-tiny"));
    QVERIFY(row["wall_s"].toDouble() > 0);
    // The run's log file sits next to the database.
    QVERIFY(QFile::exists(dir.filePath("w.files/logs/run-1.log")));
    QVERIFY(QFile::exists(dir.filePath("w.files/run-1/sft.pt")));
    // The trained model exports as a GPT-2 folder with its character tokenizer; a second
    // export of the same model is byte-identical.
    const QString folder = dir.filePath("exported");
    const auto ex = cli(
        {"export", "model", "--run", QString::number(j["run_id"].toInteger()), "--db", db, folder});
    QVERIFY2(ex.code == 0, qPrintable(ex.err));
    for (const char* f : {"config.json", "model.safetensors", "eightfold_tokenizer.json"})
      QVERIFY2(QFile::exists(folder + "/" + f), f);
    QFile cfg_file(folder + "/config.json");
    QVERIFY(cfg_file.open(QIODevice::ReadOnly));
    const auto hf = QJsonDocument::fromJson(cfg_file.readAll()).object();
    QCOMPARE(hf["model_type"].toString(), QString("gpt2"));
    QCOMPARE(hf["n_layer"].toInt(), 2);
    QCOMPARE(hf["activation_function"].toString(), QString("gelu"));
    const auto again = cli({"export", "model", "--run", QString::number(j["run_id"].toInteger()),
                            "--db", db, "--stage", "sft", dir.filePath("again")});
    QVERIFY2(again.code == 0, qPrintable(again.err));
    QFile a(folder + "/model.safetensors"), b(dir.filePath("again/model.safetensors"));
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    QCOMPARE(a.readAll(), b.readAll());
    const auto bad = cli({"export", "model", "--run", QString::number(j["run_id"].toInteger()),
                          "--db", db, "--stage", "dpo", dir.filePath("x")});
    QCOMPARE(bad.code, 2);
    QVERIFY2(bad.err.contains("has no checkpoint of stage 'dpo' (it has: sft)"),
             qPrintable(bad.err));
    // The exported folder starts a new run: 20 steps at a small learning rate keep the trained
    // model's accuracy (a random start would be near error 1 after 20 steps).
    const QJsonObject arith{{"min_steps", 2},   {"max_steps", 2}, {"operand_max", 9},
                            {"operators", "+"}, {"modulus", 10},  {"spurious_rate", 0.0}};
    const QJsonObject task{{"kind", "arith"},
                           {"train_size", 200},
                           {"valid_size", 50},
                           {"test_size", 100},
                           {"arith", arith}};
    const QJsonObject sft{
        {"steps", 20}, {"batch_size", 16}, {"lr", 0.0001}, {"warmup_steps", 0}, {"eval_every", 0}};
    const QJsonObject run_cfg{{"name", "from-export"},
                              {"task", task},
                              {"model", QJsonObject{{"init", folder}, {"context", 64}}},
                              {"sft", sft},
                              {"eval", QJsonObject{{"pass_k", 1}, {"batch_size", 100}}}};
    const QString config = dir.filePath("from-export.json");
    QFile cf(config);
    QVERIFY(cf.open(QIODevice::WriteOnly));
    cf.write(QJsonDocument(run_cfg).toJson());
    cf.close();
    const auto again_run = cli({"run", "--config", config, "--db", db, "--json"});
    QVERIFY2(again_run.code == 0, qPrintable(again_run.err));
    const double err = again_run.lastJson()["test_error"].toDouble(-1);
    qInfo("run from the exported folder: test error %.3f", err);
    QVERIFY2(err >= 0 && err <= 0.1, qPrintable(again_run.lines().last()));
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
    const QString config = dir.filePath("tiny.json");
    QFile cf(config);
    QVERIFY(cf.open(QIODevice::WriteOnly));
    cf.write(R"({"task": {"kind": "arith", "train_size": 100, "valid_size": 10, "test_size": 10},
                 "model": {"layers": 1, "d_model": 16, "heads": 2, "context": 96},
                 "sft": {"steps": 5, "batch_size": 8, "eval_every": 0},
                 "eval": {"pass_k": 1, "batch_size": 10}})");
    cf.close();
    const QStringList args{"run", "--config", config, "--db", dir.filePath("w.sqlite"), "--json"};
    QProcess p;
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert("LD_LIBRARY_PATH", dir.path());
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("EIGHTFOLD_CLI"), args);
    QVERIFY(p.waitForFinished(120000));
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QCOMPARE(p.exitCode(), 0);
    QVERIFY2(err.contains("LibTorch runs on the reference BLAS"), qPrintable(err));
    const auto fast = cli(QStringList(args).replaceInStrings("w.sqlite", "w2.sqlite"));
    QCOMPARE(fast.code, 0);
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

  // tune: a refused grid field or method is named (exit 2, nothing run); a small grid ends with
  // its JSON, read on the validation split.
  void tuneGridOnTheValidationSplit() {
    QTemporaryDir dir;
    const QString db = dir.filePath("w.sqlite");
    const auto shared =
        cli({"tune", "--preset", "arith-scaling-tiny", "--db", db, "--grid", "sft.lr=0.1,0.01"});
    QCOMPARE(shared.code, 2);
    QVERIFY2(shared.err.contains("config field 'sft.lr': cannot be tuned"), qPrintable(shared.err));
    const auto method = cli({"tune", "--preset", "arith-scaling-tiny", "--db", db, "--grid",
                             "dpo.beta=0.1", "--methods", "dpo,nope"});
    QCOMPARE(method.code, 2);
    QVERIFY2(method.err.contains("no method 'nope'"), qPrintable(method.err));
    const auto r =
        cli({"tune", "--preset", "arith-scaling-tiny", "--db", db, "--grid", "dpo.beta=0.1,0.3",
             "--sizes", "200", "--seeds", "4", "--methods", "dpo", "--json"});
    QCOMPARE(r.code, 0);
    const QJsonObject j = r.lastJson();
    QCOMPARE(j["status"].toString(), QString("ok"));
    QCOMPARE(j["sizes"].toArray(), QJsonArray({200}));
    QCOMPARE(j["seeds"].toArray(), QJsonArray({4}));
    QCOMPARE(j["variants"].toArray().size(), 2);
    QCOMPARE(j["cells"].toArray().size(), 3);  // π_sft and dpo at two values of β
    QVERIFY(j["best"].toObject().contains("dpo"));
  }

  // A sweep split for Slurm, its tasks run here: a task killed with SIGKILL mid-way gives a
  // partial merge (its finished cells, the shard read as interrupted, the task without a shard
  // listed as missing); run again, it resumes and the merged sweep ends ok (docs/cluster.md).
  void sweepSplitIntoTasksKilledAndMerged() {
    if (qEnvironmentVariableIsSet("EF_SANITIZER_PASS"))
      QSKIP(
          "left out of the sanitizer pass (~7 min there): test_shards runs the same split, "
          "stop and merge in-process under the sanitizers; the release pass runs this one");
    QTemporaryDir dir;
    const QString plan_dir = dir.filePath("plan");
    const auto bad = cli(
        {"sweep", "--preset", "arith-scaling-tiny", "--slurm", plan_dir, "--time", "90 minutes"});
    QCOMPARE(bad.code, 2);
    QVERIFY2(bad.err.contains("--time") && bad.err.contains("not a Slurm time limit"),
             qPrintable(bad.err));
    QVERIFY(!QFile::exists(plan_dir));
    {
      QProcess p;
      QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
      env.insert("PATH", dir.filePath("empty"));
      p.setProcessEnvironment(env);
      p.start(qEnvironmentVariable("EIGHTFOLD_CLI"), {"sweep", "--preset", "arith-scaling-tiny",
                                                      "--slurm", dir.filePath("p0"), "--submit"});
      QVERIFY(p.waitForFinished(60000));
      QCOMPARE(p.exitCode(), 1);
      const QString err = QString::fromUtf8(p.readAllStandardError());
      QVERIFY2(err.contains("sbatch: not found on PATH"), qPrintable(err));
    }
    const auto made =
        cli({"sweep", "--preset", "arith-scaling-tiny", "--slurm", plan_dir, "--json"});
    QVERIFY2(made.code == 0, qPrintable(made.err));
    const QString plan = made.lastJson()["plan"].toString();
    QCOMPARE(made.lastJson()["tasks"].toInt(), 2);
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

    QProcess task;
    task.start(qEnvironmentVariable("EIGHTFOLD_CLI"), taskArgs(1));
    QVERIFY(task.waitForStarted());
    int cells_ok = 0;
    for (int i = 0; i < 240 && cells_ok < 2; ++i) {
      QTest::qWait(500);
      const auto st = cli({"slurm-status", plan_dir, "--json"});
      cells_ok = st.lastJson()["tasks"].toArray()[1].toObject()["cells_ok"].toInt();
    }
    QVERIFY2(cells_ok >= 2, "task 1 did not finish its SFT and RFT cells");
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
    QVERIFY(shard["merged"].toArray().size() >= 2);
    QVERIFY(!shard["unfinished"].toArray().isEmpty());
    QCOMPARE(shard["merged"].toArray().size() + shard["unfinished"].toArray().size(), 6);
    QCOMPARE(pj["missing"].toArray().size(), 1);
    QCOMPARE(pj["missing"].toArray()[0].toObject()["task"].toInt(), 0);
    QCOMPARE(pj["sweeps"].toArray()[0].toObject()["status"].toString(), QString("queued"));
    QCOMPARE(pj["sweeps"].toArray()[0].toObject()["cells"].toInt(), 12);

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
    QCOMPARE(sweep["ok"].toInt(), 12);
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
    const auto r = cli({"run", "--preset", "arith-tiny", "--device", "cuda", "--db",
                        dir.filePath("w.sqlite"), "--json"});
    if (r.code == 0) QSKIP("this LibTorch has CUDA: nothing to check");
    QCOMPARE(r.code, 1);
    QCOMPARE(r.lastJson()["status"].toString(), QString("failed"));
    QVERIFY2(r.lastJson()["error"].toString().contains("device"), qPrintable(r.out));
  }

  // Two processes train different runs in one workspace at the same time (WAL: one writer at a
  // time, every transaction short, each waits on the other's busy lock): both finish ok with
  // their own run, log and checkpoint, and the database passes integrity_check.
  void twoProcessesTrainDifferentRunsInOneWorkspace() {
    QTemporaryDir dir;
    const QString db = dir.filePath("shared.sqlite");
    QProcess a, b;
    a.start(qEnvironmentVariable("EIGHTFOLD_CLI"),
            {"run", "--preset", "arith-tiny", "--db", db, "--json"});
    b.start(qEnvironmentVariable("EIGHTFOLD_CLI"),
            {"run", "--preset", "arith-tiny", "--seed", "2", "--db", db, "--json"});
    QVERIFY(a.waitForFinished(600000));
    QVERIFY(b.waitForFinished(600000));
    QSet<qint64> ids;
    for (QProcess* p : {&a, &b}) {
      const QString err = QString::fromUtf8(p->readAllStandardError());
      QVERIFY2(p->exitStatus() == QProcess::NormalExit && p->exitCode() == 0, qPrintable(err));
      const auto lines =
          QString::fromUtf8(p->readAllStandardOutput()).split('\n', Qt::SkipEmptyParts);
      QVERIFY(!lines.isEmpty());
      const QJsonObject j = QJsonDocument::fromJson(lines.last().toUtf8()).object();
      QCOMPARE(j["status"].toString(), QString("ok"));
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
    QProcess check;
    check.start("sqlite3", {db, "PRAGMA integrity_check"});
    QVERIFY(check.waitForFinished(60000));
    QCOMPARE(QString::fromUtf8(check.readAllStandardOutput()).trimmed(), QString("ok"));
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
