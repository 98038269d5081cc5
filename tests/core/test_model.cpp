// SPDX-License-Identifier: GPL-3.0-or-later
// GPT, KV cache, sampler and checkpoints: values, not times.
#include <QFile>
#include <QTemporaryDir>
#include "ef_test_main.h"

#include <fstream>
#include <tuple>

#include "core/model_checks.h"
#include "model/checkpoint.h"
#include "model/zip_integrity.h"

using namespace ef;

namespace {

// The small model with rotary positions, or with GPT-2's variants (tanh GELU, its LayerNorm
// epsilon, no biases, an untied head, a position table longer than the context).
GptConfig variantConfig(bool rotary, bool gpt2_variants) {
  auto g = checks::smallConfig();
  g.rotary = rotary;
  if (gpt2_variants) {
    g.gelu_tanh = true;
    g.ln_eps = 1e-6;
    g.bias = false;
    g.tied_head = false;
    g.positions = 40;
  }
  return g;
}

}  // namespace

class TestModel : public QObject {
  Q_OBJECT

 private:
  // Every tensor's gradient within 1e-5 of autograd's (relative to its largest), none all zero,
  // and the loss within 1e-6.
  static void verifyGradCheck(const checks::GradCheck& c) {
    QVERIFY(c.tensors >= 12);
    QVERIFY2(c.smallest_scale > 0, "a parameter received no gradient");
    QVERIFY2(c.max_relative <= 1e-5, qPrintable(QString::number(c.max_relative)));
    QVERIFY2(std::abs(c.loss - c.loss_ref) <= 1e-6 * std::abs(c.loss_ref),
             qPrintable(QString("%1 vs %2").arg(c.loss, 0, 'g', 10).arg(c.loss_ref, 0, 'g', 10)));
  }

 private slots:
  void outputShapes() {
    const auto g = checks::smallConfig();
    const auto shape = checks::logitsShape(g, 3, 11);
    QCOMPARE(shape, (std::vector<std::int64_t>{3, 11, g.vocab}));
  }

  void parameterCountMatchesModules() {
    // 20*32 + 32*32 embeddings + 2 * (LN 4*32 + qkv 32*96+96 + proj 32*32+32 + fc 32*128+128
    // + fc_out 128*32+32) + final LN 64 = 640 + 1024 + 2*12704 + 64 = 27136
    QCOMPARE(checks::smallConfig().parameterCount(), std::int64_t{27136});
    QCOMPARE(checks::moduleParameterCount(checks::smallConfig()), std::int64_t{27136});
  }

  void kvCacheEqualsFullForward() {
    const double diff = checks::kvCacheMaxDiff(checks::smallConfig(), Precision::FP32, 3);
    qInfo("KV cache vs full forward, fp32: max |logit diff| = %g", diff);
    QVERIFY2(diff <= 1e-5, qPrintable(QString("max |logit diff| = %1").arg(diff)));
  }

  void kvCacheEqualsFullForwardRotary() {
    auto g = checks::smallConfig();
    g.rotary = true;
    QCOMPARE(checks::moduleParameterCount(g), g.parameterCount());  // no position table
    QCOMPARE(g.parameterCount(), std::int64_t{27136 - 32 * 32});
    const double diff = checks::kvCacheMaxDiff(g, Precision::FP32, 4);
    QVERIFY2(diff <= 1e-5, qPrintable(QString("max |logit diff| = %1").arg(diff)));
    QVERIFY(checks::batchedGreedyEqualsSingle(g, 14));
  }

  void kvCacheEqualsFullForwardBf16() {
    // bf16 changes rounding between the two paths, not the computation: stays small.
    const double diff = checks::kvCacheMaxDiff(checks::smallConfig(), Precision::BF16, 3);
    QVERIFY2(diff <= 5e-2, qPrintable(QString("max |logit diff| = %1").arg(diff)));
  }

