// SPDX-License-Identifier: GPL-3.0-or-later
// Per-step credit without a model: the pit search state machine driven by scripted rollout
// outcomes, advantages, the Best-of-K transform, and the four pair builders on hand-made solutions.
#include <QtTest>

#include <cmath>

#include "experiment/methods/awr_weights.h"
#include "experiment/methods/controls_config.h"
#include "rollout/pair_builder.h"
#include "tasks/arith_task.h"
#include "text/char_tokenizer.h"
#include "rollout/pit_search.h"
#include "util/random.h"

using namespace ef;

namespace {

// Runs a search against scripted success counts per prefix (index = prefix length).
PitSearch runSearch(const std::vector<int>& successes, const PitOptions& opt) {
  PitSearch s(static_cast<int>(successes.size()), opt);
  int guard = 0;
  while (!s.done() && ++guard < 1000) {
    for (int prefix : s.pending())
      s.record(prefix, successes[prefix], opt.k_est);
  }
  return s;
}

}  // namespace

class TestCredit : public QObject {
  Q_OBJECT

 private slots:
  // Advantage-weighted RL on a hand-made solution (docs/method.md, "Advantage-weighted RL"):
  // a negative "2+3=5" "5*2=11" "answer: 11" with Q = 0.8, 0.8, 0, 0: A = 0, −0.8, unknown after
  // the pit; a positive "2+3=5" "answer: 5" with A = 0.2, 0.
  void advantageWeightsOnAHandMadeSolution() {
    CreditedSample neg{0, false, {"2+3=5", "5*2=11", "answer: 11"}, {0.0, -0.8, std::nullopt}};
    CreditedSample pos{0, true, {"2+3=5", "answer: 5"}, {0.2, 0.0}};
    AwrConfig cfg;
    cfg.beta = 0.5;
    cfg.normalize = "none";
    cfg.max_weight = 100;
    AwrStats st;
    auto w = awrStepWeights({neg, pos}, cfg, &st);
    QCOMPARE(w[0][0], 1.0);
    QVERIFY(std::abs(w[0][1] - std::exp(-1.6)) < 1e-12);
    QCOMPARE(w[0][2], 0.0);  // not estimated: weighs nothing
    QVERIFY(std::abs(w[1][0] - std::exp(0.4)) < 1e-12);
    QCOMPARE(w[1][1], 1.0);
    QCOMPARE(st.steps, 4);
    QCOMPARE(st.unknown_steps, 1);
    const double mean = (1.0 + std::exp(-1.6) + std::exp(0.4) + 1.0) / 4;
    QVERIFY(std::abs(st.mean_raw_weight - mean) < 1e-12);
    // Normalised by the mean, then clipped at 1.2: exp(0.4)/mean = 1.3465 is cut.
    cfg.normalize = "mean";
    cfg.max_weight = 1.2;
    w = awrStepWeights({neg, pos}, cfg, &st);
    QVERIFY(std::abs(w[0][0] - 1.0 / mean) < 1e-12);
    QVERIFY(std::abs(w[0][1] - std::exp(-1.6) / mean) < 1e-12);
    QCOMPARE(w[1][0], 1.2);
    QCOMPARE(st.clipped, 1);
    // Every token of a step carries its weight: "2+3=5\n" is 6 tokens, "5*2=11\n" 7, the answer
    // step and EOS the last weight.
    const ArithTask task(ArithConfig{});
    const CharTokenizer tok(task.symbols(), "\n");
    const Problem p{"2 +3 *2\n", {}, "10", {}, false, "", 0};
    const auto ex = awrExamples(tok, "\n", {p}, {neg}, cfg, 200, &st);
    w = awrStepWeights({neg}, cfg, nullptr);  // the weights of this example's own sample set
    QCOMPARE(ex.size(), std::size_t(1));
    const auto& e = ex[0];
    const auto full = encodeExample(tok, p.prompt, "2+3=5\n5*2=11\nanswer: 11");
    QCOMPARE(e.tokens, full.tokens);
    QCOMPARE(e.prompt_len, full.prompt_len);
    QCOMPARE(e.weights.size(), e.tokens.size() - static_cast<std::size_t>(e.prompt_len));
    for (int j = 0; j < 6; ++j)
      QCOMPARE(e.weights[j], static_cast<float>(w[0][0]));
    for (int j = 6; j < 13; ++j)
      QCOMPARE(e.weights[j], static_cast<float>(w[0][1]));
    for (std::size_t j = 13; j < e.weights.size(); ++j)
      QCOMPARE(e.weights[j], 0.0f);
  }

