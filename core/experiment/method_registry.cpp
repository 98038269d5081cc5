// SPDX-License-Identifier: GPL-3.0-or-later
#include <algorithm>
#include <stdexcept>

#include "experiment/method.h"
#include "util/translatable.h"

namespace ef {

// The registered methods, in plotting order, the baseline first. A method's own file under
// experiment/methods/ defines `const Method& <function>()`; registering it is one line here,
// above the closing comment.
// clang-format off
#define EF_REGISTERED_METHODS(METHOD) \
  METHOD(sftMethod)                   \
  METHOD(moreSftMethod)               \
  METHOD(reweightedSftMethod)         \
  METHOD(rftMethod)                   \
  METHOD(dpoMethod)                   \
  METHOD(editDpoMethod)               \
  METHOD(stepDpoFullMethod)           \
  METHOD(stepDpoPrefixMethod)         \
  METHOD(stepDpoAltMethod)            \
  METHOD(rpoMethod)                   \
  METHOD(editRpoMethod)               \
  METHOD(stepRpoFullMethod)           \
  METHOD(stepRpoPrefixMethod)         \
  METHOD(stepRpoAltMethod)            \
  METHOD(awrMethod)                   \
  METHOD(iteratedStepDpoMethod)       \
  /* end of the registered methods */
// clang-format on

#define EF_DECLARE_METHOD(function) const Method& function();
EF_REGISTERED_METHODS(EF_DECLARE_METHOD)
#undef EF_DECLARE_METHOD

const std::vector<const Method*>& registeredMethods() {
#define EF_METHOD_ENTRY(function) &function(),
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
