// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Test entry points for executables that compute with LibTorch: like QTEST_GUILESS_MAIN /
// QTEST_MAIN, but first make sure OpenBLAS runs its proper kernels (util/blas_tuning.h).
#include <QtTest>

#include "util/blas_tuning.h"

#define EF_TEST_GUILESS_MAIN(TestObject)  \
  int main(int argc, char** argv) {       \
    ef::ensureFastBlas(argc, argv);       \
    QCoreApplication app(argc, argv);     \
    TestObject tc;                        \
    QTEST_SET_MAIN_SOURCE_PATH            \
    return QTest::qExec(&tc, argc, argv); \
  }

#define EF_TEST_GUI_MAIN(TestObject)      \
  int main(int argc, char** argv) {       \
    ef::ensureFastBlas(argc, argv);       \
    QApplication app(argc, argv);         \
    TestObject tc;                        \
    QTEST_SET_MAIN_SOURCE_PATH            \
    return QTest::qExec(&tc, argc, argv); \
  }

// A test that leaves itself out says so on a line of its own, "SKIPPED: reason", which ctest's
// output keeps (docs/testing.md, "Skips"), then ends as QSKIP does.
#define EF_SKIP(reason)                                     \
  do {                                                      \
    qInfo("SKIPPED: %s", static_cast<const char*>(reason)); \
    QSKIP(reason);                                          \
  } while (false)

// True in the sanitizer pass (ctest sets EF_SANITIZER_PASS=1 in the asan build).
inline bool efSanitizerPass() {
  return qEnvironmentVariableIsSet("EF_SANITIZER_PASS");
}