  void bestOfKValues() {
    QVERIFY(std::abs(bestOfK(0.2, 5) - (1 - std::pow(0.8, 5))) < 1e-15);
    QVERIFY(std::abs(bestOfK(0.2, 5) - 0.67232) < 1e-12);
    QCOMPARE(bestOfK(0.0, 5), 0.0);
    QCOMPARE(bestOfK(1.0, 5), 1.0);
    QCOMPARE(bestOfK(0.5, 1), 0.5);
  }

  void linearFindsFirstPitWithEarlyExit() {
    PitOptions opt;  // k_est 5, linear, value estimated
    // prefixes 0..5 of a 6-step negative: successes out of 5
    const auto s = runSearch({3, 4, 2, 1, 0, 0}, opt);
    QCOMPARE(s.pit().value(), 4);
    QCOMPARE(s.rolloutsUsed(), 5 * 5);  // prefixes 0..4, nothing after the pit
    QVERIFY(!s.q()[5].has_value());
    QCOMPARE(*s.q()[6], 0.0);
    QCOMPARE(*s.q()[1], 0.8);
    const auto a = s.advantages();
    QVERIFY(std::abs(*a[0] - (0.8 - 0.6)) < 1e-15);
    QVERIFY(std::abs(*a[3] - (0.0 - 0.2)) < 1e-15);
    QVERIFY(!a[4].has_value() && !a[5].has_value());
    // Advantages telescope: A_1 + ... + A_c = Q_c - Q_0.
    double sum = 0;
    for (int i = 0; i < 4; ++i)
      sum += *a[i];
    QVERIFY(std::abs(sum - (*s.q()[4] - *s.q()[0])) < 1e-15);
  }

  void advantagesTelescopeOverAWholeSolution() {
    PitOptions opt;
    opt.k_bok = 5;
    opt.last_step_can_be_pit = true;
    const auto s = runSearch({1, 2, 5, 3, 4}, opt);  // no zero before the answer step
    QCOMPARE(s.pit().value(), 5);                    // the final answer step is the pit
    const auto a = s.advantages();
    double sum = 0;
    for (const auto& x : a)
      sum += *x;
    QVERIFY(std::abs(sum - (0.0 - bestOfK(0.2, 5))) < 1e-12);
    QVERIFY(std::abs(*s.q()[1] - bestOfK(0.4, 5)) < 1e-15);
  }

  void noPitIsSkippedByDefault() {
    const auto s = runSearch({1, 2, 5, 3, 4}, PitOptions{});
    QVERIFY(s.done());
    QVERIFY(!s.pit().has_value());
    QCOMPARE(s.rolloutsUsed(), 5 * 5);
  }

  void binaryAgreesWithLinearOnMonotoneQ() {
    Rng rng(7);
    for (int trial = 0; trial < 500; ++trial) {
      const int L = 1 + static_cast<int>(rng.below(20));
      // Non-increasing successes along the prefix (ties allowed), zero somewhere or nowhere.
      std::vector<int> succ(L);
      int level = 1 + static_cast<int>(rng.below(5));
      for (int i = 0; i < L; ++i) {
        if (rng.chance(0.3)) level = std::max(0, level - 1 - static_cast<int>(rng.below(3)));
        succ[i] = level;
      }
      if (rng.chance(0.5)) succ[0] = std::max(succ[0], 1);
      PitOptions lin, bin;
      bin.mode = PitSearchMode::Binary;
      const auto a = runSearch(succ, lin), b = runSearch(succ, bin);
      QCOMPARE(a.pit(), b.pit());
      QVERIFY(a.rolloutsUsed() <= (L + 1) * 5);  // <= L prefixes x K (+ K for V(x))
      QVERIFY(b.rolloutsUsed() <= (L + 1) * 5);
    }
  }

  void binaryUsesLogarithmicRollouts() {
    std::vector<int> succ(17, 3);
    succ[15] = 0;
    succ[16] = 0;  // pit at step 15 of a 17-step negative
    PitOptions lin, bin;
    bin.mode = PitSearchMode::Binary;
    const auto a = runSearch(succ, lin), b = runSearch(succ, bin);
    QCOMPARE(a.pit().value(), 15);
    QCOMPARE(b.pit().value(), 15);
    QCOMPARE(a.rolloutsUsed(), 16 * 5);        // prefixes 0..15
    QVERIFY(b.rolloutsUsed() <= (1 + 5) * 5);  // V(x) + ceil(log2 16) bisections
  }

