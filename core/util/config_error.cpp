// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/config_error.h"

namespace ef {

ConfigError::ConfigError(std::string field, const std::string& message)
    : std::runtime_error(field.empty() ? "config: " + message
                                       : "config field '" + field + "': " + message),
      field_(std::move(field)) {}

}  // namespace ef
