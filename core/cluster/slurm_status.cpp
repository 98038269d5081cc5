// SPDX-License-Identifier: GPL-3.0-or-later
#include "cluster/slurm_status.h"

#include <filesystem>
#include <map>
#include <regex>
#include <sstream>
#include <nlohmann/json.hpp>

#include "store/run_store.h"
#include "util/subprocess.h"

namespace ef {

namespace {

// Lines "JOBID_TASK|STATE" (squeue -o "%i|%T", sacct -P -o JobID,State) into task -> state.
void readPipeLines(const std::string& text, const std::string& job,
                   std::map<int, std::string>& out) {
  std::istringstream in(text);
  std::string line;
  const std::string prefix = job + "_";
  while (std::getline(in, line)) {
    const auto bar = line.find('|');
    if (bar == std::string::npos || line.rfind(prefix, 0) != 0) continue;
    const std::string index = line.substr(prefix.size(), bar - prefix.size());
    if (index.empty() || index.find_first_not_of("0123456789") != std::string::npos) continue;
    std::string state = line.substr(bar + 1);
    state = state.substr(0, state.find(' '));  // "CANCELLED by 0"
    out[std::stoi(index)] = state;
  }
}

// scontrol -o show job JOB: one line per array element, "ArrayTaskId=N ... JobState=S".
void readScontrol(const std::string& text, std::map<int, std::string>& out) {
  static const std::regex task("ArrayTaskId=([0-9]+)\\b"), state("JobState=([A-Z_]+)");
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    std::smatch t, s;
    if (std::regex_search(line, t, task) && std::regex_search(line, s, state))
      out.emplace(std::stoi(t[1]), s[1]);
  }
}

void readShard(const std::string& path, SlurmTaskState& st) {
  if (!std::filesystem::exists(path)) {
    st.shard = "none";
    return;
  }
  try {
    RunStore store(path, RunStore::Mode::ReadOnly);
    for (const auto& r : store.listRuns()) {
      if (!r.isSweep() || !store.shard(r.id)) continue;
      st.shard = r.status;
      for (const auto& c : store.cells(r.id)) {
        ++st.cells_total;
        st.cells_ok += c.status == "ok";
        st.cells_failed += c.status == "failed";
      }
    }
    if (st.shard.empty()) st.shard = "none";
  } catch (const StoreError&) {
    st.shard = "none";  // created but not initialised yet, or still being migrated
  }
}

}  // namespace

SlurmStatus slurmStatus(const SlurmPlan& plan) {
  SlurmStatus s;
  std::map<int, std::string> states;
  if (plan.job_id.empty()) {
    s.slurm_source = "none";
    s.note = "not submitted (no job id in the manifest)";
  } else if (!onPath("squeue")) {
    s.slurm_source = "none";
    s.note = "squeue not on PATH: states from the shards only";
  } else {
    const auto q = runProcess({"squeue", "-h", "-r", "-j", plan.job_id, "-o", "%i|%T"});
    s.slurm_source = "squeue";
    if (q.ok()) readPipeLines(q.out, plan.job_id, states);
    std::map<int, std::string> ended;
    const auto a = runProcess({"sacct", "-n", "-P", "-X", "-j", plan.job_id, "-o", "JobID,State"});
    if (a.ok()) {
      readPipeLines(a.out, plan.job_id, ended);
      s.slurm_source += "+sacct";
    } else {
      const auto c = runProcess({"scontrol", "-o", "show", "job", plan.job_id});
      if (c.ok()) {
        readScontrol(c.out, ended);
        s.slurm_source += "+scontrol";
      }
    }
    for (const auto& [task, state] : ended)
      states.emplace(task, state);  // squeue's live state wins
  }
  for (const auto& t : plan.tasks) {
    SlurmTaskState st;
    st.task = t;
    if (auto it = states.find(t.index); it != states.end()) st.slurm = it->second;
    readShard(plan.shardPath(t.index), st);
    s.tasks.push_back(st);
  }
  return s;
}

std::string slurmStatusJson(const SlurmPlan& plan, const SlurmStatus& s) {
  nlohmann::ordered_json j;
  j["plan"] = plan.plan;
  j["dir"] = plan.dir;
  j["job_id"] = plan.job_id;
  j["slurm_source"] = s.slurm_source;
  if (!s.note.empty()) j["note"] = s.note;
  auto& tasks = j["tasks"] = nlohmann::ordered_json::array();
  for (const auto& t : s.tasks)
    tasks.push_back({{"task", t.task.index},
                     {"seed", t.task.seed},
                     {"size", t.task.size},
                     {"slurm", t.slurm},
                     {"shard", t.shard},
                     {"cells_ok", t.cells_ok},
                     {"cells_failed", t.cells_failed},
                     {"cells", t.cells_total}});
  return j.dump();
}

}  // namespace ef
