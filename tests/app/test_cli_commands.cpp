// SPDX-License-Identifier: GPL-3.0-or-later
// eightfold-cli's cancel and resume, analysis, export and bench commands end to end (QProcess on
// the built binary), checked against the workspace as sqlite3 reads it: a signal in every stage
// of the micro sweep, and the commands that read the shared reference sweep (a copy of it).
#include <signal.h>

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include "app/cli_process.h"
#include "store/run_store.h"
#include "ef_test_main.h"

using namespace ef::test;

namespace {

// The micro sweep cut to one cell that passes through every stage (SFT, self-sampling, credit
// rollouts, per-step DPO), with the named stage slowed to last about a second: long enough for a
// signal sent at its first progress line to land in it.
QJsonObject slowStage(const QString& stage) {
  QJsonObject patch{{"sweep", QJsonObject{{"sizes", QJsonArray{32}},
                                          {"seeds", QJsonArray{1}},
                                          {"methods", QJsonArray{"step_dpo_full"}}}}};
  if (stage == "sft") patch["sft"] = QJsonObject{{"steps", 150}};
  if (stage == "sample")
    patch["sample"] = QJsonObject{{"samples_per_problem", 32}, {"batch_size", 1}};
  if (stage == "advantages") patch["advantages"] = QJsonObject{{"k_est", 8}, {"batch_size", 1}};
  if (stage == "dpo") patch["dpo"] = QJsonObject{{"steps", 100}, {"max_epochs", 1000}};
  return patch;
}

// A non-terminal progress line ("sft 3/200 (0%) ...", ProgressPrinter's form off a terminal):
// its stage, or "" for any other line.
QString progressStage(const QString& line) {
  static const QRegularExpression re("^([a-z_]+) (\\d+)/(\\d+) \\(");
  const auto m = re.match(line);
  return m.hasMatch() ? m.captured(1) : QString();
}

bool progressInside(const QString& line, const QString& stage) {
  static const QRegularExpression re("^([a-z_]+) (\\d+)/(\\d+) \\(");
  const auto m = re.match(line);
  return m.hasMatch() && m.captured(1) == stage && m.captured(2).toInt() < m.captured(3).toInt();
}

}  // namespace

class TestCliCommands : public QObject {
  Q_OBJECT

  QTemporaryDir ref_dir_;  // a copy of the reference sweep, for the commands that only read it
  QString ref_;

 private slots:
  void initTestCase() {
    QVERIFY(ref_dir_.isValid());
    ref_ = copyReference(ref_dir_.path());
    QVERIFY2(!ref_.isEmpty(), "cannot copy the reference sweep (EF_REFERENCE_SWEEP)");
    QCOMPARE(sqlValue(ref_, "SELECT status FROM runs WHERE id = 1").toString(), QString("ok"));
  }

  void signalCancelsEveryStageAndResumeFinishes_data() {
    QTest::addColumn<QString>("stage");
    QTest::addColumn<int>("sig");
    for (const char* stage : {"sft", "sample", "advantages", "dpo"}) {
      QTest::addRow("%s SIGINT", stage) << QString(stage) << int(SIGINT);
      QTest::addRow("%s SIGTERM", stage) << QString(stage) << int(SIGTERM);
    }
  }

