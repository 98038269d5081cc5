// SPDX-License-Identifier: GPL-3.0-or-later
#include "experiment/tools/tune.h"

#include <torch/torch.h>

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "experiment/pipeline/cell_pipeline.h"
#include "experiment/pipeline/run_lifecycle.h"
#include "experiment/analysis/seed_band.h"
#include "experiment/pipeline/task_data.h"
#include "model/device.h"
#include "util/log.h"
#include "util/memory.h"
#include "util/timing.h"
#include "util/versions.h"

namespace ef {
namespace {

using Json = nlohmann::ordered_json;

// Sections computed once per size and seed and shared by every grid point, and the top-level
// fields: a grid may not vary them.
// A field outside every method's own sections (the pipeline's, shared by the grid's points).
bool sharedField(const std::string& field) {
  const auto dot = field.find('.');
  return dot == std::string::npos || findSection(field.substr(0, dot)) == nullptr;
}

// "rft, pairs, dpo, ...": the registered method sections.
std::string methodSectionKeys() {
  std::string out;
  for (const ConfigSection* s : registeredSections())
    out += (out.empty() ? "" : ", ") + s->key;
  return out;
}

// A grid value as JSON: a number, true/false, null, a quoted string, or a bare word (a string).
Json gridValue(const std::string& text) {
  Json v = Json::parse(text, nullptr, false);
  if (v.is_discarded()) return Json(text);
  return v;
}

std::string setText(const std::vector<std::pair<std::string, std::string>>& set) {
  std::string s;
  for (const auto& [field, value] : set)
    s += (s.empty() ? "" : ", ") + field + "=" + value;
  return s;
}

// A cell's name: the method and, but for the baseline, the grid point it trains under.
std::string cellLabel(const Method& m,
                      const std::vector<std::pair<std::string, std::string>>& set) {
  return m.baseline ? m.name : m.name + " [" + setText(set) + "]";
}

struct TuneCell {
  std::string method;
  int variant = 0;  // -1 for the baseline
  int size = 0;
  std::uint64_t seed = 0;
  std::string status;
  std::int64_t run_id = 0;
  EvalOutcome eval;
  std::string error;
};

// The tune's cell runs and their results.
class TuneCells {
 public:
  TuneCells(std::int64_t tune_id, const std::vector<TuneVariant>& variants, RunStore& store,
            RunObserver& obs, const DeviceChoice& dev)
      : id_(tune_id), variants_(variants), store_(store), obs_(obs), dev_(dev) {}

  std::int64_t cellRun(const Method& m, int variant, int size, std::uint64_t seed) {
    const std::string name = cellLabel(m, variantSet(variant)) + " n=" + std::to_string(size) +
                             " seed=" + std::to_string(seed);
    auto it = runs_.find(name);
    if (it != runs_.end()) return it->second;
    const auto id = createCellRun(store_, id_,
                                  variants_[static_cast<std::size_t>(m.baseline ? 0 : variant)].cfg,
                                  name, seed, size, versionsJson(torchVersion(), dev_.device));
    runs_[name] = id;
    return id;
  }

  std::string checkpointPath(const Method& m, int variant, int size, std::uint64_t seed) const {
    return store_.filesDir() + "tune-" + std::to_string(id_) + "/" + m.name +
           (m.baseline ? "" : "-v" + std::to_string(variant)) + "-n" + std::to_string(size) + "-s" +
           std::to_string(seed) + ".pt";
  }

  bool execute(const Method& m, int variant, int size, std::uint64_t seed,
               const std::function<CellOutcome(Recorder&)>& train) {
    TuneCell cell{m.name,    m.baseline ? -1 : variant,       size, seed,
                  "running", cellRun(m, variant, size, seed), {},   ""};
    RunLifecycle life(store_, obs_, cell.run_id);
    life.start(dev_.description);
    obs_.onRunCreated(cell.run_id);
    const std::string label = cellLabel(m, variantSet(variant));
    obs_.onCell(label, size, seed, "running", "");
    const RunEnd end = life.attempt([&] { cell.eval = train(life.recorder()).eval; });
    Json result;
    if (end.ok()) {
      result["valid_error"] = cell.eval.valid_error;
      result["valid_first_step_accuracy"] = cell.eval.valid_first_step_accuracy;
      result["selected_step"] = cell.eval.selected_step;
    } else {
      life.recorder().log(LogLevel::Error, label + " n=" + std::to_string(size) + ": " + end.error);
    }
    life.finish(end, end.ok() ? result.dump() : std::string());
    obs_.onCell(label, size, seed, end.status, end.ok() ? result.dump() : std::string());
    cell.status = end.status;
    cell.error = end.error;
    cell.eval.greedy.clear();
    cell.eval.sampled.clear();
    cells_.push_back(std::move(cell));
    if (end.status == "cancelled") throw Cancelled{};
    return end.ok();
  }

