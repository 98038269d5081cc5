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
