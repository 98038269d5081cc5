// SPDX-License-Identifier: GPL-3.0-or-later
// util/: SHA-256 against the FIPS 180-2 test vectors, device names, and the declared-field reader
// and writer on a small struct with every field type.
#include <QTemporaryDir>
#include <QtTest>

#include "ef_test_main.h"

#include <cstdlib>
#include <cstring>
#include <functional>
#include <fstream>

#include "train/thread_governor.h"
#include "util/device_name.h"
#include "util/field_json.h"
#include "util/memory.h"
#include "util/sha256.h"

using namespace ef;

namespace {

struct Inner {
  int count = 3;
  std::vector<int> sizes;
};

struct Outer {
  std::string name = "x";
  std::uint64_t seed = 1;
  double rate = 0.5;
  double lr = 1e-3;
  bool on = false;
  std::string mode = "a";
  std::vector<std::uint64_t> seeds{1};
  std::vector<std::string> picks{"p"};
  Inner inner;
};

FieldList<Inner> innerFields() {
  FieldList<Inner> f;
  f.integer("count", &Inner::count, 1, 10).label("Count").special(1, "one");
  f.integers("sizes", &Inner::sizes, 1, 100).whenEmpty("none");
  return f;
}

const FieldList<Outer>& outerFields() {
  static const FieldList<Outer> f = [] {
    FieldList<Outer> o;
    o.text("name", &Outer::name);
    o.unsignedInteger("seed", &Outer::seed);
    o.number("rate", &Outer::rate, 0.0, 1.0);
    o.positive("lr", &Outer::lr);
    o.flag("on", &Outer::on);
    o.choice("mode", &Outer::mode, {"a", "b"});
    o.unsignedIntegers("seeds", &Outer::seeds);
    o.choices("picks", &Outer::picks, {"p", "q"});
    o.section("inner", &Outer::inner, innerFields()).label("Inner");
    return o;
  }();
  return f;
}

// {field, message} of the ConfigError reading `json` raises ("", "" when it reads).
std::pair<QString, QString> errorOf(const std::string& json) {
  Outer o;
  try {
    readFieldsJson(outerFields().bind(o), json);
    return {};
  } catch (const ConfigError& e) {
    return {QString::fromStdString(e.field()), QString::fromStdString(e.what())};
  }
}

}  // namespace

class TestUtil : public QObject {
  Q_OBJECT

