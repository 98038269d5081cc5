// SPDX-License-Identifier: GPL-3.0-or-later
// Power-law fit and efficiency multipliers against synthetic points with known answers.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <cmath>

#include "experiment/analysis/scaling_law.h"
#include "experiment/analysis/seed_band.h"
#include "experiment/analysis/sweep_summary.h"

using namespace ef;

class TestScalingLaw : public QObject {
  Q_OBJECT

 private slots:
  // 95% t-interval of a known sample: 1, 2, 3, 4, 5 has mean 3, s = sqrt(2.5), t(0.975, 4) = 2.776
  // (tables), so the half-width is 2.776 * sqrt(2.5 / 5) = 1.96293.
  void tIntervalOfAKnownSample() {
    QCOMPARE(tQuantile975(1), 12.706);
    QCOMPARE(tQuantile975(4), 2.776);
    QVERIFY(std::abs(tQuantile975(60) - 2.000) < 1e-3);   // tables: 2.000
    QVERIFY(std::abs(tQuantile975(120) - 1.980) < 1e-3);  // tables: 1.980
    const Band b = seedBand({1, 2, 3, 4, 5}, BandKind::T95);
    QCOMPARE(b.mean, 3.0);
    QVERIFY2(std::abs(b.hi - 3.0 - 2.776 * std::sqrt(0.5)) < 1e-12,
             qPrintable(QString::number(b.hi)));
    QVERIFY(std::abs(b.lo - (3.0 - 2.776 * std::sqrt(0.5))) < 1e-12);
    QCOMPARE(parseBandKind("t95"), BandKind::T95);
    const Band one = seedBand({0.4}, BandKind::T95);
    QCOMPARE(one.lo, 0.4);
    QCOMPARE(one.hi, 0.4);
  }

  // Cells with known errors: SFT follows 2 * D^-0.5 with seed-dependent factors, a method reaches
  // SFT's error at 4n with the same factors. The multiplier is 4 and, since the method's seed
  // scatter is SFT's, every bootstrap resample also gives 4: the interval is [4, 4].
  void multiplierIntervalOverSeeds() {
    std::vector<CellRecord> cells;
    const std::map<std::uint64_t, double> factor{{1, 0.9}, {2, 1.0}, {3, 1.1}};
    for (const auto& [seed, f] : factor) {
      for (int n : {100, 200, 400, 800}) {
        CellRecord sft;
        sft.method = "sft";
        sft.size = n;
        sft.seed = seed;
        sft.status = "ok";
        sft.test_error = f * 2.0 * std::pow(n, -0.5);
        cells.push_back(sft);
        CellRecord m = sft;
        m.method = "rft";
        m.test_error = f * 2.0 * std::pow(4.0 * n, -0.5);
        cells.push_back(m);
      }
    }
    const SweepReport r = summarizeCells(cells, 1e-6, 500);
    QVERIFY(r.sft_fit);
    QVERIFY(std::abs(r.sft_fit->alpha - 0.5) < 1e-12);
    QCOMPARE(r.seeds, 3);
    QVERIFY(std::abs(r.alpha_lo - 0.5) < 1e-12 && std::abs(r.alpha_hi - 0.5) < 1e-12);
    const MethodSizeStats& s = r.by_method.at("rft").at(200);
    QVERIFY2(std::abs(s.multiplier.value - 4.0) < 1e-9,
             qPrintable(QString::number(s.multiplier.value)));
    QVERIFY(std::abs(s.multiplier_lo - 4.0) < 1e-9 && std::abs(s.multiplier_hi - 4.0) < 1e-9);
    QVERIFY(!s.ciContainsOne());
    // The test-error interval is the t-interval of the three seeds' errors.
    const double e = 2.0 * std::pow(800.0, -0.5);
    const Band b = seedBand({0.9 * e, 1.0 * e, 1.1 * e}, BandKind::T95);
    const MethodSizeStats& t = r.by_method.at("rft").at(200);
    QVERIFY(std::abs(t.test_error_lo - b.lo) < 1e-12 && std::abs(t.test_error_hi - b.hi) < 1e-12);
    QVERIFY(!t.test_error_clipped);
    // A method whose seeds scatter around SFT's own error has an interval containing 1.
    std::vector<CellRecord> noisy = cells;
    for (auto& c : noisy) {
      if (c.method != "rft") continue;
      const double sft_err = 2.0 * std::pow(c.size, -0.5);
      c.test_error = sft_err * (c.seed == 1 ? 0.6 : c.seed == 2 ? 1.0 : 1.5);
    }
    const SweepReport rn = summarizeCells(noisy, 1e-6, 500);
    const MethodSizeStats& sn = rn.by_method.at("rft").at(200);
    QVERIFY2(sn.multiplier_lo < 1.0 && sn.multiplier_hi > 1.0,
             qPrintable(QString("[%1, %2]").arg(sn.multiplier_lo).arg(sn.multiplier_hi)));
    QVERIFY(sn.ciContainsOne());
    // One failed seed of three: the t-interval of the error reaches past both bounds and is cut
    // to [0, 1], marked clipped (the sweep JSON's test_error_ci95_clipped).
    std::vector<CellRecord> failed = cells;
    for (auto& c : failed)
      if (c.method == "rft" && c.size == 200) c.test_error = c.seed == 3 ? 0.95 : 0.01 * c.seed;
    const SweepReport rf = summarizeCells(failed, 1e-6, 100);
    const MethodSizeStats& sf = rf.by_method.at("rft").at(200);
    QCOMPARE(sf.test_error_lo, 0.0);
    QCOMPARE(sf.test_error_hi, 1.0);
    QVERIFY(sf.test_error_clipped);
    QVERIFY(std::abs(sf.test_error.mean - 0.98 / 3) < 1e-12);
    // Against SFT's measured mean at the same size: (2)^(1/0.5) = 4 for rft, exactly 1 for SFT.
    QVERIFY(std::abs(s.vs_sft - 4.0) < 1e-9 && std::abs(s.vs_sft_lo - 4.0) < 1e-9 &&
            std::abs(s.vs_sft_hi - 4.0) < 1e-9);
    const MethodSizeStats& sft200 = r.by_method.at("sft").at(200);
    QCOMPARE(sft200.vs_sft, 1.0);
    QCOMPARE(sft200.vs_sft_lo, 1.0);
    QCOMPARE(sft200.vs_sft_hi, 1.0);
  }

