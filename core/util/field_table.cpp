// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/field_table.h"

#include <cmath>

namespace ef {

std::string FieldSpec::key() const {
  const auto dot = path.rfind('.');
  return dot == std::string::npos ? path : path.substr(dot + 1);
}

bool FieldSpec::hasRange() const {
  return std::isfinite(min) || std::isfinite(max);
}

std::string FieldSpec::specialMeaning(double value) const {
  for (const auto& s : special)
    if (s.value == value) return s.meaning;
  return {};
}

FieldBuilder& FieldBuilder::label(std::string text) {
  spec_.label = std::move(text);
  return *this;
}

FieldBuilder& FieldBuilder::help(std::string text) {
  spec_.help = std::move(text);
  return *this;
}

FieldBuilder& FieldBuilder::unit(std::string text) {
  spec_.unit = std::move(text);
  return *this;
}

FieldBuilder& FieldBuilder::special(double value, std::string meaning) {
  spec_.special.push_back({value, std::move(meaning)});
  return *this;
}

FieldBuilder& FieldBuilder::whenEmpty(std::string meaning) {
  spec_.empty_meaning = std::move(meaning);
  return *this;
}

FieldBuilder& FieldBuilder::suggest(std::vector<std::string> values) {
  spec_.suggestions = std::move(values);
  return *this;
}

}  // namespace ef
