// SPDX-License-Identifier: GPL-3.0-or-later
// stargraph generator and verifier. Decisions beyond stargraph_task.h:
// - Problem i of a split is generated from deriveSeed(seed, split, i) alone (nested requests,
//   independent train/test streams; identical graphs across streams are possible but unlikely and
//   are not filtered out). The goal arm is drawn uniformly, and the edge list is shuffled.
// - verify: exact match of the path text -> Correct; otherwise a non-empty comma-separated list of
//   canonical labels below N -> Wrong; anything else (empty items, trailing comma, spaces,
//   newlines, leading zeros, labels >= N) -> Unparseable.
#include "tasks/stargraph_task.h"

#include <limits>
#include <numeric>
#include <optional>
#include <stdexcept>

#include "tasks/answer_parsing.h"
#include "tasks/task_registry.h"
#include "util/config_error.h"
#include "util/random.h"

namespace ef {

namespace {

constexpr int kMaxNodes = 100000;  // labels become vocabulary entries

[[noreturn]] void fail(const std::string& field, const std::string& message) {
  throw std::invalid_argument("stargraph." + field + ": " + message);
}

// A node label: canonical non-negative decimal ("0", "17"; not "017", "-1", "+1").
std::optional<int> parseLabel(std::string_view s) {
  const auto v = parsing::parseCanonicalInt(s);
  if (!v || *v < 0 || *v > std::numeric_limits<int>::max()) return std::nullopt;
  return static_cast<int>(*v);
}

[[noreturn]] void badPrompt(const std::string& prompt, const std::string& why) {
  throw std::invalid_argument("stargraph: malformed prompt '" + prompt + "': " + why);
}

}  // namespace

StarGraphTask::StarGraphTask(StarGraphConfig cfg) : cfg_(cfg) {
  if (cfg_.degree < 1)
    fail("degree", "must be at least 1 (got " + std::to_string(cfg_.degree) + ")");
  if (cfg_.path_length < 2) {
    fail("path_length", "must be at least 2 (got " + std::to_string(cfg_.path_length) + ")");
  }
  if (cfg_.nodes > kMaxNodes) {
    fail("nodes", "must be at most " + std::to_string(kMaxNodes) + " (got " +
                      std::to_string(cfg_.nodes) + ")");
  }
  const std::int64_t needed = 1 + static_cast<std::int64_t>(cfg_.degree) * (cfg_.path_length - 1);
  if (cfg_.nodes < needed) {
    fail("nodes", "G(" + std::to_string(cfg_.degree) + ", " + std::to_string(cfg_.path_length) +
                      ") needs " + std::to_string(needed) + " distinct labels but nodes is " +
                      std::to_string(cfg_.nodes));
  }
}

Problem StarGraphTask::makeProblem(std::uint64_t problem_seed) const {
  const int d = cfg_.degree;
  const int arm = cfg_.path_length - 1;  // nodes per arm beyond the source
  const int used = 1 + d * arm;
  Rng rng(problem_seed);

  // Partial Fisher-Yates: the first `used` entries become a uniform draw without repeats.
  std::vector<int> labels(static_cast<std::size_t>(cfg_.nodes));
  std::iota(labels.begin(), labels.end(), 0);
  for (int i = 0; i < used; ++i) {
    const auto j = i + static_cast<int>(rng.below(static_cast<std::uint64_t>(cfg_.nodes - i)));
    std::swap(labels[i], labels[j]);
  }
  const int source = labels[0];
  auto node = [&](int a, int k) { return labels[1 + a * arm + k]; };  // k-th node of arm a
  const auto goal_arm = static_cast<int>(rng.below(static_cast<std::uint64_t>(d)));

  std::vector<std::pair<int, int>> edges;
  edges.reserve(static_cast<std::size_t>(d * arm));
  for (int a = 0; a < d; ++a) {
    int prev = source;
    for (int k = 0; k < arm; ++k) {
      edges.emplace_back(prev, node(a, k));
      prev = node(a, k);
    }
  }
  for (std::size_t i = edges.size(); i > 1; --i) {
    std::swap(edges[i - 1], edges[rng.below(i)]);
  }

  Problem p;
  for (std::size_t i = 0; i < edges.size(); ++i) {
    if (i > 0) p.prompt += "|";
    p.prompt += std::to_string(edges[i].first) + "," + std::to_string(edges[i].second);
  }
  const int goal = node(goal_arm, arm - 1);
  p.prompt += "/" + std::to_string(source) + "," + std::to_string(goal) + "=";
  p.steps.push_back(std::to_string(source));
  for (int k = 0; k < arm; ++k)
    p.steps.push_back(std::to_string(node(goal_arm, k)));
  p.answer = parsing::join(p.steps, ",");
  return p;
}

std::vector<Problem> StarGraphTask::problems(const std::string& split, std::size_t n,
                                             std::uint64_t seed) const {
  parsing::requireKnownSplit(split, "stargraph");
  std::vector<Problem> out;
  out.reserve(n);
  for (std::size_t i = 0; i < n; ++i)
    out.push_back(makeProblem(deriveSeed(seed, split, i)));
  return out;
}

std::vector<std::string> StarGraphTask::symbols() const {
  std::vector<std::string> out;
  out.reserve(static_cast<std::size_t>(cfg_.nodes) + 4);
  for (int i = 0; i < cfg_.nodes; ++i)
    out.push_back(std::to_string(i));
  for (const char* s : {",", "|", "/", "="})
    out.emplace_back(s);
  return out;
}

Verdict StarGraphTask::verify(const std::string& output, const Problem& p) const {
  if (output == p.answer) return Verdict::Correct;
  if (output.empty()) return Verdict::Unparseable;
  for (const auto& item : parsing::split(output, ",")) {
    const auto label = parseLabel(item);
    if (!label || *label >= cfg_.nodes) return Verdict::Unparseable;
  }
  return Verdict::Wrong;
}

StarGraphTask::Graph StarGraphTask::parsePrompt(const std::string& prompt) {
  if (prompt.empty() || prompt.back() != '=') badPrompt(prompt, "does not end with '='");
  const std::size_t slash = prompt.rfind('/');
  if (slash == std::string::npos) badPrompt(prompt, "no '/' before source and goal");
  Graph g;
  const std::string edges = prompt.substr(0, slash);
  const std::string query = prompt.substr(slash + 1, prompt.size() - slash - 2);
  auto pair = [&](const std::string& text, const char* what) {
    const auto parts = parsing::split(text, ",");
    if (parts.size() != 2) badPrompt(prompt, std::string(what) + " '" + text + "' is not 'a,b'");
    const auto a = parseLabel(parts[0]);
    const auto b = parseLabel(parts[1]);
    if (!a || !b) badPrompt(prompt, std::string(what) + " '" + text + "' has a bad node label");
    return std::make_pair(*a, *b);
  };
  if (edges.empty()) badPrompt(prompt, "no edges");
  for (const auto& e : parsing::split(edges, "|"))
    g.edges.push_back(pair(e, "edge"));
  const auto [source, goal] = pair(query, "source,goal");
  g.source = source;
  g.goal = goal;
  return g;
}

}  // namespace ef

