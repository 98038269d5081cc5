// SPDX-License-Identifier: GPL-3.0-or-later
// The training maths against independent reference numbers: DPO, RPO, per-step (shared prefix)
// DPO and advantage-weighted RL losses and gradients for a policy that differs from its
// reference, at β ∈ {0.1, 0.5} and α ∈ {0, 1}, and four AdamW steps with warmup, cosine decay
// and clipping, computed in float64 by tests/data/training/make_training_reference.py (Debian's
// PyTorch, formulas from docs/method.md). Eightfold computes in float32: every number must agree
// to 1e-5, relative (docs/testing.md, "Reference numbers").
#include <QtTest>

#include "core/training_reference_checks.h"
#include "ef_test_main.h"

using namespace ef;

namespace {

constexpr double kTolerance = 1e-5;

std::string dataDir() {
  return qEnvironmentVariable("EIGHTFOLD_TEST_DATA").toStdString();
}

// Every value within the tolerance; prints how many were compared and the worst.
void expectClose(const std::vector<checks::ReferenceValue>& values, int at_least) {
  QVERIFY2(static_cast<int>(values.size()) >= at_least,
           qPrintable(QString("only %1 values compared").arg(values.size())));
  const checks::ReferenceValue* worst = &values.front();
  QStringList failed;
  for (const auto& v : values) {
    if (v.relative_error > worst->relative_error) worst = &v;
    if (!(v.relative_error <= kTolerance))
      failed << QString("%1: %2 vs reference %3 (relative error %4)")
                    .arg(QString::fromStdString(v.what))
                    .arg(v.got, 0, 'g', 10)
                    .arg(v.want, 0, 'g', 10)
                    .arg(v.relative_error, 0, 'g', 3);
  }
  qInfo("%d values, worst relative error %.3g (%s)", static_cast<int>(values.size()),
        worst->relative_error, worst->what.c_str());
  QVERIFY2(failed.isEmpty(), qPrintable(failed.join('\n')));
}

}  // namespace

class TestTrainingMaths : public QObject {
  Q_OBJECT
 private slots:
  // 4 cases x (loss, |grad|, 26 tensor norms, 4 gradients, margin) + α = 0's evaluateAll loss.
  void dpoAndRpoMatchTheReference() {
    expectClose(checks::dpoAgainstReference(dataDir(), "dpo"), 130);
  }

  // The same trainer on per-step pairs: the shared prefix ŷ_1..ŷ_{c−1} is masked with the prompt,
  // the rejected completion is the pit step alone (no EOS).
  void perStepPrefixDpoMatchesTheReference() {
    expectClose(checks::dpoAgainstReference(dataDir(), "step_prefix"), 130);
  }

  void advantageWeightedLossMatchesTheReference() {
    expectClose(checks::awrAgainstReference(dataDir()), 60);
  }

  void adamwWithWarmupCosineAndClippingMatchesTheReference() {
    expectClose(checks::adamwAgainstReference(dataDir()), 40);
  }
};

EF_TEST_GUILESS_MAIN(TestTrainingMaths)
#include "test_training_maths.moc"
