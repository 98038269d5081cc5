// SPDX-License-Identifier: GPL-3.0-or-later
// The safetensors reader and writer (docs/models.md, "safetensors"): round trips in F32/F16/BF16,
// the half-precision conversions at known values, the fixture written by PyTorch
// (tests/data/gpt2/make_tiny_gpt2.py), and a clear error for every kind of broken file.
#include <QTemporaryDir>
#include <QtTest>

#include <cstring>
#include <filesystem>
#include <fstream>

#include "model/safetensors.h"

using namespace ef;

namespace {

std::string dataDir() {
  return qEnvironmentVariable("EIGHTFOLD_TEST_DATA").toStdString() + "/gpt2";
}

// A file with the given header text and `data_bytes` zero bytes after it.
void writeRaw(const std::string& path, const std::string& header, std::size_t data_bytes,
              std::uint64_t header_len_override = 0) {
  std::ofstream out(path, std::ios::binary);
  std::uint64_t n = header_len_override ? header_len_override : header.size();
  for (int i = 0; i < 8; ++i, n >>= 8)
    out.put(static_cast<char>(n & 0xFF));
  out << header;
  out << std::string(data_bytes, '\0');
}

// The SafetensorsError message of opening `path` ("" if it opened).
QString openError(const std::string& path) {
  try {
    SafetensorsFile f(path);
  } catch (const SafetensorsError& e) {
    return QString::fromStdString(e.what());
  }
  return {};
}

}  // namespace

class TestSafetensors : public QObject {
  Q_OBJECT

 private slots:
  void halfAndBfloat16AtKnownValues() {
    QCOMPARE(floatToHalf(1.0f), std::uint16_t(0x3C00));
    QCOMPARE(floatToHalf(-2.0f), std::uint16_t(0xC000));
    QCOMPARE(floatToHalf(65504.0f), std::uint16_t(0x7BFF));            // the largest half
    QCOMPARE(floatToHalf(1e6f), std::uint16_t(0x7C00));                // overflows to infinity
    QCOMPARE(floatToHalf(5.9604645e-8f), std::uint16_t(0x0001));       // the smallest subnormal
    QCOMPARE(floatToHalf(1.0f + 1.0f / 2048), std::uint16_t(0x3C00));  // a tie rounds to even
    QCOMPARE(halfToFloat(0x3555), 0.333251953125f);
    QCOMPARE(halfToFloat(0x0001), 5.9604645e-8f);
    QCOMPARE(floatToBfloat16(1.0f), std::uint16_t(0x3F80));
    QCOMPARE(floatToBfloat16(3.14159265f), std::uint16_t(0x4049));
    QCOMPARE(bfloat16ToFloat(0x4049), 3.140625f);
    // Every half value converts to float and back unchanged (NaNs aside).
    for (std::uint32_t h = 0; h < 0x10000; ++h) {
      if ((h & 0x7C00) == 0x7C00 && (h & 0x3FF)) continue;
      QCOMPARE(floatToHalf(halfToFloat(static_cast<std::uint16_t>(h))), std::uint16_t(h));
    }
  }

  void roundTripInEveryFloatType() {
    QTemporaryDir tmp;
    const std::string path = tmp.filePath("t.safetensors").toStdString();
    const std::vector<float> a{1.5f, -2.25f, 0.1f, 1e-3f, 300.0f, -0.0f};
    std::vector<std::uint16_t> h, b;
    for (float x : a) {
      h.push_back(floatToHalf(x));
      b.push_back(floatToBfloat16(x));
    }
    const std::uint8_t odd[3] = {7, 8, 9};  // 3 bytes: the next tensor is realigned
    writeSafetensors(path,
                     {{"a", TensorDtype::F32, {2, 3}, a.data()},
                      {"odd", TensorDtype::U8, {3}, odd},
                      {"h", TensorDtype::F16, {6}, h.data()},
                      {"b", TensorDtype::BF16, {3, 2}, b.data()},
                      {"empty", TensorDtype::F32, {0, 4}, nullptr}},
                     {{"format", "pt"}});
    SafetensorsFile f(path);
    QCOMPARE(f.tensors().size(), std::size_t(5));
    QCOMPARE(f.metadata().at("format"), std::string("pt"));
    QCOMPARE(f.at("a").shape, (std::vector<std::int64_t>{2, 3}));
    QCOMPARE(f.toFloat(f.at("a")), a);
    QCOMPARE(std::memcmp(f.data(f.at("odd")), odd, 3), 0);
    QCOMPARE(f.at("h").begin % 8, std::uint64_t(0));
    const auto hv = f.toFloat(f.at("h")), bv = f.toFloat(f.at("b"));
    for (std::size_t i = 0; i < a.size(); ++i) {
      QCOMPARE(hv[i], halfToFloat(h[i]));
      QCOMPARE(bv[i], bfloat16ToFloat(b[i]));
      QVERIFY(std::abs(hv[i] - a[i]) <= 1e-3f * std::abs(a[i]) + 1e-7f);
      QVERIFY(std::abs(bv[i] - a[i]) <= 8e-3f * std::abs(a[i]));
    }
    QCOMPARE(f.at("empty").elements(), std::int64_t(0));
    QVERIFY(!QFile::exists(QString::fromStdString(path + ".tmp")));
  }

  void readsTheFileWrittenByPytorch() {
    SafetensorsFile f(dataDir() + "/tiny/model.safetensors");
    QCOMPARE(f.tensors().size(), std::size_t(28));
    QCOMPARE(f.tensors().front().name, std::string("wte.weight"));
    QCOMPARE(f.at("wte.weight").shape, (std::vector<std::int64_t>{512, 32}));
    QCOMPARE(f.at("h.1.attn.c_attn.weight").shape, (std::vector<std::int64_t>{32, 96}));
    QCOMPARE(f.at("h.1.attn.c_attn.weight").dtype, TensorDtype::F32);
    QCOMPARE(f.metadata().at("format"), std::string("pt"));
  }

