// SPDX-License-Identifier: GPL-3.0-or-later
// arith generator and verifier. Decisions beyond arith_task.h:
// - Problem i of a split is generated from deriveSeed(seed, split, i) alone, so requests nest and
//   "train"/"test" are independent streams. Independent streams may still produce the same prompt
//   by chance (small configs have few distinct chains); no dedup between train and test is done.
// - The chain is drawn before the spurious steps, so configs that differ only in spurious_rate
//   give the same prompts and real steps. At most one spurious step follows a real step, never the
//   answer; a computed one whose result equals the current value is written as a restatement.
// - With a modulus the step "a+b%m=c" means (a+b) mod m; the start value is not reduced.
// - Operands are non-negative; without a modulus the config is rejected if values could overflow.
// - verify is strict: exactly one line starting with "answer:", and the last non-empty line must
//   be exactly "answer: N" with N canonical ("-0", "054", "+5", trailing spaces or \r, any
//   non-ASCII byte: Unparseable). Numbers outside int64 are Unparseable.
#include "tasks/arith_task.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
#include <stdexcept>

#include "tasks/answer_parsing.h"
#include "tasks/task_registry.h"
#include "util/config_error.h"
#include "util/random.h"

namespace ef {

namespace {

constexpr const char* kAnswerPrefix = "answer: ";
constexpr int kMaxSteps = 10000;  // sanity cap: a chain is one line per step

[[noreturn]] void fail(const std::string& field, const std::string& message) {
  throw std::invalid_argument("arith." + field + ": " + message);
}

// a op b with overflow detection; false on overflow.
bool apply(char op, std::int64_t a, std::int64_t b, std::int64_t* out) {
  switch (op) {
    case '+':
      return !__builtin_add_overflow(a, b, out);
    case '-':
      return !__builtin_sub_overflow(a, b, out);
    case '*':
      return !__builtin_mul_overflow(a, b, out);
  }
  return false;
}

std::int64_t reduce(std::int64_t x, std::int64_t m) {
  const std::int64_t r = x % m;
  return r < 0 ? r + m : r;
}

// "a*b=c" or, with a modulus, "a*b%m=c".
std::string equation(std::int64_t a, char op, std::int64_t b, int modulus, std::int64_t result) {
  std::string s = std::to_string(a) + op + std::to_string(b);
  if (modulus != 0) s += "%" + std::to_string(modulus);
  return s + "=" + std::to_string(result);
}

}  // namespace

ArithTask::ArithTask(ArithConfig cfg) : cfg_(std::move(cfg)) {
  const ArithConfig& c = cfg_;
  if (c.min_steps < 1)
    fail("min_steps", "must be at least 1 (got " + std::to_string(c.min_steps) + ")");
  if (c.max_steps < c.min_steps) {
    fail("max_steps", "must be at least min_steps (" + std::to_string(c.max_steps) + " < " +
                          std::to_string(c.min_steps) + ")");
  }
  if (c.max_steps > kMaxSteps) {
    fail("max_steps", "must be at most " + std::to_string(kMaxSteps) + " (got " +
                          std::to_string(c.max_steps) + ")");
  }
  if (c.operand_min < 0) {
    fail("operand_min", "must be non-negative (got " + std::to_string(c.operand_min) + ")");
  }
  if (c.operand_max < c.operand_min) {
    fail("operand_max", "must be at least operand_min (" + std::to_string(c.operand_max) + " < " +
                            std::to_string(c.operand_min) + ")");
  }
  if (c.operators.empty()) fail("operators", "must name at least one of + - *");
  for (std::size_t i = 0; i < c.operators.size(); ++i) {
    const char op = c.operators[i];
    if (op != '+' && op != '-' && op != '*')
      fail("operators", std::string("unknown operator '") + op + "'");
    if (c.operators.find(op) != i)
      fail("operators", std::string("duplicate operator '") + op + "'");
  }
  if (c.modulus < 0 || c.modulus == 1) {
    fail("modulus", "must be 0 (none) or at least 2 (got " + std::to_string(c.modulus) + ")");
  }
  if (!(c.spurious_rate >= 0.0 && c.spurious_rate <= 1.0)) {
    fail("spurious_rate", "must be in [0, 1] (got " + std::to_string(c.spurious_rate) + ")");
  }
  if (!(c.operand_zipf >= 0.0 && c.operand_zipf <= 10.0)) {
    fail("operand_zipf", "must be in [0, 10] (got " + std::to_string(c.operand_zipf) + ")");
  }
  if (c.operand_zipf > 0) {
    double total = 0;
    for (std::int64_t r = 1; r <= std::int64_t{c.operand_max} - c.operand_min + 1; ++r) {
      total += std::pow(static_cast<double>(r), -c.operand_zipf);
      zipf_cdf_.push_back(total);
    }
  }
  if (c.modulus == 0) {
    // Worst-case magnitude after every operation (plus one spurious computation) must fit int64,
    // since answers are compared as 64-bit integers. With a modulus values stay below m < 2^31.
    const std::int64_t m = c.operand_max;
    std::int64_t bound = m;
    const int ops = c.max_steps + (c.spurious_rate > 0.0 ? 1 : 0);
    for (int i = 0; i < ops; ++i) {
      std::int64_t next = bound;
      for (char op : c.operators) {
        std::int64_t v = 0;
        const bool ok = op == '*' ? !__builtin_mul_overflow(bound, m, &v)
                                  : !__builtin_add_overflow(bound, m, &v);
        if (!ok) {
          fail("max_steps", "values can overflow 64-bit integers with operand_max " +
                                std::to_string(m) +
                                "; use fewer steps, smaller operands or a modulus");
        }
        if (v > next) next = v;
      }
      bound = next;
    }
  }
}

std::int64_t ArithTask::drawOperand(Rng& rng) const {
  if (zipf_cdf_.empty()) return rng.uniform(cfg_.operand_min, cfg_.operand_max);
  const double u = rng.unit() * zipf_cdf_.back();
  const auto it = std::upper_bound(zipf_cdf_.begin(), zipf_cdf_.end(), u);
  const auto rank = std::min<std::ptrdiff_t>(it - zipf_cdf_.begin(),
                                             static_cast<std::ptrdiff_t>(zipf_cdf_.size()) - 1);
  return cfg_.operand_min + rank;
}

Problem ArithTask::makeProblem(std::uint64_t problem_seed) const {
  const ArithConfig& c = cfg_;
  Rng rng(problem_seed);
  // The chain is drawn first and the spurious steps afterwards, so that a config differing only in
  // spurious_rate yields the same chains.
  const auto k = static_cast<int>(rng.uniform(c.min_steps, c.max_steps));
  const std::int64_t start = drawOperand(rng);
  std::vector<std::pair<char, std::int64_t>> ops;
  ops.reserve(static_cast<std::size_t>(k));
  for (int i = 0; i < k; ++i) {
    const char op = c.operators[rng.below(c.operators.size())];
    ops.emplace_back(op, drawOperand(rng));
  }

  Problem p;
  p.prompt = std::to_string(start);
  for (const auto& [op, operand] : ops)
    p.prompt += std::string(" ") + op + std::to_string(operand);
  if (c.modulus != 0) p.prompt += " %" + std::to_string(c.modulus);
  p.prompt += "\n";

  auto compute = [&](std::int64_t a, char op, std::int64_t b) {
    std::int64_t r = 0;
    if (!apply(op, a, b, &r)) throw std::logic_error("arith: overflow despite config validation");
    return c.modulus != 0 ? reduce(r, c.modulus) : r;
  };

  std::int64_t value = start;
  for (const auto& [op, operand] : ops) {
    const std::int64_t result = compute(value, op, operand);
    p.steps.push_back(equation(value, op, operand, c.modulus, result));
    value = result;
    if (rng.chance(c.spurious_rate)) {
      p.spurious.push_back(static_cast<int>(p.steps.size()));
      std::string step = std::to_string(value) + "=" + std::to_string(value);  // restatement
      if (rng.chance(0.5)) {
        // An unused quantity; if it happens to equal the current value it is a restatement.
        const char sop = c.operators[rng.below(c.operators.size())];
        const std::int64_t soperand = drawOperand(rng);
        const std::int64_t sresult = compute(value, sop, soperand);
        if (sresult != value) step = equation(value, sop, soperand, c.modulus, sresult);
      }
      p.steps.push_back(std::move(step));
    }
  }
  p.answer = std::to_string(value);
  p.steps.push_back(kAnswerPrefix + p.answer);
  return p;
}

std::vector<Problem> ArithTask::problems(const std::string& split, std::size_t n,
                                         std::uint64_t seed) const {
  parsing::requireKnownSplit(split, "arith");
  std::vector<Problem> out;
  out.reserve(n);
  for (std::size_t i = 0; i < n; ++i)
    out.push_back(makeProblem(deriveSeed(seed, split, i)));
  return out;
}

std::vector<std::string> ArithTask::symbols() const {
  std::vector<std::string> out;
  for (char ch : std::string("0123456789+-*%= :\nanswer")) {
    std::string s(1, ch);
    bool seen = false;
    for (const auto& existing : out)
      seen = seen || existing == s;
    if (!seen) out.push_back(s);
  }
  return out;
}

namespace {

// The value a step starts from ("51*4=204" -> 51, "answer: 54" -> 54) and, for an equation, its
// result and whether its left side is a bare number (a restatement).
struct StepValues {
  std::optional<std::int64_t> start, result;
  bool restatement = false;
};

std::optional<std::int64_t> leadingInt(const std::string& s, std::size_t* end) {
  std::size_t i = 0;
  if (i < s.size() && s[i] == '-') ++i;
  const std::size_t digits = i;
  while (i < s.size() && s[i] >= '0' && s[i] <= '9')
    ++i;
  if (i == digits || i - digits > 18) return std::nullopt;
  *end = i;
  return std::stoll(s.substr(0, i));
}

StepValues stepValues(const std::string& step) {
  StepValues v;
  std::size_t end = 0;
  if (parsing::startsWith(step, kAnswerPrefix)) {
    const std::string n = step.substr(std::char_traits<char>::length(kAnswerPrefix));
    v.start = leadingInt(n, &end);
    if (v.start && end != n.size()) v.start.reset();
    return v;
  }
  const std::size_t eq = step.find('=');
  if (eq == std::string::npos) return v;
  const std::string lhs = step.substr(0, eq), rhs = step.substr(eq + 1);
  v.start = leadingInt(lhs, &end);
  v.restatement = v.start && end == lhs.size();
  std::size_t rend = 0;
  v.result = leadingInt(rhs, &rend);
  if (v.result && rend != rhs.size()) v.result.reset();
  return v;
}

}  // namespace

std::vector<int> ArithTask::spuriousSteps(const std::vector<std::string>& steps) const {
  std::vector<int> out;
  for (std::size_t i = 0; i + 1 < steps.size(); ++i) {
    const StepValues v = stepValues(steps[i]);
    const StepValues next = stepValues(steps[i + 1]);
    if (!v.start) continue;  // not an equation: nothing to say
    if (v.restatement || (v.result && next.start && *next.start != *v.result))
      out.push_back(static_cast<int>(i));
  }
  return out;
}

Verdict ArithTask::verify(const std::string& output, const Problem& p) const {
  const std::optional<std::string> number = parsing::finalAnswerLine(output);
  if (!number || !parsing::parseCanonicalInt(*number)) return Verdict::Unparseable;
  return *number == p.answer ? Verdict::Correct : Verdict::Wrong;
}

}  // namespace ef

