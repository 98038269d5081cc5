// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/memory.h"

#include <fstream>
#include <string>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace ef {
namespace {

// A "Vm…:   1234 kB" line of /proc/self/status, in bytes.
std::int64_t statusField(const char* name) {
  std::ifstream in("/proc/self/status");
  std::string key;
  while (in >> key) {
    if (key == name) {
      std::int64_t kib = 0;
      in >> kib;
      return kib * 1024;
    }
    in.ignore(1 << 12, '\n');
  }
  return 0;
}

}  // namespace

std::int64_t residentBytes() {
  return statusField("VmRSS:");
}

std::int64_t peakResidentBytes() {
  return statusField("VmHWM:");
}

void releaseFreeMemory() {
#if defined(__GLIBC__)
  malloc_trim(0);
#endif
}

}  // namespace ef
