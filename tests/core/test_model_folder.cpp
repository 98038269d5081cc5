// SPDX-License-Identifier: GPL-3.0-or-later
// Model folders (docs/models.md): a GPT-2 written by an independent PyTorch forward gives the same
// logits here, folders round-trip bit for bit, bad folders and contradicting configs are named,
// and the whole pipeline (SFT, credit, per-step DPO) runs on the tiny GPT-2 with its BPE
// tokenizer, whose pairs, steps and model then export.
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <filesystem>
#include <sstream>

#include "core/model_checks.h"
#include "ef_test_main.h"
#include "experiment/tools/dataset_export.h"
#include "experiment/tools/model_export.h"
#include "experiment/config/presets.h"
#include "experiment/pipeline/sweep.h"
#include "model/model_config.h"
#include "model/model_folder.h"
#include "model/safetensors.h"
#include "store/run_store.h"
#include "util/config_error.h"

using namespace ef;

namespace {

std::string gpt2Data() {
  return qEnvironmentVariable("EIGHTFOLD_TEST_DATA").toStdString() + "/gpt2";
}

QString configError(const ModelConfig& m, int vocab = 512) {
  try {
    resolveGptConfig(m, vocab);
  } catch (const ConfigError& e) {
    return QString::fromStdString(e.field() + ": " + e.what());
  }
  return {};
}

std::vector<QJsonObject> jsonLines(const std::string& text) {
  std::vector<QJsonObject> out;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    QJsonParseError err;
    const auto doc = QJsonDocument::fromJson(QByteArray::fromStdString(line), &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject()) qFatal("not a JSON line");
    out.push_back(doc.object());
  }
  return out;
}

QStringList sortedKeys(const QJsonObject& o) {
  auto k = o.keys();
  k.sort();
  return k;
}

}  // namespace

class TestModelFolder : public QObject {
  Q_OBJECT

 private slots:
  void tinyGpt2LogitsEqualPytorch() {
    const auto r = checks::tinyGpt2Logits(gpt2Data());
    qInfo(
        "tiny GPT-2 vs PyTorch: %d sequences, max |logit| %.3f, max |diff| full %.3g, cached %.3g, "
        "fast path %.3g",
        r.sequences, r.max_abs_logit, r.full_max_diff, r.cached_max_diff, r.fast_max_diff);
    QCOMPARE(r.sequences, 4);
    QVERIFY(r.max_abs_logit > 1.0);  // not a degenerate fixture
    QVERIFY2(r.full_max_diff <= 1e-5, qPrintable(QString::number(r.full_max_diff)));
    QVERIFY2(r.cached_max_diff <= 1e-5, qPrintable(QString::number(r.cached_max_diff)));
    // GPT-2's variants (tanh GELU, its LayerNorm epsilon, a longer position table) through the
    // CPU fast path, against the same independent PyTorch logits.
    QVERIFY2(r.fast_max_diff >= 0 && r.fast_max_diff <= 1e-5,
             qPrintable(QString::number(r.fast_max_diff)));
  }

  void foldersRoundTrip_data() {
    QTest::addColumn<bool>("gelu_tanh");
    QTest::addColumn<bool>("tied");
    QTest::addColumn<bool>("rotary");
    QTest::addColumn<int>("positions");
    QTest::newRow("scratch model") << false << true << false << 0;
    QTest::newRow("GPT-2 choices, untied, long table") << true << false << false << 48;
    QTest::newRow("rotary") << false << true << true << 0;
  }

  void foldersRoundTrip() {
    QFETCH(bool, gelu_tanh);
    QFETCH(bool, tied);
    QFETCH(bool, rotary);
    QFETCH(int, positions);
    GptConfig g = checks::smallConfig();
    g.gelu_tanh = gelu_tanh;
    g.tied_head = tied;
    g.rotary = rotary;
    g.positions = positions;
    g.ln_eps = 1e-6;
    for (const char* dtype : {"F32", "F16", "BF16"}) {
      QTemporaryDir tmp;
      const auto rt = checks::modelFolderRoundTrip(g, tmp.path().toStdString(), dtype);
      QVERIFY(rt.config_equal);
      QVERIFY2(rt.weights_identical, dtype);
      if (std::string(dtype) == "F32") {
        QCOMPARE(rt.max_diff_to_fp32, 0.0);
      } else {
        QVERIFY(rt.max_diff_to_fp32 > 0 && rt.max_diff_to_fp32 < 0.02);
      }
    }
  }

  void badWeightsAreNamed() {
    GptConfig tiny = readModelConfig(gpt2Data() + "/tiny");
    QCOMPARE(tiny.vocab, 512);
    QCOMPARE(tiny.positionRows(), 128);
    QVERIFY(tiny.gelu_tanh && tiny.tied_head);
    QCOMPARE(checks::modelWeightsLoadError(tiny, gpt2Data() + "/tiny"), std::string());
    GptConfig wide = tiny;
    wide.d_model = 64;
    const auto shape = checks::modelWeightsLoadError(wide, gpt2Data() + "/tiny");
    QVERIFY2(
        QString::fromStdString(shape).contains(
            "tensor 'wte.weight' has shape [512, 32], the model (config.json) needs [512, 64]"),
        shape.c_str());
    QTemporaryDir tmp;
    const std::vector<float> w(512 * 32, 0.5f);
    writeSafetensors(tmp.filePath("model.safetensors").toStdString(),
                     {{"wte.weight", TensorDtype::F32, {512, 32}, w.data()}});
    const auto missing = checks::modelWeightsLoadError(tiny, tmp.path().toStdString());
    QVERIFY2(QString::fromStdString(missing).contains("missing tensor 'wpe.weight'"),
             missing.c_str());
  }