  // SFT off its own fit at one size: the fitted multiplier of SFT (and of a method that equals
  // SFT) is not 1 there, the multiplier against SFT's measured mean is.
  void multiplierAgainstTheMeasuredSftMean() {
    std::vector<CellRecord> cells;
    for (std::uint64_t seed : {1, 2, 3}) {
      for (int n : {100, 200, 400, 800}) {
        CellRecord sft;
        sft.method = "sft";
        sft.size = n;
        sft.seed = seed;
        sft.status = "ok";
        sft.test_error = (n == 200 ? 1.3 : 1.0) * std::pow(n, -0.25) * (0.95 + 0.05 * seed);
        cells.push_back(sft);
        CellRecord same = sft;
        same.method = "dpo";
        cells.push_back(same);
        CellRecord half = sft;
        half.method = "rft";
        half.test_error = *sft.test_error * 0.5;
        cells.push_back(half);
      }
    }
    const SweepReport r = summarizeCells(cells, 1e-6, 500);
    QVERIFY(r.sft_fit && r.sft_fit->valid());
    const double alpha = r.sft_fit->alpha;
    const MethodSizeStats& same = r.by_method.at("dpo").at(200);
    // SFT's error lies above its fit at 200, so against the fit SFT itself reads well below 1.
    QVERIFY2(same.multiplier.value < 0.7, qPrintable(QString::number(same.multiplier.value)));
    QCOMPARE(same.vs_sft, 1.0);
    QCOMPARE(same.vs_sft_lo, 1.0);
    QCOMPARE(same.vs_sft_hi, 1.0);
    const MethodSizeStats& half = r.by_method.at("rft").at(200);
    QVERIFY(std::abs(half.vs_sft - std::pow(2.0, 1.0 / alpha)) < 1e-9);
    QVERIFY(half.vs_sft_lo <= half.vs_sft && half.vs_sft <= half.vs_sft_hi);
    QVERIFY(half.vs_sft_lo > 1.0);
    QVERIFY(std::isnan(multiplierVsSft(0.0, 0.5, 0.25, 1e-6)));
    QCOMPARE(multiplierVsSft(0.5, 0.5, 0.0, 0.125), 16.0);  // the method's 0 floored at 0.125
    // In the JSON beside the fitted ones.
    const auto j =
        QJsonDocument::fromJson(QByteArray::fromStdString(sweepJson(1, "ok", "", cells, r, 1.0)))
            .object();
    QCOMPARE(j["multipliers_vs_sft_mean"].toObject()["dpo"].toObject()["200"].toDouble(), 1.0);
    const auto ci = j["multipliers_vs_sft_mean_ci95"].toObject()["rft"].toObject()["200"].toArray();
    QCOMPARE(ci.size(), 2);
    QCOMPARE(ci[0].toDouble(), half.vs_sft_lo);
  }

