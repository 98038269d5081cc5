// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Declared configuration fields (docs/architecture.md, "Config fields"). Each setting of a config
// struct is declared once, next to the struct: key, type, range, choices, label, help text, unit
// and the special values that mean something in words (threads 0 = "all cores"). The struct's own
// member initialisers are the defaults. The JSON reader and writer (util/field_json.h), the CLI's
// ranges and the workbench's setup form are generated from these declarations.
//
//   FieldList<SftLike> f;
//   f.integer("steps", &SftLike::steps, 0, 100000000).label("Optimizer steps").unit("steps");
//   FieldList<Root> root;
//   root.section("sft", &Root::sft, f).label("SFT");  // sft.steps, ...
//
// Torch-free, JSON-free and Qt-free: every layer of core can declare its fields.
#include <cstdint>
#include <deque>
#include <functional>
#include <limits>
#include <string>
#include <variant>
#include <vector>

#include "util/translatable.h"

namespace ef {

enum class FieldType {
  Section,  // a nested object: label and help only
  Int,
  Double,
  Bool,
  UInt64,
  Text,
  Choice,  // a text from `choices`
  IntList,
  UInt64List,
  ChoiceList,  // texts from `choices`, each at most once
};

struct SpecialValue {
  double value = 0;
  std::string meaning;  // "all cores": shown instead of (or next to) the number
};

struct FieldSpec {
  std::string path;  // dotted: "sft.lr"; a section's path names its object ("sft")
  FieldType type = FieldType::Section;
  double min = -std::numeric_limits<double>::infinity();  // numbers and list elements, inclusive
  double max = std::numeric_limits<double>::infinity();
  bool above_min = false;                // Double: strictly greater than min ("must be > 0")
  std::vector<std::string> choices;      // Choice, ChoiceList: the allowed values
  std::vector<std::string> suggestions;  // Text: typical values an editor offers (others allowed)
  std::string label;                     // short name for forms ("Learning rate")
  std::string help;                      // one sentence for tooltips and --help
  std::string unit;                      // "steps", "problems", ... ("" = none)
  std::vector<SpecialValue> special;
  std::string empty_meaning;  // Text and lists: what an empty value means

  std::string key() const;  // the last path component
  bool isNumber() const { return type == FieldType::Int || type == FieldType::Double; }
  bool hasRange() const;  // a finite lower or upper bound
  // The meaning of `value` when it is a special value, else "".
  std::string specialMeaning(double value) const;
};

// Adds the descriptive parts of a field after its declaration: f.integer(...).label(...).help(...)
class FieldBuilder {
 public:
  explicit FieldBuilder(FieldSpec& spec) : spec_(spec) {}
  FieldBuilder& label(std::string text);
  FieldBuilder& help(std::string text);
  FieldBuilder& unit(std::string text);
  FieldBuilder& special(double value, std::string meaning);
  FieldBuilder& whenEmpty(std::string meaning);
  FieldBuilder& suggest(std::vector<std::string> values);
  const FieldSpec& spec() const { return spec_; }

 private:
  FieldSpec& spec_;
};

// Where a field's value lives inside one config object.
using FieldRef =
    std::variant<std::monostate, int*, double*, bool*, std::uint64_t*, std::string*,
                 std::vector<int>*, std::vector<std::uint64_t>*, std::vector<std::string>*>;

// A field of one concrete config object: what the reader writes and the writer reads.
struct BoundField {
  const FieldSpec* spec = nullptr;
  FieldRef ref;  // monostate for sections
};

template <class T>
class FieldList {
 public:
  struct Entry {
    FieldSpec spec;
    std::function<FieldRef(T&)> ref;  // empty for sections
  };

