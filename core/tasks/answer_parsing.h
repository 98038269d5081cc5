// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared helpers of the task generators and verifiers: strict integer parsing (overflow is a parse
// failure, never a crash or a wrap), and small string utilities.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ef::parsing {

// Strict canonical decimal integer: an optional '-' and digits, no '+', no spaces, no leading zeros
// ("0" itself is fine, "-0" and "007" are not). nullopt when malformed or outside int64.
std::optional<std::int64_t> parseCanonicalInt(std::string_view s);

bool isAsciiSpace(char c);                       // ' ', \t, \n, \v, \f, \r
bool isAscii(std::string_view s);                // every byte < 0x80
bool isDigits(std::string_view s);               // non-empty, only '0'..'9'
std::string_view trim(std::string_view s);       // ASCII whitespace on both sides
std::string_view trimRight(std::string_view s);  // ASCII whitespace on the right
bool startsWith(std::string_view s, std::string_view prefix);

// Split on every occurrence of sep (non-empty); empty pieces are kept ("a,,b" -> "a","","b").
std::vector<std::string> split(std::string_view s, std::string_view sep);
std::string join(const std::vector<std::string>& parts, std::string_view sep);

// The final answer of a line-per-step solution (arith, lookup): the text after "answer: " on the
// last non-empty line, provided the output is ASCII and no other line starts with "answer:".
// nullopt when that format is broken (the verifier's Unparseable); the caller checks the text.
std::optional<std::string> finalAnswerLine(const std::string& output);

// Throws std::invalid_argument unless split is "train", "valid" or "test".
void requireKnownSplit(const std::string& split, const char* task_kind);

}  // namespace ef::parsing
