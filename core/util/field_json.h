// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reading and writing a config object through its declared fields (util/field_table.h).
//
// The reader checks every value: a wrong type, a value out of range, a text that is not one of
// the choices, an element of a list, and any key that no field declares each raise ConfigError
// naming the field by its dotted path ("sft.lr", "sweep.sizes[2]"). Missing keys keep the value
// the object already holds (its default). The writer emits every field, nested as declared and in
// declaration order.
#include <string>
#include <vector>

#include "util/config_error.h"
#include "util/field_table.h"

namespace ef {

// Parses `json_text` into the bound fields; throws ConfigError (syntax errors name line and
// column).
void readFieldsJson(const std::vector<BoundField>& fields, const std::string& json_text);

// Every field as JSON, pretty-printed with `indent` spaces (-1: one line).
std::string writeFieldsJson(const std::vector<BoundField>& fields, int indent = 2);

// A field's current value as compact JSON text ("0.003", "[200,400]", "\"arith\"").
std::string fieldValueJson(const BoundField& field);

}  // namespace ef
