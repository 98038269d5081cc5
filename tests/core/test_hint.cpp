// SPDX-License-Identifier: GPL-3.0-or-later
// hint: lookup chains with a hint that is a shortcut on a share ρ of the problems
// (docs/method.md, "Tasks and verification": hint).
#include "core/task_checks.h"

#include <map>
#include <sstream>
#include <tuple>
#include <vector>

#include "tasks/hint_task.h"

using namespace ef;
using ef::checks::expectVerdicts;
using ef::checks::prompts;

namespace {

struct Parsed {
  std::map<char, char> table;
  char query = 0, hint = 0;
  int hops = 0;
};

// Reads a prompt "ac bf ce da eb fd ?c2 !e\n" back into its table, query, hops and hint.
Parsed parse(const std::string& prompt) {
  Parsed out;
  std::istringstream in(prompt);
  std::string word;
  while (in >> word) {
    if (word.size() >= 3 && word[0] == '?') {
      out.query = word[1];
      out.hops = std::stoi(word.substr(2));
    } else if (word.size() == 2 && word[0] == '!')
      out.hint = word[1];
    else if (word.size() == 2)
      out.table[word[0]] = word[1];
  }
  return out;
}

int countWrongHints(const std::vector<Problem>& ps) {
  int n = 0;
  for (const auto& p : ps)
    n += p.shortcut_fails ? 1 : 0;
  return n;
}

}  // namespace

class TestHint : public QObject {
  Q_OBJECT

 private slots:
  // Every step is the table's value of the previous one; the hint is the first value exactly on
  // the problems not marked shortcut_fails, and on the others a key whose chain ends wrong.
  void chainsAndHintsRecomputed() {
    HintConfig c;
    const HintTask task(c);
    int wrong_hints = 0;
    for (const Problem& p : task.problems("train", 2000, 3)) {
      const Parsed t = parse(p.prompt);
      QVERIFY(p.prompt.back() == '\n');
      QCOMPARE(static_cast<int>(t.table.size()), c.alphabet);  // every letter a key, in order
      QCOMPARE(t.table.begin()->first, 'a');
      const std::string head{'a', t.table.at('a'), ' ', 'b', t.table.at('b'), ' '};
      SCOMPARE(p.prompt.substr(0, 6), head);
      const int hops = static_cast<int>(p.steps.size()) - 1;
      QVERIFY(hops >= c.min_hops && hops <= c.max_hops);
      QCOMPARE(t.hops, hops);
      char at = t.query;
      for (int i = 0; i < hops; ++i) {
        QVERIFY(t.table.count(at));
        const std::string step{at, '=', t.table.at(at)};
        SCOMPARE(p.steps[i], step);
        at = t.table.at(at);
      }
      SCOMPARE(p.answer, std::string(1, at));
      SCOMPARE(p.steps.back(), "answer: " + p.answer);
      QCOMPARE(task.verify(task.solutionText(p), p), Verdict::Correct);
      QVERIFY(task.splitSteps(task.solutionText(p)) == p.steps);
      const char first = t.table.at(t.query);
      QCOMPARE(p.shortcut_fails, t.hint != first);
      // The step the shortcut writes: the query's lookup answered with the hint.
      const std::string copied{t.query, '=', t.hint};
      SCOMPARE(p.shortcut_step, p.shortcut_fails ? copied : std::string());
      QCOMPARE(p.shortcut_step_index, 0);
      if (p.shortcut_fails) {
        ++wrong_hints;
        QVERIFY(t.hint != t.query && t.table.count(t.hint));
        // Following the hint from step 1 on ends at another letter: a wrong answer.
        char h = t.hint;
        for (int i = 1; i < hops; ++i)
          h = t.table.at(h);
        QVERIFY(std::string(1, h) != p.answer);
        QCOMPARE(task.verify("answer: " + std::string(1, h), p), Verdict::Wrong);
      }
    }
    QCOMPARE(wrong_hints, 200);
    QVERIFY(prompts(task.problems("valid", 50, 3)) != prompts(task.problems("train", 50, 3)));
    const Problem p = task.problems("train", 1, 3).front();
    expectVerdicts(task, p, Verdict::Unparseable,
                   {"", "answer: ab", "answer: z", "answer: 1", "answer: a\nanswer: a", "answ"});
  }

  // The shortcut fails on exactly floor(n · (1 − ρ)) of the first n problems of every split, for
  // every n (nested sizes keep the share), and on none when ρ = 1.
  void shortcutShareIsExact() {
    for (const auto& [rate, n, expected] :
         std::vector<std::tuple<double, int, int>>{{0.9, 1000, 100},
                                                   {0.9, 250, 25},
                                                   {0.9, 9, 0},
                                                   {0.9, 10, 1},
                                                   {0.75, 10, 2},
                                                   {0.8, 4000, 800},
                                                   {1.0, 500, 0},
                                                   {0.0, 40, 40}}) {
      HintConfig c;
      c.hint_rate = rate;
      const HintTask task(c);
      for (const char* split : {"train", "test"}) {
        QVERIFY2(countWrongHints(task.problems(split, static_cast<std::size_t>(n), 11)) == expected,
                 qPrintable(QString("ρ %1, n %2, %3").arg(rate).arg(n).arg(split)));
      }
    }
  }

  void badSettingsNameTheirField() {
    HintConfig c;
    c.max_hops = c.alphabet;  // a chain that could come back to its query
    try {
      HintTask t(c);
      QFAIL("no error");
    } catch (const std::invalid_argument& e) {
      QVERIFY(std::string(e.what()).find("hint.max_hops") != std::string::npos);
    }
    c = HintConfig{};
    c.hint_rate = 1.5;
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, HintTask{c});
    c = HintConfig{};
    c.alphabet = 27;
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, HintTask{c});
  }
};

QTEST_GUILESS_MAIN(TestHint)
#include "test_hint.moc"