  void binaryOnNonMonotoneQFollowsTheDocumentedRule() {
    // successes per prefix 0..5: a zero at prefix 2 is followed by successes again.
    const std::vector<int> succ{4, 2, 0, 3, 3, 0};
    PitOptions lin, bin;
    bin.mode = PitSearchMode::Binary;
    const auto a = runSearch(succ, lin), b = runSearch(succ, bin);
    QCOMPARE(a.pit().value(), 2);  // linear: the first step from which nothing succeeds
    QCOMPARE(b.pit().value(), 5);  // binary: a zero whose predecessor succeeded
    QCOMPARE(b.successes(5), 0);
    QVERIFY(b.successes(4) > 0);
  }

  void singleStepNegative() {
    const auto s = runSearch({2}, PitOptions{});
    QVERIFY(s.done() && !s.pit());
    QCOMPARE(s.rolloutsUsed(), 5);  // only V(x)
  }

  void editDistanceValues() {
    QCOMPARE(editDistance("kitten", "sitting"), std::size_t(3));
    QCOMPARE(editDistance("", "abc"), std::size_t(3));
    QCOMPARE(editDistance("same", "same"), std::size_t(0));
  }

  void pairBuildersProduceExactTexts() {
    ProblemPairs p;
    p.problem = 7;
    p.prompt = "3 +4 +5\n";
    p.teacher_steps = {"3+4=7", "7+5=12", "answer: 12"};
    p.positives = {{"3+4=7", "7+5=12", "answer: 12"}};
    NegativeSample n1{7,
                      {"3+4=7", "7+5=13", "answer: 13"},
                      2,
                      {"7+5=12\n7=7\nanswer: 12", "7+5=12\nanswer: 12"},
                      {}};
    NegativeSample n2{7, {"3+4=8", "8+5=13", "answer: 13"}, 1, {}, {}};
    NegativeSample n3{7, {"3+4=7", "7+5=12", "answer: 21"}, std::nullopt, {}, {}};
    p.negatives = {n1, n2, n3};
    const PairBuilder b("\n", 1);
    const std::string pos = "3+4=7\n7+5=12\nanswer: 12";

    PairStats st;
    auto full = b.build(PairKind::StepFull, {p}, &st);
    QCOMPARE(full.size(), std::size_t(2));
    QCOMPARE(st.skipped_without_pit, 1);
    QCOMPARE(QString::fromStdString(full[0].prompt), QString("3 +4 +5\n"));
    QCOMPARE(QString::fromStdString(full[0].chosen), QString::fromStdString(pos));
    QCOMPARE(QString::fromStdString(full[0].rejected), QString("3+4=7\n7+5=13\n"));
    QVERIFY(full[0].chosen_complete && !full[0].rejected_complete);
    QCOMPARE(full[0].pit, 2);
    QCOMPARE(QString::fromStdString(full[1].rejected), QString("3+4=8\n"));

    auto pre = b.build(PairKind::StepPrefix, {p}, &st);
    QCOMPARE(pre.size(), std::size_t(2));
    QCOMPARE(QString::fromStdString(pre[0].prompt), QString("3 +4 +5\n3+4=7\n"));
    QCOMPARE(QString::fromStdString(pre[0].chosen), QString("7+5=12\nanswer: 12"));  // shortest
    QCOMPARE(QString::fromStdString(pre[0].rejected), QString("7+5=13\n"));
    QCOMPARE(QString::fromStdString(pre[1].prompt), QString("3 +4 +5\n"));  // pit at step 1
    QCOMPARE(QString::fromStdString(pre[1].chosen), QString::fromStdString(pos));
    QCOMPARE(QString::fromStdString(pre[1].rejected), QString("3+4=8\n"));

    auto rnd = b.build(PairKind::Random, {p}, &st);
    QCOMPARE(rnd.size(), std::size_t(3));  // every negative, pit or not
    QCOMPARE(QString::fromStdString(rnd[2].rejected), QString("3+4=7\n7+5=12\nanswer: 21"));
    for (const auto& x : rnd)
      QVERIFY(x.chosen_complete && x.rejected_complete);
  }

  void editDistancePairsTakeTheFarthestNegative() {
    ProblemPairs p;
    p.prompt = "q\n";
    p.teacher_steps = {"a", "answer: 1"};
    p.positives = {{"a", "answer: 1"}, {"a", "b", "answer: 1"}};
    p.negatives = {{0, {"a", "answer: 2"}, std::nullopt, {}, {}},
                   {0, {"zzzz", "yyyy", "answer: 99"}, std::nullopt, {}, {}},
                   {0, {"a", "b", "answer: 3"}, std::nullopt, {}, {}}};
    const PairBuilder b("\n", 3);
    const auto pairs = b.build(PairKind::EditDistance, {p});
    QVERIFY(!pairs.empty());
    for (const auto& x : pairs) {
      for (const auto& n : p.negatives) {
        QVERIFY(editDistance(x.chosen, x.rejected) >= editDistance(x.chosen, b.join(n.steps)));
      }
      QCOMPARE(QString::fromStdString(x.rejected), QString("zzzz\nyyyy\nanswer: 99"));
    }
  }