namespace ef {

FieldList<StarGraphConfig> starGraphConfigFields() {
  FieldList<StarGraphConfig> f;
  f.integer("degree", &StarGraphConfig::degree, 2, 64)
      .label(EF_TRANSLATABLE("ef::Fields", "Degree d"))
      .help(EF_TRANSLATABLE("ef::Fields", "Arms leaving the source node"))
      .unit(EF_TRANSLATABLE("ef::Fields", "arms"));
  f.integer("path_length", &StarGraphConfig::path_length, 2, 64)
      .label(EF_TRANSLATABLE("ef::Fields", "Path length ℓ"))
      .help(EF_TRANSLATABLE("ef::Fields", "Nodes on the path from source to goal, both included"))
      .unit(EF_TRANSLATABLE("ef::Fields", "nodes"));
  f.integer("nodes", &StarGraphConfig::nodes, 2, 1000)
      .label(EF_TRANSLATABLE("ef::Fields", "Node labels N"))
      .help(EF_TRANSLATABLE("ef::Fields", "Size of the label alphabet the nodes are drawn from"))
      .unit(EF_TRANSLATABLE("ef::Fields", "labels"));
  return f;
}

const TaskKind& starGraphTaskKind() {
  static const TaskKind k = taskKindOf<StarGraphConfig>(
      "stargraph", EF_TRANSLATABLE("ef::Fields", "Star graph G(d, ℓ)"), starGraphConfigFields,
      [](const StarGraphConfig& c) { return std::make_unique<StarGraphTask>(c); },
      [](const StarGraphConfig& s) {
        if (1 + s.degree * (s.path_length - 1) > s.nodes) {
          throw ConfigError("task.stargraph.nodes",
                            "must be at least 1 + degree*(path_length-1) = " +
                                std::to_string(1 + s.degree * (s.path_length - 1)) + " (got " +
                                std::to_string(s.nodes) + ")");
        }
      });
  return k;
}

}  // namespace ef
