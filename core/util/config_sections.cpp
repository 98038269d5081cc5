// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/config_sections.h"

#include <stdexcept>
#include <string>

namespace ef {

const std::any& ConfigSections::slot(const std::type_info& type) const {
  const auto it = values_.find(std::type_index(type));
  if (it == values_.end()) {
    throw std::logic_error(std::string("no registered config section holds ") + type.name());
  }
  return it->second;
}

std::any& ConfigSections::slot(const std::type_info& type) {
  return const_cast<std::any&>(static_cast<const ConfigSections*>(this)->slot(type));
}

}  // namespace ef
