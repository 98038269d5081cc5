// SPDX-License-Identifier: GPL-3.0-or-later
#include <torch/torch.h>

#include <algorithm>
#include <map>

#include "experiment/pipeline/credit.h"
#include "rollout/pit_search.h"
#include "rollout/rollout_engine.h"
#include "util/log.h"
#include "util/random.h"
#include "util/timing.h"

namespace ef {
namespace {

struct Searched {
  int problem = 0;
  const SelfSample* sample = nullptr;
  PitSearch search;
  // prefix length -> every completion and its verdict (the alternatives at a pit)
  std::map<int, std::vector<std::string>> completions;
  std::map<int, std::vector<bool>> correct;
  std::vector<RolloutRecord> stored;
};

std::string prefixText(const std::vector<std::string>& steps, int n, const std::string& sep) {
  std::string s;
  for (int i = 0; i < n; ++i)
    s += steps[i] + sep;
  return s;
}

void keepRollouts(Searched& item, int prefix, const RolloutOutcome& o, int cap) {
  int kept = 0;
  for (std::size_t r = 0; r < o.completions.size(); ++r) {
    item.completions[prefix].push_back(o.completions[r]);
    item.correct[prefix].push_back(isCorrect(o.verdicts[r]));
    if (kept < cap) {
      item.stored.push_back(
          {0, item.sample->id, prefix, o.completions[r], verdictName(o.verdicts[r])});
      ++kept;
    }
  }
}

// Q / A of every prefix of the correct samples (paper §6.3.1: steps with A <= 0 are spurious), and
// the mean A of the steps the task labels spurious against the other steps.
void analysePositives(RolloutEngine& engine, const TaskData& data, const SelfSamples& samples,
                      const AdvantageConfig& cfg, Recorder& rec, const CancelToken& cancel,
                      Credit& credit) {
  CreditStats& st = credit.stats;
  const std::string sep = data.task->stepSeparator();
  std::vector<RolloutRequest> reqs;
  std::vector<std::pair<int, const SelfSample*>> analysed;  // (problem, sample) in sample order
  for (std::size_t i = 0; i < samples.problems.size(); ++i) {
    for (const auto& p : samples.problems[i].positives) {
      const int L = std::min<int>(static_cast<int>(p.steps.size()), cfg.max_steps);
      if (L == 0) continue;
      analysed.emplace_back(static_cast<int>(i), &p);
      for (int prefix = 0; prefix < L; ++prefix)
        reqs.push_back({static_cast<int>(i), prefixText(p.steps, prefix, sep)});
    }
  }
  const auto outcomes = engine.run(reqs, cfg.k_est, &cancel);
  std::vector<StepRecord> rows;
  double spurious_sum = 0, other_sum = 0;
  std::size_t r = 0;
  for (const auto& [problem, sample] : analysed) {
    const int L = std::min<int>(static_cast<int>(sample->steps.size()), cfg.max_steps);
    std::vector<std::pair<double, int>> qs;  // (Q, successes) per prefix
    for (int prefix = 0; prefix < L; ++prefix, ++r) {
      const double p = static_cast<double>(outcomes[r].successes) / cfg.k_est;
      qs.emplace_back(cfg.k_bok > 0 ? bestOfK(p, cfg.k_bok) : p, outcomes[r].successes);
    }
    // Q_L = 1: the full solution is correct (unless it was cut at max_steps).
    if (qs.size() == sample->steps.size()) qs.emplace_back(1.0, 0);
    rows.push_back(
        {sample->id, 0, "", qs[0].first, std::nullopt, cfg.k_est, qs[0].second, false, false});
    const std::vector<int> labelled = data.task->spuriousSteps(sample->steps);
    CreditedSample cs{problem, true, sample->steps, {}};
    cs.advantages.assign(sample->steps.size(), std::nullopt);
    for (std::size_t i = 1; i < qs.size(); ++i) {
      const double a = qs[i].first - qs[i - 1].first;
      cs.advantages[i - 1] = a;
      const bool spurious = a <= 0.0;
      st.spurious_steps += spurious ? 1 : 0;
      const bool rolled = i < sample->steps.size();
      rows.push_back({sample->id, static_cast<int>(i), sample->steps[i - 1], qs[i].first, a,
                      rolled ? cfg.k_est : 0, rolled ? qs[i].second : 0, false, spurious});
      if (i == sample->steps.size()) continue;  // the final answer step
      const bool is_labelled =
          std::find(labelled.begin(), labelled.end(), static_cast<int>(i) - 1) != labelled.end();
      (is_labelled ? spurious_sum : other_sum) += a;
      ++(is_labelled ? st.labelled_spurious : st.labelled_other);
    }
    credit.samples.push_back(std::move(cs));
    ++st.positives_analysed;
  }
  if (st.labelled_spurious > 0) st.spurious_advantage = spurious_sum / st.labelled_spurious;
  if (st.labelled_other > 0) st.other_advantage = other_sum / st.labelled_other;
  rec.store().addSteps(rows);
}

}  // namespace

namespace {

// One pit search per kept negative (docs/method.md, "Per-step credit": truncation).
std::vector<Searched> pitSearches(const SelfSamples& samples, const AdvantageConfig& cfg) {
  PitOptions opt;
  opt.mode = cfg.search == "binary" ? PitSearchMode::Binary : PitSearchMode::Linear;
  opt.k_est = cfg.k_est;
  opt.k_bok = cfg.k_bok;
  opt.estimate_value = cfg.estimate_value;
  std::vector<Searched> items;
  for (std::size_t i = 0; i < samples.problems.size(); ++i) {
    for (const auto& n : samples.problems[i].negatives) {
      if (n.steps.empty()) continue;
      const int L = static_cast<int>(n.steps.size());
      PitOptions o = opt;
      // Long solutions are explored over their first max_steps prefixes only; their last step
      // is then not the wrong final answer, so it never becomes the pit by default.
      const bool truncated = L > cfg.max_steps + 1;
      o.last_step_can_be_pit = cfg.last_step_can_be_pit && !truncated;
      items.push_back(
          {static_cast<int>(i), &n, PitSearch(truncated ? cfg.max_steps + 1 : L, o), {}, {}, {}});
    }
  }
  return items;
}

// Advances every search in batched rounds until all are done; returns the number of rounds.
int runSearches(RolloutEngine& engine, std::vector<Searched>& items, const AdvantageConfig& cfg,
                const std::string& sep, Recorder& rec, const CancelToken& cancel) {
  int round = 0;
  while (true) {
    std::vector<RolloutRequest> reqs;
    std::vector<std::pair<std::size_t, int>> where;
    for (std::size_t k = 0; k < items.size(); ++k) {
      for (int prefix : items[k].search.pending()) {
        reqs.push_back({items[k].problem, prefixText(items[k].sample->steps, prefix, sep)});
        where.emplace_back(k, prefix);
      }
    }
    if (reqs.empty()) return round;
    // Progress of a round: its rollout requests (prefixes) done so far.
    const auto t_round = Clock::now();
    const auto outcomes =
        engine.run(reqs, cfg.k_est, &cancel, [&](std::size_t done, std::size_t total) {
          Progress p;
          p.stage = "advantages";
          p.done = static_cast<std::int64_t>(done);
          p.total = static_cast<std::int64_t>(total);
          p.elapsed_s = secondsSince(t_round);
          p.eta_s = p.elapsed_s / static_cast<double>(done) * static_cast<double>(total - done);
          rec.observer().onProgress(p);
        });
    for (std::size_t r = 0; r < reqs.size(); ++r) {
      auto& item = items[where[r].first];
      item.search.record(where[r].second, outcomes[r].successes, cfg.k_est);
      keepRollouts(item, where[r].second, outcomes[r], cfg.store_rollouts);
    }
    ++round;
    rec.log(LogLevel::Debug,
            "credit round " + std::to_string(round) + ": " + std::to_string(reqs.size()) +
                " prefixes, " +
                std::to_string(std::count_if(items.begin(), items.end(),
                                             [](const Searched& x) { return x.search.done(); })) +
                " of " + std::to_string(items.size()) + " searches done");
  }
}

// The stored rows of a searched negative: V(x) when estimated, then Q / A / pit per step.
void addStepRecords(const Searched& item, std::vector<StepRecord>& steps) {
  const auto& s = item.search;
  const auto& q = s.q();
  const auto a = s.advantages();
  if (s.rollouts(0) > 0) {
    steps.push_back(
        {item.sample->id, 0, "", q[0], std::nullopt, s.rollouts(0), s.successes(0), false, false});
  }
  for (int i = 1; i <= static_cast<int>(item.sample->steps.size()); ++i) {
    StepRecord r{
        item.sample->id,          i,    item.sample->steps[i - 1], std::nullopt, std::nullopt, 0, 0,
        s.pit() && *s.pit() == i, false};
    if (i <= s.numSteps()) {
      r.q = q[i];
      r.advantage = a[i - 1];
      if (i < s.numSteps()) {
        r.rollouts = s.rollouts(i);
        r.successes = s.successes(i);
      }
    }
    steps.push_back(std::move(r));
  }
}

// A searched negative as the pair builders take it: its pit, the successful rollouts from the
// prefix before the pit and the alternatives they took there.
NegativeSample negativeOf(const Searched& item, const std::string& sep) {
  NegativeSample n;
  n.problem = item.problem;
  n.steps = item.sample->steps;
  n.pit = item.search.pit();
  if (!n.pit) return n;
  const int before = *n.pit - 1;
  const auto completions = item.completions.find(before);
  if (completions == item.completions.end()) return n;
  const auto& correct = item.correct.at(before);
  for (std::size_t r = 0; r < completions->second.size(); ++r)
    if (correct[r]) n.prefix_successes.push_back(completions->second[r]);
  n.pit_alternatives = stepAlternatives(completions->second, correct, sep,
                                        item.sample->steps[static_cast<std::size_t>(before)]);
  return n;
}

// Whether a negative fell for its problem's shortcut: its first pit is the shortcut's step.
void countShortcut(const Problem& problem, const NegativeSample& n, CreditStats& st) {
  if (!problem.shortcut_fails) return;
  ++st.on_shortcut_problems;
  const int c = n.pit.value_or(0);
  if (c == problem.shortcut_step_index + 1 &&
      n.steps[static_cast<std::size_t>(c - 1)] == problem.shortcut_step)
    ++st.shortcut_pits;
}

void recordCreditMetrics(Recorder& rec, std::int64_t at_step, const AdvantageConfig& cfg,
                         const CreditStats& st) {
  rec.metric("advantages", at_step, "negatives", st.negatives);
  rec.metric("advantages", at_step, "with_pit", st.with_pit);
  rec.metric("advantages", at_step, "rollouts_per_negative", st.rollouts_per_negative);
  rec.metric("advantages", at_step, "mean_pit_step", st.mean_pit_step);
  if (st.on_shortcut_problems > 0) {
    rec.metric("advantages", at_step, "shortcut_pit_share",
               st.negatives ? static_cast<double>(st.shortcut_pits) / st.negatives : 0.0);
  }
  if (cfg.analyze_positives) {
    rec.metric("advantages", at_step, "positives_analysed", st.positives_analysed);
    rec.metric("advantages", at_step, "spurious_steps", st.spurious_steps);
    if (st.labelled_spurious > 0)
      rec.metric("advantages", at_step, "spurious_step_advantage", st.spurious_advantage);
    if (st.labelled_other > 0)
      rec.metric("advantages", at_step, "other_step_advantage", st.other_advantage);
  }
  rec.stageTime("advantages", at_step, st.wall_seconds, static_cast<double>(st.generated_tokens));
  rec.metric("advantages", at_step, "rollout_engine_seconds", st.seconds);
  rec.metric("advantages", at_step, "rollout_tokens_per_s",
             st.seconds > 0 ? st.generated_tokens / st.seconds : 0.0);
}

}  // namespace

Credit assignCredit(Gpt& model, const TaskData& data, const std::vector<Problem>& train,
                    const SelfSamples& samples, const AdvantageConfig& cfg, Recorder& rec,
                    const CancelToken& cancel, std::uint64_t seed, std::int64_t at_step) {
  const auto t0 = Clock::now();
  Credit credit;
  CreditStats& st = credit.stats;
  const std::string sep = data.task->stepSeparator();
  RolloutSettings rs;
  rs.temperature = cfg.temperature;
  rs.batch_prompts = cfg.batch_size;
  RolloutEngine engine(model, *data.task, *data.tok, train, rs, deriveSeed(seed, "rollouts"));
  std::vector<Searched> items = pitSearches(samples, cfg);
  st.negatives = static_cast<int>(items.size());
  const int rounds = runSearches(engine, items, cfg, sep, rec, cancel);
  std::vector<StepRecord> steps;
  std::vector<RolloutRecord> rollouts;
  double pit_sum = 0;
  for (auto& item : items) {
    addStepRecords(item, steps);
    st.rollouts += item.search.rolloutsUsed();
    NegativeSample n = negativeOf(item, sep);
    countShortcut(train[static_cast<std::size_t>(item.problem)], n, st);
    if (n.pit) {
      ++st.with_pit;
      pit_sum += *n.pit;
    }
    for (auto& r : item.stored)
      rollouts.push_back(std::move(r));
    const auto a = item.search.advantages();
    std::vector<std::optional<double>> adv(item.sample->steps.size());
    std::copy_n(a.begin(), std::min(a.size(), adv.size()), adv.begin());
    credit.samples.push_back({item.problem, false, item.sample->steps, std::move(adv)});
    credit.negatives.push_back(std::move(n));
  }
  rec.store().addSteps(steps);
  rec.store().addRollouts(rollouts);
  if (cfg.analyze_positives) analysePositives(engine, data, samples, cfg, rec, cancel, credit);
  st.rollouts_per_negative = st.negatives ? static_cast<double>(st.rollouts) / st.negatives : 0.0;
  st.mean_pit_step = st.with_pit ? pit_sum / st.with_pit : 0.0;
  st.generated_tokens = engine.generatedTokens();
  st.seconds = engine.seconds();
  st.wall_seconds = secondsSince(t0);
  recordCreditMetrics(rec, at_step, cfg, st);
  rec.log(LogLevel::Info, "advantages: " + std::to_string(st.with_pit) + " of " +
                              std::to_string(st.negatives) + " negatives have a pit; " +
                              fixed4(st.rollouts_per_negative) + " rollouts per negative (" +
                              cfg.search + " search), " + std::to_string(rounds) + " rounds");
  return credit;
}

}  // namespace ef