  FieldBuilder integer(std::string key, int T::*m, int min, int max) {
    auto& s = add(std::move(key), FieldType::Int, m);
    s.min = min;
    s.max = max;
    return FieldBuilder(s);
  }
  FieldBuilder number(std::string key, double T::*m, double min, double max) {
    auto& s = add(std::move(key), FieldType::Double, m);
    s.min = min;
    s.max = max;
    return FieldBuilder(s);
  }
  // A number > 0 (learning rates, β).
  FieldBuilder positive(std::string key, double T::*m) {
    auto& s = add(std::move(key), FieldType::Double, m);
    s.min = 0;
    s.above_min = true;
    return FieldBuilder(s);
  }
  FieldBuilder flag(std::string key, bool T::*m) {
    return FieldBuilder(add(std::move(key), FieldType::Bool, m));
  }
  FieldBuilder unsignedInteger(std::string key, std::uint64_t T::*m) {
    auto& s = add(std::move(key), FieldType::UInt64, m);
    s.min = 0;
    return FieldBuilder(s);
  }
  FieldBuilder text(std::string key, std::string T::*m) {
    return FieldBuilder(add(std::move(key), FieldType::Text, m));
  }
  FieldBuilder choice(std::string key, std::string T::*m, std::vector<std::string> choices) {
    auto& s = add(std::move(key), FieldType::Choice, m);
    s.choices = std::move(choices);
    return FieldBuilder(s);
  }
  FieldBuilder integers(std::string key, std::vector<int> T::*m, int min, int max) {
    auto& s = add(std::move(key), FieldType::IntList, m);
    s.min = min;
    s.max = max;
    return FieldBuilder(s);
  }
  FieldBuilder unsignedIntegers(std::string key, std::vector<std::uint64_t> T::*m) {
    auto& s = add(std::move(key), FieldType::UInt64List, m);
    s.min = 0;
    return FieldBuilder(s);
  }
  FieldBuilder choices(std::string key, std::vector<std::string> T::*m,
                       std::vector<std::string> choices) {
    auto& s = add(std::move(key), FieldType::ChoiceList, m);
    s.choices = std::move(choices);
    return FieldBuilder(s);
  }

  // The fields of a nested struct as a nested object `key`; returns the section's builder.
  template <class U>
  FieldBuilder section(const std::string& key, U T::*m, const FieldList<U>& sub) {
    return sectionAt(
        key, [m](T& t) -> U& { return t.*m; }, sub);
  }

  // The same for a struct that `get(T&)` finds (a registered part's settings,
  // util/config_sections.h).
  template <class U, class Get>
  FieldBuilder sectionAt(const std::string& key, Get get, const FieldList<U>& sub) {
    Entry e;
    e.spec.path = key;
    e.spec.type = FieldType::Section;
    entries_.push_back(std::move(e));
    FieldSpec& section_spec = entries_.back().spec;
    for (const auto& se : sub.entries()) {
      Entry x;
      x.spec = se.spec;
      x.spec.path = key + "." + se.spec.path;
      if (se.ref) {
        auto inner = se.ref;
        x.ref = [get, inner](T& t) { return inner(get(t)); };
      }
      entries_.push_back(std::move(x));
    }
    return FieldBuilder(section_spec);
  }

  // The fields of a nested struct at this level ("rft": init next to the training keys).
  template <class U>
  void merge(U T::*m, const FieldList<U>& sub) {
    for (const auto& se : sub.entries()) {
      Entry x;
      x.spec = se.spec;
      if (se.ref) {
        auto inner = se.ref;
        x.ref = [m, inner](T& t) { return inner(t.*m); };
      }
      entries_.push_back(std::move(x));
    }
  }

  // In declaration order; a section comes before its fields.
  const std::deque<Entry>& entries() const { return entries_; }

  // The fields of `obj`, in declaration order. The list must outlive the result.
  std::vector<BoundField> bind(T& obj) const {
    std::vector<BoundField> out;
    out.reserve(entries_.size());
    for (const auto& e : entries_)
      out.push_back({&e.spec, e.ref ? e.ref(obj) : FieldRef{}});
    return out;
  }

  // nullptr for an unknown path.
  const FieldSpec* find(const std::string& path) const {
    for (const auto& e : entries_)
      if (e.spec.path == path) return &e.spec;
    return nullptr;
  }

 private:
  template <class V>
  FieldSpec& add(std::string key, FieldType type, V T::*m) {
    Entry e;
    e.spec.path = std::move(key);
    e.spec.type = type;
    e.ref = [m](T& t) { return FieldRef(&(t.*m)); };
    entries_.push_back(std::move(e));
    return entries_.back().spec;
  }

  std::deque<Entry> entries_;  // a deque: builders keep references while fields are added
};

}  // namespace ef
