// SPDX-License-Identifier: GPL-3.0-or-later
#include "rollout/pair_builder.h"

#include <algorithm>
#include <set>
#include <tuple>

#include "util/random.h"

namespace ef {

const char* pairKindName(PairKind k) {
  switch (k) {
    case PairKind::Random:
      return "random";
    case PairKind::EditDistance:
      return "edit_distance";
    case PairKind::StepFull:
      return "step_full";
    case PairKind::StepPrefix:
      return "step_prefix";
    case PairKind::StepAlternative:
      return "step_alternative";
  }
  return "?";
}

std::size_t editDistance(const std::string& a, const std::string& b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j)
    row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diag = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diag = up;
    }
  }
  return row[b.size()];
}

namespace {

// The index of the text farthest from `from` in edit distance (the first on ties).
std::size_t farthestFrom(const std::string& from, const std::vector<std::string>& texts) {
  std::size_t best = 0, best_d = 0;
  for (std::size_t j = 0; j < texts.size(); ++j) {
    const std::size_t d = editDistance(from, texts[j]);
    if (d > best_d) {
      best_d = d;
      best = j;
    }
  }
  return best;
}

}  // namespace

std::string PairBuilder::join(const std::vector<std::string>& steps) const {
  std::string s;
  for (std::size_t i = 0; i < steps.size(); ++i) {
    if (i) s += sep_;
    s += steps[i];
  }
  return s;
}

std::string PairBuilder::prefix(const std::string& prompt, const std::vector<std::string>& steps,
                                int n) const {
  std::string s = prompt;
  for (int i = 0; i < n; ++i)
    s += steps[i] + sep_;
  return s;
}

std::vector<PreferencePair> PairBuilder::build(PairKind kind,
                                               const std::vector<ProblemPairs>& problems,
                                               PairStats* stats) const {
  PairStats st;
  std::vector<PreferencePair> out;
  for (const auto& p : problems) {
    Rng rng(deriveSeed(seed_, pairKindName(kind), static_cast<std::uint64_t>(p.problem)));
    std::set<std::tuple<std::string, std::string, std::string>> seen;
    auto emit = [&](PreferencePair pair) {
      pair.problem = p.problem;
      pair.kind = kind;
      if (seen.insert({pair.prompt, pair.chosen, pair.rejected}).second)
        out.push_back(std::move(pair));
    };
    // A positive for this problem: a self-generated one when there is one, else the teacher's.
    auto positive = [&]() -> std::string {
      if (p.positives.empty()) {
        ++st.without_positive;
        return join(p.teacher_steps);
      }
      return join(p.positives[rng.below(p.positives.size())]);
    };
    st.negatives += static_cast<int>(p.negatives.size());
    switch (kind) {
      case PairKind::Random:
        for (const auto& n : p.negatives) {
          emit({p.problem, kind, p.prompt, positive(), join(n.steps), true, true, 0});
        }
        break;
      case PairKind::EditDistance: {
        // For each chosen positive (one per negative, as many pairs as the other builders),
        // the rejected is the negative farthest from it in edit distance.
        if (p.negatives.empty()) break;
        std::vector<std::string> negs;
        for (const auto& n : p.negatives)
          negs.push_back(join(n.steps));
        for (std::size_t i = 0; i < p.negatives.size(); ++i) {
          const std::string chosen = positive();
          emit(
              {p.problem, kind, p.prompt, chosen, negs[farthestFrom(chosen, negs)], true, true, 0});
        }
        break;
      }
      case PairKind::StepFull:
        for (const auto& n : p.negatives) {
          if (!n.pit) {
            ++st.skipped_without_pit;
            continue;
          }
          const int c = *n.pit;
          std::vector<std::string> cut(n.steps.begin(), n.steps.begin() + c);
          emit({p.problem, kind, p.prompt, positive(), join(cut) + sep_, true, false, c});
        }
        break;
      case PairKind::StepPrefix:
        for (const auto& n : p.negatives) {
          if (!n.pit) {
            ++st.skipped_without_pit;
            continue;
          }
          const int c = *n.pit;
          PreferencePair pair{
              p.problem, kind, prefix(p.prompt, n.steps, c - 1), "", n.steps[c - 1] + sep_, true,
              false,     c};
          if (!n.prefix_successes.empty()) {
            // The shortest successful continuation not used yet for this problem.
            std::vector<std::string> cands = n.prefix_successes;
            std::stable_sort(
                cands.begin(), cands.end(),
                [](const std::string& a, const std::string& b) { return a.size() < b.size(); });
            pair.chosen = cands.front();
            for (const auto& cand : cands) {
              if (!seen.count({pair.prompt, cand, pair.rejected})) {
                pair.chosen = cand;
                break;
              }
            }
          } else if (c == 1) {
            pair.chosen = positive();  // S8: a pit at step 1 pairs against a correct solution
          } else {
            ++st.skipped_without_pit;  // cannot happen for a first pit found by rollouts
            continue;
          }
          emit(std::move(pair));
        }
        break;
      case PairKind::StepAlternative:
        for (const auto& n : p.negatives) {
          if (auto pair = alternativePair(p, n, st)) emit(std::move(*pair));
        }
        break;
    }
  }
  st.pairs = static_cast<int>(out.size());
  if (stats) *stats = st;
  return out;
}

