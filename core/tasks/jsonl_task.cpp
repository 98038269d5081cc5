// SPDX-License-Identifier: GPL-3.0-or-later
// GSM8K-style importer. Decisions beyond jsonl_task.h:
// - Blank (whitespace-only) lines are skipped silently but counted for line numbers; lines_read
//   counts the other lines. A JsonlError with line 0 (file cannot be opened, no problems) reads
//   "<file>: <problem>", otherwise "<file>:<line>: <problem>".
// - Beyond the documented errors: a non-object line, an empty question and a second "####" line
//   are errors too.
// - JsonlTask::problems ignores the seed: it returns the first n problems of the file in order.
// - verify: exactly one line starting with "####", and it must be the last line that is not
//   whitespace-only; its number is normalised (so "#### 1,600" and "#### $1600.00" match "1600").
#include "tasks/jsonl_task.h"

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "tasks/answer_parsing.h"
#include "tasks/task_registry.h"
#include "util/config_error.h"

namespace ef {

namespace {

constexpr const char* kAnswerMarker = "####";

// A problem with one line; the importer adds the file name and line number.
class BadLine : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

std::string describeJsonError(const std::string& what) {
  // nlohmann messages read "[json.exception.parse_error.101] parse error at line 1, column 5: ...";
  // keep the readable part, and drop "line 1" (the JSON text is a single line of the file).
  std::string msg = what;
  if (!msg.empty() && msg.front() == '[') {
    const std::size_t close = msg.find("] ");
    if (close != std::string::npos) msg.erase(0, close + 2);
  }
  const std::string line_one = "at line 1, column";
  const std::size_t pos = msg.find(line_one);
  if (pos != std::string::npos) msg.replace(pos, line_one.size(), "at column");
  return msg;
}

const std::string& stringField(const nlohmann::json& obj, const char* name) {
  const auto it = obj.find(name);
  if (it == obj.end()) throw BadLine(std::string("missing field \"") + name + "\"");
  if (!it->is_string()) throw BadLine(std::string("field \"") + name + "\" is not a string");
  return it->get_ref<const std::string&>();
}

Problem parseLine(const std::string& line) {
  nlohmann::json obj;
  try {
    obj = nlohmann::json::parse(line);
  } catch (const nlohmann::json::exception& e) {
    throw BadLine("broken JSON: " + describeJsonError(e.what()));
  }
  if (!obj.is_object()) throw BadLine("not a JSON object");
  const std::string& question = stringField(obj, "question");
  const std::string& answer = stringField(obj, "answer");
  if (parsing::trim(question).empty()) throw BadLine("field \"question\" is empty");

  std::vector<std::string> lines;
  for (const auto& raw : parsing::split(answer, "\n")) {
    const std::string_view l = parsing::trimRight(raw);
    if (!l.empty()) lines.emplace_back(l);
  }
  if (lines.empty() || !parsing::startsWith(lines.back(), kAnswerMarker)) {
    throw BadLine("no '#### <answer>' line");
  }
  for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
    if (parsing::startsWith(lines[i], kAnswerMarker)) throw BadLine("more than one '####' line");
  }
  const std::string raw_answer(parsing::trim(std::string_view(lines.back()).substr(4)));
  const std::string normalized = normalizeNumericAnswer(raw_answer);
  if (normalized.empty()) throw BadLine("unparseable answer '" + raw_answer + "'");

  Problem p;
  p.prompt = question + "\n";
  p.steps.assign(lines.begin(), lines.end() - 1);
  p.steps.push_back(std::string(kAnswerMarker) + " " + normalized);
  p.answer = normalized;
  return p;
}

std::string errorMessage(const std::string& file, std::size_t line, const std::string& problem) {
  return line > 0 ? file + ":" + std::to_string(line) + ": " + problem : file + ": " + problem;
}

}  // namespace

JsonlError::JsonlError(std::string file, std::size_t line, const std::string& problem)
    : std::runtime_error(errorMessage(file, line, problem)), file_(std::move(file)), line_(line) {}