  void brokenFilesNameTheProblem_data() {
    QTest::addColumn<QString>("header");
    QTest::addColumn<int>("data_bytes");
    QTest::addColumn<qulonglong>("length_override");
    QTest::addColumn<QString>("expected");
    const QString ok = R"({"t":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}})";
    QTest::newRow("header length past the end")
        << ok << 8 << qulonglong(4096) << "header length 4096 runs past the end";
    QTest::newRow("not JSON") << "{\"t\": [1, 2" << 0 << qulonglong(0) << "header is not JSON";
    QTest::newRow("not an object") << "[1, 2]" << 0 << qulonglong(0) << "not a JSON object";
    // Found by fuzz_safetensors: a number beyond double escaped the reader and ended the process.
    QTest::newRow("number overflow")
        << "{\"w\": 11E11111}" << 0 << qulonglong(0) << "header is not JSON";
    QTest::newRow("unknown dtype")
        << R"({"t":{"dtype":"F8_E4M3X","shape":[2],"data_offsets":[0,2]}})" << 2 << qulonglong(0)
        << "tensor 't': unknown dtype 'F8_E4M3X'";
    QTest::newRow("offsets leave the data region")
        << ok << 4 << qulonglong(0) << "tensor 't': data_offsets [0, 8) leave the data region of 4";
    QTest::newRow("offsets reversed") << R"({"t":{"dtype":"F32","shape":[0],"data_offsets":[8,0]}})"
                                      << 8 << qulonglong(0) << "end before they begin";
    QTest::newRow("shape and size disagree")
        << R"({"t":{"dtype":"F32","shape":[3],"data_offsets":[0,8]}})" << 8 << qulonglong(0)
        << "tensor 't': shape [3] of F32 needs 12 bytes, its data_offsets give 8";
    QTest::newRow("overlap") << R"({"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},)"
                                R"("b":{"dtype":"F32","shape":[2],"data_offsets":[4,12]}})"
                             << 12 << qulonglong(0) << "tensors 'a' and 'b' overlap";
    QTest::newRow("negative shape")
        << R"({"t":{"dtype":"F32","shape":[-1],"data_offsets":[0,0]}})" << 0 << qulonglong(0)
        << "tensor 't': shape has an entry that is not a non-negative integer";
    QTest::newRow("no offsets") << R"({"t":{"dtype":"F32","shape":[1]}})" << 4 << qulonglong(0)
                                << "tensor 't': data_offsets is not a pair";
    // An element count beyond 63 bits is refused before it is multiplied out (undefined
    // behaviour in int64); 4611686018427387906 F32 values are 2^64 + 8 bytes, which wrapped to
    // exactly the 8 bytes of the offsets and was accepted before the check.
    QTest::newRow("shape overflow")
        << R"({"t":{"dtype":"F32","shape":[4294967296,4294967296],"data_offsets":[0,8]}})" << 8
        << qulonglong(0)
        << "tensor 't': shape [4294967296, 4294967296] of F32 overflows: more than 2^63 bytes";
    QTest::newRow("shape that wraps to the offsets")
        << R"({"t":{"dtype":"F32","shape":[4611686018427387906],"data_offsets":[0,8]}})" << 8
        << qulonglong(0) << "tensor 't': shape [4611686018427387906] of F32 overflows";
  }

  void brokenFilesNameTheProblem() {
    QFETCH(QString, header);
    QFETCH(int, data_bytes);
    QFETCH(qulonglong, length_override);
    QFETCH(QString, expected);
    QTemporaryDir tmp;
    const std::string path = tmp.filePath("bad.safetensors").toStdString();
    writeRaw(path, header.toStdString(), static_cast<std::size_t>(data_bytes), length_override);
    const QString err = openError(path);
    QVERIFY2(err.startsWith(QString::fromStdString(path)), qPrintable(err));
    QVERIFY2(err.contains(expected), qPrintable(err));
  }

  void truncatedAndMissing() {
    QTemporaryDir tmp;
    const std::string path = tmp.filePath("short.safetensors").toStdString();
    std::ofstream(path, std::ios::binary) << "abc";
    QVERIFY(openError(path).contains("truncated file: 3 bytes"));
    // A good file cut short inside its data region.
    const std::string cut = tmp.filePath("cut.safetensors").toStdString();
    const std::vector<float> v(16, 1.0f);
    writeSafetensors(cut, {{"w", TensorDtype::F32, {16}, v.data()}});
    std::filesystem::resize_file(cut, std::filesystem::file_size(cut) - 5);
    QVERIFY2(openError(cut).contains("leave the data region of 59 bytes (truncated file?)"),
             qPrintable(openError(cut)));
    QVERIFY(openError(tmp.filePath("absent").toStdString()).contains("cannot open"));
    writeSafetensors(cut, {{"w", TensorDtype::F32, {16}, v.data()}});
    SafetensorsFile f(cut);
    QVERIFY(f.find("x") == nullptr);
    try {
      f.at("h.0.attn.c_attn.weight");
      QFAIL("no error");
    } catch (const SafetensorsError& e) {
      QCOMPARE(QString(e.what()),
               QString::fromStdString(cut + ": missing tensor 'h.0.attn.c_attn.weight'"));
    }
  }
};

QTEST_GUILESS_MAIN(TestSafetensors)
#include "test_safetensors.moc"
