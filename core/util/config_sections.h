// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Settings that a config holds for its registered parts, one value per type (docs/architecture.md,
// "Add a method", "Add a task"). A method with settings of its own, or a task kind, declares a
// struct in its own files and registers it; the config that owns the parts (RunConfig for the
// methods' sections, TaskConfig for the task kinds) keeps a default of every registered struct
// here, and code reads one by its type: cfg.section<RftConfig>(). Values, copied with the config.
#include <any>
#include <map>
#include <typeindex>
#include <typeinfo>

namespace ef {

class ConfigSections {
 public:
  // Adds (or replaces) the value of type S.
  template <class S>
  void add(S value) {
    values_[std::type_index(typeid(S))] = std::move(value);
  }
  // The value of type S; throws std::logic_error when no part registered S.
  template <class S>
  S& get() {
    return std::any_cast<S&>(slot(typeid(S)));
  }
  template <class S>
  const S& get() const {
    return std::any_cast<const S&>(slot(typeid(S)));
  }

 private:
  std::any& slot(const std::type_info& type);
  const std::any& slot(const std::type_info& type) const;

  std::map<std::type_index, std::any> values_;
};

}  // namespace ef
