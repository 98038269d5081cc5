// SPDX-License-Identifier: GPL-3.0-or-later
// The symbol-level tokenizer (docs/method.md, "Tokenizer"): specials, longest match, round
// trips.
#include <QtTest>

#include <algorithm>

#include "core/task_checks.h"
#include "tasks/arith_task.h"
#include "tasks/jsonl_task.h"
#include "tasks/stargraph_task.h"
#include "text/char_tokenizer.h"

using namespace ef;

#define SCOMPARE(a, b) QCOMPARE(QString::fromStdString(a), QString::fromStdString(b))

namespace {

int idOf(const CharTokenizer& tok, const std::string& symbol) {
  const auto& s = tok.symbols();
  const auto it = std::find(s.begin(), s.end(), symbol);
  return it == s.end() ? -1 : static_cast<int>(it - s.begin()) + CharTokenizer::kNumSpecial;
}

// Encodes prompt + teacher solution of every problem and decodes it back; no UNK allowed.
void roundTrip(const Task& task, const std::vector<Problem>& problems) {
  const CharTokenizer tok(task.symbols(), task.stepSeparator());
  for (const Problem& p : problems) {
    const std::string text = p.prompt + task.solutionText(p);
    const std::vector<int> ids = tok.encode(text);
    QVERIFY(std::find(ids.begin(), ids.end(), CharTokenizer::kUnk) == ids.end());
    for (int id : ids)
      QVERIFY(id >= CharTokenizer::kNumSpecial && id < tok.vocabSize());
    SCOMPARE(tok.decode(ids), text);
    // The solution's separators are exactly its step boundaries.
    const auto sol = tok.encode(task.solutionText(p));
    QCOMPARE(static_cast<std::size_t>(std::count(sol.begin(), sol.end(), tok.separatorId())),
             p.steps.size() - 1);
  }
}

std::string dataFile(const char* name) {
  const QByteArray dir = qgetenv("EIGHTFOLD_TEST_DATA");
  if (dir.isEmpty()) qFatal("EIGHTFOLD_TEST_DATA is not set");
  return dir.toStdString() + "/jsonl/" + name;
}

QString constructorError(const std::vector<std::string>& symbols, const std::string& sep) {
  try {
    CharTokenizer t(symbols, sep);
  } catch (const std::invalid_argument& e) {
    return e.what();
  }
  return "";
}

}  // namespace

class TestTokenizer : public QObject {
  Q_OBJECT

 private slots:
  void specials() {
    QCOMPARE(CharTokenizer::kPad, 0);
    QCOMPARE(CharTokenizer::kBos, 1);
    QCOMPARE(CharTokenizer::kEos, 2);
    QCOMPARE(CharTokenizer::kUnk, 3);
    QCOMPARE(CharTokenizer::kNumSpecial, 4);
    const CharTokenizer tok({"a", "b", ";"}, ";");
    QCOMPARE(tok.vocabSize(), 7);
    QCOMPARE(tok.separatorId(), 6);
    SCOMPARE(tok.decodeToken(CharTokenizer::kPad), "");
    SCOMPARE(tok.decodeToken(CharTokenizer::kBos), "");
    SCOMPARE(tok.decodeToken(CharTokenizer::kEos), "");
    SCOMPARE(tok.decodeToken(CharTokenizer::kUnk), "\xEF\xBF\xBD");
    SCOMPARE(tok.decodeToken(4), "a");
    // Specials decode to nothing and do not stop decoding.
    SCOMPARE(tok.decode({CharTokenizer::kBos, 4, CharTokenizer::kEos, 5, CharTokenizer::kPad, 6}),
             "ab;");
    QVERIFY(tok.encode("").empty());
  }

  void unknownBytesAndRanges() {
    const ArithTask arith{ArithConfig{}};
    const CharTokenizer tok(arith.symbols(), "\n");
    const std::vector<int> ids = tok.encode("1/2");
    QCOMPARE(ids, std::vector<int>({idOf(tok, "1"), CharTokenizer::kUnk, idOf(tok, "2")}));
    SCOMPARE(tok.decode(ids),
             "1\xEF\xBF\xBD"
             "2");
    // A multi-byte character that starts no symbol becomes one UNK per byte.
    QCOMPARE(tok.encode("\xE2\x9C\x93"), std::vector<int>(3, CharTokenizer::kUnk));
    QVERIFY_THROWS_EXCEPTION(std::out_of_range, tok.decodeToken(-1));
    QVERIFY_THROWS_EXCEPTION(std::out_of_range, tok.decodeToken(tok.vocabSize()));
    QVERIFY_THROWS_EXCEPTION(std::out_of_range, tok.decode({4, 1000}));
  }

