// SPDX-License-Identifier: GPL-3.0-or-later
// GPT-2's byte-level BPE (docs/models.md, "Tokenizers"): ids equal those of an independent encoder
// (the npm package gpt-3-encoder, tests/data/gpt2/make_bpe_reference.js) on the real GPT-2
// vocabulary, decode(encode(s)) = s, step boundaries stay token boundaries, the tokenizer files
// round-trip, and broken files are named.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <fstream>

#include "text/bpe_tokenizer.h"
#include "text/char_tokenizer.h"
#include "text/encoding.h"
#include "text/tokenizer_files.h"

using namespace ef;

namespace {

std::string dataDir() {
  return qEnvironmentVariable("EIGHTFOLD_TEST_DATA").toStdString() + "/gpt2";
}

struct Reference {
  std::string text;
  std::vector<int> ids;
};

std::vector<Reference> references() {
  QFile f(QString::fromStdString(dataDir() + "/bpe_reference.json"));
  if (!f.open(QIODevice::ReadOnly)) qFatal("cannot read bpe_reference.json");
  std::vector<Reference> out;
  for (const auto& v : QJsonDocument::fromJson(f.readAll()).array()) {
    Reference r;
    r.text = v.toObject()["text"].toString().toStdString();
    for (const auto& id : v.toObject()["ids"].toArray())
      r.ids.push_back(id.toInt());
    out.push_back(std::move(r));
  }
  return out;
}

QString errorOf(const std::string& dir) {
  try {
    readTokenizer(dir, "\n");
  } catch (const std::runtime_error& e) {
    return QString::fromStdString(e.what());
  }
  return {};
}

}  // namespace

class TestBpe : public QObject {
  Q_OBJECT

 private slots:
  void idsEqualTheIndependentEncoder() {
    const auto tok = readTokenizer(dataDir() + "/tokenizer", "\n");
    QCOMPARE(std::string(tok->kind()), std::string("bpe"));
    QCOMPARE(tok->vocabSize(), 50257);
    QCOMPARE(tok->eos(), 50256);
    const auto refs = references();
    QVERIFY(refs.size() >= 300);
    std::size_t tokens = 0;
    for (const auto& r : refs) {
      const auto ids = tok->encode(r.text);
      QVERIFY2(ids == r.ids, qPrintable(QString::fromStdString("ids differ for: " + r.text)));
      QCOMPARE(tok->decode(ids), r.text);
      tokens += ids.size();
    }
    qInfo("%zu strings, %zu tokens equal gpt-3-encoder's", refs.size(), tokens);
  }

  void invalidUtf8RoundTrips() {
    const auto tok = readTokenizer(dataDir() + "/tokenizer", "\n");
    for (const std::string& s : {std::string("a\xff\xfe b"), std::string("\xc3"),
                                 std::string("caf\xc3\xa9 \xe2\x82"), std::string(1, '\0')}) {
      const auto ids = tok->encode(s);
      QVERIFY(!ids.empty());
      QCOMPARE(tok->decode(ids), s);
    }
  }

  void paddedVocabularyIdsDecodeToReplacement() {
    const auto tok = readTokenizer(dataDir() + "/tokenizer", "\n");
    QCOMPARE(tok->decode({40, 50257, 50303}), std::string("I\xEF\xBF\xBD\xEF\xBF\xBD"));
    QVERIFY_THROWS_EXCEPTION(std::out_of_range, tok->decodeToken(50257));
  }

  void stepBoundariesAreTokenBoundaries() {
    const auto tok = readTokenizer(dataDir() + "/tokenizer", "\n");
    const std::string solution = "48/2=24\n\n\n24+ 12 =36\n#### 36";
    // Plain encoding makes "\n\n" one token (GPT-2's 628), straddling the cut after step 1...
    const auto plain = tok->encode(solution);
    std::vector<std::size_t> cuts{0};
    for (int id : plain)
      cuts.push_back(cuts.back() + tok->decodeToken(id).size());
    QVERIFY(std::count(plain.begin(), plain.end(), 628) == 1);
    QVERIFY(std::find(cuts.begin(), cuts.end(), std::string("48/2=24\n").size()) == cuts.end());
    // ...encodeSteps cuts after every separator, so each step prefix is a prefix of the whole.
    const auto whole = tok->encodeSteps(solution);
    QCOMPARE(tok->decode(whole), solution);
    for (std::size_t at = solution.find('\n'); at != std::string::npos;
         at = solution.find('\n', at + 1)) {
      const std::string prefix = solution.substr(0, at + 1);
      const auto ids = encodePrompt(*tok, "Q: ", prefix);
      const auto full = encodeExample(*tok, "Q: ", solution);
      QVERIFY(ids.size() <= full.tokens.size());
      QVERIFY(std::equal(ids.begin(), ids.end(), full.tokens.begin()));
      QCOMPARE(tok->decode(std::vector<int>(ids.begin() + 1, ids.end())), "Q: " + prefix);
    }
  }