  void contradictingConfigsAreNamed() {
    ModelConfig m;
    m.init = gpt2Data() + "/tiny";
    m.context = 100;
    QCOMPARE(configError(m), QString());
    const GptConfig g = resolveGptConfig(m, 512);
    QCOMPARE(g.context, 100);
    QCOMPARE(g.positionRows(), 128);
    QCOMPARE(g.layers, 2);
    ModelConfig layers = m;
    layers.layers = 4;
    QVERIFY2(configError(layers).startsWith("model.layers: ") &&
                 configError(layers).contains("n_layer 2"),
             qPrintable(configError(layers)));
    ModelConfig ctx = m;
    ctx.context = 256;
    QVERIFY(configError(ctx).startsWith("model.context: "));
    ModelConfig tok = m;
    tok.tokenizer = gpt2Data() + "/tokenizer";
    QVERIFY(configError(tok).startsWith("model.tokenizer: "));
    QVERIFY(configError(m, 600).startsWith("model.init: "));  // tokenizer larger than the model
    ModelConfig none = m;
    none.init = gpt2Data() + "/absent";
    QVERIFY2(configError(none).startsWith("model.init: ") &&
                 configError(none).contains("is not a folder. Download"),
             qPrintable(configError(none)));
    ModelConfig same = m;
    same.heads = 4;  // the folder's value: no contradiction
    same.activation = "gelu_tanh";
    QCOMPARE(configError(same), QString());
  }

  // SFT -> self-samples -> credit -> per-step DPO on the tiny GPT-2 and its BPE tokenizer; the
  // run's pairs, steps and model export.
  void pipelineOnTheTinyGpt2() {
    QTemporaryDir dir;
    RunStore store(dir.filePath("w.sqlite").toStdString(), RunStore::Mode::ReadWrite);
    RunConfig cfg = loadPreset("arith-scaling-tiny");
    cfg.model = ModelConfig{};
    cfg.model.init = gpt2Data() + "/tiny";
    cfg.model.context = 96;
    cfg.sweep.methods = {"sft", "step_dpo_full"};
    cfg.sweep.sizes = {200};
    cfg.sft.steps = 60;
    cfg.sft.eval_every = 30;
    RunObserver obs;
    CancelToken cancel;
    const SweepOutcome out = executeSweep(cfg, store, obs, cancel);
    QCOMPARE(QString::fromStdString(out.status), QString("ok"));
    const auto cells = store.cells(out.sweep_id);
    QCOMPARE(cells.size(), std::size_t(2));
    std::size_t pairs = 0, analysed = 0, samples = 0;
    std::int64_t sft_run = 0;
    for (const auto& c : cells) {
      QCOMPARE(QString::fromStdString(c.status), QString("ok"));
      QVERIFY(c.test_error.has_value());
      pairs += store.pairs(c.run_id).size();
      samples += store.samples(c.run_id).size();
      for (const auto& s : store.analysedSamples(c.run_id))
        analysed += store.steps(s.id).size() > 1 ? 1 : 0;
      if (c.method == "sft") sft_run = c.run_id;
    }
    qInfo("tiny GPT-2 sweep cell: %zu pairs, %zu analysed samples", pairs, analysed);
    QVERIFY(pairs > 0);
    QVERIFY(analysed > 0);

    std::ostringstream dpo, prm, soft, smp;
    QCOMPARE(exportTrlDpo(store, out.sweep_id, dpo).lines, pairs);
    const auto dpo_lines = jsonLines(dpo.str());
    QCOMPARE(dpo_lines.size(), pairs);
    const QStringList dpo_keys{"chosen",     "pair_kind", "pit_step",
                               "problem_id", "prompt",    "rejected"};
    for (const auto& o : dpo_lines)
      QCOMPARE(sortedKeys(o), dpo_keys);
    const auto n = exportTrlPrm(store, out.sweep_id, false, prm);
    QCOMPARE(n.lines + n.skipped, analysed);
    const auto prm_lines = jsonLines(prm.str());
    QCOMPARE(prm_lines.size(), n.lines);
    for (const auto& o : prm_lines) {
      QCOMPARE(sortedKeys(o), (QStringList{"completions", "labels", "prompt"}));
      QCOMPARE(o["completions"].toArray().size(), o["labels"].toArray().size());
      QVERIFY(o["labels"].toArray().first().isBool());
    }
    exportTrlPrm(store, out.sweep_id, true, soft);
    for (const auto& o : jsonLines(soft.str())) {
      const double q = o["labels"].toArray().first().toDouble(-1);
      QVERIFY(q >= 0 && q <= 1);
    }
    QCOMPARE(exportSamples(store, out.sweep_id, smp).lines, samples);

    // The SFT cell's model, exported, is a folder model.init reads.
    QTemporaryDir folder;
    const auto m = exportModel(store, sft_run, "", folder.path().toStdString());
    QCOMPARE(QString::fromStdString(m.tokenizer), QString("bpe"));
    QVERIFY(QFile::exists(folder.filePath("vocab.json")));
    ModelConfig again;
    again.init = folder.path().toStdString();
    again.context = 96;
    const GptConfig g = resolveGptConfig(again, 512);
    QCOMPARE(g.vocab, 512);
    QCOMPARE(g.positionRows(), 128);
    QCOMPARE(checks::modelWeightsLoadError(g, again.init), std::string());
    try {
      exportModel(store, out.sweep_id, "", folder.path().toStdString());
      QFAIL("a sweep exported");
    } catch (const ExportError& e) {
      QVERIFY(QString(e.what()).contains("its models are its cells'"));
    }
  }
};

EF_TEST_GUILESS_MAIN(TestModelFolder)
#include "test_model_folder.moc"
