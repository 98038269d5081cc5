// SPDX-License-Identifier: GPL-3.0-or-later
// lookup generator and verifier. Decisions beyond lookup_task.h:
// - The table and the rank order of the keys come from table_seed alone, so every split, size and
//   run seed shares one ground truth; problem i of a split comes from deriveSeed(seed, split, i).
// - Keys of a problem are drawn independently (a key may repeat within a problem).
// - The rank order is a permutation, so a key's frequency is unrelated to its digits or length.
// - The answer is the recalled digits in order ("answer: 490"), not a function of them: an earlier
//   version answered their sum mod 10, and that sum was a learning transition of its own
//   (validation error stayed at 0.9 while the recall accuracy of the first step rose to 0.88; one
//   seed in three never crossed it in 1500 steps), so the error measured the transition instead of
//   the recall. Copying the digits is learnt early, leaving wrong recalls as the errors.
// - verify: the last non-empty line must be exactly "answer: D…" (digits, leading zeros are part of
//   the code) and no other line may start with "answer:".
// - The hint (hint_rate > 0) is drawn after the keys, so the keys of problem i do not depend on
//   whether there is one; a wrong hint is one of the nine other digits, uniformly.
#include "tasks/lookup_task.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <stdexcept>

#include "tasks/answer_parsing.h"
#include "tasks/task_registry.h"
#include "tasks/hint_share.h"
#include "util/random.h"

