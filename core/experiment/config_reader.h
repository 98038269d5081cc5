#pragma once
// Private helper: reads one JSON object field by field, checking types and ranges, and reports
// every problem as a ConfigError that names the field by its dotted path. Keys that were never
// asked for are unknown keys and rejected by finish().
#include <cstdint>
#include <initializer_list>
#include <set>
#include <string>

#include <nlohmann/json.hpp>

#include "experiment/run_config.h"

namespace ef {

class ConfigReader {
 public:
  ConfigReader(const nlohmann::json& object, std::string path);

  void read(const char* key, int& out, int min, int max);
  void read(const char* key, double& out, double min, double max);
  void readPositive(const char* key, double& out);  // (0, inf)
  void read(const char* key, bool& out);
  void read(const char* key, std::uint64_t& out);
  void read(const char* key, std::string& out);
  void readChoice(const char* key, std::string& out, std::initializer_list<const char*> choices);
  // Arrays: every element checked like a scalar; the error names the element ("sweep.sizes[2]").
  void readList(const char* key, std::vector<int>& out, int min, int max);
  void readList(const char* key, std::vector<std::uint64_t>& out);
  void readList(const char* key, std::vector<std::string>& out,
                const std::vector<std::string>& choices);
  // A nested object; a missing key yields an empty object (all defaults).
  ConfigReader child(const char* key);
  // Rejects keys that no read() asked for.
  void finish() const;

  std::string field(const char* key) const;

 private:
  const nlohmann::json* find(const char* key);
  [[noreturn]] void typeError(const char* key, const char* expected) const;

  const nlohmann::json& obj_;
  std::string path_;
  std::set<std::string> seen_;
};

// Parse text into JSON, turning syntax errors into ConfigError with line and column.
nlohmann::json parseJsonText(const std::string& text);

}  // namespace ef
