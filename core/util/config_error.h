// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The error of a bad configuration value: names the field by its dotted path ("sft.lr") so that
// the CLI prints it and the workbench marks the editor that holds it.
#include <stdexcept>
#include <string>

namespace ef {

class ConfigError : public std::runtime_error {
 public:
  ConfigError(std::string field, const std::string& message);
  const std::string& field() const { return field_; }  // dotted path, "" for the whole document

 private:
  std::string field_;
};

}  // namespace ef
