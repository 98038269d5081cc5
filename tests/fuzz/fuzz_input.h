// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Helpers shared by the fuzz targets (docs/testing.md, "Fuzzing"): readers that take a path get
// the input through a file of this process's own.
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <string>

namespace ef::fuzz {

// Writes the input to a per-process temporary file and returns its path (rewritten per input).
inline const std::string& inputFile(const std::uint8_t* data, std::size_t size,
                                    const char* suffix) {
  static const std::string path = "/tmp/eightfold-fuzz-" + std::to_string(::getpid()) + suffix;
  std::FILE* f = std::fopen(path.c_str(), "wb");
  if (!f) __builtin_trap();
  if (size > 0 && std::fwrite(data, 1, size, f) != size) __builtin_trap();
  std::fclose(f);
  return path;
}

// The source tree's test data (the fixtures the seeds and the tokenizer come from).
inline std::string testData() {
  return EF_TEST_DATA_DIR;
}

}  // namespace ef::fuzz