  void expandedPrefixEqualsSeparatePrefills() {
    const double diff = checks::expandedPrefixMaxDiff(checks::smallConfig(), 5);
    QVERIFY2(diff <= 1e-5, qPrintable(QString("max |logit diff| = %1").arg(diff)));
  }

  void greedySamplingSameWithAndWithoutCache() {
    QVERIFY(checks::greedyCachedEqualsUncached(checks::smallConfig(), 11, 4, 6, 20));
  }

  // The CPU fast path (model/fast_decoder.h) computes LibTorch's forward: logits to 1e-5 of the
  // largest logit for the scratch model, rotary positions, and GPT-2's variants (tanh GELU, no
  // biases, an untied head, a longer position table); greedy decoding token for token.
  void fastPathEqualsLibTorch_data() {
    QTest::addColumn<bool>("rotary");
    QTest::addColumn<bool>("gpt2_variants");
    QTest::newRow("scratch") << false << false;
    QTest::newRow("rotary") << true << false;
    QTest::newRow("gpt2 variants") << false << true;
  }

  void fastPathEqualsLibTorch() {
    QFETCH(bool, rotary);
    QFETCH(bool, gpt2_variants);
    const auto g = variantConfig(rotary, gpt2_variants);
    const double rel = checks::fastPathRelativeDiff(g, 31);
    qInfo("fast path vs LibTorch forward: max |logit diff| / max |logit| = %g", rel);
    QVERIFY2(rel >= 0 && rel <= 1e-5, qPrintable(QString::number(rel)));
    for (int k : {1, 3}) {
      const auto c = checks::fastGreedyEqualsLibTorch(g, 32 + k, k);
      qInfo("greedy, %d samples: %d rows, %d stopped, %d tokens, identical %d", k, c.rows,
            c.stopped, c.tokens, int(c.identical));
      QCOMPARE(c.rows, 5 * k);
      QVERIFY(c.identical);
      QVERIFY(c.tokens > 0);
      QVERIFY(c.stopped >= k);  // at least the first prompt's rows stopped early
    }
    // A batch over the fast path's KV-cache bound is decoded in groups of prompts (here one
    // prompt each): the same tokens.
    const auto grouped = checks::fastGreedyEqualsLibTorch(g, 35, 3, 1);
    QCOMPARE(grouped.rows, 15);
    QVERIFY(grouped.identical);
    QVERIFY(grouped.stopped >= 3);
  }

  // The fast training path's gradients equal LibTorch's autograd to 1e-5 (relative to each
  // tensor's largest gradient) for every parameter, with and without loss weights, for the
  // scratch model, rotary positions and GPT-2's variants.
  void fastGradientsEqualAutograd_data() { fastPathEqualsLibTorch_data(); }

  void fastGradientsEqualAutograd() {
    QFETCH(bool, rotary);
    QFETCH(bool, gpt2_variants);
    const auto g = variantConfig(rotary, gpt2_variants);
    for (bool weighted : {false, true}) {
      const auto c = checks::fastGradientsVsAutograd(g, 41, weighted);
      qInfo(
          "fast gradients vs autograd (weighted %d): %d tensors, max relative diff %g, loss %.8f "
          "vs %.8f",
          int(weighted), c.tensors, c.max_relative, c.loss, c.loss_ref);
      verifyGradCheck(c);
      if (QTest::currentTestFailed()) return;
    }
  }

  // The packed products every fast-path matrix product except the weight gradients goes through
  // (model/fast_panels.h): each instruction set's kernel this CPU has, shapes that leave partial
  // tiles of rows (37 = 4 x 8 + 4 + 1) and a partial last panel (70 = 2 x 32 + 6), with bias, an
  // added array or accumulation, against LibTorch's matmul in double; the same bits on 1 and 2
  // threads.
  void panelProductsEqualMatmul() {
    for (const auto& [n, k, cols] :
         {std::tuple{37, 45, 70}, std::tuple{1, 256, 48}, std::tuple{130, 300, 129}}) {
      const auto c = checks::panelProducts(61, n, k, cols);
      qInfo("panels %d x %d x %d: %d kernels, max diff %g (scale %g), between kernels %g", n, k,
            cols, c.kernels, c.max_diff, c.scale, c.kernels_max_diff);
      QVERIFY(c.kernels >= 1);
      QVERIFY2(c.max_diff <= 1e-5 * c.scale, "a packed product differs from matmul");
      QVERIFY2(c.kernels_max_diff <= 1e-5 * c.scale, "two kernels disagree");
      QVERIFY2(c.threads_identical, "the product depends on the thread count");
      QVERIFY2(c.add_is_accumulate, "adding another array differs from accumulating in place");
    }
  }

