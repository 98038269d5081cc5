// SPDX-License-Identifier: GPL-3.0-or-later
#include "experiment/analysis/sweep_summary.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <nlohmann/json.hpp>

#include "experiment/config/method.h"
#include "experiment/analysis/seed_band.h"
#include "util/memory.h"
#include "util/random.h"

namespace ef {

namespace {

using ErrorTable = std::map<std::string, std::map<int, std::map<std::uint64_t, double>>>;

// The mean over `seeds` of the values there (a seed may repeat: a resample); none without one.
std::optional<double> meanOver(const std::map<std::uint64_t, double>& by_seed,
                               const std::vector<std::uint64_t>& seeds) {
  double sum = 0;
  int n = 0;
  for (auto s : seeds) {
    const auto it = by_seed.find(s);
    if (it == by_seed.end()) continue;
    sum += it->second;
    ++n;
  }
  if (n == 0) return std::nullopt;
  return sum / n;
}

// The SFT law fitted to the mean error per size over `seeds` (a seed may repeat: a resample).
std::optional<PowerLawFit> fitMeans(const std::map<int, std::map<std::uint64_t, double>>& sft,
                                    const std::vector<std::uint64_t>& seeds, double floor,
                                    std::string* why) {
  std::vector<ScalingPoint> points;
  for (const auto& [size, by_seed] : sft)
    if (const auto mean = meanOver(by_seed, seeds))
      points.push_back({static_cast<double>(size), *mean});
  try {
    return fitPowerLaw(points, floor);
  } catch (const std::invalid_argument& e) {
    if (why) *why = e.what();
    return std::nullopt;
  }
}

double percentile(std::vector<double> v, double p) {
  std::sort(v.begin(), v.end());
  const double h = (static_cast<double>(v.size()) - 1) * p;
  const auto i = static_cast<std::size_t>(std::floor(h));
  if (i + 1 >= v.size()) return v.back();
  return v[i] + (h - static_cast<double>(i)) * (v[i + 1] - v[i]);
}

}  // namespace

namespace {

using ValuesBySize = std::map<std::string, std::map<int, std::vector<double>>>;

const std::vector<double>& valuesAt(const ValuesBySize& v, const std::string& method, int size) {
  static const std::vector<double> none;
  const auto m = v.find(method);
  if (m == v.end()) return none;
  const auto s = m->second.find(size);
  return s == m->second.end() ? none : s->second;
}

// Bootstrap over seeds: every resample refits the SFT law and re-reads every method's mean.
struct SeedBootstrap {
  ValuesBySize multiplier, vs_sft;
  std::vector<double> alphas;
};

SeedBootstrap bootstrapSeeds(const ErrorTable& errors, const std::vector<std::uint64_t>& seeds,
                             double error_floor, int resamples) {
  SeedBootstrap out;
  if (seeds.size() < 2) return out;
  const auto found = errors.find(baselineMethod().name);
  if (found == errors.end()) return out;
  const auto& sft_errors = found->second;
  Rng rng(0x5eedc1);
  std::vector<std::uint64_t> pick(seeds.size());
  for (int b = 0; b < resamples; ++b) {
    for (auto& s : pick)
      s = seeds[rng.below(seeds.size())];
    const auto fit = fitMeans(sft_errors, pick, error_floor, nullptr);
    if (!fit || !fit->valid()) continue;
    out.alphas.push_back(fit->alpha);
    for (const auto& [method, sizes] : errors) {
      for (const auto& [size, by_seed] : sizes) {
        const auto mean = meanOver(by_seed, pick);
        if (!mean) continue;
        const auto m = efficiencyMultiplier(*fit, size, *mean, error_floor);
        if (std::isfinite(m.value)) out.multiplier[method][size].push_back(m.value);
        const auto sft_it = sft_errors.find(size);
        const auto sft_mean =
            sft_it == sft_errors.end() ? std::nullopt : meanOver(sft_it->second, pick);
        if (!sft_mean) continue;
        const double v = multiplierVsSft(fit->alpha, *sft_mean, *mean, error_floor);
        if (std::isfinite(v)) out.vs_sft[method][size].push_back(v);
      }
    }
  }
  return out;
}

}  // namespace

SweepReport summarizeCells(const std::vector<CellRecord>& cells, double error_floor,
                           int resamples) {
  SweepReport r;
  r.error_floor = error_floor;
  ErrorTable errors;
  std::map<std::string, std::map<int, std::vector<double>>> passes, valids, minorities;
  std::set<std::uint64_t> seed_set;
  const std::string& baseline = baselineMethod().name;
  for (const auto& c : cells) {
    if (c.status != "ok" || !c.test_error) continue;
    errors[c.method][c.size][c.seed] = *c.test_error;
    passes[c.method][c.size].push_back(c.pass_at_k.value_or(NAN));
    const auto extra = nlohmann::json::parse(c.result_json, nullptr, false);
    if (extra.is_object() && extra.contains("valid_error") && extra["valid_error"].is_number())
      valids[c.method][c.size].push_back(extra["valid_error"].get<double>());
    if (extra.is_object() && extra.contains("minority_error") &&
        extra["minority_error"].is_number())
      minorities[c.method][c.size].push_back(extra["minority_error"].get<double>());
    if (c.method == baseline) seed_set.insert(c.seed);
  }
  const std::vector<std::uint64_t> seeds(seed_set.begin(), seed_set.end());
  r.seeds = static_cast<int>(seeds.size());
  const auto& sft_errors = errors[baseline];
  r.sft_fit = fitMeans(sft_errors, seeds, error_floor, &r.fit_error);
  if (r.sft_fit) r.fit_error.clear();

  const SeedBootstrap bs =
      r.sft_fit ? bootstrapSeeds(errors, seeds, error_floor, resamples) : SeedBootstrap{};
  const auto& boot = bs.multiplier;
  const auto& boot_vs_sft = bs.vs_sft;
  const auto& alphas = bs.alphas;
  if (alphas.size() >= 2) {
    r.alpha_lo = percentile(alphas, 0.025);
    r.alpha_hi = percentile(alphas, 0.975);
  }
  for (const auto& [method, sizes] : errors) {
    for (const auto& [size, by_seed] : sizes) {
      std::vector<double> errs;
      for (const auto& [seed, e] : by_seed)
        errs.push_back(e);
      MethodSizeStats s;
      s.test_error = meanStd(errs);
      // An error rate lives in [0, 1]: a t-interval reaching past a bound is cut there and
      // marked (one failed seed of three gave [-0.74, 1.46] at n = 1000 in arith-scaling).
      const Band band = seedBand(errs, BandKind::T95, ValueRange::UnitInterval);
      s.test_error_lo = band.lo;
      s.test_error_hi = band.hi;
      s.test_error_clipped = band.clipped;
      s.pass_at_k = meanStd(passes[method][size]);
      s.valid_error = meanStd(valids[method][size]);
      const auto& minority = minorities[method][size];
      s.minority_error = meanStd(minority);
      if (!minority.empty()) {
        const Band mb = seedBand(minority, BandKind::T95, ValueRange::UnitInterval);
        s.minority_error_lo = mb.lo;
        s.minority_error_hi = mb.hi;
      }
      if (r.sft_fit)
        s.multiplier = efficiencyMultiplier(*r.sft_fit, size, s.test_error.mean, error_floor);
      const auto& b = valuesAt(boot, method, size);
      if (b.size() >= 2) {
        s.multiplier_lo = percentile(b, 0.025);
        s.multiplier_hi = percentile(b, 0.975);
      }
      const auto sft_it = sft_errors.find(size);
      if (r.sft_fit && sft_it != sft_errors.end()) {
        const auto sft_mean = meanOver(sft_it->second, seeds);
        if (sft_mean)
          s.vs_sft = multiplierVsSft(r.sft_fit->alpha, *sft_mean, s.test_error.mean, error_floor);
      }
      const auto& bv = valuesAt(boot_vs_sft, method, size);
      if (bv.size() >= 2) {
        s.vs_sft_lo = percentile(bv, 0.025);
        s.vs_sft_hi = percentile(bv, 0.975);
      }
      r.by_method[method][size] = s;
    }
  }
  return r;
}

namespace {

nlohmann::json number(double v) {
  return std::isfinite(v) ? nlohmann::json(v) : nlohmann::json(nullptr);
}

// "stage_seconds" and "stage_tokens_per_s" (where the stage counts tokens) of a run or a sum.
void stageJson(const StageTimes& times, nlohmann::ordered_json& into) {
  nlohmann::ordered_json seconds = nlohmann::ordered_json::object(),
                         rates = nlohmann::ordered_json::object();
  for (const auto& [stage, t] : times) {
    seconds[stage] = number(t.seconds);
    if (t.tokensPerSecond() > 0) rates[stage] = number(t.tokensPerSecond());
  }
  into["stage_seconds"] = seconds;
  into["stage_tokens_per_s"] = rates;
}

}  // namespace

std::string failedCellsError(const std::vector<CellRecord>& cells) {
  std::vector<std::string> failed;
  std::size_t not_run = 0;
  for (const auto& c : cells) {
    if (c.status == "failed")
      failed.push_back(c.method + " n=" + std::to_string(c.size) +
                       " seed=" + std::to_string(c.seed));
    else if (c.status != "ok")
      ++not_run;  // queued behind a failed SFT of its size and seed
  }
  if (failed.empty() && not_run == 0) return "";
  std::string out = std::to_string(failed.size()) + " of " + std::to_string(cells.size()) +
                    (cells.size() == 1 ? " cell" : " cells") + " failed";
  for (std::size_t i = 0; i < failed.size() && i < 5; ++i)
    out += (i ? ", " : ": ") + failed[i];
  if (failed.size() > 5) out += ", …";
  out += failed.size() == 1 ? " (see its run)" : " (see their runs)";
  if (not_run > 0) out += "; " + std::to_string(not_run) + " not run";
  return out;
}

std::string sweepJson(std::int64_t sweep_id, const std::string& status, const std::string& error,
                      const std::vector<CellRecord>& cells, const SweepReport& report,
                      double wall_s, const std::map<std::int64_t, StageTimes>& stage_times) {
  nlohmann::ordered_json j;
  j["sweep_id"] = sweep_id;
  j["status"] = status;
  if (!error.empty()) j["error"] = error;
  auto arr = nlohmann::ordered_json::array();
  for (const auto& c : cells) {
    nlohmann::ordered_json cj;
    cj["method"] = c.method;
    cj["size"] = c.size;
    cj["seed"] = c.seed;
    cj["status"] = c.status;
    cj["test_error"] = c.test_error ? number(*c.test_error) : nlohmann::json(nullptr);
    cj["pass_at_k"] = c.pass_at_k ? number(*c.pass_at_k) : nlohmann::json(nullptr);
    cj["first_step_accuracy"] =
        c.first_step_accuracy ? number(*c.first_step_accuracy) : nlohmann::json(nullptr);
    // The training-set probe, when the cell recorded one (the gap to the test values is the
    // memorisation the star graph is about).
    const auto extra = nlohmann::json::parse(c.result_json, nullptr, false);
    for (const char* key :
         {"valid_error", "selected_step", "train_error", "train_first_step_accuracy",
          "minority_error", "minority_problems", "shortcut_pits", "negatives_on_shortcut_problems",
          "spurious_step_advantage", "other_step_advantage", "valid_first_step_accuracy",
          "peak_rss_mib"}) {
      if (extra.is_object() && extra.contains(key) && extra[key].is_number())
        cj[key] = number(extra[key].get<double>());
    }
    cj["run_id"] = c.run_id;
    const auto times = stage_times.find(c.run_id);
    if (times != stage_times.end() && !times->second.empty()) stageJson(times->second, cj);
    arr.push_back(cj);
  }
  j["cells"] = arr;
  if (report.sft_fit) {
    j["sft_fit"] = {{"a", report.sft_fit->a},
                    {"alpha", report.sft_fit->alpha},
                    {"alpha_ci95", {number(report.alpha_lo), number(report.alpha_hi)}},
                    {"r2", report.sft_fit->r2},
                    {"points", report.sft_fit->points},
                    {"seeds", report.seeds}};
  } else {
    j["sft_fit"] = nullptr;
    j["sft_fit_error"] = report.fit_error;
  }
  nlohmann::ordered_json mult, mult_ci, extrap, vs_sft, vs_sft_ci, agg;
  for (const auto& [method, sizes] : report.by_method) {
    for (const auto& [size, s] : sizes) {
      const std::string key = std::to_string(size);
      mult[method][key] = number(s.multiplier.value);
      mult_ci[method][key] = {number(s.multiplier_lo), number(s.multiplier_hi)};
      extrap[method][key] = s.multiplier.extrapolated;
      vs_sft[method][key] = number(s.vs_sft);
      vs_sft_ci[method][key] = {number(s.vs_sft_lo), number(s.vs_sft_hi)};
      nlohmann::ordered_json a = {
          {"test_error_mean", s.test_error.mean},
          {"test_error_std", s.test_error.std},
          {"test_error_ci95", {number(s.test_error_lo), number(s.test_error_hi)}},
          {"test_error_ci95_clipped", s.test_error_clipped},
          {"seeds", s.test_error.n}};
      if (s.valid_error.n > 0) a["valid_error_mean"] = s.valid_error.mean;
      if (s.minority_error.n > 0) {
        a["minority_error_mean"] = s.minority_error.mean;
        a["minority_error_ci95"] = {number(s.minority_error_lo), number(s.minority_error_hi)};
      }
      agg[method][key] = a;
    }
  }
  j["multipliers"] = mult.is_null() ? nlohmann::ordered_json::object() : mult;
  j["multipliers_ci95"] = mult_ci.is_null() ? nlohmann::ordered_json::object() : mult_ci;
  j["multipliers_extrapolated"] = extrap.is_null() ? nlohmann::ordered_json::object() : extrap;
  j["multipliers_vs_sft_mean"] = vs_sft.is_null() ? nlohmann::ordered_json::object() : vs_sft;
  j["multipliers_vs_sft_mean_ci95"] =
      vs_sft_ci.is_null() ? nlohmann::ordered_json::object() : vs_sft_ci;
  j["aggregate"] = agg.is_null() ? nlohmann::ordered_json::object() : agg;
  j["error_floor"] = report.error_floor;
  j["wall_s"] = wall_s;
  // Where the sweep's time went: every cell's stages summed (the CLI prints it as a table).
  std::vector<StageTimes> each;
  for (const auto& [run, times] : stage_times)
    each.push_back(times);
  if (!each.empty()) {
    nlohmann::ordered_json total;
    stageJson(totalStageTimes(each), total);
    j["stage_seconds_total"] = total["stage_seconds"];
    j["stage_tokens_per_s_total"] = total["stage_tokens_per_s"];
  }
  // The process's peak resident memory so far (docs/architecture.md, "Memory").
  j["peak_rss_mib"] = number(static_cast<double>(peakResidentBytes()) / (1 << 20));
  return j.dump();
}

}  // namespace ef
