// SPDX-License-Identifier: GPL-3.0-or-later
#include <algorithm>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "experiment/config/method.h"
#include "experiment/methods/registered_methods.h"
#include "util/translatable.h"

namespace ef {

#define EF_DECLARE_METHOD(stem) const Method& stem##Method();
EF_REGISTERED_METHODS(EF_DECLARE_METHOD)
#undef EF_DECLARE_METHOD

const std::vector<const Method*>& registeredMethods() {
#define EF_METHOD_ENTRY(stem) &stem##Method(),
  static const std::vector<const Method*> all = [] {
    std::vector<const Method*> v{EF_REGISTERED_METHODS(EF_METHOD_ENTRY)};
    if (std::count_if(v.begin(), v.end(), [](const Method* m) { return m->baseline; }) != 1 ||
        !v.front()->baseline) {
      throw std::logic_error("method registry: exactly one baseline method, registered first");
    }
    return v;
  }();
#undef EF_METHOD_ENTRY
  return all;
}

namespace {

// The `after` that ends s's chain of sections among `all` (a key outside them, or "").
std::string anchorAmong(const std::vector<const ConfigSection*>& all, const ConfigSection& s) {
  std::string anchor = s.after;
  for (std::size_t hops = 0; hops < all.size(); ++hops) {
    const auto prev = std::find_if(all.begin(), all.end(),
                                   [&anchor](const ConfigSection* x) { return x->key == anchor; });
    if (prev == all.end()) break;
    anchor = (*prev)->after;
  }
  return anchor;
}

}  // namespace

const std::vector<const ConfigSection*>& registeredSections() {
  static const std::vector<const ConfigSection*> all = [] {
    std::vector<const ConfigSection*> pending;
    for (const Method* m : registeredMethods())
      for (const ConfigSection* s : m->sections)
        if (std::find(pending.begin(), pending.end(), s) == pending.end()) pending.push_back(s);
    // Each placed right after the section it names; one naming a method section not yet placed
    // waits for it; those naming none (or a pipeline section) keep the methods' order.
    std::vector<const ConfigSection*> placed;
    const auto at = [&placed](const std::string& key) {
      return std::find_if(placed.begin(), placed.end(),
                          [&key](const ConfigSection* s) { return s->key == key; });
    };
    const auto method_section = [&pending](const std::string& key) {
      return std::any_of(pending.begin(), pending.end(),
                         [&key](const ConfigSection* s) { return s->key == key; });
    };
    while (!pending.empty()) {
      const auto next = std::find_if(pending.begin(), pending.end(), [&](const ConfigSection* s) {
        return !method_section(s->after) || at(s->after) != placed.end();
      });
      if (next == pending.end()) {
        throw std::logic_error("config sections: '" + pending.front()->key + "' follows '" +
                               pending.front()->after + "', which never comes");
      }
      const ConfigSection* s = *next;
      pending.erase(next);
      const auto& own = pipelineSections();
      if (at(s->key) != placed.end() || s->key == "sweep" ||
          std::find(own.begin(), own.end(), s->key) != own.end())
        throw std::logic_error("config sections: two sections named '" + s->key + "'");
      const auto after = at(s->after);
      placed.insert(after == placed.end() ? placed.end() : after + 1, s);
    }
    // Chains in the order of the pipeline sections they start after.
    const auto& pipeline = pipelineSections();
    const auto rank = [&](const ConfigSection* s) {
      const std::string anchor = anchorAmong(placed, *s);
      return std::find(pipeline.begin(), pipeline.end(), anchor) - pipeline.begin();
    };
    std::vector<std::pair<std::ptrdiff_t, const ConfigSection*>> ranked;
    for (const ConfigSection* s : placed)
      ranked.emplace_back(rank(s), s);
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const auto& x, const auto& y) { return x.first < y.first; });
    std::vector<const ConfigSection*> out;
    for (const auto& r : ranked)
      out.push_back(r.second);
    return out;
  }();
  return all;
}

const std::vector<std::string>& pipelineSections() {
  static const std::vector<std::string> keys{"task", "model",  "sft",
                                             "eval", "sample", "advantages"};
  return keys;
}

std::string pipelineAnchor(const ConfigSection& s) {
  const std::string anchor = anchorAmong(registeredSections(), s);
  const auto& pipeline = pipelineSections();
  return std::find(pipeline.begin(), pipeline.end(), anchor) == pipeline.end() ? "" : anchor;
}

const ConfigSection* findSection(const std::string& key) {
  for (const ConfigSection* s : registeredSections())
    if (s->key == key) return s;
  return nullptr;
}

MethodWork trainingWork(const TrainingConfig& t) {
  return {t.steps, (t.eval_every > 0 ? t.steps / t.eval_every : 0) + 1};
}

std::vector<std::string> registeredMethodNames() {
  std::vector<std::string> out;
  for (const Method* m : registeredMethods())
    out.push_back(m->name);
  return out;
}

const Method* findMethod(const std::string& name) {
  for (const Method* m : registeredMethods())
    if (m->name == name) return m;
  return nullptr;
}

const Method& baselineMethod() {
  return *registeredMethods().front();
}

std::vector<const Method*> methodsFor(const std::vector<std::string>& names) {
  std::vector<const Method*> out;
  for (const Method* m : registeredMethods()) {
    if (m->baseline || std::find(names.begin(), names.end(), m->name) != names.end())
      out.push_back(m);
  }
  return out;
}

bool isTrainingStage(const std::string& stage) {
  for (const Method* m : registeredMethods())
    if (m->stage == stage) return true;
  return false;
}

std::vector<MetricInfo> metricCatalog() {
  std::vector<MetricInfo> out{
      {"", "loss", EF_TRANSLATABLE("ef::Metrics", "training loss"), false},
      {"eval", "test_error", EF_TRANSLATABLE("ef::Metrics", "test error"), true},
      {"eval", "pass_at_k", EF_TRANSLATABLE("ef::Metrics", "pass@k"), true},
      {"eval", "first_step_accuracy", EF_TRANSLATABLE("ef::Metrics", "first-step accuracy"), true},
      {"eval", "minority_error",
       EF_TRANSLATABLE("ef::Metrics", "test error where the shortcut fails"), true},
      {"eval", "train_error", EF_TRANSLATABLE("ef::Metrics", "error on training problems"), true},
      {"eval", "train_first_step_accuracy",
       EF_TRANSLATABLE("ef::Metrics", "first-step accuracy on training problems"), true},
  };
  for (const Method* m : registeredMethods()) {
    for (const MetricInfo& x : m->metrics) {
      const bool seen = std::any_of(out.begin(), out.end(), [&](const MetricInfo& y) {
        return y.stage == x.stage && y.name == x.name;
      });
      if (!seen) out.push_back(x);
    }
  }
  return out;
}

}  // namespace ef