  // A batch large enough for every way the fast path cuts its work: products over several pieces
  // of 64 rows, weight gradients summed over several slices of 512 rows, attention over more than
  // one block of 16 keys with a padded last block (T = 40).
  void fastGradientsEqualAutogradOnALargeBatch() {
    auto g = variantConfig(true, false);
    g.context = 48;
    const auto c = checks::fastGradientsVsAutograd(g, 43, true, 30, 40);
    qInfo("large batch: %d tensors, max relative diff %g", c.tensors, c.max_relative);
    verifyGradCheck(c);
  }

  // DPO and RPO train on the fast path too: the gradient of their loss, a function of whole
  // sequences' log-probabilities, equals autograd's to 1e-5 (relative), and so does the loss.
  void fastDpoGradientsEqualAutograd_data() { fastPathEqualsLibTorch_data(); }

  void fastDpoGradientsEqualAutograd() {
    QFETCH(bool, rotary);
    QFETCH(bool, gpt2_variants);
    const auto g = variantConfig(rotary, gpt2_variants);
    for (double alpha : {0.0, 0.7}) {
      const auto c = checks::fastDpoGradientsVsAutograd(g, 53, alpha);
      qInfo(
          "fast DPO gradients vs autograd (alpha %g): %d tensors, max relative diff %g, loss "
          "%.8f vs %.8f",
          alpha, c.tensors, c.max_relative, c.loss, c.loss_ref);
      verifyGradCheck(c);
      if (QTest::currentTestFailed()) return;
    }
  }

  // The fast path's pieces do not depend on the thread count: 1 and 3 threads give the same bits.
  // The second batch (360 rows, one slice of the weight gradients) is one that OpenBLAS split over
  // the threads when a piece ran outside a parallel region (3e-8 apart before).
  void fastGradientsDoNotDependOnTheThreadCount() {
    auto g = variantConfig(false, false);
    g.context = 48;
    QCOMPARE(checks::fastGradientsThreadDifference(g, 47, 30, 40, 3), 0.0);
    g.context = 64;
    g.layers = 1;
    g.heads = 2;
    QCOMPARE(checks::fastGradientsThreadDifference(g, 47, 8, 45, 2), 0.0);
  }

  void batchedGreedyEqualsOnePromptAtATime() {
    QVERIFY(checks::batchedGreedyEqualsSingle(checks::smallConfig(), 13));
  }

  void bf16ForwardCloseToFp32() {
    const double rel = checks::bf16RelativeDiff(checks::smallConfig(), 17);
    QVERIFY2(rel > 0.0 && rel < 0.05, qPrintable(QString("relative diff %1").arg(rel)));
  }

  void checkpointRoundTrip() {
    QTemporaryDir dir;
    const auto rt = checks::checkpointRoundTrip(checks::smallConfig(), dir.path().toStdString());
    QCOMPARE(rt.output_max_diff, 0.0);
    QCOMPARE(rt.param_max_diff_after_step, 0.0);  // optimizer moments restored exactly
    QCOMPARE(rt.step, std::int64_t{2});
    QCOMPARE(QString::fromStdString(rt.stage), QString("sft"));
  }

  void checkpointInfoReadsMetadata() {
    QTemporaryDir dir;
    const std::string path = dir.filePath("m.pt").toStdString();
    checks::writeCheckpoint(path, checks::smallConfig());
    const auto info = readCheckpointInfo(path);
    QCOMPARE(info.format_version, kCheckpointFormatVersion);
    QCOMPARE(info.model.d_model, 32);
    QCOMPARE(info.model.vocab, 20);
  }

