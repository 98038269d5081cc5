// SPDX-License-Identifier: GPL-3.0-or-later
#include "experiment/pipeline/sweep_merge.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <nlohmann/json.hpp>

#include "experiment/config/method.h"
#include "experiment/config/run_config.h"
#include "experiment/analysis/sweep_summary.h"
#include "experiment/pipeline/sweep_tasks.h"

namespace ef {

namespace fs = std::filesystem;

namespace {

nlohmann::ordered_json cellList(const std::vector<ShardCell>& cells) {
  auto a = nlohmann::ordered_json::array();
  for (const auto& c : cells)
    a.push_back({{"method", c.method}, {"size", c.size}, {"seed", c.seed}, {"status", c.status}});
  return a;
}

// Queued cells for the parts of the plan's grid that no shard has delivered yet: every method a
// task runs, the baseline (SFT) included when sweep.methods does not name it.
void layOutGrid(RunStore& ws, std::int64_t sweep_id, const RunConfig& cfg) {
  std::set<std::tuple<std::string, int, std::uint64_t>> present;
  for (const auto& c : ws.cells(sweep_id))
    present.insert({c.method, c.size, c.seed});
  for (const auto& t : sweepTasks(cfg)) {
    for (const Method* m : methodsFor(cfg.sweep.methods)) {
      if (present.count({m->name, t.size, t.seed})) continue;
      CellRecord c;
      c.sweep_id = sweep_id;
      c.method = m->name;
      c.size = t.size;
      c.seed = t.seed;
      c.status = "queued";
      ws.upsertCell(c);
    }
  }
}

// The merged sweep's summary; finishes it once every cell is ok or failed.
nlohmann::ordered_json settle(RunStore& ws, std::int64_t sweep_id, const RunConfig& cfg,
                              bool changed, MergedSweep& merged) {
  const auto cells = ws.cells(sweep_id);
  int ok = 0, failed = 0;
  for (const auto& c : cells) {
    ok += c.status == "ok";
    failed += c.status == "failed";
  }
  const bool complete = ok + failed == static_cast<int>(cells.size());
  double first = 0, last = 0;
  for (const auto& r : ws.childRuns(sweep_id)) {
    if (r.started_at > 0 && (first == 0 || r.started_at < first)) first = r.started_at;
    last = std::max(last, r.ended_at);
  }
  const std::string status = !complete ? "queued" : failed ? "failed" : "ok";
  const std::string error = failed ? failedCellsError(cells) : "";
  const SweepReport report = summarizeCells(cells, 0.5 / cfg.task.test_size);
  const std::string json =
      sweepJson(sweep_id, status, error, cells, report, last > first ? last - first : 0.0);
  if (complete && changed) ws.finishRun(sweep_id, status, error, json);
  merged = {sweep_id, status, static_cast<int>(cells.size()),
            ok,       failed, static_cast<int>(cells.size()) - ok - failed};
  auto j = nlohmann::ordered_json::parse(json);
  nlohmann::ordered_json out;
  out["sweep_id"] = sweep_id;
  out["status"] = status;
  out["cells"] = cells.size();
  out["ok"] = ok;
  out["failed"] = failed;
  out["pending"] = static_cast<int>(cells.size()) - ok - failed;
  out["sft_fit"] = j["sft_fit"];
  if (j.contains("multipliers")) out["multipliers"] = j["multipliers"];
  return out;
}

}  // namespace

std::vector<std::string> expandShardPaths(const std::vector<std::string>& paths) {
  std::vector<std::string> out;
  for (const auto& p : paths) {
    if (!fs::is_directory(p)) {
      out.push_back(p);
      continue;
    }
    std::vector<std::pair<int, std::string>> found;
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(fs::path(p) / "shards", ec)) {
      const std::string name = e.path().filename().string();
      if (name.rfind("task-", 0) != 0 || e.path().extension() != ".sqlite") continue;
      const std::string number = name.substr(5, name.size() - 5 - 7);
      if (number.empty() || number.find_first_not_of("0123456789") != std::string::npos) continue;
      found.emplace_back(std::stoi(number), e.path().string());
    }
    if (found.empty()) out.push_back(p);  // mergeShard names it: not a shard file
    std::sort(found.begin(), found.end());
    for (auto& f : found)
      out.push_back(std::move(f.second));
  }
  return out;
}

SweepMergeOutcome mergeShards(RunStore& ws, const std::vector<std::string>& shard_args) {
  SweepMergeOutcome out;
  nlohmann::ordered_json j;
  j["workspace"] = ws.path();
  auto& shards_json = j["shards"] = nlohmann::ordered_json::array();
  std::map<std::int64_t, std::pair<RunConfig, bool>> sweeps;  // id -> config, changed
  for (const auto& path : expandShardPaths(shard_args)) {
    try {
      ShardMergeReport r = ws.mergeShard(path);
      auto it = sweeps.find(r.sweep_id);
      if (it == sweeps.end())
        it = sweeps.emplace(r.sweep_id, std::make_pair(parseRunConfig(r.config_json), false)).first;
      it->second.second = it->second.second || r.created_sweep || !r.merged.empty();
      if (r.created_sweep) layOutGrid(ws, r.sweep_id, it->second.first);
      shards_json.push_back({{"shard", r.shard},
                             {"task", r.task},
                             {"tasks", r.tasks},
                             {"plan", r.plan},
                             {"sweep_id", r.sweep_id},
                             {"shard_status", r.shard_status},
                             {"partial", r.partial()},
                             {"merged", cellList(r.merged)},
                             {"already_merged", cellList(r.already)},
                             {"unfinished", cellList(r.unfinished)},
                             {"checkpoints_copied", r.checkpoints_copied}});
      out.shards.push_back(std::move(r));
    } catch (const std::exception& e) {
      out.errors.push_back(path + ": " + e.what());
      shards_json.push_back({{"shard", path}, {"error", e.what()}});
    }
  }
  auto& sweeps_json = j["sweeps"] = nlohmann::ordered_json::array();
  for (const auto& [id, entry] : sweeps) {
    MergedSweep m;
    sweeps_json.push_back(settle(ws, id, entry.first, entry.second, m));
    out.sweeps.push_back(m);
  }
  out.json = j.dump();
  return out;
}

}  // namespace ef