std::vector<Problem> importJsonl(const std::string& path, bool skip_bad_lines,
                                 ImportReport* report) {
  ImportReport local;
  ImportReport& rep = report != nullptr ? *report : local;
  rep = ImportReport{};
  rep.file = path;

  std::ifstream in(path, std::ios::binary);
  if (!in) throw JsonlError(path, 0, "cannot open file");
  std::vector<Problem> out;
  std::string line;
  std::size_t line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (parsing::trim(line).empty()) continue;
    ++rep.lines_read;
    try {
      out.push_back(parseLine(line));
    } catch (const BadLine& e) {
      if (!skip_bad_lines) throw JsonlError(path, line_no, e.what());
      rep.skipped.push_back({line_no, e.what()});
    }
  }
  if (in.bad()) throw JsonlError(path, line_no, "read error");
  if (out.empty()) {
    throw JsonlError(path, 0,
                     rep.skipped.empty() ? "no problems"
                                         : "no problems (" + std::to_string(rep.skipped.size()) +
                                               " bad lines skipped)");
  }
  return out;
}

std::string normalizeNumericAnswer(const std::string& raw) {
  std::string_view s = parsing::trim(raw);
  bool negative = false;
  if (parsing::startsWith(s, "-")) {
    negative = true;
    s.remove_prefix(1);
  }
  if (parsing::startsWith(s, "$")) s.remove_prefix(1);
  if (!negative && parsing::startsWith(s, "-")) {  // "$-12"
    negative = true;
    s.remove_prefix(1);
  }
  bool percent = false;
  if (!s.empty() && s.back() == '%') {
    percent = true;
    s.remove_suffix(1);
  }
  std::string whole, frac;
  bool dot = false;
  for (char c : s) {
    if (c == ',') {
      if (dot) return "";  // thousands separators only in the integer part
    } else if (c == '.') {
      if (dot) return "";
      dot = true;
    } else if (c >= '0' && c <= '9') {
      (dot ? frac : whole) += c;
    } else {
      return "";
    }
  }
  if (whole.empty() && frac.empty()) return "";
  if (percent) {  // move the decimal point two places left, exactly
    if (whole.size() < 2) whole.insert(0, 2 - whole.size(), '0');
    frac.insert(0, whole.substr(whole.size() - 2));
    whole.resize(whole.size() - 2);
  }
  const std::size_t first = whole.find_first_not_of('0');
  whole = first == std::string::npos ? "0" : whole.substr(first);
  const std::size_t last = frac.find_last_not_of('0');
  frac = last == std::string::npos ? "" : frac.substr(0, last + 1);
  std::string out = frac.empty() ? whole : whole + "." + frac;
  if (negative && out != "0") out.insert(0, "-");
  return out;
}

JsonlTask::JsonlTask(JsonlConfig cfg) : cfg_(std::move(cfg)) {
  if (cfg_.train_file.empty()) throw std::invalid_argument("jsonl.train_file: required");
  if (cfg_.test_file.empty()) throw std::invalid_argument("jsonl.test_file: required");
  reports_.resize(2);
  train_ = importJsonl(cfg_.train_file, cfg_.skip_bad_lines, &reports_[0]);
  test_ = importJsonl(cfg_.test_file, cfg_.skip_bad_lines, &reports_[1]);
  if (!cfg_.valid_file.empty()) {
    reports_.emplace_back();
    valid_ = importJsonl(cfg_.valid_file, cfg_.skip_bad_lines, &reports_[2]);
  }
}

std::vector<Problem> JsonlTask::problems(const std::string& split, std::size_t n,
                                         std::uint64_t /*seed*/) const {
  parsing::requireKnownSplit(split, "jsonl");
  if (split == "valid" && cfg_.valid_file.empty()) {  // the end of the training file
    const std::size_t count = n == 0 ? 0 : std::min(n, train_.size());
    return std::vector<Problem>(train_.end() - static_cast<std::ptrdiff_t>(count), train_.end());
  }
  const std::vector<Problem>& all = split == "train" ? train_ : (split == "valid" ? valid_ : test_);
  const std::size_t count = n == 0 ? all.size() : std::min(n, all.size());
  return std::vector<Problem>(all.begin(), all.begin() + static_cast<std::ptrdiff_t>(count));
}