  void corruptCheckpointIsAClearError() {
    QTemporaryDir dir;
    const std::string path = dir.filePath("bad.pt").toStdString();
    std::ofstream(path) << "this is not a checkpoint";
    const auto err = checks::checkpointLoadError(path, checks::smallConfig());
    QVERIFY2(err.find(path) != std::string::npos, err.c_str());
    QVERIFY2(err.find("corrupt") != std::string::npos, err.c_str());
    const auto missing =
        checks::checkpointLoadError(dir.filePath("none.pt").toStdString(), checks::smallConfig());
    QVERIFY2(missing.find("does not exist") != std::string::npos, missing.c_str());
  }

  // Metadata that names the loading model's shape over weights of another shape: LibTorch's
  // loader would take the stored tensors over as they are; the loader names the first one.
  // Metadata naming a model that cannot exist is refused before any model is built.
  void mislabelledCheckpointIsAClearError() {
    QTemporaryDir dir;
    const std::string path = dir.filePath("mislabelled.pt").toStdString();
    GptConfig longer = checks::smallConfig();
    longer.context = 64;
    checks::writeMislabelledCheckpoint(path, longer, checks::smallConfig());
    const auto err = checks::checkpointLoadError(path, checks::smallConfig());
    QVERIFY2(err.find("'" + path +
                      "': tensor 'wpe.weight' has shape [64, 32], the model expects [32, 32]") !=
                 std::string::npos,
             err.c_str());
    GptConfig impossible = checks::smallConfig();
    impossible.heads = 3;  // does not divide d_model 32
    const std::string bad = dir.filePath("impossible.pt").toStdString();
    checks::writeMislabelledCheckpoint(bad, checks::smallConfig(), impossible);
    try {
      readCheckpointInfo(bad);
      QFAIL("metadata with 3 heads for d_model 32 was accepted");
    } catch (const CheckpointError& e) {
      QVERIFY2(QString(e.what()).contains("bad meta.model_shape (heads must divide d_model)"),
               e.what());
    }
  }

  // LibTorch's zip reader does not check CRC-32: the loader checks every entry before LibTorch
  // parses the archive (a flipped byte used to reach its TorchScript importer and crash it).
  void flippedByteIsACrcError() {
    QTemporaryDir dir;
    const std::string path = dir.filePath("flipped.pt").toStdString();
    checks::writeCheckpoint(path, checks::smallConfig());
    QFile file(QString::fromStdString(path));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    file.close();
    auto le16 = [&](int at) { return int(quint8(bytes[at])) | int(quint8(bytes[at + 1])) << 8; };
    QCOMPARE(bytes.left(4), QByteArray("PK\x03\x04", 4));
    const int data = 30 + le16(26) + le16(28);  // first entry's data (APPNOTE 4.3.7)
    QCOMPARE(bytes.mid(30, le16(26)), QByteArray("archive/data/0"));
    QByteArray flipped = bytes;
    flipped[data + 5] = char(flipped[data + 5] ^ 0x20);
    auto write = [&](const QByteArray& b) {
      QFile f(QString::fromStdString(path));
      QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
      f.write(b);
    };
    write(flipped);
    const std::string want = "checkpoint '" + path +
                             "' is corrupt or not a checkpoint: entry 'archive/data/0' fails its "
                             "CRC-32 check (recorded 0x";
    const auto err = checks::checkpointLoadError(path, checks::smallConfig());
    QVERIFY2(err.rfind(want, 0) == 0, err.c_str());
    try {
      readCheckpointInfo(path);
      QFAIL("a checkpoint with a flipped byte was read");
    } catch (const CheckpointError& e) {
      QVERIFY2(std::string(e.what()).rfind(want, 0) == 0, e.what());
    }
    write(bytes.left(bytes.size() / 2));
    const auto half = checks::checkpointLoadError(path, checks::smallConfig());
    QVERIFY2(half.find("no zip end-of-central-directory record (not a zip archive, or "
                       "truncated)") != std::string::npos,
             half.c_str());
    // Names are outside the CRC: a local name that differs from the directory's is refused
    // (fuzz_checkpoint found one that LibTorch then failed on; libzip's ZIP_CHECKCONS finds it)...
    QByteArray renamed = bytes;
    const int local = renamed.indexOf("archive/data.pkl");
    QVERIFY(local > 0);
    renamed[local + 13] = 'q';
    write(renamed);
    const auto local_name = checks::checkpointLoadError(path, checks::smallConfig());
    QVERIFY2(local_name.rfind("checkpoint '" + path +
                                  "' is corrupt or not a checkpoint: a local "
                                  "header disagrees with the central directory",
                              0) == 0,
             local_name.c_str());
    // ... and code files renamed in both places reach TorchScript, whose own error (not a
    // c10::Error) is a CheckpointError too rather than the end of the process.
    write(QByteArray(bytes).replace(".py", ".pz"));
    const auto code = checks::checkpointLoadError(path, checks::smallConfig());
    QVERIFY2(code.rfind("checkpoint '" + path + "' is corrupt or not a checkpoint: ", 0) == 0,
             code.c_str());
    qInfo("renamed code files: %s", code.c_str());
    write(bytes);
    QCOMPARE(checks::checkpointLoadError(path, checks::smallConfig()), std::string());
  }