  // The grid point whose cell stands for `v` for method m: the first point that sets the same
  // values in the sections m reads (Method::sections), so a method trains once per distinct
  // setting of its own fields.
  int representative(const Method& m, int v) const {
    const auto own = [&m](const std::string& field) {
      if (m.sections.empty()) return true;
      const std::string key = field.substr(0, field.find('.'));
      return std::any_of(m.sections.begin(), m.sections.end(),
                         [&key](const ConfigSection* s) { return s->key == key; });
    };
    const auto key = [&](int i) {
      std::vector<std::pair<std::string, std::string>> k;
      for (const auto& fv : variantSet(i))
        if (own(fv.first)) k.push_back(fv);
      return k;
    };
    const auto mine = key(v);
    for (int i = 0; i < v; ++i)
      if (key(i) == mine) return i;
    return v;
  }

  const std::vector<TuneCell>& cells() const { return cells_; }
  const std::vector<std::pair<std::string, std::string>>& variantSet(int v) const {
    return variants_[static_cast<std::size_t>(v)].set;
  }

 private:
  std::int64_t id_;
  const std::vector<TuneVariant>& variants_;
  RunStore& store_;
  RunObserver& obs_;
  DeviceChoice dev_;
  std::map<std::string, std::int64_t> runs_;
  std::vector<TuneCell> cells_;
};

// The cells of one size and seed, as the pipeline sees them: π_sft trains once, every method
// under every grid point.
class TuneHost : public CellHost {
 public:
  TuneHost(TuneCells& cells, int size, std::uint64_t seed)
      : cells_(cells), size_(size), seed_(seed) {}
  std::int64_t cellRun(const Method& m, int v) override {
    return cells_.cellRun(m, v, size_, seed_);
  }
  std::string checkpointPath(const Method& m, int v) const override {
    return cells_.checkpointPath(m, v, size_, seed_);
  }
  // A grid point that differs from an earlier one only outside the method's own sections reuses
  // that point's cell: the pipeline skips it as done.
  bool finished(const Method& m, int v) const override {
    return m.baseline ? sft_done_ : cells_.representative(m, v) != v;
  }
  bool execute(const Method& m, int v,
               const std::function<CellOutcome(Recorder&)>& train) override {
    const bool ok = cells_.execute(m, v, size_, seed_, train);
    if (m.baseline) sft_done_ = ok;
    return ok;
  }