  void constructorErrors() {
    QVERIFY(constructorError({"a", "b", "\n"}, "\n").isEmpty());
    QVERIFY(constructorError({"a", "", "\n"}, "\n").contains("empty"));
    QVERIFY(constructorError({"a", "b", "a", "\n"}, "\n").contains("duplicate symbol 'a'"));
    QVERIFY(constructorError({"a", "b"}, "\n").contains("separator"));
    QVERIFY(constructorError({"a", "b"}, "").contains("separator"));
    QVERIFY(constructorError({}, ",").contains("separator"));
  }

  void longestMatch() {
    const CharTokenizer tok({"3", "32", "2", "322", ","}, ",");
    const int t3 = 4, t32 = 5, t2 = 6, t322 = 7, comma = 8;
    QCOMPARE(tok.encode("3232"), std::vector<int>({t32, t32}));
    QCOMPARE(tok.encode("323"), std::vector<int>({t32, t3}));
    QCOMPARE(tok.encode("3222"), std::vector<int>({t322, t2}));
    QCOMPARE(tok.encode("2,3"), std::vector<int>({t2, comma, t3}));
  }

  void arithRoundTrip() {
    ArithConfig c;
    c.spurious_rate = 0.3;
    const ArithTask plain(c);
    c.modulus = 97, c.operand_max = 120;
    const ArithTask mod(c);
    roundTrip(plain, plain.problems("train", 200, 3));
    roundTrip(mod, mod.problems("test", 200, 3));
    const CharTokenizer tok(plain.symbols(), plain.stepSeparator());
    QCOMPARE(tok.vocabSize(), 4 + 24);
    QCOMPARE(tok.separatorId(), idOf(tok, "\n"));
    const std::string text = "17 *3 %97\n17*3%97=51\nanswer: 51";
    QCOMPARE(tok.encode(text).size(), text.size());  // one token per character
  }

  void stargraphRoundTrip() {
    const StarGraphTask task{StarGraphConfig()};
    const CharTokenizer tok(task.symbols(), task.stepSeparator());
    QCOMPARE(tok.vocabSize(), 4 + 50 + 4);
    QCOMPARE(tok.separatorId(), idOf(tok, ","));
    const std::vector<int> ids = tok.encode("32,3|16");
    QCOMPARE(ids, std::vector<int>({4 + 32, idOf(tok, ","), 4 + 3, idOf(tok, "|"), 4 + 16}));
    SCOMPARE(tok.decode(ids), "32,3|16");
    const std::string example = "32,3|16,12|3,19|32,34|34,6|6,16|19,47|47,28/32,12=32,34,6,16,12";
    QCOMPARE(tok.encode(example).size(), std::size_t(8 * 4 + 4 + 9));
    roundTrip(task, task.problems("train", 200, 9));
    // The path of G(2,5) is 5 node tokens and 4 separators.
    const Problem p = task.problems("test", 1, 9).front();
    QCOMPARE(tok.encode(task.solutionText(p)).size(), std::size_t(9));
    // Labels of a larger alphabet ("100" vs "10" and "1") still match whole.
    const StarGraphTask big(checks::starGraph(3, 4, 200));
    const CharTokenizer tok_big(big.symbols(), ",");
    QCOMPARE(tok_big.encode("100,10,1"),
             std::vector<int>({104, tok_big.separatorId(), 14, tok_big.separatorId(), 5}));
    roundTrip(big, big.problems("train", 100, 2));
  }

  void jsonlRoundTrip() {
    JsonlConfig files;
    files.train_file = dataFile("good.jsonl");
    files.test_file = dataFile("good_test.jsonl");
    const JsonlTask task(files);
    const CharTokenizer tok(task.symbols(), task.stepSeparator());
    QCOMPARE(tok.separatorId(), idOf(tok, "\n"));
    QVERIFY(idOf(tok, "#") >= CharTokenizer::kNumSpecial);
    QVERIFY(idOf(tok, "\xC3") >= CharTokenizer::kNumSpecial);  // first byte of the 'é' in "café"
    roundTrip(task, task.problems("train", 0, 0));
    roundTrip(task, task.problems("test", 0, 0));
    // Text outside the files' alphabet (here '~' and '{') becomes UNK.
    const std::vector<int> ids = tok.encode("~{");
    QCOMPARE(ids, std::vector<int>(2, CharTokenizer::kUnk));
  }
};

QTEST_GUILESS_MAIN(TestTokenizer)
#include "test_tokenizer.moc"