  // Deflated entries and zip64 records (LibTorch writes them only past 4 GiB): a repack of a
  // LibTorch checkpoint made and checked with Python's zipfile
  // (tests/data/checkpoints/make_zip64.py, which printed the counts below).
  void zip64DeflatedCheckpointLoads() {
    const std::string path = qEnvironmentVariable("EIGHTFOLD_TEST_DATA").toStdString() +
                             "/checkpoints/tiny-zip64-deflated.pt";
    const ZipSummary zip = checkZipIntegrity(path);
    QCOMPARE(zip.entries, std::int64_t{126});
    QCOMPARE(zip.data_bytes, std::int64_t{52256});
    const CheckpointInfo info = readCheckpointInfo(path);
    QCOMPARE(info.model.layers, 1);
    QCOMPARE(info.model.d_model, 8);
    QCOMPARE(info.model.context, 48);
    QCOMPARE(checks::checkpointLoadError(path, info.model), std::string());
  }

  void recordedCheckpointsAreChecked() {
    QTemporaryDir dir;
    const auto r = checks::recordedCheckpoints(dir.path().toStdString());
    QVERIFY(r.recorded_hash_matches);
    QVERIFY(r.temporary_removed);
    QVERIFY2(r.changed_error.find("'" + r.path + "'") != std::string::npos,
             r.changed_error.c_str());
    QVERIFY2(r.changed_error.find("has changed since it was saved") != std::string::npos,
             r.changed_error.c_str());
    QCOMPARE(r.step_after_interrupted, std::int64_t{2});
    QVERIFY(r.temporary_gone_after_interrupted);
    QVERIFY(r.unrecorded_loads);
  }

  // compact rewrites finished runs' checkpoints (a sweep's cells too) without AdamW's state: the
  // file shrinks to about a third, weights and saved RNG state load bit for bit as before, the
  // recorded hash and the cached step history follow the new file; a failed run's checkpoint,
  // which a resume reads, stays as it was; a second pass finds nothing to do.
  void compactDropsTheOptimizerStateOfFinishedRuns() {
    QTemporaryDir dir;
    const auto c = checks::compaction(dir.path().toStdString());
    QVERIFY(c.had_optimizer);
    QCOMPARE(c.rewritten, 2);
    QCOMPARE(c.unfinished, 1);
    QVERIFY2(c.bytes_after * 2 < c.bytes_before,
             qPrintable(QString("%1 -> %2 bytes").arg(c.bytes_before).arg(c.bytes_after)));
    QVERIFY(c.hash_matches);
    QVERIFY(c.optimizer_gone);
    QVERIFY(c.history_follows);
    QVERIFY(c.failed_untouched);
    QVERIFY(c.weights_equal);
    QVERIFY(c.rng_kept);
    QCOMPARE(c.second_rewritten, 0);
    QCOMPARE(c.second_already, 2);
    QCOMPARE(c.only_failed, 1);
  }

