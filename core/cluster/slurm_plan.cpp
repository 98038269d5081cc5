// SPDX-License-Identifier: GPL-3.0-or-later
#include "cluster/slurm_plan.h"

#include <unistd.h>

#include <chrono>
#include <ctime>
#include <filesystem>
#include <cstdio>
#include <fstream>
#include <iomanip>
#include <random>
#include <regex>
#include <sstream>
#include <nlohmann/json.hpp>

#include "util/subprocess.h"
#include "util/versions.h"

namespace ef {

namespace fs = std::filesystem;

namespace {

std::string fixedSeconds(double s) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", s);
  return buf;
}

std::string utcNow() {
  const std::time_t t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm tm{};
  gmtime_r(&t, &tm);
  std::ostringstream os;
  os << std::put_time(&tm, "%Y-%m-%dT%H:%M:%SZ");
  return os.str();
}

std::string newPlanId() {
  std::random_device rd;
  std::ostringstream os;
  os << std::hex << std::setfill('0');
  for (int i = 0; i < 4; ++i)
    os << std::setw(8) << rd();
  return os.str();
}

void writeText(const std::string& path, const std::string& text) {
  const std::string tmp = path + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    out << text;
    if (!out) throw SlurmError("cannot write '" + tmp + "'");
  }
  std::error_code ec;
  fs::rename(tmp, path, ec);
  if (ec) throw SlurmError("cannot write '" + path + "': " + ec.message());
}

nlohmann::ordered_json manifestJson(const SlurmPlan& p) {
  nlohmann::ordered_json j;
  j["format"] = "eightfold-slurm-plan";
  j["version"] = 1;
  j["plan"] = p.plan;
  j["name"] = p.name;
  j["created"] = p.created;
  j["eightfold"] = eightfoldVersion();
  j["cli"] = p.cli;
  j["workspace"] = p.workspace;
  j["job_id"] = p.job_id;
  j["config"] = "config.json";
  j["script"] = "job.sh";
  j["methods"] = p.methods;
  j["slurm"] = {{"partition", p.options.partition},
                {"gpus_per_task", p.options.gpus_per_task},
                {"cpus_per_task", p.options.cpus_per_task},
                {"time", p.options.time},
                {"mem", p.options.mem}};
  auto& tasks = j["tasks"] = nlohmann::ordered_json::array();
  for (const auto& t : p.tasks)
    tasks.push_back({{"task", t.index},
                     {"seed", t.seed},
                     {"size", t.size},
                     {"shard", "shards/task-" + std::to_string(t.index) + ".sqlite"}});
  return j;
}

}  // namespace

void validateSlurmOptions(const SlurmOptions& o) {
  static const std::regex partition("[A-Za-z0-9_.,-]+");
  static const std::regex time(
      "[0-9]+|[0-9]+:[0-9]{2}|[0-9]+:[0-9]{2}:[0-9]{2}|[0-9]+-[0-9]+|[0-9]+-[0-9]+:[0-9]{2}|"
      "[0-9]+-[0-9]+:[0-9]{2}:[0-9]{2}");
  static const std::regex mem("[0-9]+[KMGT]?");
  if (!o.partition.empty() && !std::regex_match(o.partition, partition))
    throw ConfigError("--partition", "'" + o.partition +
                                         "' is not a partition name (letters, digits, _ . - and "
                                         "commas between several)");
  if (!o.time.empty() && !std::regex_match(o.time, time))
    throw ConfigError("--time", "'" + o.time +
                                    "' is not a Slurm time limit (minutes, MM:SS, HH:MM:SS, D-HH, "
                                    "D-HH:MM or D-HH:MM:SS)");
  if (!o.mem.empty() && !std::regex_match(o.mem, mem))
    throw ConfigError("--mem", "'" + o.mem + "' is not a memory size (e.g. 16G, 4000M)");
  if (o.gpus_per_task < 0) throw ConfigError("--gpus-per-task", "must be 0 or more");
  if (o.cpus_per_task < 0) throw ConfigError("--cpus-per-task", "must be 0 or more");
}

std::string SlurmPlan::shardPath(int task) const {
  return dir + "/shards/task-" + std::to_string(task) + ".sqlite";
}