  void recoversExponentAndConstant() {
    // err = 3 * D^-0.15 exactly at five sizes.
    std::vector<ScalingPoint> pts;
    for (double d : {500.0, 1000.0, 2000.0, 4000.0, 8000.0})
      pts.push_back({d, 3.0 * std::pow(d, -0.15)});
    const PowerLawFit f = fitPowerLaw(pts, 1e-6);
    QVERIFY(std::abs(f.alpha - 0.15) < 1e-12);
    QVERIFY(std::abs(f.a - std::log(3.0)) < 1e-12);
    QVERIFY(std::abs(f.r2 - 1.0) < 1e-12);
    QCOMPARE(f.min_size, 500.0);
    QCOMPARE(f.max_size, 8000.0);
    QVERIFY(std::abs(f.predict(1000) - 3.0 * std::pow(1000.0, -0.15)) < 1e-12);
  }

  void methodShiftedByKnownFactorGetsThatMultiplier() {
    // A method at size n reaches SFT's error at 8n: multiplier 8 (paper's per-step DPO claim),
    // and a 2x method gets 2 (RFT).
    std::vector<ScalingPoint> pts;
    for (double d : {250.0, 500.0, 1000.0, 2000.0, 4000.0, 8000.0})
      pts.push_back({d, 0.9 * std::pow(d, -0.3)});
    const PowerLawFit f = fitPowerLaw(pts, 1e-6);
    for (double factor : {2.0, 8.0}) {
      const double n = 500;
      const double err = 0.9 * std::pow(factor * n, -0.3);
      const Multiplier m = efficiencyMultiplier(f, n, err, 1e-6);
      QVERIFY2(std::abs(m.value - factor) < 1e-9, qPrintable(QString::number(m.value)));
      QVERIFY(!m.extrapolated);  // 1000 and 4000 lie inside [250, 8000]
    }
    // At the largest size an 8x method extrapolates beyond the measured SFT range.
    const Multiplier far = efficiencyMultiplier(f, 8000, 0.9 * std::pow(64000.0, -0.3), 1e-6);
    QVERIFY(std::abs(far.value - 8.0) < 1e-9);
    QVERIFY(far.extrapolated);
  }

  void noisyFitMatchesClosedForm() {
    // Three points, hand-computed least squares in log-log space.
    const std::vector<ScalingPoint> pts{
        {1.0, std::exp(-1.0)}, {std::exp(1.0), std::exp(-1.5)}, {std::exp(2.0), std::exp(-2.5)}};
    // x = 0,1,2; y = -1,-1.5,-2.5 -> slope = -0.75, intercept = -0.916666...
    const PowerLawFit f = fitPowerLaw(pts, 1e-9);
    QVERIFY(std::abs(f.alpha - 0.75) < 1e-12);
    QVERIFY(std::abs(f.a - (-11.0 / 12.0)) < 1e-12);
    // residuals 1/12, -1/6, 1/12 -> ss_res = 1/24; ss_tot = 7/6 -> r2 = 1 - 1/28
    QVERIFY(std::abs(f.r2 - (1.0 - 1.0 / 28.0)) < 1e-12);
  }

  void zeroErrorsAreFloored() {
    const std::vector<ScalingPoint> pts{{100, 0.5}, {200, 0.0}};
    const PowerLawFit f = fitPowerLaw(pts, 0.005);
    QVERIFY(std::abs(f.alpha - std::log(100.0) / std::log(2.0)) < 1e-9);
  }

  void flatScalingHasNoMultiplier() {
    const PowerLawFit f = fitPowerLaw({{100, 0.3}, {200, 0.3}, {400, 0.31}}, 1e-3);
    QVERIFY(!f.valid());
    QVERIFY(std::isnan(efficiencyMultiplier(f, 100, 0.2, 1e-3).value));
  }

