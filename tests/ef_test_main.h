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