SlurmPlan makeSlurmPlan(const RunConfig& cfg, const std::string& dir, const SlurmOptions& o,
                        const std::string& cli, const std::string& workspace) {
  validateSlurmOptions(o);
  SlurmPlan p;
  p.dir = fs::absolute(dir).lexically_normal().string();
  while (p.dir.size() > 1 && p.dir.back() == '/')
    p.dir.pop_back();
  p.plan = newPlanId();
  p.name = cfg.name;
  p.cli = cli;
  p.workspace = workspace.empty() ? "" : fs::absolute(workspace).lexically_normal().string();
  p.created = utcNow();
  p.options = o;
  p.tasks = sweepTasks(cfg);
  p.methods = cfg.sweep.methods;
  return p;
}

std::string shellQuote(const std::string& text) {
  static const std::regex plain("[A-Za-z0-9_./:=+%-]+");
  if (std::regex_match(text, plain)) return text;
  std::string out = "'";
  for (const char c : text) {
    if (c == '\'')
      out += "'\\''";
    else
      out += c;
  }
  return out + "'";
}

std::string slurmScript(const SlurmPlan& p) {
  std::ostringstream s;
  const int n = static_cast<int>(p.tasks.size());
  s << "#!/bin/bash\n";
  s << "# Eightfold sweep \"" << p.name << "\" as a Slurm job array (docs/cluster.md).\n";
  s << "# Written by eightfold-cli " << eightfoldVersion() << " on " << p.created << ", plan "
    << p.plan << ".\n";
  s << "# One array task per (seed, size): that size's SFT, then every method branching from it\n";
  s << "# (";
  for (std::size_t i = 0; i < p.methods.size(); ++i)
    s << (i ? " " : "") << p.methods[i];
  s << "), each task in its own workspace file under shards/.\n";
  s << "#   task  seed  size\n";
  for (const auto& t : p.tasks)
    s << "#   " << std::setw(4) << t.index << "  " << std::setw(4) << t.seed << "  " << std::setw(5)
      << t.size << "\n";
  s << "# Submit: sbatch " << shellQuote(p.scriptPath()) << "\n";
  s << "# Merge finished shards: eightfold-cli merge --db WORKSPACE " << shellQuote(p.dir) << "\n";
  s << "#SBATCH --job-name=" << shellQuote("eightfold-" + p.name) << "\n";
  s << "#SBATCH --array=0-" << (n - 1) << "\n";
  s << "#SBATCH --ntasks=1\n";
  s << "#SBATCH --output=" << shellQuote(p.dir + "/logs/task-%a.out") << "\n";
  s << "#SBATCH --open-mode=append\n";
  s << "#SBATCH --requeue\n";
  if (!p.options.partition.empty()) s << "#SBATCH --partition=" << p.options.partition << "\n";
  if (p.options.cpus_per_task > 0)
    s << "#SBATCH --cpus-per-task=" << p.options.cpus_per_task << "\n";
  if (p.options.gpus_per_task > 0)
    s << "#SBATCH --gpus-per-task=" << p.options.gpus_per_task << "\n";
  if (!p.options.time.empty()) s << "#SBATCH --time=" << p.options.time << "\n";
  if (!p.options.mem.empty()) s << "#SBATCH --mem=" << p.options.mem << "\n";
  s << "set -euo pipefail\n";
  s << "plan_dir=" << shellQuote(p.dir) << "\n";
  s << "task=${SLURM_ARRAY_TASK_ID:?run this script with sbatch: it is one task of a job array}\n";
  s << "# A requeued task resumes its shard: finished cells are kept.\n";
  s << "exec " << shellQuote(p.cli) << " sweep --config \"$plan_dir/config.json\" --plan " << p.plan
    << " --task \"$task\" \\\n";
  s << "  --db \"$plan_dir/shards/task-$task.sqlite\"";
  if (p.options.cpus_per_task > 0) s << " --threads \"${SLURM_CPUS_PER_TASK}\"";
  if (p.options.gpus_per_task > 0) s << " --device cuda";
  s << "\n";
  return s.str();
}

void writeSlurmPlan(const SlurmPlan& p, const RunConfig& cfg) {
  std::error_code ec;
  if (fs::exists(p.manifestPath()))
    throw SlurmError("'" + p.dir + "' already holds a Slurm plan (" + p.manifestPath() +
                     "); choose an empty folder");
  for (const char* sub : {"", "/shards", "/logs"}) {
    fs::create_directories(p.dir + sub, ec);
    if (ec) throw SlurmError("cannot create '" + p.dir + sub + "': " + ec.message());
  }
  writeText(p.configPath(), toJson(cfg));
  writeText(p.scriptPath(), slurmScript(p));
  fs::permissions(p.scriptPath(), fs::perms::owner_exec | fs::perms::group_exec,
                  fs::perm_options::add, ec);
  writeText(p.manifestPath(), manifestJson(p).dump(2) + "\n");
}

