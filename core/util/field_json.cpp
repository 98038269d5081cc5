// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/field_json.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

namespace ef {
namespace {

using nlohmann::json;
using nlohmann::ordered_json;

const char* typeName(const json& j) {
  switch (j.type()) {
    case json::value_t::null:
      return "null";
    case json::value_t::boolean:
      return "a boolean";
    case json::value_t::string:
      return "a string";
    case json::value_t::array:
      return "an array";
    case json::value_t::object:
      return "an object";
    case json::value_t::number_float:
      return "a fractional number";
    default:
      return "a number";
  }
}

std::string formatNumber(double v) {
  std::ostringstream os;
  os << v;
  return os.str();
}

std::string element(const std::string& field, std::size_t i) {
  return field + "[" + std::to_string(i) + "]";
}

std::string joinChoices(const std::vector<std::string>& choices) {
  std::string list;
  for (const auto& c : choices)
    list += (list.empty() ? "" : ", ") + c;
  return list;
}

[[noreturn]] void typeError(const std::string& field, const char* expected, const json& got) {
  throw ConfigError(field, std::string("expected ") + expected + ", got " + typeName(got));
}

// Integers are bounded by their declared range, which always fits an int.
std::string intBound(double b) {
  return std::to_string(static_cast<long long>(b));
}

int readInt(const FieldSpec& s, const json& j) {
  if (!j.is_number_integer() &&
      !(j.is_number_float() && std::floor(j.get<double>()) == j.get<double>())) {
    typeError(s.path, "an integer", j);
  }
  const double v = j.get<double>();
  if (v < s.min || v > s.max) {
    throw ConfigError(s.path, "must be between " + intBound(s.min) + " and " + intBound(s.max) +
                                  " (got " + formatNumber(v) + ")");
  }
  return static_cast<int>(v);
}

double readDouble(const FieldSpec& s, const json& j) {
  if (!j.is_number()) typeError(s.path, "a number", j);
  const double v = j.get<double>();
  if (s.above_min) {
    if (!std::isfinite(v) || v <= s.min || v > s.max) {
      throw ConfigError(s.path,
                        "must be > " + formatNumber(s.min) + " (got " + formatNumber(v) + ")");
    }
    return v;
  }
  if (!std::isfinite(v) || v < s.min || v > s.max) {
    throw ConfigError(s.path, "must be between " + formatNumber(s.min) + " and " +
                                  formatNumber(s.max) + " (got " + formatNumber(v) + ")");
  }
  return v;
}

std::uint64_t readUInt64(const FieldSpec& s, const json& j) {
  if (j.is_number_unsigned()) return j.get<std::uint64_t>();
  if (j.is_number_integer()) {
    throw ConfigError(s.path, "must be >= 0 (got " + std::to_string(j.get<std::int64_t>()) + ")");
  }
  typeError(s.path, "a non-negative integer", j);
}

std::string readChoice(const FieldSpec& s, const std::string& field, const json& j) {
  if (!j.is_string()) typeError(field, "a string", j);
  const auto v = j.get<std::string>();
  for (const auto& c : s.choices)
    if (v == c) return v;
  throw ConfigError(field, "must be one of " + joinChoices(s.choices) + " (got \"" + v + "\")");
}

const json& requireArray(const FieldSpec& s, const json& j) {
  if (!j.is_array()) typeError(s.path, "an array", j);
  return j;
}

void readLeaf(const BoundField& f, const json& j) {
  const FieldSpec& s = *f.spec;
  switch (s.type) {
    case FieldType::Section:
      break;
    case FieldType::Int:
      *std::get<int*>(f.ref) = readInt(s, j);
      break;
    case FieldType::Double:
      *std::get<double*>(f.ref) = readDouble(s, j);
      break;
    case FieldType::Bool:
      if (!j.is_boolean()) typeError(s.path, "true or false", j);
      *std::get<bool*>(f.ref) = j.get<bool>();
      break;
    case FieldType::UInt64:
      *std::get<std::uint64_t*>(f.ref) = readUInt64(s, j);
      break;
    case FieldType::Text:
      if (!j.is_string()) typeError(s.path, "a string", j);
      *std::get<std::string*>(f.ref) = j.get<std::string>();
      break;
    case FieldType::Choice:
      *std::get<std::string*>(f.ref) = readChoice(s, s.path, j);
      break;
    case FieldType::IntList: {
      const auto& arr = requireArray(s, j);
      std::vector<int> v;
      for (std::size_t i = 0; i < arr.size(); ++i) {
        const auto& e = arr[i];
        if (!e.is_number_integer()) {
          throw ConfigError(element(s.path, i),
                            std::string("expected an integer, got ") + typeName(e));
        }
        const auto x = e.get<std::int64_t>();
        if (x < s.min || x > s.max) {
          throw ConfigError(element(s.path, i), "must be between " + intBound(s.min) + " and " +
                                                    intBound(s.max) + " (got " + std::to_string(x) +
                                                    ")");
        }
        v.push_back(static_cast<int>(x));
      }
      *std::get<std::vector<int>*>(f.ref) = std::move(v);
      break;
    }
    case FieldType::UInt64List: {
      const auto& arr = requireArray(s, j);
      std::vector<std::uint64_t> v;
      for (std::size_t i = 0; i < arr.size(); ++i) {
        if (!arr[i].is_number_unsigned())
          throw ConfigError(element(s.path, i), "expected a non-negative integer");
        v.push_back(arr[i].get<std::uint64_t>());
      }
      *std::get<std::vector<std::uint64_t>*>(f.ref) = std::move(v);
      break;
    }
    case FieldType::ChoiceList: {
      const auto& arr = requireArray(s, j);
      std::vector<std::string> v;
      for (std::size_t i = 0; i < arr.size(); ++i)
        v.push_back(readChoice(s, element(s.path, i), arr[i]));
      *std::get<std::vector<std::string>*>(f.ref) = std::move(v);
      break;
    }
  }
}

// The declared fields grouped by the object that holds them ("" = the root).
using Children = std::map<std::string, std::vector<const BoundField*>>;

std::string parentOf(const std::string& path) {
  const auto dot = path.rfind('.');
  return dot == std::string::npos ? std::string() : path.substr(0, dot);
}

Children childrenOf(const std::vector<BoundField>& fields) {
  Children c;
  for (const auto& f : fields)
    c[parentOf(f.spec->path)].push_back(&f);
  return c;
}

const json& emptyObject() {
  static const json e = json::object();
  return e;
}

// Reads the object at `path`: its fields in declaration order (nested objects recursively), then
// rejects the keys no field declares.
void readObject(const json& obj, const std::string& path, const Children& children) {
  if (!obj.is_object()) {
    throw ConfigError(path, std::string("expected an object, got ") + typeName(obj));
  }
  const auto it = children.find(path);
  std::set<std::string> known;
  if (it != children.end()) {
    for (const BoundField* f : it->second) {
      const std::string key = f->spec->key();
      known.insert(key);
      const auto value = obj.find(key);
      if (f->spec->type == FieldType::Section) {
        readObject(value == obj.end() ? emptyObject() : *value, f->spec->path, children);
      } else if (value != obj.end()) {
        readLeaf(*f, *value);
      }
    }
  }
  for (auto k = obj.begin(); k != obj.end(); ++k) {
    if (known.count(k.key())) continue;
    std::string list;
    for (const auto& name : known)
      list += (list.empty() ? "" : ", ") + name;
    throw ConfigError(path.empty() ? k.key() : path + "." + k.key(),
                      "unknown key (known keys here: " + list + ")");
  }
}

ordered_json valueOf(const BoundField& f) {
  return std::visit(
      [](const auto& alt) -> ordered_json {
        if constexpr (std::is_same_v<std::decay_t<decltype(alt)>, std::monostate>) {
          return ordered_json::object();
        } else {
          return ordered_json(*alt);
        }
      },
      f.ref);
}

ordered_json writeObject(const std::string& path, const Children& children) {
  ordered_json out = ordered_json::object();
  const auto it = children.find(path);
  if (it == children.end()) return out;
  for (const BoundField* f : it->second) {
    out[f->spec->key()] =
        f->spec->type == FieldType::Section ? writeObject(f->spec->path, children) : valueOf(*f);
  }
  return out;
}

json parseJsonText(const std::string& text) {
  // nlohmann's reader stops at a NUL byte and takes what came before: refuse it by position.
  if (const auto nul = text.find('\0'); nul != std::string::npos) {
    const auto line = 1 + std::count(text.begin(), text.begin() + nul, '\n');
    const auto last = text.rfind('\n', nul);
    const auto col = nul - (last == std::string::npos ? 0 : last + 1) + 1;
    throw ConfigError("", "invalid JSON at line " + std::to_string(line) + ", column " +
                              std::to_string(col) + ": a NUL byte");
  }
  try {
    return json::parse(text);
  } catch (const json::parse_error& e) {
    std::size_t line = 1, col = 1;
    for (std::size_t i = 0; i + 1 < e.byte && i < text.size(); ++i) {
      if (text[i] == '\n') {
        ++line;
        col = 1;
      } else {
        ++col;
      }
    }
    std::string what = e.what();
    const auto pos = what.find("syntax error");
    throw ConfigError("", "invalid JSON at line " + std::to_string(line) + ", column " +
                              std::to_string(col) + ": " +
                              (pos == std::string::npos ? what : what.substr(pos)));
  } catch (const json::exception& e) {
    // e.g. out_of_range 406, a number beyond double ("1e9696"; found by fuzz_config)
    std::string what = e.what();
    const auto pos = what.find("] ");
    throw ConfigError("",
                      "invalid JSON: " + (pos == std::string::npos ? what : what.substr(pos + 2)));
  }
}

}  // namespace

void readFieldsJson(const std::vector<BoundField>& fields, const std::string& json_text) {
  readObject(parseJsonText(json_text), "", childrenOf(fields));
}

std::string writeFieldsJson(const std::vector<BoundField>& fields, int indent) {
  return writeObject("", childrenOf(fields)).dump(indent);
}

std::string fieldValueJson(const BoundField& field) {
  return valueOf(field).dump();
}

}  // namespace ef