  // SIGINT (Ctrl-C) or SIGTERM in a stage of `sweep`: the stage stops where it is (no later
  // stage starts, the cell does not finish), the process exits 130 with the sweep stored
  // `cancelled` and nothing left `running`; `resume` then finishes it ok, every cell ok, with
  // each self-sample stored once.
  void signalCancelsEveryStageAndResumeFinishes() {
    QFETCH(QString, stage);
    QFETCH(int, sig);
    QTemporaryDir dir;
    const QString db = dir.filePath("w.sqlite");
    const QJsonObject patch = slowStage(stage);
    const QString config = microConfigWith(dir.filePath("slow.json"), patch);
    QProcess p;
    p.start(cliPath(), {"sweep", "--config", config, "--db", db});
    QVERIFY(p.waitForStarted());
    QString before, after;
    const bool inside = readUntil(
        p, [&](const QString& l) { return progressInside(l, stage); }, before);
    QVERIFY2(inside, qPrintable(before + p.readAllStandardError()));
    QElapsedTimer t;
    t.start();
    QCOMPARE(::kill(static_cast<pid_t>(p.processId()), sig), 0);
    readUntil(
        p, [](const QString&) { return false; }, after, 120000);  // to its end
    QVERIFY(p.state() == QProcess::NotRunning || p.waitForFinished(60000));
    const qint64 latency_ms = t.elapsed();
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QVERIFY2(p.exitCode() == 130, qPrintable(QString::number(p.exitCode()) + "\n" + after + err));
    // Nothing after the signal belongs to a later stage or a finished cell.
    for (const auto& l : after.split('\n', Qt::SkipEmptyParts)) {
      const QString s = progressStage(l);
      QVERIFY2(s.isEmpty() || s == stage, qPrintable("after the signal: " + l));
      QVERIFY2(!(l.startsWith("cell ") && l.contains(": ok")),
               qPrintable("after the signal: " + l));
    }
    const auto runs = cli({"runs", "--db", db, "--json"});
    QCOMPARE(runs.code, 0);
    QCOMPARE(runs.lines().size(), 1);
    QCOMPARE(runs.lastJson()["id"].toInt(), 1);
    QCOMPARE(runs.lastJson()["kind"].toString(), QString("sweep"));
    QCOMPARE(runs.lastJson()["status"].toString(), QString("cancelled"));
    QCOMPARE(sqlValue(db, "SELECT count(*) FROM runs WHERE status IN ('running', 'interrupted')")
                 .toInt(-1),
             0);
    QCOMPARE(sqlValue(db, "SELECT count(*) FROM cells WHERE status = 'ok' AND method != 'sft'")
                 .toInt(-1),
             0);
    qInfo("%s, signal %d: exit 130 %lld ms after the signal", qPrintable(stage), sig,
          static_cast<long long>(latency_ms));

    const auto resumed = cli({"resume", "1", "--db", db, "--json"});
    QVERIFY2(resumed.code == 0, qPrintable(resumed.err.right(3000)));
    const QJsonObject j = resumed.lastJson();
    QCOMPARE(j["status"].toString(), QString("ok"));
    const QJsonArray cells = j["cells"].toArray();
    QCOMPARE(cells.size(), 2);  // sft and step_dpo_full, n=32, seed 1
    for (const auto& c : cells)
      QCOMPARE(c.toObject()["status"].toString(), QString("ok"));
    QCOMPARE(sqlValue(db, "SELECT status FROM runs WHERE id = 1").toString(), QString("ok"));
    // The self-samples the resumed sweep kept, each stored once (those of the cancelled attempt
    // gone): as many rows as its log line counts, no (problem, text) twice.
    static const QRegularExpression kept("kept (\\d+) distinct positives and (\\d+) distinct");
    const auto m = kept.match(resumed.err);
    QVERIFY2(m.hasMatch(), qPrintable(resumed.err.right(3000)));
    const QJsonObject stored = sql(db,
                                   "SELECT count(*) AS n, count(DISTINCT problem_index || ':' || "
                                   "output) AS distinct_n FROM samples WHERE stage = 'sample'")
                                   .first()
                                   .toObject();
    QCOMPARE(stored["n"].toInt(), m.captured(1).toInt() + m.captured(2).toInt());
    QCOMPARE(stored["distinct_n"].toInt(), stored["n"].toInt());
  }

