// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// jsonl: import of GSM8K-style files. One JSON object per line with string fields "question" and
// "answer"; the answer's lines are the steps and its last non-empty line is "#### <answer>".
// Calculator annotations such as "<<48/2=24>>" may appear in steps and are kept verbatim.
//
// A bad line (broken JSON, missing field, no "####" line, unparseable answer) stops the import with
// a JsonlError naming the file, the line number and the problem; with skip_bad_lines such lines are
// skipped and reported in ImportReport.
#include <stdexcept>

#include "tasks/task.h"
#include "util/field_table.h"

namespace ef {

struct JsonlConfig {
  std::string train_file;
  std::string test_file;
  bool skip_bad_lines = false;
  // Validation problems; empty = the last problems of train_file (the validation split is then
  // taken from the end of the file, the training sets from its start).
  std::string valid_file;
};

FieldList<JsonlConfig> jsonlConfigFields();

class JsonlError : public std::runtime_error {
 public:
  JsonlError(std::string file, std::size_t line, const std::string& problem);
  const std::string& file() const { return file_; }
  std::size_t line() const { return line_; }

 private:
  std::string file_;
  std::size_t line_;
};

struct SkippedLine {
  std::size_t line = 0;
  std::string reason;
};

struct ImportReport {
  std::string file;
  std::size_t lines_read = 0;
  std::vector<SkippedLine> skipped;
};

// Parses one file; throws JsonlError (or, with skip_bad_lines, records it in report) per bad line.
std::vector<Problem> importJsonl(const std::string& path, bool skip_bad_lines,
                                 ImportReport* report = nullptr);

// Canonical form of a GSM8K answer: commas removed, trailing zeros and "." of decimals removed,
// leading "." turned into "0.", "%" turned into /100. Returns "" if it is not a number.
std::string normalizeNumericAnswer(const std::string& raw);

class JsonlTask final : public Task {
 public:
  // Loads both files eagerly (errors surface at construction).
  explicit JsonlTask(JsonlConfig cfg);
  std::string kind() const override { return "jsonl"; }
  std::vector<Problem> problems(const std::string& split, std::size_t n,
                                std::uint64_t seed) const override;
  std::vector<std::string> symbols() const override;  // every byte seen in the files
  std::string stepSeparator() const override { return "\n"; }
  Verdict verify(const std::string& output, const Problem& p) const override;
  const std::vector<ImportReport>& reports() const { return reports_; }

 private:
  JsonlConfig cfg_;
  std::vector<Problem> train_, valid_, test_;
  std::vector<ImportReport> reports_;
};

}  // namespace ef