 private slots:
  void sha256TestVectors() {
    // FIPS 180-2, appendix B (and the empty message).
    QCOMPARE(sha256Hex(""),
             std::string("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    QCOMPARE(sha256Hex("abc"),
             std::string("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    QCOMPARE(sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
             std::string("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"));
    QCOMPARE(sha256Hex(std::string(1000000, 'a')),
             std::string("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"));
  }

  void sha256OfFileEqualsDigestOfItsBytes() {
    QTemporaryDir dir;
    const std::string path = dir.filePath("blob").toStdString();
    std::string bytes;
    for (int i = 0; i < (1 << 17) + 3; ++i)  // spans several read blocks, not a multiple of one
      bytes += static_cast<char>((i * 131) & 0xff);
    std::ofstream(path, std::ios::binary) << bytes;
    QCOMPARE(sha256OfFile(path), sha256Hex(bytes));
    bool threw = false;
    try {
      sha256OfFile(dir.filePath("missing").toStdString());
    } catch (const std::runtime_error& e) {
      threw = std::string(e.what()).find("missing") != std::string::npos;
    }
    QVERIFY(threw);
  }

  void deviceNames_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical");  // "" = rejected
    QTest::newRow("auto") << "auto"
                          << "auto";
    QTest::newRow("cpu") << "cpu"
                         << "cpu";
    QTest::newRow("cuda is cuda:0") << "cuda"
                                    << "cuda:0";
    QTest::newRow("cuda:1") << "cuda:1"
                            << "cuda:1";
    QTest::newRow("cuda:12") << "cuda:12"
                             << "cuda:12";
    QTest::newRow("empty index") << "cuda:"
                                 << "";
    QTest::newRow("letter index") << "cuda:x"
                                  << "";
    QTest::newRow("upper case") << "CPU"
                                << "";
    QTest::newRow("tpu") << "tpu"
                         << "";
    QTest::newRow("huge index") << "cuda:12345678901"
                                << "";
  }

  void deviceNames() {
    QFETCH(QString, text);
    QFETCH(QString, canonical);
    const auto d = parseDeviceName(text.toStdString());
    QCOMPARE(d.has_value(), !canonical.isEmpty());
    if (d) QCOMPARE(QString::fromStdString(d->canonical()), canonical);
  }

  void fieldsRoundTripThroughJson() {
    Outer a;
    a.name = "ü name";
    a.seed = 18446744073709551615ull;  // the largest uint64 stays exact
    a.rate = 0.1 + 0.2;
    a.lr = 3e-4;
    a.on = true;
    a.mode = "b";
    a.seeds = {7, 9};
    a.picks = {"q", "p"};
    a.inner.count = 9;
    a.inner.sizes = {100, 4};
    const std::string text = writeFieldsJson(outerFields().bind(a));
    Outer b;
    readFieldsJson(outerFields().bind(b), text);
    QCOMPARE(b.name, a.name);
    QCOMPARE(b.seed, a.seed);
    QCOMPARE(b.rate, a.rate);
    QCOMPARE(b.lr, a.lr);
    QCOMPARE(b.on, a.on);
    QCOMPARE(b.mode, a.mode);
    QCOMPARE(b.seeds, a.seeds);
    QCOMPARE(b.picks, a.picks);
    QCOMPARE(b.inner.count, a.inner.count);
    QCOMPARE(b.inner.sizes, a.inner.sizes);
    // Declaration order, the section nested.
    QCOMPARE(QString::fromStdString(writeFieldsJson(outerFields().bind(b), -1)),
             QString(R"({"name":"ü name","seed":18446744073709551615,"rate":0.30000000000000004,)"
                     R"("lr":0.0003,"on":true,"mode":"b","seeds":[7,9],"picks":["q","p"],)"
                     R"("inner":{"count":9,"sizes":[100,4]}})"));
  }

  void missingKeysKeepTheObjectsValues() {
    Outer o;
    o.inner.count = 5;
    readFieldsJson(outerFields().bind(o), R"({"inner": {}})");
    QCOMPARE(o.inner.count, 5);
    QCOMPARE(o.name, std::string("x"));
  }

  void readerErrorsNameTheField_data() {
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    QTest::newRow("syntax") << "{\n \"name\": }"
                            << ""
                            << "invalid JSON at line 2";
    QTest::newRow("not an object") << "[1]"
                                   << ""
                                   << "expected an object, got an array";
    QTest::newRow("unknown key") << R"({"nmae": "y"})"
                                 << "nmae"
                                 << "unknown key (known keys here: inner, lr, mode, name, on, "
                                    "picks, rate, seed, seeds)";
    QTest::newRow("nested unknown") << R"({"inner": {"cnt": 1}})"
                                    << "inner.cnt"
                                    << "known keys here: count, sizes";
    QTest::newRow("section type") << R"({"inner": 3})"
                                  << "inner"
                                  << "expected an object, got a number";
    QTest::newRow("int range") << R"({"inner": {"count": 11}})"
                               << "inner.count"
                               << "must be between 1 and 10 (got 11)";
    QTest::newRow("int fraction") << R"({"inner": {"count": 2.5}})"
                                  << "inner.count"
                                  << "expected an integer, got a fractional number";
    QTest::newRow("list element") << R"({"inner": {"sizes": [1, 0]}})"
                                  << "inner.sizes[1]"
                                  << "must be between 1 and 100 (got 0)";
    QTest::newRow("double range") << R"({"rate": 2})"
                                  << "rate"
                                  << "must be between 0 and 1 (got 2)";
    QTest::newRow("positive") << R"({"lr": 0})"
                              << "lr"
                              << "must be > 0 (got 0)";
    QTest::newRow("bool") << R"({"on": 1})"
                          << "on"
                          << "expected true or false, got a number";
    QTest::newRow("negative seed") << R"({"seed": -1})"
                                   << "seed"
                                   << "must be >= 0 (got -1)";
    QTest::newRow("choice") << R"({"mode": "c"})"
                            << "mode"
                            << "must be one of a, b (got \"c\")";
    QTest::newRow("choice list") << R"({"picks": ["p", "r"]})"
                                 << "picks[1]"
                                 << "must be one of p, q (got \"r\")";
    QTest::newRow("seed list") << R"({"seeds": [1, -2]})"
                               << "seeds[1]"
                               << "expected a non-negative integer";
    QTest::newRow("text type") << R"({"name": 3})"
                               << "name"
                               << "expected a string, got a number";
  }

  void readerErrorsNameTheField() {
    QFETCH(QString, json);
    QFETCH(QString, field);
    QFETCH(QString, message);
    const auto [got_field, got_message] = errorOf(json.toStdString());
    QCOMPARE(got_field, field);
    QVERIFY2(got_message.contains(message), qPrintable(got_message));
  }

  // Resident memory is read from /proc; releaseFreeMemory hands freed heap pages back although
  // live blocks sit between them (the fragmentation that sampling leaves behind).
  void freedHeapPagesGoBack() {
#if defined(__has_feature)
#if __has_feature(address_sanitizer)
    EF_SKIP("AddressSanitizer replaces glibc's allocator: malloc_trim has nothing to give back");
#endif
#endif
    const std::int64_t before = residentBytes();
    QVERIFY(before > 0);
    QVERIFY(peakResidentBytes() >= before);
    // 160 MiB in 64 KiB blocks: below glibc's mmap threshold (128 KiB), so they live in the heap.
    constexpr std::size_t kBlocks = 2560, kBig = 64 << 10;
    std::vector<char*> big(kBlocks), pins(kBlocks);
    const auto free_all = [](std::vector<char*>& v) {
      for (char*& p : v) {
        std::free(p);
        p = nullptr;
      }
    };
    struct Guard {  // a failed check returns early: nothing stays allocated
      std::function<void()> f;
      ~Guard() { f(); }
    } guard{[&] {
      free_all(big);
      free_all(pins);
    }};
    for (std::size_t i = 0; i < kBlocks; ++i) {
      big[i] = static_cast<char*>(std::malloc(kBig));
      std::memset(big[i], 1, kBig);                   // touched: resident
      pins[i] = static_cast<char*>(std::malloc(64));  // keeps the freed blocks apart
      pins[i][0] = 1;
    }
    const std::int64_t full = residentBytes();
    QVERIFY2(full - before > 150 << 20, qPrintable(QString::number(full - before)));
    QVERIFY(peakResidentBytes() >= full);
    free_all(big);
    releaseFreeMemory();
    const std::int64_t after = residentBytes();
    QVERIFY2(full - after > 120 << 20,
             qPrintable(QString("%1 -> %2 MiB").arg(full >> 20).arg(after >> 20)));
  }

  void specsCarryTheirDescriptions() {
    const FieldSpec* count = outerFields().find("inner.count");
    QVERIFY(count);
    QCOMPARE(count->label, std::string("Count"));
    QCOMPARE(count->specialMeaning(1), std::string("one"));
    QCOMPARE(count->specialMeaning(2), std::string());
    QCOMPARE(outerFields().find("inner")->type, FieldType::Section);
    QCOMPARE(outerFields().find("inner")->label, std::string("Inner"));
    QCOMPARE(outerFields().find("inner.sizes")->empty_meaning, std::string("none"));
    QVERIFY(!outerFields().find("inner.none"));
  }

  // The thread governor keeps all threads alone on the machine, falls back to half of them when
  // two threads run slower than one (a busy machine), probes less often while that holds, and
  // returns to all threads when the load is gone.
  void threadGovernorFollowsTheLoad() {
    ThreadGovernor one(1);
    QVERIFY(one.changed());
    QCOMPARE(one.threads(), 1);
    for (int i = 0; i < 500; ++i)
      one.record(1.0);
    QVERIFY(!one.changed());

    ThreadGovernor off(2, /*adapt=*/false);
    QVERIFY(!off.changed());
    for (int i = 0; i < 500; ++i)
      off.record(i % 2 ? 8.0 : 1.0);
    QCOMPARE(off.threads(), 2);
    QVERIFY(!off.changed());

    ThreadGovernor g(2, /*adapt=*/true, /*start=*/0, /*period=*/10, /*probe=*/3);
    bool busy = false;
    std::vector<int> used;
    auto run = [&](int steps) {
      for (int i = 0; i < steps; ++i) {
        g.changed();
        used.push_back(g.threads());
        // Step times: alone 2 threads 1.0, 1 thread 1.45; busy 2 threads 8.0, 1 thread 2.0.
        g.record(busy ? (g.threads() == 2 ? 8.0 : 2.0) : (g.threads() == 2 ? 1.0 : 1.45));
      }
    };
    run(200);
    // The first probe right after the first 3 timed steps.
    QCOMPARE(used[2], 2);
    QCOMPARE(used[3], 1);
    QCOMPARE(g.switches(), 0);
    QCOMPARE(g.threads(), 2);
    const auto probes = std::count(used.begin(), used.end(), 1);
    QVERIFY2(probes > 0 && probes <= 30, qPrintable(QString::number(probes)));  // backed off
    busy = true;
    used.clear();
    run(400);
    QCOMPARE(g.switches(), 1);
    QCOMPARE(g.threads(), 1);
    // Within one back-off period (at most 16 x 10 steps) plus a probe it left 2 threads.
    const auto slow = std::count(used.begin(), used.end(), 2);
    QVERIFY2(slow <= 16 * 10 + 2 * 3, qPrintable(QString::number(slow)));
    // Still busy: each probe of 2 threads ends after its first step (8.0 > 2 x 2.0), and they
    // come at most every 10, 20, 40, ... steps.
    used.clear();
    run(400);
    QCOMPARE(g.switches(), 1);
    const auto probe_steps = std::count(used.begin(), used.end(), 2);
    QVERIFY2(probe_steps >= 2 && probe_steps <= 6, qPrintable(QString::number(probe_steps)));
    busy = false;
    run(400);
    QCOMPARE(g.switches(), 2);
    QCOMPARE(g.threads(), 2);
  }
};

QTEST_GUILESS_MAIN(TestUtil)
#include "test_util.moc"