  // `advantages` of the reference sweep prints, for every analysed negative of its SFT cells in
  // order, the stored sample, its steps and the stored first pit; the text form marks that step.
  void advantagesMatchTheStore() {
    const auto r = cli({"advantages", "--run", "1", "--db", ref_, "--json"});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonArray expected =
        sql(ref_,
            "SELECT s.run_id, s.id AS sample_id, s.problem_index, s.verdict, "
            "(SELECT step_index FROM steps WHERE sample_id = s.id AND is_pit = 1) AS pit, "
            "(SELECT count(*) FROM steps WHERE sample_id = s.id AND step_index > 0) AS steps "
            "FROM samples s JOIN runs r ON r.id = s.run_id WHERE r.parent_id = 1 "
            "AND r.name LIKE 'sft %' AND s.verdict != 'correct' "
            "AND EXISTS (SELECT 1 FROM steps WHERE sample_id = s.id) ORDER BY s.run_id, s.id");
    const auto lines = r.jsonLines();
    QCOMPARE(lines.size(), expected.size());
    QVERIFY(expected.size() > 100);
    int pits = 0;
    for (int i = 0; i < lines.size(); ++i) {
      const QJsonObject& got = lines[i];
      const QJsonObject want = expected[i].toObject();
      for (const char* key : {"run_id", "sample_id", "problem_index", "verdict", "pit"})
        QVERIFY2(got[key] == want[key], qPrintable(QString("line %1: %2").arg(i).arg(key)));
      QVERIFY(got["prompt"].isString() && got["answer"].isString());
      QVERIFY(got["value"].isDouble() || got["value"].isNull());
      const QJsonArray steps = got["steps"].toArray();
      QCOMPARE(steps.size(), want["steps"].toInt());
      int marked = 0;
      for (int k = 0; k < steps.size(); ++k) {
        const QJsonObject st = steps[k].toObject();
        QCOMPARE(st["step"].toInt(), k + 1);
        QVERIFY(st["text"].isString() && st["pit"].isBool());
        QVERIFY(st["q"].isDouble() || st["q"].isNull());
        QVERIFY(st["advantage"].isDouble() || st["advantage"].isNull());
        QVERIFY(st["successes"].toInt(-1) >= 0 &&
                st["successes"].toInt() <= st["rollouts"].toInt(-1));
        if (st["pit"].toBool()) {
          ++marked;
          QCOMPARE(st["step"].toInt(), want["pit"].toInt());
          QCOMPARE(st["successes"].toInt(), 0);  // a pit: no rollout from it succeeded
        }
      }
      QCOMPARE(marked, want["pit"].isNull() ? 0 : 1);
      pits += marked;
    }
    QVERIFY(pits > 0);

    // The text form of SFT cell 2, five negatives: each pit marked on its stored step.
    const auto text = cli({"advantages", "--run", "2", "--db", ref_, "--limit", "5"});
    QVERIFY2(text.code == 0, qPrintable(text.err));
    QStringList marks;
    static const QRegularExpression pit_line("^\\s+(\\d+) .*<- first pit$");
    int shown = 0;
    for (const auto& l : text.lines()) {
      shown += l.startsWith("sample ");
      const auto m = pit_line.match(l);
      if (m.hasMatch()) marks << QString("%1:%2").arg(shown).arg(m.captured(1));
    }
    QCOMPARE(shown, 5);
    QStringList want_marks;
    int n = 0;
    for (const auto& e : expected) {
      const QJsonObject row = e.toObject();
      if (row["run_id"].toInt() != 2) continue;
      if (++n > 5) break;
      if (!row["pit"].isNull()) want_marks << QString("%1:%2").arg(n).arg(row["pit"].toInt());
    }
    QCOMPARE(marks, want_marks);
  }

  // `export pairs --format trl-dpo` of the whole sweep: one line per stored pair of its cells,
  // in order, each field as stored; the same export to stdout and to --out is the same bytes.
  void exportPairsMatchTheStore() {
    QTemporaryDir dir;
    const QString out = dir.filePath("pairs.jsonl");
    const auto r =
        cli({"export", "pairs", "--run", "1", "--db", ref_, "--format", "trl-dpo", "--out", out});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonArray expected =
        sql(ref_,
            "SELECT p.prompt, p.chosen, p.rejected, p.problem_index AS problem_id, "
            "p.kind AS pair_kind, p.pit AS pit_step FROM pairs p JOIN runs r ON r.id = p.run_id "
            "WHERE r.parent_id = 1 ORDER BY p.run_id, p.id");
    QVERIFY(expected.size() > 100);
    QVERIFY2(r.err.contains(QString("export pairs: %1 lines").arg(expected.size())),
             qPrintable(r.err));
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().split('\n');
    QCOMPARE(lines.size(), expected.size() + 1);  // the last line ends with '\n'
    QVERIFY(lines.last().isEmpty());
    for (int i = 0; i < expected.size(); ++i) {
      const QJsonObject got = QJsonDocument::fromJson(lines[i]).object();
      QCOMPARE(got.keys().size(), 6);
      for (const char* key : {"prompt", "chosen", "rejected", "pair_kind"})
        QVERIFY2(got[key].isString(), key);
      QVERIFY(got["problem_id"].isDouble() && got["pit_step"].isDouble());
      QVERIFY2(got == expected[i].toObject(), qPrintable(QString("line %1: ").arg(i) + lines[i]));
    }
    // One cell (per-step DPO, n=32, seed 1): its own pairs, the same bytes on stdout.
    const auto cell = cli({"export", "pairs", "--run", "6", "--db", ref_, "--format", "trl-dpo"});
    QCOMPARE(cell.code, 0);
    QCOMPARE(cell.lines().size(),
             sqlValue(ref_, "SELECT count(*) FROM pairs WHERE run_id = 6").toInt(-1));
    const auto cell_file = cli({"export", "pairs", "--run", "6", "--db", ref_, "--format",
                                "trl-dpo", "--out", dir.filePath("six.jsonl")});
    QCOMPARE(cell_file.code, 0);
    QFile six(dir.filePath("six.jsonl"));
    QVERIFY(six.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(six.readAll()), cell.out);
  }

