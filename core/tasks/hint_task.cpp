// SPDX-License-Identifier: GPL-3.0-or-later
// hint generator and verifier. Decisions beyond hint_task.h:
// - Problem i of a split comes from deriveSeed(seed, split, i); whether its hint is wrong depends
//   on i alone (shortcutFails), so the share is exact for every prefix of a split.
// - The table is one cycle through its letters, so a chain of up to alphabet − 1 hops never repeats
//   a letter and every key has a successor: a wrong first hop is followed correctly from there and
//   ends at a wrong answer (the permutation is a bijection). Its pairs are written in key order, so
//   a key's pair sits at the same place in every prompt.
// - A wrong hint is a key of the table other than the query and the right first value.
// - verify: the last non-empty line must be exactly "answer: x" with one letter of the alphabet,
//   and no other line may start with "answer:".
#include "tasks/hint_task.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <stdexcept>

#include "tasks/answer_parsing.h"
#include "tasks/task_registry.h"
#include "tasks/hint_share.h"
#include "util/random.h"
#include "util/translatable.h"

namespace ef {
namespace {

constexpr const char* kAnswerPrefix = "answer: ";

[[noreturn]] void fail(const std::string& field, const std::string& message) {
  throw std::invalid_argument("hint." + field + ": " + message);
}

}  // namespace

HintTask::HintTask(HintConfig cfg) : cfg_(cfg) {
  if (cfg_.alphabet < 3 || cfg_.alphabet > 26)
    fail("alphabet", "must be in [3, 26] (got " + std::to_string(cfg_.alphabet) + ")");
  if (cfg_.min_hops < 1) fail("min_hops", "must be at least 1");
  if (cfg_.max_hops < cfg_.min_hops) fail("max_hops", "must be at least min_hops");
  if (cfg_.max_hops > cfg_.alphabet - 1)
    fail("max_hops", "must be below alphabet (a chain may not come back to its query)");
  if (!(cfg_.hint_rate >= 0 && cfg_.hint_rate <= 1)) fail("hint_rate", "must be in [0, 1]");
}

bool HintTask::shortcutFails(std::size_t i) const {
  return hintIsWrong(i, cfg_.hint_rate);
}

Problem HintTask::makeProblem(std::uint64_t problem_seed, bool shortcut_fails) const {
  Rng rng(problem_seed);
  const auto m = static_cast<std::size_t>(cfg_.alphabet);
  const auto hops = static_cast<int>(rng.uniform(cfg_.min_hops, cfg_.max_hops));
  // The cycle: letters[j] -> letters[j + 1 mod m], letters a random order of the alphabet.
  std::vector<char> letters;
  for (std::size_t j : shuffledIndices(m, rng.next()))
    letters.push_back(static_cast<char>('a' + j));
  std::vector<char> successor(m);
  for (std::size_t j = 0; j < m; ++j)
    successor[static_cast<std::size_t>(letters[j] - 'a')] = letters[(j + 1) % m];
  std::string table;
  for (std::size_t k = 0; k < m; ++k) {
    table += table.empty() ? "" : " ";
    table += static_cast<char>('a' + k);
    table += successor[k];
  }
  const std::size_t q = rng.below(m);
  char hint = letters[(q + 1) % m];
  if (shortcut_fails) {
    // Another key: not the query, not the right value (m >= 3 leaves at least one).
    std::size_t other = (q + 2 + rng.below(m - 2)) % m;
    hint = letters[other];
  }
  Problem p;
  p.prompt = table + " ?" + letters[q] + std::to_string(hops) + " !" + hint + "\n";
  std::size_t at = q;
  for (int i = 0; i < hops; ++i) {
    const std::size_t next = (at + 1) % m;
    p.steps.push_back(std::string(1, letters[at]) + "=" + letters[next]);
    at = next;
  }
  p.answer = std::string(1, letters[at]);
  p.steps.push_back(kAnswerPrefix + p.answer);
  p.shortcut_fails = shortcut_fails;
  if (shortcut_fails) p.shortcut_step = std::string(1, letters[q]) + "=" + hint;
  return p;
}

std::vector<Problem> HintTask::problems(const std::string& split, std::size_t n,
                                        std::uint64_t seed) const {
  parsing::requireKnownSplit(split, "hint");
  std::vector<Problem> out;
  out.reserve(n);
  for (std::size_t i = 0; i < n; ++i)
    out.push_back(makeProblem(deriveSeed(seed, split, i), shortcutFails(i)));
  return out;
}

std::vector<std::string> HintTask::symbols() const {
  std::string chars;
  for (int i = 0; i < cfg_.alphabet; ++i)
    chars += static_cast<char>('a' + i);
  chars += "0123456789=?! :\nanswer";
  std::vector<std::string> out;
  for (char ch : chars) {
    const std::string s(1, ch);
    if (std::find(out.begin(), out.end(), s) == out.end()) out.push_back(s);
  }
  return out;
}

Verdict HintTask::verify(const std::string& output, const Problem& p) const {
  const std::optional<std::string> a = parsing::finalAnswerLine(output);
  if (!a || a->size() != 1 || (*a)[0] < 'a' || (*a)[0] >= 'a' + cfg_.alphabet)
    return Verdict::Unparseable;
  return *a == p.answer ? Verdict::Correct : Verdict::Wrong;
}

FieldList<HintConfig> hintConfigFields() {
  FieldList<HintConfig> f;
  f.integer("alphabet", &HintConfig::alphabet, 3, 26)
      .label(EF_TRANSLATABLE("ef::Fields", "Table size"))
      .help(EF_TRANSLATABLE("ef::Fields",
                            "Letters of the table, one pair each: a random cycle through them"))
      .unit(EF_TRANSLATABLE("ef::Fields", "letters"));
  f.integer("min_hops", &HintConfig::min_hops, 1, 25)
      .label(EF_TRANSLATABLE("ef::Fields", "Min hops"))
      .help(EF_TRANSLATABLE("ef::Fields", "Fewest lookups in a solution"))
      .unit(EF_TRANSLATABLE("ef::Fields", "steps"));
  f.integer("max_hops", &HintConfig::max_hops, 1, 25)
      .label(EF_TRANSLATABLE("ef::Fields", "Max hops"))
      .help(EF_TRANSLATABLE("ef::Fields", "Most lookups in a solution"))
      .unit(EF_TRANSLATABLE("ef::Fields", "steps"));
  f.number("hint_rate", &HintConfig::hint_rate, 0.0, 1.0)
      .label(EF_TRANSLATABLE("ef::Fields", "Hint rate ρ"))
      .help(EF_TRANSLATABLE("ef::Fields",
                            "Share of problems whose hint is the first step's value: copying it is "
                            "a shortcut that fails on the rest"));
  return f;
}

const TaskKind& hintTaskKind() {
  static const TaskKind k = taskKindOf<HintConfig>(
      "hint", EF_TRANSLATABLE("ef::Fields", "Hinted lookup chains (a shortcut)"), hintConfigFields,
      [](const HintConfig& c) { return std::make_unique<HintTask>(c); });
  return k;
}

}  // namespace ef
