// SPDX-License-Identifier: GPL-3.0-or-later
// Tuning on the validation split: the grid's points, its refusals, and a tune end to end against
// the sweep cell it must reproduce without reading a test problem.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <utility>

#include "experiment/methods/iterated_config.h"
#include "train/dpo_config.h"
#include "ef_test_main.h"
#include "micro_config.h"
#include "experiment/config/presets.h"
#include "experiment/pipeline/sweep.h"
#include "experiment/tools/tune.h"
#include "store/run_store.h"

using namespace ef;

namespace {

// {field, message} of the ConfigError `f` throws ({"", ""} when it does not throw).
template <typename F>
std::pair<QString, QString> configError(F f) {
  try {
    f();
  } catch (const ConfigError& e) {
    return {QString::fromStdString(e.field()), QString::fromStdString(e.what())};
  }
  return {};
}

QJsonObject parse(const std::string& json) {
  return QJsonDocument::fromJson(QByteArray::fromStdString(json)).object();
}

}  // namespace

class TestTune : public QObject {
  Q_OBJECT

 private slots:
  void axisFromText() {
    const TuneAxis a = parseTuneAxis("dpo.beta=0.05,0.1,0.3");
    QCOMPARE(QString::fromStdString(a.field), QString("dpo.beta"));
    QCOMPARE(a.values, (std::vector<std::string>{"0.05", "0.1", "0.3"}));
    QCOMPARE(parseTuneAxis("iterated.reference=previous").values,
             (std::vector<std::string>{"previous"}));
    QCOMPARE(configError([] { parseTuneAxis("dpo.beta"); }).first, QString("--grid"));
    QCOMPARE(configError([] { parseTuneAxis("=0.1"); }).first, QString("--grid"));
    QCOMPARE(configError([] { parseTuneAxis("dpo.beta=0.1,,0.2"); }).first, QString("dpo.beta"));
  }

  // Row-major: the last axis varies fastest; each point's config has exactly its values set.
  void gridPointsInRowMajorOrder() {
    const RunConfig cfg = loadPreset("arith-scaling-tiny");
    const auto vs =
        tuneVariants(cfg, {parseTuneAxis("dpo.beta=0.05,0.3,1"), parseTuneAxis("dpo.rpo_alpha=0,2"),
                           parseTuneAxis("iterated.reference=previous,sft")});
    QCOMPARE(vs.size(), std::size_t(12));
    QCOMPARE(vs[0].cfg.section<DpoConfig>().beta, 0.05);
    QCOMPARE(vs[0].cfg.section<DpoConfig>().rpo_alpha, 0.0);
    QCOMPARE(QString::fromStdString(vs[0].cfg.section<IteratedConfig>().reference),
             QString("previous"));
    QCOMPARE(QString::fromStdString(vs[1].cfg.section<IteratedConfig>().reference), QString("sft"));
    QCOMPARE(vs[2].cfg.section<DpoConfig>().rpo_alpha, 2.0);
    QCOMPARE(vs[4].cfg.section<DpoConfig>().beta, 0.3);
    QCOMPARE(vs[11].cfg.section<DpoConfig>().beta, 1.0);
    QCOMPARE(vs[11].cfg.section<DpoConfig>().rpo_alpha, 2.0);
    QCOMPARE(vs[7].set,
             (std::vector<std::pair<std::string, std::string>>{
                 {"dpo.beta", "0.3"}, {"dpo.rpo_alpha", "2"}, {"iterated.reference", "sft"}}));
    // Everything else is the config's own.
    for (const auto& v : vs) {
      QCOMPARE(v.cfg.section<DpoConfig>().train.lr, cfg.section<DpoConfig>().train.lr);
      QCOMPARE(v.cfg.sft.steps, cfg.sft.steps);
      QCOMPARE(v.cfg.sweep.sizes, cfg.sweep.sizes);
    }
    // No axis: the config itself.
    const auto one = tuneVariants(cfg, {});
    QCOMPARE(one.size(), std::size_t(1));
    QCOMPARE(QString::fromStdString(toJson(one[0].cfg)), QString::fromStdString(toJson(cfg)));
  }

  void gridRefusalsNameTheField() {
    const RunConfig cfg = loadPreset("arith-scaling-tiny");
    const auto grid = [&cfg](std::vector<std::string> axes) {
      return configError([&] {
        std::vector<TuneAxis> g;
        for (const auto& a : axes)
          g.push_back(parseTuneAxis(a));
        tuneVariants(cfg, g);
      });
    };
    QCOMPARE(grid({"dpo.betta=0.1"}).first, QString("dpo.betta"));
    // Shared by every grid point: π_sft, its samples and its credit.
    for (const char* shared : {"sft.lr=0.01", "advantages.k_est=2", "sample.temperature=0.5",
                               "model.layers=3", "seed=4"}) {
      const auto e = grid({shared});
      QVERIFY2(!e.first.isEmpty() && e.second.contains("cannot be tuned"), shared);
    }
    QCOMPARE(grid({"dpo.beta=0.1", "dpo.beta=0.2"}).first, QString("dpo.beta"));
    // A value the field rejects: the field's own message, and the grid point.
    const auto range = grid({"dpo.rpo_alpha=0,1", "dpo.beta=-1"});
    QCOMPARE(range.first, QString("dpo.beta"));
    QVERIFY2(range.second.contains("grid point dpo.rpo_alpha=0, dpo.beta=-1"),
             qPrintable(range.second));
    QCOMPARE(grid({"iterated.reference=nobody"}).first, QString("iterated.reference"));
  }