  void tokenizerFilesRoundTrip() {
    QTemporaryDir tmp;
    const auto tok = readTokenizer(dataDir() + "/tokenizer", "\n");  // OpenAI's file names
    writeTokenizer(*tok, tmp.path().toStdString());                  // Hugging Face's
    QVERIFY(QFile::exists(tmp.filePath("vocab.json")) && QFile::exists(tmp.filePath("merges.txt")));
    const auto back = readTokenizer(tmp.path().toStdString(), "\n");
    QCOMPARE(back->signature(), tok->signature());
    for (const auto& r : references())
      QCOMPARE(back->encode(r.text), r.ids);
    // A character tokenizer carries its symbols.
    QTemporaryDir tmp2;
    const CharTokenizer chars({"1", "2", "+", "=", "\n", "12"}, "\n");
    writeTokenizer(chars, tmp2.path().toStdString());
    const auto cback = readTokenizer(tmp2.path().toStdString(), "\n");
    QCOMPARE(std::string(cback->kind()), std::string("chars"));
    QCOMPARE(cback->signature(), chars.signature());
    QCOMPARE(cback->encode("12+1=2\n"), chars.encode("12+1=2\n"));
  }

  void cutDownVocabularyOfTheTinyModel() {
    // The fixture's 512-token vocabulary: the 256 bytes, GPT-2's first 255 merges, <|endoftext|>.
    const auto tiny = readTokenizer(dataDir() + "/tiny", "\n");
    const auto full = readTokenizer(dataDir() + "/tokenizer", "\n");
    QCOMPARE(tiny->vocabSize(), 512);
    QCOMPARE(tiny->eos(), 511);
    QCOMPARE(tiny->bos(), 511);
    // Merges are GPT-2's, so a token both have decodes the same; encode is coarser in `full`.
    for (const auto& r : references()) {
      const auto ids = tiny->encode(r.text);
      QCOMPARE(tiny->decode(ids), r.text);
      QVERIFY(ids.size() >= r.ids.size());
    }
    QCOMPARE(tiny->encode(" the"), full->encode(" the"));  // "Ġthe" is among the first merges
  }

  void brokenFilesAreNamed() {
    QTemporaryDir tmp;
    const auto dir = tmp.path().toStdString();
    QVERIFY(errorOf(dir).contains("no tokenizer files"));
    const auto tok = readTokenizer(dataDir() + "/tiny", "\n");
    writeTokenizer(*tok, dir);
    std::ofstream(dir + "/merges.txt", std::ios::app) << "a b c\n";
    QVERIFY2(errorOf(dir).contains("merges.txt:257: expected two tokens"),
             qPrintable(errorOf(dir)));
    writeTokenizer(*tok, dir);
    std::ofstream(dir + "/merges.txt", std::ios::app) << "Ġ zzzz\n";
    QVERIFY2(errorOf(dir).contains("merge 256 ('Ġ zzzz') names a token the vocabulary lacks"),
             qPrintable(errorOf(dir)));
    std::ofstream(dir + "/vocab.json") << R"({"a": 0, "b": 5})";
    QVERIFY2(errorOf(dir).contains("vocab.json: ids must be 0..1 each once"),
             qPrintable(errorOf(dir)));
    std::ofstream(dir + "/vocab.json") << R"({"a": 0, )";
    QVERIFY2(errorOf(dir).contains("vocab.json: not JSON"), qPrintable(errorOf(dir)));
  }
};

QTEST_GUILESS_MAIN(TestBpe)
#include "test_bpe.moc"
