#include "experiment/config_reader.h"

#include <algorithm>
#include <cmath>
#include <sstream>

namespace ef {
namespace {

const char* typeName(const nlohmann::json& j) {
  switch (j.type()) {
    case nlohmann::json::value_t::null:
      return "null";
    case nlohmann::json::value_t::boolean:
      return "a boolean";
    case nlohmann::json::value_t::string:
      return "a string";
    case nlohmann::json::value_t::array:
      return "an array";
    case nlohmann::json::value_t::object:
      return "an object";
    case nlohmann::json::value_t::number_float:
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

const nlohmann::json& emptyObject() {
  static const nlohmann::json e = nlohmann::json::object();
  return e;
}

}  // namespace

ConfigReader::ConfigReader(const nlohmann::json& object, std::string path)
    : obj_(object), path_(std::move(path)) {
  if (!obj_.is_object()) {
    throw ConfigError(path_, std::string("expected an object, got ") + typeName(obj_));
  }
}

std::string ConfigReader::field(const char* key) const {
  return path_.empty() ? std::string(key) : path_ + "." + key;
}

const nlohmann::json* ConfigReader::find(const char* key) {
  seen_.insert(key);
  auto it = obj_.find(key);
  if (it == obj_.end()) return nullptr;
  return &*it;
}

void ConfigReader::typeError(const char* key, const char* expected) const {
  throw ConfigError(field(key),
                    std::string("expected ") + expected + ", got " + typeName(obj_.at(key)));
}

void ConfigReader::read(const char* key, int& out, int min, int max) {
  const auto* j = find(key);
  if (!j) return;
  if (!j->is_number_integer() &&
      !(j->is_number_float() && std::floor(j->get<double>()) == j->get<double>())) {
    typeError(key, "an integer");
  }
  const double v = j->get<double>();
  if (v < min || v > max) {
    throw ConfigError(field(key), "must be between " + std::to_string(min) + " and " +
                                      std::to_string(max) + " (got " + formatNumber(v) + ")");
  }
  out = static_cast<int>(v);
}

void ConfigReader::read(const char* key, double& out, double min, double max) {
  const auto* j = find(key);
  if (!j) return;
  if (!j->is_number()) typeError(key, "a number");
  const double v = j->get<double>();
  if (!std::isfinite(v) || v < min || v > max) {
    throw ConfigError(field(key), "must be between " + formatNumber(min) + " and " +
                                      formatNumber(max) + " (got " + formatNumber(v) + ")");
  }
  out = v;
}

void ConfigReader::readPositive(const char* key, double& out) {
  const auto* j = find(key);
  if (!j) return;
  if (!j->is_number()) typeError(key, "a number");
  const double v = j->get<double>();
  if (!std::isfinite(v) || v <= 0) {
    throw ConfigError(field(key), "must be > 0 (got " + formatNumber(v) + ")");
  }
  out = v;
}

void ConfigReader::read(const char* key, bool& out) {
  const auto* j = find(key);
  if (!j) return;
  if (!j->is_boolean()) typeError(key, "true or false");
  out = j->get<bool>();
}

void ConfigReader::read(const char* key, std::uint64_t& out) {
  const auto* j = find(key);
  if (!j) return;
  if (j->is_number_unsigned()) {
    out = j->get<std::uint64_t>();
    return;
  }
  if (j->is_number_integer()) {
    throw ConfigError(field(key),
                      "must be >= 0 (got " + std::to_string(j->get<std::int64_t>()) + ")");
  }
  typeError(key, "a non-negative integer");
}

void ConfigReader::read(const char* key, std::string& out) {
  const auto* j = find(key);
  if (!j) return;
  if (!j->is_string()) typeError(key, "a string");
  out = j->get<std::string>();
}

void ConfigReader::readChoice(const char* key, std::string& out,
                              std::initializer_list<const char*> choices) {
  std::string v = out;
  read(key, v);
  std::string list;
  for (const char* c : choices) {
    if (v == c) {
      out = v;
      return;
    }
    list += list.empty() ? "" : ", ";
    list += c;
  }
  throw ConfigError(field(key), "must be one of " + list + " (got \"" + v + "\")");
}

namespace {

const nlohmann::json& requireArray(const nlohmann::json* j, const std::string& field) {
  if (!j->is_array())
    throw ConfigError(field, std::string("expected an array, got ") + typeName(*j));
  return *j;
}

std::string element(const std::string& field, std::size_t i) {
  return field + "[" + std::to_string(i) + "]";
}

}  // namespace

void ConfigReader::readList(const char* key, std::vector<int>& out, int min, int max) {
  const auto* j = find(key);
  if (!j) return;
  const auto& arr = requireArray(j, field(key));
  std::vector<int> v;
  for (std::size_t i = 0; i < arr.size(); ++i) {
    const auto& e = arr[i];
    if (!e.is_number_integer()) {
      throw ConfigError(element(field(key), i),
                        std::string("expected an integer, got ") + typeName(e));
    }
    const auto x = e.get<std::int64_t>();
    if (x < min || x > max) {
      throw ConfigError(element(field(key), i), "must be between " + std::to_string(min) + " and " +
                                                    std::to_string(max) + " (got " +
                                                    std::to_string(x) + ")");
    }
    v.push_back(static_cast<int>(x));
  }
  out = std::move(v);
}

void ConfigReader::readList(const char* key, std::vector<std::uint64_t>& out) {
  const auto* j = find(key);
  if (!j) return;
  const auto& arr = requireArray(j, field(key));
  std::vector<std::uint64_t> v;
  for (std::size_t i = 0; i < arr.size(); ++i) {
    if (!arr[i].is_number_unsigned()) {
      throw ConfigError(element(field(key), i), "expected a non-negative integer");
    }
    v.push_back(arr[i].get<std::uint64_t>());
  }
  out = std::move(v);
}

void ConfigReader::readList(const char* key, std::vector<std::string>& out,
                            const std::vector<std::string>& choices) {
  const auto* j = find(key);
  if (!j) return;
  const auto& arr = requireArray(j, field(key));
  std::vector<std::string> v;
  for (std::size_t i = 0; i < arr.size(); ++i) {
    if (!arr[i].is_string()) {
      throw ConfigError(element(field(key), i),
                        std::string("expected a string, got ") + typeName(arr[i]));
    }
    const auto s = arr[i].get<std::string>();
    if (std::find(choices.begin(), choices.end(), s) == choices.end()) {
      std::string list;
      for (const auto& c : choices)
        list += (list.empty() ? "" : ", ") + c;
      throw ConfigError(element(field(key), i), "must be one of " + list + " (got \"" + s + "\")");
    }
    v.push_back(s);
  }
  out = std::move(v);
}

ConfigReader ConfigReader::child(const char* key) {
  const auto* j = find(key);
  return ConfigReader(j ? *j : emptyObject(), field(key));
}

void ConfigReader::finish() const {
  for (auto it = obj_.begin(); it != obj_.end(); ++it) {
    if (seen_.count(it.key())) continue;
    std::string known;
    for (const auto& k : seen_)
      known += (known.empty() ? "" : ", ") + k;
    throw ConfigError(field(it.key().c_str()), "unknown key (known keys here: " + known + ")");
  }
}

nlohmann::json parseJsonText(const std::string& text) {
  try {
    return nlohmann::json::parse(text);
  } catch (const nlohmann::json::parse_error& e) {
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
  }
}

}  // namespace ef
