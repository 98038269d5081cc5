// SPDX-License-Identifier: GPL-3.0-or-later
// Task generators, verifiers and the GSM8K-style importer (docs/method.md, "Tasks and
// verification").
#include "core/task_checks.h"

#include <cmath>
#include <map>
#include <set>
#include <sstream>

#include "tasks/answer_parsing.h"
#include "util/random.h"
#include "tasks/arith_task.h"
#include "tasks/jsonl_task.h"
#include "tasks/stargraph_task.h"

using namespace ef;
using ef::checks::expectVerdicts;
using ef::checks::prompts;

namespace {

bool sameProblems(const std::vector<Problem>& a, const std::vector<Problem>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (a[i].prompt != b[i].prompt || a[i].steps != b[i].steps || a[i].answer != b[i].answer ||
        a[i].spurious != b[i].spurious) {
      return false;
    }
  }
  return true;
}

std::string dataFile(const char* name) {
  const QByteArray dir = qgetenv("EIGHTFOLD_TEST_DATA");
  if (dir.isEmpty()) qFatal("EIGHTFOLD_TEST_DATA is not set");
  return dir.toStdString() + "/jsonl/" + name;
}

std::int64_t applyOp(char op, std::int64_t a, std::int64_t b, int m) {
  std::int64_t r = op == '+' ? a + b : op == '-' ? a - b : a * b;
  if (m != 0) r = ((r % m) + m) % m;
  return r;
}

// Is `step` a correct equation "a<op>b[%m]=c" starting from value v? Fills *result.
bool correctEquationFrom(const std::string& step, std::int64_t v, int m, std::int64_t* result) {
  const std::string lhs = std::to_string(v);
  if (step.rfind(lhs, 0) != 0 || step.size() <= lhs.size()) return false;
  const char op = step[lhs.size()];
  if (op != '+' && op != '-' && op != '*') return false;
  const std::size_t eq = step.find('=');
  std::string rhs = step.substr(lhs.size() + 1, eq - lhs.size() - 1);
  if (m != 0) {
    const std::string suffix = "%" + std::to_string(m);
    if (rhs.size() <= suffix.size() ||
        rhs.compare(rhs.size() - suffix.size(), suffix.size(), suffix))
      return false;
    rhs.resize(rhs.size() - suffix.size());
  }
  const auto b = parsing::parseCanonicalInt(rhs);
  const auto c = parsing::parseCanonicalInt(step.substr(eq + 1));
  if (!b || !c || *c != applyOp(op, v, *b, m)) return false;
  *result = *c;
  return true;
}

// Parses an arith prompt independently of the generator and checks the whole teacher solution.
void checkArithProblem(const ArithTask& task, const Problem& p) {
  const int m = task.config().modulus;
  QVERIFY2(!p.prompt.empty() && p.prompt.back() == '\n', p.prompt.c_str());
  QStringList tokens = QString::fromStdString(p.prompt).chopped(1).split(' ');
  if (m != 0) QCOMPARE(tokens.takeLast(), QString("%%1").arg(m));
  bool ok = false;
  std::int64_t value = tokens.takeFirst().toLongLong(&ok);
  QVERIFY(ok && value >= task.config().operand_min && value <= task.config().operand_max);
  std::string rebuilt = std::to_string(value);  // the prompt must be exactly what we parsed
  QVERIFY(tokens.size() >= task.config().min_steps && tokens.size() <= task.config().max_steps);
  std::size_t j = 0;
  std::set<int> spurious(p.spurious.begin(), p.spurious.end());
  std::size_t spurious_seen = 0;
  for (const QString& tok : tokens) {
    const char op = tok.at(0).toLatin1();
    QVERIFY(task.config().operators.find(op) != std::string::npos);
    const std::int64_t operand = tok.mid(1).toLongLong(&ok);
    QVERIFY(ok);
    rebuilt += std::string(" ") + op + std::to_string(operand);
    QVERIFY(operand >= task.config().operand_min && operand <= task.config().operand_max);
    const std::int64_t result = applyOp(op, value, operand, m);
    if (m != 0) QVERIFY(result >= 0 && result < m);
    std::string expected = std::to_string(value) + op + std::to_string(operand);
    if (m != 0) expected += "%" + std::to_string(m);
    expected += "=" + std::to_string(result);
    QVERIFY(j < p.steps.size());
    SCOMPARE(p.steps[j], expected);
    ++j;
    value = result;
    if (spurious.count(static_cast<int>(j))) {  // a spurious step right after this real one
      ++spurious_seen;
      const std::string& s = p.steps[j];
      std::int64_t r = 0;
      const bool restate = s == std::to_string(value) + "=" + std::to_string(value);
      const bool computed = correctEquationFrom(s, value, m, &r);
      QVERIFY2(restate || (computed && r != value), s.c_str());  // its result is never used
      ++j;  // the next real step (checked above) continues from `value`, not from r
    }
  }
  SCOMPARE(p.prompt, rebuilt + (m != 0 ? " %" + std::to_string(m) : "") + "\n");
  QCOMPARE(spurious_seen, spurious.size());
  QCOMPARE(j + 1, p.steps.size());
  SCOMPARE(p.steps.back(), "answer: " + std::to_string(value));
  SCOMPARE(p.answer, std::to_string(value));
  QCOMPARE(task.verify(task.solutionText(p), p), Verdict::Correct);
  QVERIFY(task.splitSteps(task.solutionText(p)) == p.steps);
}

}  // namespace