  // `export steps --format trl-prm` of SFT cell 2: per analysed sample its steps up to the first
  // without an estimate, labelled by whether a rollout succeeded (or with Q, --soft); samples
  // without an estimated step are counted as left out.
  void exportStepsMatchTheStore() {
    const QJsonArray rows =
        sql(ref_,
            "SELECT s.id, s.prompt, st.step_index, st.text, st.q, st.rollouts, st.successes "
            "FROM samples s JOIN steps st ON st.sample_id = s.id WHERE s.run_id = 2 "
            "ORDER BY s.id, st.step_index");
    QList<QJsonObject> hard, soft;  // the expected lines
    int skipped = 0;
    for (int i = 0; i < rows.size();) {
      const qint64 id = rows[i].toObject()["id"].toInteger();
      QJsonArray completions, hard_labels, soft_labels;
      bool open = true;
      for (; i < rows.size() && rows[i].toObject()["id"].toInteger() == id; ++i) {
        const QJsonObject st = rows[i].toObject();
        if (st["step_index"].toInt() == 0) continue;
        open = open && !st["q"].isNull() && st["rollouts"].toInt() > 0;
        if (!open) continue;
        completions.append(st["text"]);
        hard_labels.append(st["successes"].toInt() > 0);
        soft_labels.append(st["q"]);  // sqlite3 -json writes reals with 20 digits: exact
      }
      if (completions.isEmpty()) {
        ++skipped;
        continue;
      }
      const QString prompt = rows[i - 1].toObject()["prompt"].toString();
      hard.push_back({{"prompt", prompt}, {"completions", completions}, {"labels", hard_labels}});
      soft.push_back({{"prompt", prompt}, {"completions", completions}, {"labels", soft_labels}});
    }
    QVERIFY(hard.size() > 20);
    for (const bool is_soft : {false, true}) {
      QStringList args{"export", "steps", "--run", "2", "--db", ref_, "--format", "trl-prm"};
      if (is_soft) args << "--soft";
      const auto r = cli(args);
      QVERIFY2(r.code == 0, qPrintable(r.err));
      QCOMPARE(r.jsonLines(), is_soft ? soft : hard);
      QString note = QString("export steps: %1 lines").arg(hard.size());
      if (skipped)
        note += QString(" (%1 analysed samples without an estimated step left out)").arg(skipped);
      QVERIFY2(r.err.contains(note), qPrintable(r.err + "\nwanted: " + note));
    }
    // A per-step DPO cell trained on π_sft's labels: exporting it writes those, and says so.
    const QJsonArray dpo = sql(ref_,
                               "SELECT c.run_id FROM cells c JOIN cells s ON s.sweep_id = "
                               "c.sweep_id AND s.size = c.size AND s.seed = c.seed WHERE "
                               "s.run_id = 2 AND c.method = 'step_dpo_full'");
    QCOMPARE(dpo.size(), 1);
    const QString dpo_run = QString::number(dpo[0].toObject()["run_id"].toInteger());
    const auto lineage =
        cli({"export", "steps", "--run", dpo_run, "--db", ref_, "--format", "trl-prm"});
    QVERIFY2(lineage.code == 0, qPrintable(lineage.err));
    QCOMPARE(lineage.jsonLines(), hard);
    QVERIFY2(lineage.err.contains("run " + dpo_run + "'s step labels are its π_sft cell's, run 2"),
             qPrintable(lineage.err));
  }

