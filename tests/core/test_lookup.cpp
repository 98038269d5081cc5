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
};

QTEST_GUILESS_MAIN(TestLookup)
#include "test_lookup.moc"