class TestTasks : public QObject {
  Q_OBJECT

 private slots:
  void verdictNames() {
    QCOMPARE(QString(verdictName(Verdict::Correct)), QString("correct"));
    QCOMPARE(QString(verdictName(Verdict::Wrong)), QString("wrong"));
    QCOMPARE(QString(verdictName(Verdict::Unparseable)), QString("unparseable"));
  }

  void parsingHelpers() {
    using parsing::parseCanonicalInt;
    QCOMPARE(*parseCanonicalInt("0"), std::int64_t(0));
    QCOMPARE(*parseCanonicalInt("-54"), std::int64_t(-54));
    QCOMPARE(*parseCanonicalInt("9223372036854775807"), std::numeric_limits<std::int64_t>::max());
    QCOMPARE(*parseCanonicalInt("-9223372036854775808"), std::numeric_limits<std::int64_t>::min());
    for (const char* bad : {"", "-", "+5", "05", "-0", " 5", "5 ", "1e3", "9223372036854775808",
                            "-9223372036854775809", "99999999999999999999999", "\xef\xbc\x95"}) {
      QVERIFY2(!parseCanonicalInt(bad), bad);
    }
    // Bounded draws stay in range, cover it, and repeat per seed.
    Rng a(42), b(42);
    std::set<std::int64_t> seen;
    for (int i = 0; i < 2000; ++i) {
      const std::int64_t x = a.uniform(-3, 3);
      QCOMPARE(x, b.uniform(-3, 3));
      QVERIFY(x >= -3 && x <= 3);
      seen.insert(x);
    }
    QCOMPARE(seen.size(), std::size_t(7));
    QCOMPARE(parsing::split("a,,b", ",").size(), std::size_t(3));
  }

  void splitSteps() {
    const ArithTask task{ArithConfig{}};
    const auto steps = task.splitSteps("1+2=3\n\n3*2=6\nansw");
    QCOMPARE(steps.size(), std::size_t(3));
    SCOMPARE(steps[2], "answ");  // the incomplete last step is kept
    QVERIFY(task.splitSteps("").empty());
    const StarGraphTask sg{StarGraphConfig()};
    QCOMPARE(sg.splitSteps("32,34,,6,").size(), std::size_t(3));
  }

  void arithConfigValidation() {
    auto error = [](ArithConfig c) -> QString {
      try {
        ArithTask t(c);
      } catch (const std::invalid_argument& e) {
        return e.what();
      }
      return "";
    };
    ArithConfig c;
    QVERIFY(error(c).isEmpty());
    c.operators = "+/";
    QCOMPARE(error(c), QString("arith.operators: unknown operator '/'"));
    c = {}, c.operators = "";
    QVERIFY(error(c).startsWith("arith.operators:"));
    c = {}, c.min_steps = 0;
    QVERIFY(error(c).startsWith("arith.min_steps:"));
    c = {}, c.min_steps = 5, c.max_steps = 4;
    QVERIFY(error(c).startsWith("arith.max_steps:"));
    c = {}, c.operand_min = 5, c.operand_max = 4;
    QVERIFY(error(c).startsWith("arith.operand_max:"));
    c = {}, c.modulus = 1;
    QVERIFY(error(c).startsWith("arith.modulus:"));
    c = {}, c.spurious_rate = 1.5;
    QVERIFY(error(c).startsWith("arith.spurious_rate:"));
    c = {}, c.max_steps = 40;  // 9^41 does not fit int64 without a modulus...
    QVERIFY(error(c).startsWith("arith.max_steps:"));
    c.modulus = 97;  // ...but is fine with one
    QVERIFY(error(c).isEmpty());
  }

