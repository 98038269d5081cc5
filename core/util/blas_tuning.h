// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// OpenBLAS 0.3.21 (Debian 12) does not recognise recent CPUs (AMD Zen 5, new Xeons) and falls back
// to its generic "Prescott" kernels: fp32 matmul is then ~5x slower than with the right kernels
// (measured on this project's build VM: 37 vs 215 GFLOP/s on 2 threads). OpenBLAS picks its kernels
// when the library loads, before main(), from OPENBLAS_CORETYPE; so when the variable is unset and
// the loaded OpenBLAS chose a generic core although the CPU has AVX2/AVX-512, the process
// re-executes itself once with OPENBLAS_CORETYPE set from the CPU flags. An explicit
// OPENBLAS_CORETYPE, another BLAS (MKL in the official LibTorch) or EIGHTFOLD_NO_BLAS_TUNING=1
// leave everything as it is.
#include <string>

namespace ef {

// Call first thing in main() of every executable that computes with LibTorch. Returns only when
// no re-execution is needed (or it failed, which is logged to stderr and otherwise harmless).
void ensureFastBlas(int argc, char** argv);

// The OpenBLAS core in use ("Cooperlake", "Prescott", ...), or "" when OpenBLAS is not loaded.
std::string openblasCoreName();

// "" when LibTorch's BLAS is a tuned one (OpenBLAS, MKL, BLIS) or none is loaded; else (the
// reference BLAS: libblas.so.3 points at Debian's libblas3) a warning that names the ~20x slowdown
// and the fix. Runs log it at their start; the workbench shows it in the status bar.
std::string slowBlasWarning();

// Best OpenBLAS core type for this CPU from /proc/cpuinfo flags ("" if none is better).
std::string preferredOpenblasCore();

}  // namespace ef
