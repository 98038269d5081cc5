// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/blas_tuning.h"

#include <dlfcn.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <set>
#include <sstream>

namespace ef {

std::string openblasCoreName() {
  using Fn = char* (*)();
  auto fn = reinterpret_cast<Fn>(dlsym(RTLD_DEFAULT, "openblas_get_corename"));
  if (!fn) return "";
  const char* name = fn();
  return name ? name : "";
}

std::string slowBlasWarning() {
  for (const char* tuned : {"openblas_get_corename", "MKL_Get_Version", "mkl_get_version_string",
                            "bli_info_get_version_str"}) {
    if (dlsym(RTLD_DEFAULT, tuned)) return "";
  }
  if (!dlsym(RTLD_DEFAULT, "sgemm_")) return "";
  return "LibTorch runs on the reference BLAS (libblas.so.3 is not OpenBLAS): CPU training is "
         "about 20x slower. Install libopenblas0-openmp and select it with update-alternatives "
         "--set libblas.so.3-x86_64-linux-gnu "
         "/usr/lib/x86_64-linux-gnu/openblas-openmp/libblas.so.3 (and the same for "
         "liblapack.so.3)";
}

std::string preferredOpenblasCore() {
  std::ifstream in("/proc/cpuinfo");
  std::string line;
  std::set<std::string> flags;
  while (std::getline(in, line)) {
    if (line.rfind("flags", 0) == 0) {
      std::istringstream ws(line.substr(line.find(':') + 1));
      std::string f;
      while (ws >> f)
        flags.insert(f);
      break;
    }
  }
  const bool avx512 = flags.count("avx512f") && flags.count("avx512bw") &&
                      flags.count("avx512vl") && flags.count("avx512dq");
  if (avx512 && flags.count("avx512_bf16")) return "Cooperlake";
  if (avx512) return "SkylakeX";
  if (flags.count("avx2") && flags.count("fma")) return "Haswell";
  return "";
}

void ensureFastBlas(int /*argc*/, char** argv) {
  if (std::getenv("OPENBLAS_CORETYPE") || std::getenv("EIGHTFOLD_NO_BLAS_TUNING")) return;
  const std::string current = openblasCoreName();
  if (current.empty()) return;
  static const std::set<std::string> generic = {"Prescott",  "Core2",  "Penryn",  "Dunnington",
                                                "Nehalem",   "Atom",   "Katmai",  "Coppermine",
                                                "Northwood", "Banias", "Unknown", "Sandybridge"};
  if (!generic.count(current)) return;
  const std::string want = preferredOpenblasCore();
  if (want.empty()) return;
  setenv("OPENBLAS_CORETYPE", want.c_str(), 1);
  execv("/proc/self/exe", argv);
  std::fprintf(stderr,
               "eightfold: could not re-execute with OPENBLAS_CORETYPE=%s; continuing with "
               "OpenBLAS core %s (slower fp32 matmuls)\n",
               want.c_str(), current.c_str());
}

}  // namespace ef