 private:
  TuneCells& cells_;
  int size_;
  std::uint64_t seed_;
  bool sft_done_ = false;
};

Json bandJson(const std::vector<double>& values) {
  Json j;
  const Band b = seedBand(values, BandKind::T95);
  j["mean"] = b.mean;
  j["lo"] = b.lo;
  j["hi"] = b.hi;
  j["n"] = b.n;
  j["values"] = values;
  return j;
}

// Validation errors of the ok cells of (method, variant), by size.
std::map<int, std::vector<double>> errorsBySize(const std::vector<TuneCell>& cells,
                                                const std::string& method, int variant) {
  std::map<int, std::vector<double>> by;
  for (const auto& c : cells) {
    if (c.method == method && c.variant == variant && c.status == "ok")
      by[c.size].push_back(c.eval.valid_error);
  }
  return by;
}

Json tuneJson(const TuneCells& tc, std::int64_t id, const RunEnd& end, const TuneRequest& req,
              const std::vector<int>& sizes, const std::vector<std::uint64_t>& seeds,
              const std::vector<TuneVariant>& variants, const std::vector<const Method*>& methods,
              const std::vector<TuneCell>& cells, int valid_problems, double wall_s) {
  Json j;
  j["tune_id"] = id;
  j["status"] = end.status;
  if (!end.error.empty()) j["error"] = end.error;
  j["evaluated_on"] = "validation";
  j["valid_problems"] = valid_problems;
  j["sizes"] = sizes;
  j["seeds"] = seeds;
  Json grid = Json::array();
  for (const auto& a : req.grid) {
    Json ax;
    ax["field"] = a.field;
    ax["values"] = Json::array();
    for (const auto& v : a.values)
      ax["values"].push_back(gridValue(v));
    grid.push_back(ax);
  }
  j["grid"] = grid;
  const auto perSize = [&](const std::string& method, int variant, double* overall) {
    Json rows = Json::array();
    double sum = 0;
    int n = 0;
    for (const auto& [size, values] : errorsBySize(cells, method, variant)) {
      Json r;
      r["size"] = size;
      r["valid_error"] = bandJson(values);
      rows.push_back(r);
      if (static_cast<int>(values.size()) == static_cast<int>(seeds.size())) {
        sum += seedBand(values, BandKind::T95).mean;
        ++n;
      }
    }
    *overall = n == static_cast<int>(sizes.size()) && n > 0 ? sum / n : -1;
    return rows;
  };
  double sft_mean = -1;
  j["sft"] = perSize(baselineMethod().name, -1, &sft_mean);
  Json vs = Json::array();
  Json best = Json::object();
  std::map<std::string, double> best_error;
  for (int v = 0; v < static_cast<int>(variants.size()); ++v) {
    Json vj;
    vj["variant"] = v;
    Json set = Json::object();
    for (const auto& [field, value] : variants[static_cast<std::size_t>(v)].set)
      set[field] = gridValue(value);
    vj["set"] = set;
    Json ms = Json::object();
    Json reused = Json::object();
    for (const Method* m : methods) {
      if (m->baseline) continue;
      double mean = -1;
      const int rep = tc.representative(*m, v);
      ms[m->name] = perSize(m->name, rep, &mean);
      if (rep != v) {
        reused[m->name] = rep;  // the same cells as grid point rep: not a candidate again
        continue;
      }
      // The best grid point of a method: the lowest validation error averaged over the sizes,
      // among the points whose every cell finished.
      if (mean >= 0 && (!best_error.count(m->name) || mean < best_error[m->name])) {
        best_error[m->name] = mean;
        best[m->name] = {{"variant", v}, {"set", set}, {"mean_valid_error", mean}};
      }
    }
    vj["methods"] = ms;
    if (!reused.empty()) vj["same_cells_as"] = reused;
    vs.push_back(vj);
  }
  j["variants"] = vs;
  j["best"] = best;
  if (sft_mean >= 0) j["sft_mean_valid_error"] = sft_mean;
  Json cs = Json::array();
  for (const auto& c : cells) {
    Json o;
    o["method"] = c.method;
    o["variant"] = c.variant;
    o["size"] = c.size;
    o["seed"] = c.seed;
    o["status"] = c.status;
    o["run_id"] = c.run_id;
    if (c.status == "ok") {
      o["valid_error"] = c.eval.valid_error;
      o["valid_first_step_accuracy"] = c.eval.valid_first_step_accuracy;
      o["selected_step"] = c.eval.selected_step;
    } else if (!c.error.empty()) {
      o["error"] = c.error;
    }
    cs.push_back(o);
  }
  j["cells"] = cs;
  j["wall_s"] = wall_s;
  j["peak_rss_mib"] = static_cast<double>(peakResidentBytes()) / (1 << 20);
  return j;
}

}  // namespace

TuneAxis parseTuneAxis(const std::string& text) {
  const auto eq = text.find('=');
  if (eq == std::string::npos || eq == 0 || eq + 1 >= text.size())
    throw ConfigError("--grid", "'" + text + "' is not FIELD=V1,V2,... (e.g. dpo.beta=0.05,0.1)");
  TuneAxis a;
  a.field = text.substr(0, eq);
  std::string rest = text.substr(eq + 1);
  std::size_t start = 0;
  while (start <= rest.size()) {
    const auto comma = rest.find(',', start);
    const std::string v = rest.substr(start, comma == std::string::npos ? comma : comma - start);
    if (v.empty()) throw ConfigError(a.field, "an empty value in --grid '" + text + "'");
    a.values.push_back(v);
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  return a;
}

std::vector<TuneVariant> tuneVariants(const RunConfig& cfg, const std::vector<TuneAxis>& grid) {
  std::set<std::string> seen;
  for (const auto& a : grid) {
    try {
      runConfigField(a.field);
    } catch (const std::out_of_range&) {
      throw ConfigError(a.field, "no such config field to tune");
    }
    if (sharedField(a.field))
      throw ConfigError(a.field,
                        "cannot be tuned: every grid point shares π_sft, its samples and its "
                        "credit (tune the methods' own sections: " +
                            methodSectionKeys() + ")");
    if (!seen.insert(a.field).second) throw ConfigError(a.field, "given twice in the grid");
    if (a.values.empty()) throw ConfigError(a.field, "no values to try");
  }
  const Json base = Json::parse(toJson(cfg));
  std::vector<TuneVariant> out;
  std::vector<std::size_t> idx(grid.size(), 0);
  while (true) {
    Json j = base;
    TuneVariant v;
    for (std::size_t a = 0; a < grid.size(); ++a) {
      const std::string& field = grid[a].field;
      const std::string& value = grid[a].values[idx[a]];
      const auto dot = field.find('.');
      j[field.substr(0, dot)][field.substr(dot + 1)] = gridValue(value);
      v.set.emplace_back(field, value);
    }
    try {
      v.cfg = parseRunConfig(j.dump());
    } catch (const ConfigError& e) {
      // e.what() already names the field: keep its message, add the grid point.
      std::string msg = e.what();
      const std::string prefix = "config field '" + e.field() + "': ";
      if (msg.rfind(prefix, 0) == 0) msg.erase(0, prefix.size());
      throw ConfigError(e.field(), msg + " (in the tuning grid point " + setText(v.set) + ")");
    }
    out.push_back(std::move(v));
    std::size_t a = grid.size();
    while (a > 0 && ++idx[a - 1] == grid[a - 1].values.size())
      idx[--a] = 0;
    if (a == 0) break;
  }
  return out;
}

void withoutTestSet(TaskData& d) {
  d.test.clear();
  d.test.shrink_to_fit();
}

TuneOutcome executeTune(const RunConfig& cfg, const TuneRequest& req, RunStore& store,
                        RunObserver& observer, const CancelToken& cancel) {
  const auto t0 = Clock::now();
  const std::vector<TuneVariant> variants = tuneVariants(cfg, req.grid);
  std::vector<int> sizes = req.sizes.empty() ? cfg.sweep.sizes : req.sizes;
  if (sizes.empty()) sizes.push_back(cfg.task.train_size);
  std::sort(sizes.begin(), sizes.end());
  sizes.erase(std::unique(sizes.begin(), sizes.end()), sizes.end());
  const std::vector<std::uint64_t> seeds = req.seeds.empty() ? cfg.sweep.seeds : req.seeds;
  for (const auto& name : req.methods) {
    if (!findMethod(name)) throw ConfigError("--method", "no method '" + name + "'");
  }
  const auto methods = methodsFor(req.methods.empty() ? cfg.sweep.methods : req.methods);
  if (cfg.task.valid_size <= 0)
    throw ConfigError("task.valid_size", "a tune needs a validation split (set it above 0)");

  TuneOutcome out;
  out.tune_id =
      store.createRun(run_kind::kTune, cfg.name, toJson(cfg), versionsJson(torchVersion(), ""));
  observer.onRunCreated(out.tune_id);
  ScopedRunLog log(store.filesDir() + "logs/run-" + std::to_string(out.tune_id) + ".log");
  RunLifecycle life(store, observer, out.tune_id);
  std::unique_ptr<TuneCells> cells;
  int valid_problems = 0;
  const RunEnd end = life.attempt([&] {
    setThreadCount(cfg.threads);
    const DeviceChoice dev = chooseDevice(cfg.device, cfg.precision);
    life.start(dev.description);
    cells = std::make_unique<TuneCells>(out.tune_id, variants, store, observer, dev);
    TaskData data = prepareTaskData(cfg, sizes.back(), "--sizes");
    setTrainProbe(data, cfg, static_cast<std::size_t>(sizes.front()));
    withoutTestSet(data);
    valid_problems = static_cast<int>(data.valid.size());
    life.recorder().log(
        LogLevel::Info,
        "tune " + std::to_string(out.tune_id) + ": " + std::to_string(variants.size()) +
            " grid points x " + std::to_string(methods.size() - 1) + " methods x sizes " +
            std::to_string(sizes.size()) + " x seeds " + std::to_string(seeds.size()) + ", on " +
            std::to_string(valid_problems) + " validation problems");
    std::vector<RunConfig> configs;
    for (const auto& v : variants)
      configs.push_back(v.cfg);
    for (const auto seed : seeds) {
      for (const int size : sizes) {
        TuneHost host(*cells, size, seed);
        PipelineInputs in{cfg, data, size, seed, dev, store, observer, cancel};
        in.variants = configs;
        runCellPipeline(in, methods, host);
      }
    }
  });
  RunEnd result = end;
  if (!cells)
    cells = std::make_unique<TuneCells>(out.tune_id, variants, store, observer, DeviceChoice{});
  const auto& done = cells->cells();
  if (end.ok() &&
      std::any_of(done.begin(), done.end(), [](const TuneCell& c) { return c.status != "ok"; }))
    result = {"failed", "some cells failed (see their runs)"};
  out.status = result.status;
  out.json = tuneJson(*cells, out.tune_id, result, req, sizes, seeds, variants, methods, done,
                      valid_problems, secondsSince(t0))
                 .dump();
  life.finish(result, out.json);
  return out;
}

}  // namespace ef