  void mismatchedCheckpointNamesTheField() {
    QTemporaryDir dir;
    const std::string path = dir.filePath("m.pt").toStdString();
    checks::writeCheckpoint(path, checks::smallConfig());
    auto other = checks::smallConfig();
    other.d_model = 64;
    const auto err = checks::checkpointLoadError(path, other);
    QVERIFY2(err.find("model.d_model = 32") != std::string::npos, err.c_str());
    QVERIFY2(err.find("64") != std::string::npos, err.c_str());
  }

  void rolloutsThroughSharedPrefixMatchScratch() { QVERIFY(checks::rolloutsMatchScratch()); }

  void dpoLossIsLog2AtInitAndOneStepRaisesTheMargin() {
    const auto c = checks::dpoOnToyPair(0.1, 1);
    QVERIFY2(std::abs(c.initial_loss - std::log(2.0)) < 1e-6,
             qPrintable(QString::number(c.initial_loss)));
    QVERIFY(std::abs(c.initial_margin) < 1e-6);
    QVERIFY2(c.margin_after > 0, qPrintable(QString::number(c.margin_after)));
    QVERIFY(c.loss_after < std::log(2.0));
    QCOMPARE(c.step_accuracy, 0.0);  // measured before the update: margin 0 is not > 0
    const auto more = checks::dpoOnToyPair(0.1, 10);
    QVERIFY(more.margin_after > c.margin_after);
  }

  // RPO = DPO + α · mean token NLL of the chosen completion (docs/method.md, "RPO"), the NLL
  // computed by hand here. Away from π = π_ref, and for α = 0 and 1, test_training_maths compares
  // both losses and gradients with independent reference numbers; test_sweep checks that the RPO
  // methods with dpo.rpo_alpha = 0 train exactly the DPO methods' models.
  void rpoAddsTheScaledNllAndItsGradient() {
    const double alpha = 0.7;
    const auto c = checks::rpoOnToyPair(0.1, alpha);
    QVERIFY2(std::abs(c.dpo_loss - std::log(2.0)) < 1e-6, qPrintable(QString::number(c.dpo_loss)));
    QVERIFY(c.nll > 0.5);  // an untrained model: several nats per token
    QVERIFY2(std::abs(c.rpo_loss - (c.dpo_loss + alpha * c.nll)) < 1e-5,
             qPrintable(QString("%1 vs %2").arg(c.rpo_loss).arg(c.dpo_loss + alpha * c.nll)));
    QVERIFY(c.nll_grad_norm > 1e-3);
    QVERIFY2(c.grad_identity_diff < 1e-5, qPrintable(QString::number(c.grad_identity_diff)));
    QVERIFY2(c.same_pair_grad_diff < 1e-5, qPrintable(QString::number(c.same_pair_grad_diff)));
  }

  void weightedLossIsTheWeightedSumOfTokenNlls() {
    const double d = checks::weightedLossMaxDiff(5);
    QVERIFY2(d < 1e-5, qPrintable(QString::number(d)));
  }

  void sameSeedSameLosses() {
    const auto a = checks::trainLosses(21, 6, Precision::FP32);
    const auto b = checks::trainLosses(21, 6, Precision::FP32);
    const auto c = checks::trainLosses(22, 6, Precision::FP32);
    QCOMPARE(a, b);
    QVERIFY(a != c);
    QVERIFY(a.back() < a.front());  // it learns
  }