  void arithDeterminism() {
    ArithConfig c;
    c.spurious_rate = 0.3;
    const ArithTask task(c);
    const auto a = task.problems("train", 50, 7);
    QVERIFY(sameProblems(a, task.problems("train", 50, 7)));
    QVERIFY(prompts(a) != prompts(task.problems("train", 50, 8)));
    const auto small = task.problems("train", 20, 7);
    QVERIFY(sameProblems(small, std::vector<Problem>(a.begin(), a.begin() + 20)));
    QVERIFY(prompts(task.problems("test", 50, 7)) != prompts(a));
    QVERIFY(task.problems("test", 0, 7).empty());
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, task.problems("val", 1, 7));
    // The validation split is a stream of its own.
    const auto valid = task.problems("valid", 50, 7);
    QVERIFY(sameProblems(valid, task.problems("valid", 50, 7)));
    QVERIFY(prompts(valid) != prompts(a));
    QVERIFY(prompts(valid) != prompts(task.problems("test", 50, 7)));
    // The chains do not depend on spurious_rate (they are drawn before the spurious steps).
    const auto plain = ArithTask(ArithConfig{}).problems("train", 50, 7);
    QVERIFY(prompts(plain) == prompts(a));
  }

  void arithGolden() {
    const ArithTask plain{ArithConfig{}};
    const Problem p = plain.problems("train", 1, 1).front();
    SCOMPARE(p.prompt, "6 *9 +3\n");
    SCOMPARE(plain.solutionText(p), "6*9=54\n54+3=57\nanswer: 57");
    SCOMPARE(p.answer, "57");
    ArithConfig c;
    c.modulus = 97, c.spurious_rate = 0.5, c.operand_max = 20;
    const ArithTask mod(c);
    const Problem q = mod.problems("test", 1, 6).front();
    SCOMPARE(q.prompt, "8 *19 *3 +1 *15 %97\n");
    SCOMPARE(mod.solutionText(q),
             "8*19%97=55\n55-19%97=36\n55*3%97=68\n68=68\n68+1%97=69\n69=69\n69*15%97=65\n"
             "65+8%97=73\nanswer: 65");
    QCOMPARE(q.spurious, std::vector<int>({1, 3, 5, 7}));
    // Recomputed by hand: 8*19=152=55 (mod 97); 55*3=165=68; 68+1=69; 69*15=1035=65.
    QCOMPARE((((8 * 19 % 97) * 3 % 97 + 1) % 97) * 15 % 97, 65);
  }

  void arithChainsRecomputed() {
    ArithConfig plain;
    ArithConfig mod;
    mod.modulus = 97, mod.operand_max = 50, mod.min_steps = 1, mod.max_steps = 6;
    ArithConfig spurious;
    spurious.spurious_rate = 0.4, spurious.operators = "*-";
    ArithConfig both = mod;
    both.spurious_rate = 0.5;
    for (const ArithConfig& c : {plain, mod, spurious, both}) {
      const ArithTask task(c);
      std::size_t spurious_steps = 0;
      std::set<char> ops;
      for (const Problem& p : task.problems("train", 250, 11)) {
        checkArithProblem(task, p);
        if (QTest::currentTestFailed()) return;
        spurious_steps += p.spurious.size();
        for (char ch : p.prompt)
          ops.insert(ch);
      }
      for (char op : c.operators)
        QVERIFY(ops.count(op));
      if (c.spurious_rate > 0)
        QVERIFY(spurious_steps > 50);
      else
        QCOMPARE(spurious_steps, std::size_t(0));
    }
  }

  // The teacher's spurious-step labels are the task's own rule applied to the split solution text:
  // they survive solutionText -> splitSteps, so a model's copy of the habit is labelled the same
  // way (the credit stage compares their advantages with the other steps').
  void spuriousLabelsSurviveTheStepSplitter() {
    ArithConfig mod;
    mod.modulus = 97, mod.operand_max = 50, mod.spurious_rate = 0.5, mod.max_steps = 6;
    ArithConfig plain;
    plain.spurious_rate = 0.4, plain.operators = "+-*";
    for (const ArithConfig& c : {mod, plain}) {
      const ArithTask task(c);
      std::size_t labelled = 0;
      for (const Problem& p : task.problems("train", 300, 3)) {
        const auto steps = task.splitSteps(task.solutionText(p));
        QVERIFY(steps == p.steps);
        QCOMPARE(task.spuriousSteps(steps), p.spurious);
        labelled += p.spurious.size();
      }
      QVERIFY(labelled > 100);
    }
    // A wrong step that the next one does not continue from is labelled too; the answer step never.
    const ArithTask task{ArithConfig{}};
    QCOMPARE(task.spuriousSteps({"6*9=54", "7+3=10", "answer: 10"}), std::vector<int>({0}));
    QCOMPARE(task.spuriousSteps({"6*9=54", "54=54", "54+3=57", "answer: 57"}),
             std::vector<int>({1}));
    QCOMPARE(task.spuriousSteps({"-2-3=-5", "-5+1=-4", "answer: -4"}), std::vector<int>());
    QCOMPARE(task.spuriousSteps({"garbage", "answer: 1"}), std::vector<int>());
  }

  void arithVerify() {
    const ArithTask task{ArithConfig{}};
    Problem p;
    p.answer = "54";
    Problem zero;
    zero.answer = "0";
    expectVerdicts(
        task, p, Verdict::Correct,
        {"17*3=51\n51+5=56\n56-2=54\nanswer: 54", "answer: 54", "answer: 54\n", "answer: 54\n\n"});
    expectVerdicts(task, p, Verdict::Wrong, {"answer: 55", "answer: -54", "1+1=2\nanswer: 2"});
    // No answer line, two answer lines, text after it, stray spaces or \r, non-canonical or
    // overflowing numbers, fullwidth digits, a check mark, an UNK replacement character.
    // clang-format off
    expectVerdicts(task, p, Verdict::Unparseable,
                   {"17*3=51\n51+5=56", "", "\n\n", "answer: 54\nanswer: 54",
                    "answer: 53\nanswer: 54", "answer: 54\nthanks", "answer: 54 ", "answer: 54\r",
                    "answer:  54", "answer:54", " answer: 54", "Answer: 54", "answer: +54",
                    "answer: 054", "answer: 5 4", "answer: ", "answer: 99999999999999999999999",
                    "answer: \xef\xbc\x95\xef\xbc\x94", "answer: 54 \xe2\x9c\x93",
                    "\xef\xbf\xbd\nanswer: 54"});
    // clang-format on
    QCOMPARE(task.verify("answer: 0", zero), Verdict::Correct);
    QCOMPARE(task.verify("answer: -0", zero), Verdict::Unparseable);  // not canonical
    QCOMPARE(task.verify("answer: 00", zero), Verdict::Unparseable);
  }

  void arithSymbols() {
    ArithConfig c;
    c.modulus = 7, c.spurious_rate = 0.5;
    const ArithTask task(c);
    const auto syms = task.symbols();
    QCOMPARE(syms.size(), std::size_t(24));
    QVERIFY(std::find(syms.begin(), syms.end(), "\n") != syms.end());
    std::set<char> alphabet;
    for (const auto& s : syms) {
      QCOMPARE(s.size(), std::size_t(1));
      alphabet.insert(s[0]);
    }
    for (const Problem& p : task.problems("train", 100, 1)) {
      for (char ch : p.prompt + task.solutionText(p))
        QVERIFY(alphabet.count(ch));
    }
  }

  void stargraphPaperExample() {
    const auto g = StarGraphTask::parsePrompt("32,3|16,12|3,19|32,34|34,6|6,16|19,47|47,28/32,12=");
    QCOMPARE(g.edges.size(), std::size_t(8));
    QCOMPARE(g.edges[0], std::make_pair(32, 3));
    QCOMPARE(g.edges[7], std::make_pair(47, 28));
    QCOMPARE(g.source, 32);
    QCOMPARE(g.goal, 12);
    for (const char* bad : {"", "32,3|16,12", "32,3/32,12", "32,3|16/32,12=", "32,3|x,1/32,12=",
                            "/32,12=", "32,3/32=", "32,03/32,3=", "32,3|/32,3="}) {
      QVERIFY_THROWS_EXCEPTION(std::invalid_argument, StarGraphTask::parsePrompt(bad));
    }
  }

  void stargraphStructure() {
    for (const StarGraphConfig& c : {StarGraphConfig(), checks::starGraph(3, 3, 10),
                                     checks::starGraph(5, 3, 11), checks::starGraph(2, 2, 50)}) {
      const StarGraphTask task(c);
      const std::size_t used = 1 + static_cast<std::size_t>(c.degree * (c.path_length - 1));
      int first_edge_from_source = 0;
      const auto ps = task.problems("train", 200, 5);
      for (const Problem& p : ps) {
        const auto g = StarGraphTask::parsePrompt(p.prompt);
        QCOMPARE(g.edges.size(), used - 1);
        std::map<int, std::vector<int>> children;
        std::map<int, int> in_degree;
        std::set<int> nodes{g.source};
        for (const auto& [a, b] : g.edges) {
          QVERIFY(a >= 0 && a < c.nodes && b >= 0 && b < c.nodes);
          children[a].push_back(b);
          ++in_degree[b];
          nodes.insert(a), nodes.insert(b);
        }
        QCOMPARE(nodes.size(), used);  // labels distinct
        QCOMPARE(in_degree.count(g.source), std::size_t(0));
        QCOMPARE(children[g.source].size(), std::size_t(c.degree));
        QVERIFY(children[g.goal].empty());      // the goal is a leaf
        for (int first : children[g.source]) {  // every arm has l-1 nodes
          int len = 1, node = first;
          for (; !children[node].empty(); ++len) {
            QCOMPARE(children[node].size(), std::size_t(1));
            node = children[node].front();
          }
          QCOMPARE(len, c.path_length - 1);
        }
        QCOMPARE(p.steps.size(), std::size_t(c.path_length));  // the path is valid
        SCOMPARE(p.steps.front(), std::to_string(g.source));
        SCOMPARE(p.steps.back(), std::to_string(g.goal));
        for (std::size_t i = 0; i + 1 < p.steps.size(); ++i) {
          const auto& kids = children[std::stoi(p.steps[i])];
          QCOMPARE(kids.size(), std::size_t(1 + (i == 0 ? c.degree - 1 : 0)));
          QVERIFY(std::find(kids.begin(), kids.end(), std::stoi(p.steps[i + 1])) != kids.end());
        }
        SCOMPARE(p.answer, task.solutionText(p));
        QCOMPARE(task.verify(p.answer, p), Verdict::Correct);
        first_edge_from_source += g.edges.front().first == g.source;
      }
      if (c.path_length > 2) QVERIFY(first_edge_from_source < 150);  // edges are shuffled
      QVERIFY(sameProblems(ps, task.problems("train", 200, 5)));
      QVERIFY(prompts(ps) != prompts(task.problems("train", 200, 6)));
      QVERIFY(prompts(ps) != prompts(task.problems("test", 200, 5)));
      QVERIFY(sameProblems(task.problems("test", 30, 5), [&] {
        auto t = task.problems("test", 90, 5);
        t.resize(30);
        return t;
      }()));
    }
  }

  void stargraphGoldenAndSymbols() {
    const StarGraphTask task{StarGraphConfig()};
    const Problem p = task.problems("train", 1, 1).front();
    SCOMPARE(p.prompt, "6,0|14,13|1,22|22,28|8,1|12,8|12,14|13,6/12,0=");
    SCOMPARE(p.answer, "12,14,13,6,0");
    const auto syms = task.symbols();
    QCOMPARE(syms.size(), std::size_t(54));
    SCOMPARE(syms[0], "0");
    SCOMPARE(syms[49], "49");
    SCOMPARE(syms[50], ",");
  }

  void stargraphVerify() {
    const StarGraphTask task{StarGraphConfig()};
    Problem p;
    p.prompt = "32,3|16,12|3,19|32,34|34,6|6,16|19,47|47,28/32,12=";
    p.steps = {"32", "34", "6", "16", "12"};
    p.answer = "32,34,6,16,12";
    expectVerdicts(task, p, Verdict::Correct, {"32,34,6,16,12"});
    expectVerdicts(task, p, Verdict::Wrong,
                   {"32,3,19,47,28",  // wrong arm
                    "32,34,6",        // truncated
                    "32,34,6,16,12,12", "12", "0,1,2,3,4"});
    expectVerdicts(task, p, Verdict::Unparseable,
                   {"", "32,34,6,16,12,", "32,,34", " 32,34,6,16,12", "32,34,6,16,12\n", "32,034",
                    "32,50", "32,-1", "32|34", "32,x,\xef\xbf\xbd", "answer: 12"});
  }

  void stargraphConfigValidation() {
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, StarGraphTask(checks::starGraph(2, 5, 8)));
    try {
      StarGraphTask(checks::starGraph(5, 5, 20));
      QFAIL("no exception");
    } catch (const std::invalid_argument& e) {
      QVERIFY(QString(e.what()).startsWith("stargraph.nodes:"));
    }
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, StarGraphTask(checks::starGraph(0, 5, 50)));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, StarGraphTask(checks::starGraph(2, 1, 50)));
    StarGraphTask tight(checks::starGraph(2, 5, 9));  // 1 + 2*4 = 9 labels: all of them used
    QCOMPARE(tight.problems("train", 3, 1).size(), std::size_t(3));
  }

  void normalizeTable() {
    // clang-format off
    const std::vector<std::pair<const char*, const char*>> table = {
        {"1,200", "1200"}, {"3.50", "3.5"}, {"7.0", "7"}, {".5", "0.5"}, {"50%", "0.5"},
        {"$12", "12"}, {"-3", "-3"}, {"abc", ""}, {"", ""}, {" 42 ", "42"}, {"007", "7"},
        {"-0", "0"}, {"5.", "5"}, {"12.5%", "0.125"}, {"$1,234.50", "1234.5"}, {"-$4", "-4"},
        {"$-4", "-4"}, {"1e5", ""}, {".", ""}, {"1.2.3", ""}, {"12abc", ""}, {"5%", "0.05"},
        {"1.5,0", ""}, {"\xef\xbc\x95", ""}, {"99999999999999999999999", "99999999999999999999999"}};
    // clang-format on
    for (const auto& [raw, expected] : table) {
      QVERIFY2(normalizeNumericAnswer(raw) == expected, raw);
    }
  }

  void jsonlGood() {
    ImportReport report;
    const auto ps = importJsonl(dataFile("good.jsonl"), false, &report);
    QCOMPARE(ps.size(), std::size_t(4));
    QCOMPARE(report.lines_read, std::size_t(4));
    QVERIFY(report.skipped.empty());
    QVERIFY(QString::fromStdString(ps[0].prompt).startsWith("Mia bakes 48 cookies"));
    QVERIFY(ps[0].prompt.back() == '\n');
    QCOMPARE(ps[0].steps.size(), std::size_t(4));
    SCOMPARE(ps[0].steps[0], "Mia gives away 48/2 = <<48/2=24>>24 cookies.");
    SCOMPARE(ps[0].steps[3], "#### 30");
    SCOMPARE(ps[1].answer, "1600");  // "#### 1,600"
    SCOMPARE(ps[1].steps.back(), "#### 1600");
    SCOMPARE(ps[3].answer, "1.5");  // "#### 1.50"
  }

  void jsonlErrors_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");  // a trailing '*' matches any detail
    // clang-format off
    QTest::newRow("broken") << "broken_json.jsonl" << 3 << "broken JSON: *";
    QTest::newRow("missing") << "missing_field.jsonl" << 2 << "missing field \"answer\"";
    QTest::newRow("no ####") << "no_answer_line.jsonl" << 2 << "no '#### <answer>' line";
    QTest::newRow("answer") << "bad_answer.jsonl" << 3 << "unparseable answer '12abc'";
    QTest::newRow("type") << "non_string.jsonl" << 2 << "field \"question\" is not a string";
    QTest::newRow("empty") << "empty.jsonl" << 0 << "no problems";
    QTest::newRow("absent") << "does_not_exist.jsonl" << 0 << "cannot open file";
    // clang-format on
  }

  void jsonlErrors() {
    QFETCH(QString, file);
    QFETCH(int, line);
    QFETCH(QString, message);
    const std::string path = dataFile(file.toStdString().c_str());
    QString expected = QString::fromStdString(path) +
                       (line > 0 ? ":" + QString::number(line) : "") + ": " + message;
    try {
      importJsonl(path, false);
      QFAIL("no JsonlError");
    } catch (const JsonlError& e) {
      if (expected.endsWith('*')) {
        expected.chop(1);
        QVERIFY2(QString(e.what()).startsWith(expected), e.what());
      } else {
        QCOMPARE(QString(e.what()), expected);
      }
      SCOMPARE(e.file(), path);
      QCOMPARE(e.line(), std::size_t(line));
    }
  }

  void jsonlSkipBadLines() {
    ImportReport report;
    const auto ps = importJsonl(dataFile("mixed.jsonl"), true, &report);
    QCOMPARE(ps.size(), std::size_t(3));
    SCOMPARE(ps[2].answer, "80");
    QCOMPARE(report.lines_read, std::size_t(9));
    SCOMPARE(report.file, dataFile("mixed.jsonl"));
    const std::vector<std::pair<std::size_t, QString>> expected = {
        {2, "broken JSON: "},
        {5, "missing field \"answer\""},
        {6, "no '#### <answer>' line"},
        {8, "unparseable answer 'twelve'"},
        {9, "field \"answer\" is not a string"},
        {11, "not a JSON object"}};
    QCOMPARE(report.skipped.size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
      QCOMPARE(report.skipped[i].line, expected[i].first);
      QVERIFY2(QString::fromStdString(report.skipped[i].reason).startsWith(expected[i].second),
               report.skipped[i].reason.c_str());
    }
    try {  // without skipping, the first bad line stops the import
      importJsonl(dataFile("mixed.jsonl"), false);
      QFAIL("no JsonlError");
    } catch (const JsonlError& e) {
      QCOMPARE(e.line(), std::size_t(2));
    }
  }

  void jsonlTask() {
    JsonlConfig c{dataFile("good.jsonl"), dataFile("good_test.jsonl"), false, ""};
    const JsonlTask task(c);
    QCOMPARE(task.problems("train", 0, 1).size(), std::size_t(4));
    QCOMPARE(task.problems("train", 2, 99).size(), std::size_t(2));
    QCOMPARE(task.problems("test", 10, 1).size(), std::size_t(2));
    // Without valid_file the validation problems are the end of the training file.
    const auto valid = task.problems("valid", 1, 1);
    QCOMPARE(valid.size(), std::size_t(1));
    SCOMPARE(valid[0].prompt, task.problems("train", 0, 1).back().prompt);
    SCOMPARE(task.problems("test", 1, 1)[0].answer, "12");
    QCOMPARE(task.reports().size(), std::size_t(2));
    const auto syms = task.symbols();
    QVERIFY(std::is_sorted(syms.begin(), syms.end()));
    for (const char* s : {"\n", "#", "<", ">", "$", "=", "0", "8"}) {
      QVERIFY2(std::find(syms.begin(), syms.end(), s) != syms.end(), s);
    }
    for (const Problem& p : task.problems("train", 0, 1)) {
      QCOMPARE(task.verify(task.solutionText(p), p), Verdict::Correct);
    }
    Problem p;
    p.answer = "1600";
    expectVerdicts(task, p, Verdict::Correct,
                   {"400*3=1200\n#### 1,600", "#### $1600.00\n\n", "####1600", "#### 1600 "});
    expectVerdicts(task, p, Verdict::Wrong, {"#### 1601", "x\n#### -1600", "#### 16%"});
    expectVerdicts(task, p, Verdict::Unparseable,
                   {"", "so 1600", "#### 1600\n#### 1600", "#### 1600\nmore", "#### lots",
                    "#### \xef\xbc\x91\xef\xbc\x96", " #### 1600", "#### 99 bottles"});
    c.test_file.clear();
    try {
      JsonlTask t(c);
      QFAIL("no exception");
    } catch (const std::invalid_argument& e) {
      QVERIFY(QString(e.what()).startsWith("jsonl.test_file"));
    }
    c.test_file = dataFile("bad_answer.jsonl");
    QVERIFY_THROWS_EXCEPTION(JsonlError, JsonlTask{c});
    c.skip_bad_lines = true;
    QCOMPARE(JsonlTask(c).reports()[1].skipped.size(), std::size_t(1));
  }
};

QTEST_GUILESS_MAIN(TestTasks)
#include "test_tasks.moc"