SlurmPlan readSlurmPlan(const std::string& dir_arg) {
  SlurmPlan p;
  p.dir = fs::absolute(dir_arg).lexically_normal().string();
  while (p.dir.size() > 1 && p.dir.back() == '/')
    p.dir.pop_back();
  const std::string file = p.manifestPath();
  std::ifstream in(file);
  if (!in) throw SlurmError("'" + dir_arg + "' is not a Slurm plan folder: no " + file);
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(in);
  } catch (const nlohmann::json::exception& e) {
    throw SlurmError(file + ": not valid JSON (" + e.what() + ")");
  }
  const auto field = [&](const char* key) -> const nlohmann::json& {
    if (!j.is_object() || !j.contains(key))
      throw SlurmError(file + ": missing field '" + std::string(key) + "'");
    return j[key];
  };
  try {
    if (field("format") != "eightfold-slurm-plan")
      throw SlurmError(file + ": field 'format' is not \"eightfold-slurm-plan\"");
    if (field("version").get<int>() != 1)
      throw SlurmError(file + ": field 'version' " + field("version").dump() +
                       " is not one this build reads (1)");
    p.plan = field("plan").get<std::string>();
    p.name = field("name").get<std::string>();
    p.created = field("created").get<std::string>();
    p.cli = field("cli").get<std::string>();
    p.workspace = field("workspace").get<std::string>();
    p.job_id = field("job_id").get<std::string>();
    p.methods = field("methods").get<std::vector<std::string>>();
    const auto& sl = field("slurm");
    p.options.partition = sl.at("partition").get<std::string>();
    p.options.gpus_per_task = sl.at("gpus_per_task").get<int>();
    p.options.cpus_per_task = sl.at("cpus_per_task").get<int>();
    p.options.time = sl.at("time").get<std::string>();
    p.options.mem = sl.at("mem").get<std::string>();
    int index = 0;
    for (const auto& t : field("tasks")) {
      SweepTask task{t.at("task").get<int>(), t.at("seed").get<std::uint64_t>(),
                     t.at("size").get<int>()};
      if (task.index != index++)
        throw SlurmError(file + ": tasks[" + std::to_string(index - 1) + "].task is " +
                         std::to_string(task.index) + ", expected " + std::to_string(index - 1));
      p.tasks.push_back(task);
    }
  } catch (const nlohmann::json::exception& e) {
    throw SlurmError(file + ": " + e.what());
  }
  return p;
}

std::vector<std::string> sbatchCommand(const SlurmPlan& p) {
  return {"sbatch", "--parsable", p.scriptPath()};
}

std::string acceptSbatchResult(SlurmPlan& p, const ProcessResult& r, double timeout_s) {
  if (!r.started)
    throw SlurmError("cannot submit: " + r.start_error + " (is this a Slurm login node?)");
  if (r.timed_out)
    throw SlurmError("sbatch did not answer within " + fixedSeconds(timeout_s) +
                     " s and was stopped (is the Slurm controller reachable?). The plan is "
                     "written; check squeue before submitting it again with sbatch " +
                     p.scriptPath());
  if (r.exit_code != 0)
    throw SlurmError("sbatch failed (exit " + std::to_string(r.exit_code) + "): " + r.err);
  std::string id = r.out.substr(0, r.out.find_first_of(";\n"));
  if (id.empty() || id.find_first_not_of("0123456789") != std::string::npos)
    throw SlurmError("sbatch printed no job id: '" + r.out + "'");
  p.job_id = id;
  writeText(p.manifestPath(), manifestJson(p).dump(2) + "\n");
  return id;
}

std::string submitSlurmPlan(SlurmPlan& p, double timeout_s) {
  return acceptSbatchResult(p, runProcess(sbatchCommand(p), timeout_s), timeout_s);
}

std::string siblingCli(const std::string& executable) {
  std::error_code ec;
  const fs::path exe = fs::canonical(executable, ec);
  if (!ec) {
    const fs::path sibling = exe.parent_path() / "eightfold-cli";
    if (fs::exists(sibling)) return sibling.string();
  }
  if (onPath("eightfold-cli")) {
    const char* path = std::getenv("PATH");
    std::stringstream dirs(path ? path : "");
    std::string d;
    while (std::getline(dirs, d, ':')) {
      const fs::path c = fs::path(d.empty() ? "." : d) / "eightfold-cli";
      if (access(c.c_str(), X_OK) == 0) return fs::absolute(c).lexically_normal().string();
    }
  }
  return "eightfold-cli";  // found on the cluster's PATH, then
}

}  // namespace ef