  // The alternatives of a pit step, from the rollouts of the prefix before it: grouped by their
  // first step, the pit step itself left out, highest Q̂ first; the step_alternative pair is the
  // best one against the pit step after the shared prefix, and a negative whose rollouts found no
  // alternative with Q̂ > 0 gives no pair (docs/method.md, "Pairs").
  void alternativeAtThePit() {
    const std::vector<std::string> completions = {"7+5=12\nanswer: 12", "7+5=13\nanswer: 13",
                                                  "7+5=12\nanswer: 13", "7*5=35\nanswer: 35",
                                                  "7+5=12\nanswer: 12", "answer: 12"};
    const std::vector<bool> correct = {true, false, false, false, true, false};
    const auto alts = stepAlternatives(completions, correct, "\n", "7+5=13");
    QCOMPARE(alts.size(), std::size_t(3));
    QCOMPARE(QString::fromStdString(alts[0].step), QString("7+5=12"));
    QCOMPARE(alts[0].rollouts, 3);
    QCOMPARE(alts[0].successes, 2);
    QCOMPARE(alts[0].q(), 2.0 / 3.0);
    QVERIFY(!alts[0].final);
    QCOMPARE(QString::fromStdString(alts[1].step), QString("7*5=35"));  // Q̂ 0, a tie: by text
    QCOMPARE(QString::fromStdString(alts[2].step), QString("answer: 12"));
    QVERIFY(alts[2].final);

    ProblemPairs p;
    p.problem = 7;
    p.prompt = "3 +4 +5\n";
    p.teacher_steps = {"3+4=7", "7+5=12", "answer: 12"};
    NegativeSample n1{7, {"3+4=7", "7+5=13", "answer: 13"}, 2, {}, alts};
    NegativeSample n2{7, {"3+4=8", "8+5=13", "answer: 13"}, 1, {}, {{"3+4=9", 0, 4, false}}};
    NegativeSample n3{7, {"3+4=7", "7+5=12", "answer: 21"}, std::nullopt, {}, alts};
    p.negatives = {n1, n2, n3};
    PairStats st;
    const auto pairs = PairBuilder("\n", 1).build(PairKind::StepAlternative, {p}, &st);
    QCOMPARE(pairs.size(), std::size_t(1));
    QCOMPARE(st.without_alternative, 1);
    QCOMPARE(st.skipped_without_pit, 1);
    QCOMPARE(QString::fromStdString(pairs[0].prompt), QString("3 +4 +5\n3+4=7\n"));
    QCOMPARE(QString::fromStdString(pairs[0].chosen), QString("7+5=12\n"));
    QCOMPARE(QString::fromStdString(pairs[0].rejected), QString("7+5=13\n"));
    QVERIFY(!pairs[0].chosen_complete && !pairs[0].rejected_complete);
    QCOMPARE(pairs[0].pit, 2);
  }

  // Reweighted SFT's weights on a hand-made case: problems π_sft solved 4/4, 2/4, 0/4 and one
  // without samples, upweight 9: raw 1, 5.5, 10, 1, divided by their mean 4.375.
  void reweightedSftWeights() {
    const auto w = failureWeights({4, 4, 4, 0}, {4, 2, 0, 0}, 9.0);
    const std::vector<double> expected = {1 / 4.375, 5.5 / 4.375, 10 / 4.375, 1 / 4.375};
    QCOMPARE(w.size(), expected.size());
    for (std::size_t i = 0; i < w.size(); ++i)
      QVERIFY2(std::abs(w[i] - expected[i]) < 1e-12, qPrintable(QString::number(w[i])));
    const auto flat = failureWeights({4, 4}, {0, 4}, 0.0);  // upweight 0: plain SFT
    QCOMPARE(flat[0], 1.0);
    QCOMPARE(flat[1], 1.0);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, failureWeights({1}, {1, 1}, 1.0));
  }

  void teacherStandsInWithoutPositives() {
    ProblemPairs p;
    p.prompt = "q\n";
    p.teacher_steps = {"t", "answer: 1"};
    p.negatives = {{0, {"x", "answer: 2"}, 1, {}, {}}};
    PairStats st;
    const auto pairs = PairBuilder("\n", 1).build(PairKind::StepFull, {p}, &st);
    QCOMPARE(QString::fromStdString(pairs.at(0).chosen), QString("t\nanswer: 1"));
    QCOMPARE(st.without_positive, 1);
  }
};

QTEST_GUILESS_MAIN(TestCredit)
#include "test_credit.moc"