namespace ef {

FieldList<ArithConfig> arithConfigFields() {
  FieldList<ArithConfig> f;
  f.integer("min_steps", &ArithConfig::min_steps, 1, 64)
      .label(EF_TRANSLATABLE("ef::Fields", "Min steps"))
      .help(EF_TRANSLATABLE("ef::Fields", "Fewest operations in a chain"))
      .unit(EF_TRANSLATABLE("ef::Fields", "operations"));
  f.integer("max_steps", &ArithConfig::max_steps, 1, 64)
      .label(EF_TRANSLATABLE("ef::Fields", "Max steps"))
      .help(EF_TRANSLATABLE("ef::Fields", "Most operations in a chain"))
      .unit(EF_TRANSLATABLE("ef::Fields", "operations"));
  f.integer("operand_min", &ArithConfig::operand_min, 0, 1000000)
      .label(EF_TRANSLATABLE("ef::Fields", "Smallest operand"))
      .help(EF_TRANSLATABLE("ef::Fields", "Smallest start value and operand of a chain"));
  f.integer("operand_max", &ArithConfig::operand_max, 0, 1000000)
      .label(EF_TRANSLATABLE("ef::Fields", "Largest operand"))
      .help(EF_TRANSLATABLE("ef::Fields", "Largest start value and operand of a chain"));
  f.text("operators", &ArithConfig::operators)
      .label(EF_TRANSLATABLE("ef::Fields", "Operators"))
      .help(EF_TRANSLATABLE("ef::Fields", "Characters from + - * (e.g. \"+-*\")"));
  f.integer("modulus", &ArithConfig::modulus, 0, 1000000)
      .label(EF_TRANSLATABLE("ef::Fields", "Modulus"))
      .help(EF_TRANSLATABLE("ef::Fields", "Every result is reduced modulo this number"))
      .special(0, EF_TRANSLATABLE("ef::Fields", "none"));
  f.number("operand_zipf", &ArithConfig::operand_zipf, 0.0, 10.0)
      .label(EF_TRANSLATABLE("ef::Fields", "Operand skew"))
      .help(EF_TRANSLATABLE("ef::Fields",
                            "Zipf exponent of the operands: a few common, many rare (a long tail "
                            "of facts)"))
      .special(0, EF_TRANSLATABLE("ef::Fields", "uniform"));
  f.number("spurious_rate", &ArithConfig::spurious_rate, 0.0, 1.0)
      .label(EF_TRANSLATABLE("ef::Fields", "Spurious step rate"))
      .help(EF_TRANSLATABLE("ef::Fields",
                            "Chance that the teacher inserts a correct but useless step"));
  return f;
}

namespace {

// The checks across ArithConfig's fields (each field's own range is checked when it is read).
void checkArith(const ArithConfig& a) {
  if (a.max_steps < a.min_steps) {
    throw ConfigError("task.arith.max_steps",
                      "must be >= task.arith.min_steps (" + std::to_string(a.min_steps) + ")");
  }
  if (a.operand_max < a.operand_min) {
    throw ConfigError("task.arith.operand_max",
                      "must be >= task.arith.operand_min (" + std::to_string(a.operand_min) + ")");
  }
  if (a.operators.empty()) throw ConfigError("task.arith.operators", "must not be empty");
  for (char op : a.operators) {
    if (op != '+' && op != '-' && op != '*') {
      throw ConfigError("task.arith.operators",
                        std::string("unknown operator '") + op + "' (allowed: + - *)");
    }
  }
  if (a.modulus == 1) throw ConfigError("task.arith.modulus", "must be 0 (none) or >= 2");
}

}  // namespace

const TaskKind& arithTaskKind() {
  static const TaskKind k = taskKindOf<ArithConfig>(
      "arith", EF_TRANSLATABLE("ef::Fields", "Arithmetic chains"), arithConfigFields,
      [](const ArithConfig& c) { return std::make_unique<ArithTask>(c); }, checkArith);
  return k;
}

}  // namespace ef