  // `export samples` of the whole sweep: every stored sample of its cells, in order, as stored.
  void exportSamplesMatchTheStore() {
    const auto r = cli({"export", "samples", "--run", "1", "--db", ref_});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonArray expected = sql(
        ref_,
        "SELECT s.run_id, s.stage, s.step, s.problem_index AS problem_id, s.mode, s.prompt, "
        "s.output AS completion, s.answer, s.verdict FROM samples s JOIN runs r ON r.id = s.run_id "
        "WHERE r.parent_id = 1 ORDER BY s.run_id, s.id");
    QVERIFY(expected.size() > 1000);
    const auto lines = r.jsonLines();
    QCOMPARE(lines.size(), expected.size());
    QVERIFY2(r.err.contains(QString("export samples: %1 lines").arg(expected.size())),
             qPrintable(r.err));
    for (int i = 0; i < lines.size(); ++i) {
      QCOMPARE(lines[i].keys().size(), 9);
      QVERIFY2(lines[i] == expected[i].toObject(), qPrintable(QString("line %1").arg(i)));
    }
    const auto none = cli({"export", "samples", "--run", "999", "--db", ref_});
    QCOMPARE(none.code, 3);
    QVERIFY2(none.err.contains("no run 999"), qPrintable(none.err));
    // A run without step labels anywhere in its lineage: an error, not an empty file.
    QTemporaryDir dir;
    const QString plain = dir.filePath("plain.sqlite");
    {
      ef::RunStore store(plain.toStdString(), ef::RunStore::Mode::ReadWrite);
      store.createRun("run", "no credit", "{}", "{}");
    }
    const auto empty = cli({"export", "steps", "--run", "1", "--db", plain, "--format", "trl-prm"});
    QCOMPARE(empty.code, 2);
    QVERIFY2(empty.err.contains("run 1 has no step labels"), qPrintable(empty.err));
  }

  // `bench --reference` runs the embedded eager-PyTorch script (Debian's python3-torch, installed
  // by packaging/bootstrap.sh) on the same shapes and threads: its rates are positive, the
  // ratios are ours / eager of the reported rates, and both MFUs share the FLOPs per token. A
  // missing interpreter or one without torch is an error that names it.
  void benchAgainstEagerPyTorch() {
    const QStringList shape{"bench", "--layers",
                            "1",     "--d-model",
                            "32",    "--heads",
                            "2",     "--context",
                            "32",    "--batch",
                            "4",     "--steps",
                            "1",     "--prompt",
                            "8",     "--new-tokens",
                            "8",     "--rollouts",
                            "2",     "--rollout-prefix",
                            "8",     "--rollout-new-tokens",
                            "8",     "--threads",
                            "1"};
    const auto r = cli(shape + QStringList{"--reference", "--json"});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject j = r.lastJson();
    const QJsonObject e = j["eager"].toObject();
    QCOMPARE(e["python"].toString(), QString("/usr/bin/python3"));
    QCOMPARE(e["threads"].toInt(), 1);
    QVERIFY(e["torch"].toString().startsWith("1."));
    for (const char* key : {"matmul_fp32_gflops", "train_fp32_tokens_per_s",
                            "sample_cached_tokens_per_s", "mfu_fp32"})
      QVERIFY2(e[key].toDouble() > 0, key);
    const auto near = [](double a, double b) { return std::abs(a - b) <= 1e-9 * std::abs(b); };
    QVERIFY(near(j["train_vs_eager"].toDouble(), j["train_fp32_tokens_per_s"].toDouble() /
                                                     e["train_fp32_tokens_per_s"].toDouble()));
    QVERIFY(near(j["sample_vs_eager"].toDouble(), j["sample_cached_tokens_per_s"].toDouble() /
                                                      e["sample_cached_tokens_per_s"].toDouble()));
    // MFU ratio = throughput ratio: the same model, the same FLOPs per token, the same ceiling.
    QVERIFY(
        near(j["mfu_fp32"].toDouble() / e["mfu_fp32"].toDouble(), j["train_vs_eager"].toDouble()));
    const auto missing = cli(shape + QStringList{"--reference", "--python", "/nonexistent/py3"});
    QCOMPARE(missing.code, 2);
    QVERIFY2(missing.err.contains("bench --reference: /nonexistent/py3"), qPrintable(missing.err));
    QTemporaryDir dir;
    const QString fake = dir.filePath("python3");  // an interpreter without torch
    {
      QFile f(fake);
      QVERIFY(f.open(QIODevice::WriteOnly));
      f.write("#!/bin/sh\necho \"ModuleNotFoundError: No module named 'torch'\" >&2\nexit 1\n");
    }
    QFile(fake).setPermissions(QFile::ReadOwner | QFile::ExeOwner);
    const auto no_torch = cli(shape + QStringList{"--reference", "--python", fake});
    QCOMPARE(no_torch.code, 2);
    QVERIFY2(no_torch.err.contains("has no torch module (apt-get install python3-torch"),
             qPrintable(no_torch.err));
  }