std::optional<PreferencePair> PairBuilder::alternativePair(const ProblemPairs& p,
                                                           const NegativeSample& n,
                                                           PairStats& st) const {
  if (!n.pit) {
    ++st.skipped_without_pit;
    return std::nullopt;
  }
  const int c = *n.pit;
  const auto best = std::find_if(n.pit_alternatives.begin(), n.pit_alternatives.end(),
                                 [](const StepAlternative& a) { return a.successes > 0; });
  if (best == n.pit_alternatives.end()) {
    ++st.without_alternative;
    return std::nullopt;
  }
  return PreferencePair{p.problem,
                        PairKind::StepAlternative,
                        prefix(p.prompt, n.steps, c - 1),
                        best->final ? best->step : best->step + sep_,
                        n.steps[static_cast<std::size_t>(c - 1)] + sep_,
                        best->final,
                        false,
                        c};
}

std::vector<StepAlternative> stepAlternatives(const std::vector<std::string>& completions,
                                              const std::vector<bool>& correct,
                                              const std::string& separator,
                                              const std::string& pit_step) {
  std::vector<StepAlternative> out;
  for (std::size_t r = 0; r < completions.size() && r < correct.size(); ++r) {
    const std::string& text = completions[r];
    const std::size_t end = text.find(separator);
    const std::string step = end == std::string::npos ? text : text.substr(0, end);
    if (step.empty() || step == pit_step) continue;
    auto it = std::find_if(out.begin(), out.end(),
                           [&](const StepAlternative& a) { return a.step == step; });
    if (it == out.end()) {
      out.push_back({step, 0, 0, end == std::string::npos});
      it = out.end() - 1;
    }
    ++it->rollouts;
    it->successes += correct[r] ? 1 : 0;
  }
  std::stable_sort(out.begin(), out.end(), [](const StepAlternative& a, const StepAlternative& b) {
    // Q̂ compared exactly: a.s / a.n > b.s / b.n.
    const long lhs = static_cast<long>(a.successes) * b.rollouts;
    const long rhs = static_cast<long>(b.successes) * a.rollouts;
    if (lhs != rhs) return lhs > rhs;
    if (a.rollouts != b.rollouts) return a.rollouts > b.rollouts;
    return a.step < b.step;
  });
  return out;
}

FieldList<PairsConfig> pairsConfigFields() {
  FieldList<PairsConfig> f;
  f.choice("chosen", &PairsConfig::chosen, {"self", "teacher"})
      .label(EF_TRANSLATABLE("ef::Fields", "Chosen solution"))
      .help(EF_TRANSLATABLE("ef::Fields",
                            "self: a distinct correct self-sample (the teacher's if none); "
                            "teacher: always the teacher's solution"));
  return f;
}

}  // namespace ef
