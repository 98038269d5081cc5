// SPDX-License-Identifier: GPL-3.0-or-later
#include "tasks/answer_parsing.h"

#include <limits>
#include <stdexcept>

namespace ef::parsing {

std::optional<std::int64_t> parseCanonicalInt(std::string_view s) {
  bool negative = false;
  if (!s.empty() && s.front() == '-') {
    negative = true;
    s.remove_prefix(1);
  }
  if (!isDigits(s)) return std::nullopt;
  if (s.size() > 1 && s.front() == '0') return std::nullopt;  // leading zeros
  if (negative && s == "0") return std::nullopt;              // "-0" is not canonical
  // Magnitude limit: 2^63 - 1 for positive numbers, 2^63 for negative ones.
  const std::uint64_t limit =
      static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()) + (negative ? 1u : 0u);
  std::uint64_t value = 0;
  for (char c : s) {
    const auto digit = static_cast<std::uint64_t>(c - '0');
    if (value > (limit - digit) / 10) return std::nullopt;  // value * 10 + digit > limit
    value = value * 10 + digit;
  }
  if (!negative) return static_cast<std::int64_t>(value);
  if (value == limit) return std::numeric_limits<std::int64_t>::min();
  return -static_cast<std::int64_t>(value);
}

bool isAsciiSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

bool isAscii(std::string_view s) {
  for (char c : s) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

bool isDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

std::string_view trimRight(std::string_view s) {
  while (!s.empty() && isAsciiSpace(s.back()))
    s.remove_suffix(1);
  return s;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && isAsciiSpace(s.front()))
    s.remove_prefix(1);
  return trimRight(s);
}

bool startsWith(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && s.substr(0, prefix.size()) == prefix;
}

std::optional<std::string> finalAnswerLine(const std::string& output) {
  constexpr std::string_view kPrefix = "answer: ";
  if (!isAscii(output)) return std::nullopt;
  const std::vector<std::string> lines = split(output, "\n");
  int answer_lines = 0;
  for (const auto& line : lines)
    answer_lines += startsWith(line, "answer:") ? 1 : 0;
  if (answer_lines != 1) return std::nullopt;
  // The last non-empty line must be the answer line, exactly "answer: X" (no extra spaces, no \r).
  std::size_t last = lines.size();
  while (last > 0 && lines[last - 1].empty())
    --last;
  if (last == 0 || !startsWith(lines[last - 1], kPrefix)) return std::nullopt;
  return lines[last - 1].substr(kPrefix.size());
}

std::vector<std::string> split(std::string_view s, std::string_view sep) {
  if (sep.empty()) throw std::invalid_argument("parsing::split: empty separator");
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (true) {
    const std::size_t pos = s.find(sep, start);
    if (pos == std::string_view::npos) {
      parts.emplace_back(s.substr(start));
      return parts;
    }
    parts.emplace_back(s.substr(start, pos - start));
    start = pos + sep.size();
  }
}

std::string join(const std::vector<std::string>& parts, std::string_view sep) {
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) out += sep;
    out += parts[i];
  }
  return out;
}

void requireKnownSplit(const std::string& split, const char* task_kind) {
  if (split != "train" && split != "valid" && split != "test") {
    throw std::invalid_argument(std::string(task_kind) + ": unknown split '" + split +
                                "' (expected \"train\", \"valid\" or \"test\")");
  }
}

}  // namespace ef::parsing