std::vector<std::string> JsonlTask::symbols() const {
  bool seen[256] = {};
  seen[static_cast<unsigned char>('\n')] = true;
  seen[static_cast<unsigned char>('#')] = true;
  auto mark = [&](const std::string& text) {
    for (char c : text)
      seen[static_cast<unsigned char>(c)] = true;
  };
  for (const auto* set : {&train_, &valid_, &test_}) {
    for (const Problem& p : *set) {
      mark(p.prompt);
      mark(solutionText(p));
    }
  }
  std::vector<std::string> out;
  for (int b = 0; b < 256; ++b) {
    if (seen[b]) out.emplace_back(1, static_cast<char>(b));
  }
  return out;
}

Verdict JsonlTask::verify(const std::string& output, const Problem& p) const {
  const std::vector<std::string> lines = parsing::split(output, "\n");
  int marker_lines = 0;
  for (const auto& line : lines)
    marker_lines += parsing::startsWith(line, kAnswerMarker) ? 1 : 0;
  if (marker_lines != 1) return Verdict::Unparseable;
  std::size_t last = lines.size();
  while (last > 0 && parsing::trim(lines[last - 1]).empty())
    --last;
  if (last == 0 || !parsing::startsWith(lines[last - 1], kAnswerMarker))
    return Verdict::Unparseable;
  const std::string normalized =
      normalizeNumericAnswer(std::string(std::string_view(lines[last - 1]).substr(4)));
  if (normalized.empty()) return Verdict::Unparseable;
  return normalized == p.answer ? Verdict::Correct : Verdict::Wrong;
}

}  // namespace ef

namespace ef {

FieldList<JsonlConfig> jsonlConfigFields() {
  FieldList<JsonlConfig> f;
  f.text("train_file", &JsonlConfig::train_file)
      .label(EF_TRANSLATABLE("ef::Fields", "Training file"))
      .help(EF_TRANSLATABLE("ef::Fields", "GSM8K-style JSONL file of the training problems"));
  f.text("test_file", &JsonlConfig::test_file)
      .label(EF_TRANSLATABLE("ef::Fields", "Test file"))
      .help(EF_TRANSLATABLE("ef::Fields", "GSM8K-style JSONL file of the held-out problems"));
  f.text("valid_file", &JsonlConfig::valid_file)
      .label(EF_TRANSLATABLE("ef::Fields", "Validation file"))
      .help(EF_TRANSLATABLE("ef::Fields",
                            "GSM8K-style JSONL file of the validation problems (model selection)"))
      .whenEmpty(EF_TRANSLATABLE("ef::Fields", "the last problems of the training file"));
  f.flag("skip_bad_lines", &JsonlConfig::skip_bad_lines)
      .label(EF_TRANSLATABLE("ef::Fields", "Skip bad lines"))
      .help(EF_TRANSLATABLE("ef::Fields",
                            "Skip (and report) lines that do not parse instead of stopping"));
  return f;
}

namespace {

std::unique_ptr<Task> makeJsonlTask(const JsonlConfig& c) {
  // A file that is not there: say which field and where GSM8K itself comes from.
  const std::pair<const char*, const std::string*> files[] = {
      {"train_file", &c.train_file}, {"test_file", &c.test_file}, {"valid_file", &c.valid_file}};
  for (const auto& [field, path] : files) {
    if (path->empty() || std::filesystem::exists(*path)) continue;
    throw ConfigError(std::string("task.jsonl.") + field,
                      "'" + *path +
                          "' does not exist. GSM8K's splits are "
                          "grade_school_math/data/train.jsonl and test.jsonl in "
                          "github.com/openai/grade-school-math; download them and set "
                          "this field to the file");
  }
  try {
    return std::make_unique<JsonlTask>(c);
  } catch (const JsonlError& e) {
    throw ConfigError("task.jsonl", e.what());  // names the file and line
  }
}

}  // namespace

const TaskKind& jsonlTaskKind() {
  static const TaskKind k = [] {
    TaskKind k = taskKindOf<JsonlConfig>(
        "jsonl", EF_TRANSLATABLE("ef::Fields", "GSM8K-style JSONL import"), jsonlConfigFields,
        makeJsonlTask, [](const JsonlConfig& c) {
          if (c.train_file.empty())
            throw ConfigError("task.jsonl.train_file", "is required when task.kind is \"jsonl\"");
          if (c.test_file.empty())
            throw ConfigError("task.jsonl.test_file", "is required when task.kind is \"jsonl\"");
        });
    k.reads_files = true;
    return k;
  }();
  return k;
}

}  // namespace ef
