// SPDX-License-Identifier: GPL-3.0-or-later
// The JSONL importer (tasks/jsonl_task.h) on arbitrary files: a JsonlError naming the line is the
// expected answer to a bad line; with skip_bad_lines every line is either a problem or a
// recorded skip.
#include <cstdint>

#include "fuzz_input.h"
#include "tasks/jsonl_task.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string& path = ef::fuzz::inputFile(data, size, ".jsonl");
  try {
    ef::importJsonl(path, false);
  } catch (const ef::JsonlError& e) {
    if (e.file() != path) __builtin_trap();  // the error names the file
  }
  ef::ImportReport report;
  try {
    const auto problems = ef::importJsonl(path, true, &report);
    if (problems.size() + report.skipped.size() > report.lines_read) __builtin_trap();
  } catch (const ef::JsonlError&) {
    // a file-level problem (e.g. no problems at all) is still an error
  }
  return 0;
}