namespace ef {
namespace {

constexpr const char* kAnswerPrefix = "answer: ";

[[noreturn]] void fail(const std::string& field, const std::string& message) {
  throw std::invalid_argument("lookup." + field + ": " + message);
}

}  // namespace

LookupTask::LookupTask(LookupConfig cfg) : cfg_(cfg) {
  if (cfg_.keys < 1 || cfg_.keys > 1000000)
    fail("keys", "must be in [1, 1000000] (got " + std::to_string(cfg_.keys) + ")");
  if (cfg_.min_steps < 1) fail("min_steps", "must be at least 1");
  if (cfg_.max_steps < cfg_.min_steps) fail("max_steps", "must be at least min_steps");
  if (cfg_.max_steps > 64) fail("max_steps", "must be at most 64");
  if (!(cfg_.zipf >= 0 && cfg_.zipf <= 10)) fail("zipf", "must be in [0, 10]");
  if (!(cfg_.hint_rate >= 0 && cfg_.hint_rate <= 1)) fail("hint_rate", "must be in [0, 1]");
  Rng rng(deriveSeed(static_cast<std::uint64_t>(cfg_.table_seed), "lookup-table"));
  table_.resize(static_cast<std::size_t>(cfg_.keys));
  for (int& d : table_)
    d = static_cast<int>(rng.below(10));
  for (std::size_t i :
       shuffledIndices(static_cast<std::size_t>(cfg_.keys),
                       deriveSeed(static_cast<std::uint64_t>(cfg_.table_seed), "ranks")))
    rank_to_key_.push_back(static_cast<int>(i));
  double total = 0;
  for (int r = 1; r <= cfg_.keys; ++r) {
    total += cfg_.zipf > 0 ? std::pow(static_cast<double>(r), -cfg_.zipf) : 1.0;
    cdf_.push_back(total);
  }
}

Problem LookupTask::makeProblem(std::uint64_t problem_seed, std::size_t index) const {
  Rng rng(problem_seed);
  const auto k = static_cast<int>(rng.uniform(cfg_.min_steps, cfg_.max_steps));
  Problem p;
  for (int i = 0; i < k; ++i) {
    const double u = rng.unit() * cdf_.back();
    const auto rank =
        std::min<std::ptrdiff_t>(std::upper_bound(cdf_.begin(), cdf_.end(), u) - cdf_.begin(),
                                 static_cast<std::ptrdiff_t>(cdf_.size()) - 1);
    const int key = rank_to_key_[static_cast<std::size_t>(rank)];
    const int digit = table_[static_cast<std::size_t>(key)];
    p.prompt += (i ? " " : "") + std::to_string(key);
    p.steps.push_back(std::to_string(key) + "=" + std::to_string(digit));
    p.answer += std::to_string(digit);
  }
  if (cfg_.hint_rate > 0) {
    p.shortcut_fails = hintIsWrong(index, cfg_.hint_rate);
    int hint = p.answer[0] - '0';
    if (p.shortcut_fails) {
      hint = (hint + 1 + static_cast<int>(rng.below(9))) % 10;
      p.shortcut_step =
          p.steps.front().substr(0, p.steps.front().find('=') + 1) + std::to_string(hint);
    }
    p.prompt += " !" + std::to_string(hint);
  }
  p.prompt += "\n";
  p.steps.push_back(kAnswerPrefix + p.answer);
  return p;
}

std::vector<Problem> LookupTask::problems(const std::string& split, std::size_t n,
                                          std::uint64_t seed) const {
  parsing::requireKnownSplit(split, "lookup");
  std::vector<Problem> out;
  out.reserve(n);
  for (std::size_t i = 0; i < n; ++i)
    out.push_back(makeProblem(deriveSeed(seed, split, i), i));
  return out;
}

std::vector<std::string> LookupTask::symbols() const {
  std::vector<std::string> out;
  for (char ch :
       std::string(cfg_.hint_rate > 0 ? "0123456789= :\nanswer!" : "0123456789= :\nanswer")) {
    const std::string s(1, ch);
    if (std::find(out.begin(), out.end(), s) == out.end()) out.push_back(s);
  }
  return out;
}

Verdict LookupTask::verify(const std::string& output, const Problem& p) const {
  const std::optional<std::string> digits = parsing::finalAnswerLine(output);
  if (!digits || !parsing::isDigits(*digits)) return Verdict::Unparseable;
  return *digits == p.answer ? Verdict::Correct : Verdict::Wrong;
}

FieldList<LookupConfig> lookupConfigFields() {
  FieldList<LookupConfig> f;
  f.integer("keys", &LookupConfig::keys, 1, 1000000)
      .label(EF_TRANSLATABLE("ef::Fields", "Keys"))
      .help(EF_TRANSLATABLE("ef::Fields", "Size of the hidden key-to-digit table"));
  f.integer("min_steps", &LookupConfig::min_steps, 1, 64)
      .label(EF_TRANSLATABLE("ef::Fields", "Min steps"))
      .help(EF_TRANSLATABLE("ef::Fields", "Fewest keys recalled in a problem"))
      .unit(EF_TRANSLATABLE("ef::Fields", "keys"));
  f.integer("max_steps", &LookupConfig::max_steps, 1, 64)
      .label(EF_TRANSLATABLE("ef::Fields", "Max steps"))
      .help(EF_TRANSLATABLE("ef::Fields", "Most keys recalled in a problem"))
      .unit(EF_TRANSLATABLE("ef::Fields", "keys"));
  f.number("zipf", &LookupConfig::zipf, 0.0, 10.0)
      .label(EF_TRANSLATABLE("ef::Fields", "Key skew"))
      .help(EF_TRANSLATABLE("ef::Fields",
                            "Zipf exponent of the key frequencies: a few common keys, a long tail "
                            "of rare ones"))
      .special(0, EF_TRANSLATABLE("ef::Fields", "uniform"));
  f.number("hint_rate", &LookupConfig::hint_rate, 0.0, 1.0)
      .label(EF_TRANSLATABLE("ef::Fields", "Hint rate ρ"))
      .help(EF_TRANSLATABLE("ef::Fields",
                            "A hint in the prompt that is the first key's digit on this share of "
                            "the problems and another digit on the rest: a shortcut past the first "
                            "recall"))
      .special(0, EF_TRANSLATABLE("ef::Fields", "no hint"));
  f.integer("table_seed", &LookupConfig::table_seed, 0, 1000000000)
      .label(EF_TRANSLATABLE("ef::Fields", "Table seed"))
      .help(EF_TRANSLATABLE("ef::Fields",
                            "Draws the hidden table: the task's ground truth, shared by all splits "
                            "and run seeds"));
  return f;
}

const TaskKind& lookupTaskKind() {
  static const TaskKind k = taskKindOf<LookupConfig>(
      "lookup", EF_TRANSLATABLE("ef::Fields", "Fact-recall chains"), lookupConfigFields,
      [](const LookupConfig& c) { return std::make_unique<LookupTask>(c); });
  return k;
}

}  // namespace ef