  // A tune whose grid point is the config itself gives the sweep cell's validation error, for
  // π_sft and per-step DPO alike (shared π_sft, samples and credit change nothing); a method
  // trains once per distinct value of its own fields; no tune cell records a test metric.
  void tuneReproducesTheSweepCellOnValidation() {
    QTemporaryDir dir;
    RunStore store(dir.filePath("w.sqlite").toStdString(), RunStore::Mode::ReadWrite);
    RunConfig cfg = test::microConfig();
    cfg.sweep.sizes = {32};
    cfg.sweep.methods = {"sft", "step_dpo_full"};
    RunObserver obs;
    CancelToken cancel;
    const SweepOutcome sweep = executeSweep(cfg, store, obs, cancel);
    QCOMPARE(QString::fromStdString(sweep.status), QString("ok"));
    std::map<std::string, double> sweep_valid;
    for (const auto& c : store.cells(sweep.sweep_id))
      sweep_valid[c.method] = parse(c.result_json)["valid_error"].toDouble();

    // Two axes, two methods: each method trains once per value of its own field (4 grid points,
    // 2 cells each), the other points reuse them.
    TuneRequest req;
    req.grid = {parseTuneAxis("dpo.beta=" + std::to_string(cfg.section<DpoConfig>().beta) + ",1.0"),
                parseTuneAxis("awr.beta=0.5,2")};
    req.methods = {"step_dpo_full", "awr"};
    const TuneOutcome t = executeTune(cfg, req, store, obs, cancel);
    QCOMPARE(QString::fromStdString(t.status), QString("ok"));
    const QJsonObject j = parse(t.json);
    QCOMPARE(j["tune_id"].toInteger(), t.tune_id);
    QCOMPARE(j["evaluated_on"].toString(), QString("validation"));
    QCOMPARE(j["valid_problems"].toInt(), cfg.task.valid_size);
    const QJsonArray sft = j["sft"].toArray();
    QCOMPARE(sft.size(), 1);
    QCOMPARE(sft[0].toObject()["valid_error"].toObject()["mean"].toDouble(), sweep_valid["sft"]);
    const QJsonArray variants = j["variants"].toArray();
    QCOMPARE(variants.size(), 4);
    const auto mean = [&variants](const char* method, int v) {
      return variants[v]
          .toObject()["methods"]
          .toObject()[method]
          .toArray()[0]
          .toObject()["valid_error"]
          .toObject()["mean"]
          .toDouble();
    };
    QCOMPARE(mean("step_dpo_full", 0), sweep_valid["step_dpo_full"]);
    QCOMPARE(variants[2].toObject()["set"].toObject()["dpo.beta"].toDouble(), 1.0);
    QCOMPARE(variants[1].toObject()["set"].toObject()["awr.beta"].toDouble(), 2.0);
    // Points 1 and 3 differ from 0 and 2 only in awr.beta: per-step DPO's cells are shared; for
    // AWR, point 2 shares point 0's cells and point 3 point 1's.
    const auto sameAs = [&variants](int v, const char* method) {
      return variants[v].toObject()["same_cells_as"].toObject()[method].toInt(-1);
    };
    QCOMPARE(sameAs(1, "step_dpo_full"), 0);
    QCOMPARE(sameAs(3, "step_dpo_full"), 2);
    QCOMPARE(sameAs(2, "awr"), 0);
    QCOMPARE(sameAs(3, "awr"), 1);
    QCOMPARE(sameAs(0, "awr"), -1);
    QCOMPARE(mean("step_dpo_full", 1), mean("step_dpo_full", 0));
    QCOMPARE(mean("awr", 3), mean("awr", 1));
    // The best point is the lower of the distinct ones.
    const QJsonObject best = j["best"].toObject()["step_dpo_full"].toObject();
    QCOMPARE(best["mean_valid_error"].toDouble(),
             std::min(mean("step_dpo_full", 0), mean("step_dpo_full", 2)));
    QVERIFY(best["variant"].toInt() == 0 || best["variant"].toInt() == 2);

    // The tune's runs: π_sft once, one cell per method and distinct setting of its own fields;
    // none read the test set.
    const auto children = store.childRuns(t.tune_id);
    QCOMPARE(children.size(), std::size_t(5));
    for (const auto& r : children) {
      QCOMPARE(QString::fromStdString(r.status), QString("ok"));
      QVERIFY2(store.metrics(r.id, "test_error").empty(), r.name.c_str());
      QVERIFY2(!store.metrics(r.id, "valid_error").empty(), r.name.c_str());
    }
    QCOMPARE(QString::fromStdString(store.run(t.tune_id)->kind), QString("tune"));
    QCOMPARE(j["cells"].toArray().size(), 5);
  }
};

EF_TEST_GUILESS_MAIN(TestTune)
#include "test_tune.moc"
