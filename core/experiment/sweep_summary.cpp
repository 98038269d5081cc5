#include "experiment/sweep_summary.h"

#include <cmath>
#include <nlohmann/json.hpp>

#include "experiment/method.h"

namespace ef {

SweepReport summarizeCells(const std::vector<CellRecord>& cells, double error_floor) {
  SweepReport r;
  r.error_floor = error_floor;
  std::map<std::string, std::map<int, std::vector<double>>> errors, passes;
  std::vector<ScalingPoint> sft;  // the baseline's points: the curve the multiplier is read from
  const std::string& baseline = baselineMethod().name;
  for (const auto& c : cells) {
    if (c.status != "ok" || !c.test_error) continue;
    errors[c.method][c.size].push_back(*c.test_error);
    passes[c.method][c.size].push_back(c.pass_at_k.value_or(NAN));
    if (c.method == baseline) sft.push_back({static_cast<double>(c.size), *c.test_error});
  }
  try {
    r.sft_fit = fitPowerLaw(sft, error_floor);
  } catch (const std::invalid_argument& e) {
    r.fit_error = e.what();
  }
  for (const auto& [method, sizes] : errors) {
    for (const auto& [size, errs] : sizes) {
      MethodSizeStats s;
      s.test_error = meanStd(errs);
      s.pass_at_k = meanStd(passes[method][size]);
      if (r.sft_fit)
        s.multiplier = efficiencyMultiplier(*r.sft_fit, size, s.test_error.mean, error_floor);
      r.by_method[method][size] = s;
    }
  }
  return r;
}

namespace {

nlohmann::json number(double v) {
  return std::isfinite(v) ? nlohmann::json(v) : nlohmann::json(nullptr);
}

}  // namespace

std::string sweepJson(std::int64_t sweep_id, const std::string& status, const std::string& error,
                      const std::vector<CellRecord>& cells, const SweepReport& report,
                      double wall_s) {
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
    for (const char* key : {"train_error", "train_first_step_accuracy"}) {
      if (extra.is_object() && extra.contains(key) && extra[key].is_number())
        cj[key] = number(extra[key].get<double>());
    }
    cj["run_id"] = c.run_id;
    arr.push_back(cj);
  }
  j["cells"] = arr;
  if (report.sft_fit) {
    j["sft_fit"] = {{"a", report.sft_fit->a},
                    {"alpha", report.sft_fit->alpha},
                    {"r2", report.sft_fit->r2},
                    {"points", report.sft_fit->points}};
  } else {
    j["sft_fit"] = nullptr;
    j["sft_fit_error"] = report.fit_error;
  }
  nlohmann::ordered_json mult, extrap, agg;
  for (const auto& [method, sizes] : report.by_method) {
    for (const auto& [size, s] : sizes) {
      const std::string key = std::to_string(size);
      mult[method][key] = number(s.multiplier.value);
      extrap[method][key] = s.multiplier.extrapolated;
      agg[method][key] = {{"test_error_mean", s.test_error.mean},
                          {"test_error_std", s.test_error.std},
                          {"seeds", s.test_error.n}};
    }
  }
  j["multipliers"] = mult.is_null() ? nlohmann::ordered_json::object() : mult;
  j["multipliers_extrapolated"] = extrap.is_null() ? nlohmann::ordered_json::object() : extrap;
  j["aggregate"] = agg.is_null() ? nlohmann::ordered_json::object() : agg;
  j["error_floor"] = report.error_floor;
  j["wall_s"] = wall_s;
  return j.dump();
}

}  // namespace ef