  // `bench` with a tiny model: every throughput positive, every ratio the quotient of the two
  // rates it compares, the parameter count the shape's.
  void benchReportsPositiveThroughput() {
    const auto r = cli({"bench", "--layers",
                        "1",     "--d-model",
                        "32",    "--heads",
                        "2",     "--context",
                        "64",    "--batch",
                        "4",     "--steps",
                        "1",     "--prompt",
                        "8",     "--new-tokens",
                        "8",     "--rollouts",
                        "2",     "--rollout-prefix",
                        "16",    "--rollout-new-tokens",
                        "8",     "--threads",
                        "1",     "--device",
                        "cpu",   "--json"});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject j = r.lastJson();
    qInfo("bench: %s", qPrintable(r.lines().last()));
    QCOMPARE(j["device"].toString(), QString("cpu"));
    QCOMPARE(j["threads"].toInt(), 1);
    // vocab 48 x 32 + 64 positions x 32 + one block (2 LayerNorms, attention, MLP) + final LN
    const int block = 4 * 32 + (32 * 96 + 96) + (32 * 32 + 32) + (32 * 128 + 128) + (128 * 32 + 32);
    QCOMPARE(qRound(j["params_m"].toDouble() * 1e6), 48 * 32 + 64 * 32 + block + 2 * 32);
    for (const char* key : {"matmul_fp32_gflops", "matmul_bf16_gflops", "train_fp32_tokens_per_s",
                            "train_bf16_tokens_per_s", "train_fp32_gflops", "train_bf16_gflops",
                            "sample_cached_tokens_per_s", "sample_uncached_tokens_per_s",
                            "rollout_shared_tokens_per_s", "rollout_unshared_tokens_per_s"})
      QVERIFY2(j[key].toDouble() > 0, key);
    const auto ratio = [&](const char* r_key, const char* a, const char* b) {
      const double want = j[a].toDouble() / j[b].toDouble();
      return std::abs(j[r_key].toDouble() - want) <= 1e-9 * want;
    };
    QVERIFY(ratio("bf16_speedup", "train_bf16_tokens_per_s", "train_fp32_tokens_per_s"));
    QVERIFY(
        ratio("kv_cache_speedup", "sample_cached_tokens_per_s", "sample_uncached_tokens_per_s"));
    QVERIFY(ratio("prefix_sharing_speedup", "rollout_shared_tokens_per_s",
                  "rollout_unshared_tokens_per_s"));
    QVERIFY(ratio("mfu_fp32", "train_fp32_gflops", "matmul_fp32_gflops"));
    // bf16 is native on this CPU exactly when /proc/cpuinfo lists avx512_bf16 or amx_bf16.
    QFile cpuinfo("/proc/cpuinfo");
    QVERIFY(cpuinfo.open(QIODevice::ReadOnly));
    const QString info = QString::fromLatin1(cpuinfo.readAll());
    const bool native = QRegularExpression("\\b(avx512_bf16|amx_bf16)\\b").match(info).hasMatch();
    QCOMPARE(j["bf16_native"].toBool(), native);
    QCOMPARE(j["rollouts"].toInt(), 2);
    QCOMPARE(j["rollout_prefix"].toInt(), 16);
    QCOMPARE(j["rollout_new_tokens"].toInt(), 8);
  }