  // Micro-batches (8 rows as 3 + 3 + 2 of different lengths) give the whole batch's update: the
  // same losses step after step. A chunk mean weighted by rows instead of tokens would not.
  void microBatchesGiveTheSameSftSteps() {
    const auto whole = checks::trainLosses(21, 6, Precision::FP32, 0);
    const auto micro = checks::trainLosses(21, 6, Precision::FP32, 3);
    QCOMPARE(whole.size(), micro.size());
    for (std::size_t i = 0; i < whole.size(); ++i)
      QVERIFY2(std::abs(whole[i] - micro[i]) < 1e-5,
               qPrintable(QString("step %1: %2 vs %3").arg(i).arg(whole[i]).arg(micro[i])));
    QVERIFY(whole.back() < whole.front());
  }

  void microBatchesGiveTheSameDpoSteps() {
    const auto d = checks::dpoMicroBatchDiff(2, 4);
    QVERIFY2(d.loss < 1e-5, qPrintable(QString::number(d.loss)));
    // Adam divides by the gradient's running RMS, which magnifies float-order noise in tiny
    // gradients: the parameters agree to a small fraction of how far they moved.
    QVERIFY2(d.moved > 1e-3, qPrintable(QString::number(d.moved)));
    QVERIFY2(d.parameters < 0.01 * d.moved,
             qPrintable(QString("%1 of %2").arg(d.parameters).arg(d.moved)));
  }

  // top_k keeps exactly the k most likely tokens and samples them in proportion to
  // softmax(logits / T) renormalised over them; top_k = 1 is greedy; top_k = 0 or ≥ V is plain
  // temperature sampling. 4000 draws: one frequency's standard error is at most 0.008.
  void topKSamplingDrawsFromTheKMostLikely() {
    const auto three = checks::topKSampling(3, 0.7, 4000, 5);
    QCOMPARE(three.outside_top_k, 0);
    QVERIFY2(three.max_freq_error < 0.03, qPrintable(QString::number(three.max_freq_error)));
    const auto one = checks::topKSampling(1, 1.0, 200, 6);
    QCOMPARE(one.outside_top_k, 0);
    QCOMPARE(one.max_freq_error, 0.0);  // always the argmax: frequency 1 exactly
    for (int k : {0, 8, 50}) {
      const auto all = checks::topKSampling(k, 1.3, 4000, 7);
      QCOMPARE(all.outside_top_k, 0);
      QVERIFY2(all.max_freq_error < 0.03,
               qPrintable(QString("top_k %1: %2").arg(k).arg(all.max_freq_error)));
    }
  }

  // The fast path's sampler (pickTokensFast) draws from the same distributions.
  void fastTopKSamplingDrawsFromTheKMostLikely() {
    const auto three = checks::topKSampling(3, 0.7, 4000, 8, true);
    QCOMPARE(three.outside_top_k, 0);
    QVERIFY2(three.max_freq_error < 0.03, qPrintable(QString::number(three.max_freq_error)));
    const auto greedy = checks::topKSampling(1, 1.0, 200, 9, true);
    QCOMPARE(greedy.outside_top_k, 0);
    QCOMPARE(greedy.max_freq_error, 0.0);
    for (int k : {0, 50}) {
      const auto all = checks::topKSampling(k, 1.3, 4000, 10, true);
      QCOMPARE(all.outside_top_k, 0);
      QVERIFY2(all.max_freq_error < 0.03,
               qPrintable(QString("top_k %1: %2").arg(k).arg(all.max_freq_error)));
    }
  }

  void bf16LossesTrackFp32() {
    const auto f = checks::trainLosses(21, 6, Precision::FP32);
    const auto b = checks::trainLosses(21, 6, Precision::BF16);
    for (std::size_t i = 0; i < f.size(); ++i) {
      QVERIFY2(std::abs(f[i] - b[i]) < 0.05 * f[i],
               qPrintable(QString("step %1: fp32 %2 bf16 %3").arg(i).arg(f[i]).arg(b[i])));
    }
  }
};

EF_TEST_GUILESS_MAIN(TestModel)
#include "test_model.moc"
