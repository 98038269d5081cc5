// SPDX-License-Identifier: GPL-3.0-or-later
// The safetensors reader (model/safetensors.h) on arbitrary files: SafetensorsError is the
// expected answer to a broken file; an accepted file's tensors are read in full.
#include <cstdint>

#include "fuzz_input.h"
#include "model/safetensors.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string& path = ef::fuzz::inputFile(data, size, ".safetensors");
  try {
    ef::SafetensorsFile file(path);
    for (const auto& t : file.tensors()) {
      if (t.end < t.begin || t.end - t.begin > size) __builtin_trap();
      if (t.elements() > (1 << 20)) continue;
      try {
        const auto values = file.toFloat(t);
        if (static_cast<std::int64_t>(values.size()) != t.elements()) __builtin_trap();
      } catch (const ef::SafetensorsError&) {
        // a dtype that has no float reading
      }
    }
  } catch (const ef::SafetensorsError&) {
  }
  return 0;
}