  // `export model` of a cell whose checkpoint file is gone (as in a workspace shared without its
  // checkpoints): an error that names the missing file; a cell whose file is there exports.
  void exportModelNamesTheMissingCheckpoint() {
    QTemporaryDir dir;
    const QString db =
        copyReference(dir.path(), {"sweep-1/sft-n32-s1.pt", "sweep-1/rft-n32-s1.pt"});
    QVERIFY(!db.isEmpty());
    const QString missing = dir.filePath("w.files/sweep-1/sft-n32-s1.pt");
    QVERIFY(QFile::remove(missing));
    QCOMPARE(
        sqlValue(db, "SELECT path FROM checkpoints WHERE run_id = 2 AND stage = 'sft'").toString(),
        missing);
    const auto r = cli({"export", "model", "--run", "2", "--db", db, dir.filePath("sft")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("checkpoint '" + missing + "' does not exist"), qPrintable(r.err));
    QVERIFY(!QFile::exists(dir.filePath("sft/model.safetensors")));
    // The RFT cell of the same size and seed (its run id follows the registry's order).
    const qint64 rft_id =
        sqlValue(db, "SELECT id FROM runs WHERE name = 'rft n=32 seed=1'").toInteger(-1);
    QVERIFY(rft_id > 0);
    const QString rft = QString::number(rft_id);
    const auto ok = cli({"export", "model", "--run", rft, "--db", db, dir.filePath("rft")});
    QVERIFY2(ok.code == 0, qPrintable(ok.err));
    const int step =
        sqlValue(db, "SELECT step FROM checkpoints WHERE run_id = " + rft + " AND stage = 'rft'")
            .toInt(-1);
    QVERIFY2(ok.err.contains(QString("run %1, stage rft at step %2").arg(rft).arg(step)),
             qPrintable(ok.err));
    QVERIFY(QFile::exists(dir.filePath("rft/model.safetensors")));
  }

  // A workspace written by release 0.1.0 (tests/data/workspaces/make_release_0_1_0.sh: store
  // schema and configs of that release, no config_version; the micro sweep cancelled after its
  // first size) opens, resumes to the end and exports with this release.
  void workspaceOfAnEarlierReleaseOpensResumesAndExports() {
    QTemporaryDir dir;
    const QString archive =
        qEnvironmentVariable("EIGHTFOLD_TEST_DATA") + "/workspaces/release-0.1.0.tar.xz";
    QCOMPARE(QProcess::execute("tar", {"-C", dir.path(), "-xJf", archive}), 0);
    const QString db = dir.filePath("workspace.sqlite");
    QVERIFY(!sqlValue(db, "SELECT config_json FROM runs WHERE id = 1")
                 .toString()
                 .contains("config_version"));
    const auto runs = cli({"runs", "--db", db, "--json"});
    QVERIFY2(runs.code == 0, qPrintable(runs.err));
    QCOMPARE(runs.lastJson()["kind"].toString(), QString("sweep"));
    QCOMPARE(runs.lastJson()["status"].toString(), QString("cancelled"));
    const int done_before =
        sqlValue(db, "SELECT count(*) FROM cells WHERE status = 'ok'").toInt(-1);
    QVERIFY2(done_before >= 4, qPrintable(QString::number(done_before)));

    const auto resumed = cli({"resume", "1", "--db", db, "--json"});
    QVERIFY2(resumed.code == 0, qPrintable(resumed.err.right(3000)));
    const QJsonObject j = resumed.lastJson();
    QCOMPARE(j["status"].toString(), QString("ok"));
    const QJsonArray cells = j["cells"].toArray();
    QCOMPARE(cells.size(), 8);  // 2 sizes x {sft, rft, step_dpo_full, awr}, seed 1
    for (const auto& c : cells)
      QCOMPARE(c.toObject()["status"].toString(), QString("ok"));

    // Exports from a cell of the old release and from one the resume trained.
    for (const QString& name : {QString("sft n=32 seed=1"), QString("sft n=64 seed=1")}) {
      const QString id = QString::number(
          sqlValue(db, "SELECT id FROM runs WHERE name = '" + name + "'").toInteger(-1));
      const auto steps = cli({"export", "steps", "--run", id, "--db", db, "--format", "trl-prm"});
      QVERIFY2(steps.code == 0 && !steps.lines().isEmpty(), qPrintable(steps.err));
      const QString out = dir.filePath("model-" + id);
      const auto model = cli({"export", "model", "--run", id, "--db", db, out});
      QVERIFY2(model.code == 0, qPrintable(model.err));
      QVERIFY(QFile::exists(out + "/model.safetensors"));
    }
  }
};

QTEST_GUILESS_MAIN(TestCliCommands)
#include "test_cli_commands.moc"