  void badInputIsRejected() {
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, fitPowerLaw({{100, 0.3}, {100, 0.2}}, 1e-3));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, fitPowerLaw({{0, 0.3}, {100, 0.2}}, 1e-3));
  }

  void meanAndSampleStd() {
    const MeanStd m = meanStd({0.2, 0.4, 0.6});
    QCOMPARE(m.n, 3);
    QVERIFY(std::abs(m.mean - 0.4) < 1e-15);
    QVERIFY(std::abs(m.std - 0.2) < 1e-15);
    QCOMPARE(meanStd({0.7}).std, 0.0);
  }

  void seedBands() {
    const std::vector<double> v{0.1, 0.2, 0.3, 0.6};
    // mean 0.3, sample std sqrt(((.2)^2 + (.1)^2 + 0 + (.3)^2) / 3) = sqrt(0.14 / 3)
    const double sd = std::sqrt(0.14 / 3);
    const Band s = seedBand(v, BandKind::Std);
    QCOMPARE(s.n, 4);
    QVERIFY(std::abs(s.mean - 0.3) < 1e-12);
    QVERIFY(std::abs(s.lo - (0.3 - sd)) < 1e-12 && std::abs(s.hi - (0.3 + sd)) < 1e-12);
    const Band se = seedBand(v, BandKind::StdErr);
    QVERIFY(std::abs(se.hi - (0.3 + sd / 2)) < 1e-12);
    // Bootstrap: inside the range of the values, around the mean, narrower than ± 2 std,
    // and the same every time.
    const Band b = seedBand(v, BandKind::Bootstrap95);
    QVERIFY(b.lo >= 0.1 && b.hi <= 0.6 && b.lo < 0.3 && b.hi > 0.3);
    QVERIFY(b.hi - b.lo < 4 * sd);
    const Band again = seedBand(v, BandKind::Bootstrap95);
    QCOMPARE(again.lo, b.lo);
    QCOMPARE(again.hi, b.hi);
    // One seed: no band.
    const Band one = seedBand({0.25}, BandKind::Bootstrap95);
    QCOMPARE(one.lo, 0.25);
    QCOMPARE(one.hi, 0.25);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, seedBand({}, BandKind::Std));
    QVERIFY(!s.clipped && !b.clipped);
    QCOMPARE(parseBandKind(bandKindName(BandKind::StdErr)), BandKind::StdErr);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, parseBandKind("sem"));
  }

  // A rate with its mean near 0: every band lies in [0, 1]. The symmetric ones are cut and say
  // so (mean 0.3233, std 0.4996: ± 1 std reaches -0.176); the bootstrap needs no cut.
  void unitIntervalBandsStayInside() {
    const std::vector<double> v{0.02, 0.05, 0.9};
    const Band raw = seedBand(v, BandKind::Std);
    QVERIFY(raw.lo < -0.17 && raw.lo > -0.18 && !raw.clipped);
    for (BandKind k : {BandKind::Std, BandKind::StdErr, BandKind::T95, BandKind::Bootstrap95}) {
      const Band b = seedBand(v, k, ValueRange::UnitInterval);
      QVERIFY2(b.lo >= 0.0 && b.hi <= 1.0 && b.lo <= b.mean && b.mean <= b.hi,
               qPrintable(QString::fromStdString(bandKindName(k))));
      QCOMPARE(b.clipped, k != BandKind::Bootstrap95 && k != BandKind::StdErr);
    }
    // Mean 0.01 over 5 seeds: the t-interval reaches below 0 and is cut at exactly 0.
    const Band t = seedBand({0, 0, 0, 0, 0.05}, BandKind::T95, ValueRange::UnitInterval);
    QCOMPARE(t.lo, 0.0);
    QVERIFY(t.clipped && t.hi > 0.01 && t.hi < 0.05);
    const Band boot = seedBand({0, 0, 0, 0, 0.05}, BandKind::Bootstrap95, ValueRange::UnitInterval);
    QVERIFY(!boot.clipped && boot.lo == 0.0 && boot.hi <= 0.05);
  }
};

QTEST_GUILESS_MAIN(TestScalingLaw)
#include "test_scaling_law.moc"
