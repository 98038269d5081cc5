// SPDX-License-Identifier: GPL-3.0-or-later
// lookup: fact-recall chains over a hidden table with Zipf-distributed keys.
#include "core/task_checks.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <sstream>
#include <vector>

#include "tasks/lookup_task.h"

using namespace ef;
using ef::checks::expectVerdicts;
using ef::checks::prompts;

class TestLookup : public QObject {
  Q_OBJECT

 private slots:
  // lookup: every recall step is the hidden table's digit, the answer those digits in order, and
  // the key frequencies follow the configured Zipf law.
  void lookupChainsRecomputed() {
    LookupConfig c;
    c.keys = 4000;
    c.zipf = 1.3;
    const LookupTask task(c);
    std::map<std::string, int> counts;
    int draws = 0;
    for (const Problem& p : task.problems("train", 10000, 5)) {
      QVERIFY(p.steps.size() >= 3 && p.steps.size() <= 5);
      QVERIFY(p.prompt.back() == '\n');
      std::istringstream prompt(p.prompt);
      std::string digits;
      for (std::size_t i = 0; i + 1 < p.steps.size(); ++i) {
        std::string key;
        prompt >> key;
        const auto eq = p.steps[i].find('=');
        SCOMPARE(p.steps[i].substr(0, eq), key);
        const int digit = std::stoi(p.steps[i].substr(eq + 1));
        QCOMPARE(digit, task.digitOf(std::stoi(key)));
        digits += std::to_string(digit);
        ++counts[key];
        ++draws;
      }
      SCOMPARE(p.steps.back(), "answer: " + digits);
      SCOMPARE(p.answer, digits);
      QCOMPARE(task.verify(task.solutionText(p), p), Verdict::Correct);
      QVERIFY(task.splitSteps(task.solutionText(p)) == p.steps);
    }
    // The commonest key has probability 1 / Σ_{r<=4000} r^-1.3.
    double z = 0;
    for (int r = 1; r <= 4000; ++r)
      z += std::pow(r, -1.3);
    int top = 0;
    for (const auto& [key, n] : counts)
      top = std::max(top, n);
    const double expect = draws / z, sd = std::sqrt(draws / z * (1 - 1 / z));
    QVERIFY2(std::abs(top - expect) < 5 * sd,
             qPrintable(QString("%1 vs %2 ± %3").arg(top).arg(expect).arg(sd)));
    QVERIFY(counts.size() > 1000);  // and a long tail of rare keys
    // The table is the task's ground truth: independent of the run seed and the split.
    const auto other = task.problems("test", 50, 99);
    for (const Problem& p : other) {
      const auto eq = p.steps[0].find('=');
      QCOMPARE(std::stoi(p.steps[0].substr(eq + 1)),
               task.digitOf(std::stoi(p.steps[0].substr(0, eq))));
    }
    QVERIFY(prompts(task.problems("valid", 50, 5)) != prompts(task.problems("train", 50, 5)));
    Problem p = task.problems("train", 1, 5).front();
    expectVerdicts(task, p, Verdict::Unparseable,
                   {"", "answer: 1\nanswer: 1", "answer: 1 2", "answer: ", "answer: x1", "answ"});
    std::string wrong = p.answer;
    wrong[0] = static_cast<char>('0' + (wrong[0] - '0' + 1) % 10);
    QCOMPARE(task.verify("answer: " + wrong, p), Verdict::Wrong);
    QCOMPARE(task.verify("answer: " + p.answer.substr(1), p), Verdict::Wrong);  // a digit missing
    QCOMPARE(task.verify("1=2\nanswer: " + p.answer + "\n\n", p), Verdict::Correct);
    LookupConfig bad;
    bad.max_steps = 1;
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, LookupTask{bad});
  }

  // With a hint (docs/method.md, "Tasks and verification": lookup, "With a hint"): the same keys
  // and steps as without one, the prompt ending " !d" with d the first recalled digit exactly on
  // the problems not marked shortcut_fails, another digit on the others, and exactly
  // floor(n · (1 − ρ)) of those among the first n problems of a split.
  void hintIsTheFirstDigitOnTheConfiguredShare() {
    LookupConfig plain_cfg;
    LookupConfig hinted_cfg;
    hinted_cfg.hint_rate = 0.9;
    const LookupTask plain(plain_cfg), hinted(hinted_cfg);
    const auto a = plain.problems("train", 1000, 4), b = hinted.problems("train", 1000, 4);
    int wrong = 0;
    for (std::size_t i = 0; i < a.size(); ++i) {
      QVERIFY(!a[i].shortcut_fails);
      QVERIFY(a[i].steps == b[i].steps);
      const std::string keys = a[i].prompt.substr(0, a[i].prompt.size() - 1);
      SCOMPARE(b[i].prompt.substr(0, keys.size()), keys);
      QCOMPARE(b[i].prompt.size(), keys.size() + 4);  // " !d\n"
      SCOMPARE(b[i].prompt.substr(keys.size(), 2), std::string(" !"));
      const char hint = b[i].prompt[keys.size() + 2];
      QVERIFY(hint >= '0' && hint <= '9');
      QCOMPARE(b[i].shortcut_fails, hint != b[i].answer[0]);
      const std::string key = b[i].steps[0].substr(0, b[i].steps[0].find('='));
      SCOMPARE(b[i].shortcut_step, b[i].shortcut_fails ? key + "=" + hint : std::string());
      wrong += b[i].shortcut_fails ? 1 : 0;
      QCOMPARE(hinted.verify(hinted.solutionText(b[i]), b[i]), Verdict::Correct);
    }
    QCOMPARE(wrong, 100);
    int wrong_test = 0;
    for (const auto& p : hinted.problems("test", 500, 4))
      wrong_test += p.shortcut_fails ? 1 : 0;
    QCOMPARE(wrong_test, 50);
    const auto symbols = hinted.symbols();
    QVERIFY(std::find(symbols.begin(), symbols.end(), "!") != symbols.end());
    const auto plain_symbols = plain.symbols();
    QVERIFY(std::find(plain_symbols.begin(), plain_symbols.end(), "!") == plain_symbols.end());
  }
};

QTEST_GUILESS_MAIN(TestLookup)
#include "test_lookup.moc"
