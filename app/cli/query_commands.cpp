// SPDX-License-Identifier: GPL-3.0-or-later
// presets, runs, advantages, bench: commands that read or measure.
#include <cmath>
#include <cstdio>
#include <ctime>
#include <iostream>
#include <optional>
#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "experiment/tools/bench_reference.h"
#include "experiment/tools/checkpoint_compaction.h"
#include "model/checkpoint.h"
#include "experiment/config/presets.h"
#include "store/run_store.h"
#include "util/paths.h"

namespace ef::cli {
namespace {

std::string isoTime(double t) {
  if (t <= 0) return "";
  const std::time_t s = static_cast<std::time_t>(t);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", std::gmtime(&s));
  return buf;
}

nlohmann::json optional(const std::optional<double>& v) {
  return v && std::isfinite(*v) ? nlohmann::json(*v) : nlohmann::json(nullptr);
}

}  // namespace

int fail(int code, const std::string& msg) {
  std::fprintf(stderr, "eightfold-cli: error: %s\n", msg.c_str());
  return code;
}

std::string workspace(const std::string& db_arg) {
  return db_arg.empty() ? defaultWorkspacePath() : db_arg;
}

int cmdPresets(bool json) {
  for (const auto& p : builtinPresets()) {
    if (json) {
      std::cout << nlohmann::json{{"name", p.name}, {"description", p.description}}.dump() << "\n";
    } else {
      std::printf("%-20s %s%s\n", p.name.c_str(), p.description.c_str(),
                  p.name == defaultPresetName() ? " (default)" : "");
    }
  }
  return 0;
}

int cmdRuns(const std::string& db, bool json) {
  try {
    RunStore store(workspace(db), RunStore::Mode::ReadOnly);
    if (!json) {
      std::printf("%-6s %-6s %-12s %-24s %-21s %10s\n", "id", "kind", "status", "name", "started",
                  "wall_s");
    }
    for (const auto& r : store.listRuns()) {
      const double wall = r.ended_at > 0 && r.started_at > 0 ? r.ended_at - r.started_at : 0.0;
      if (json) {
        nlohmann::ordered_json j;
        j["id"] = r.id;
        j["kind"] = r.kind;
        j["status"] = r.status;
        j["name"] = r.name;
        j["created_at"] = isoTime(r.created_at);
        j["started_at"] = isoTime(r.started_at);
        j["ended_at"] = isoTime(r.ended_at);
        j["wall_s"] = wall;
        j["device"] = r.device;
        j["error"] = r.error;
        j["cells"] = r.isSweep() ? store.childRuns(r.id).size() : 0;
        j["result"] = r.result_json.empty() ? nlohmann::json(nullptr)
                                            : nlohmann::json::parse(r.result_json, nullptr, false);
        std::cout << j.dump() << "\n";
      } else {
        std::printf("%-6lld %-6s %-12s %-24s %-21s %10.1f\n", static_cast<long long>(r.id),
                    r.kind.c_str(), r.status.c_str(), r.name.c_str(), isoTime(r.started_at).c_str(),
                    wall);
      }
    }
    return 0;
  } catch (const StoreError& e) {
    return fail(kExitStore, e.what());
  }
}

int cmdCompact(const std::string& db, std::int64_t run_id, bool json) {
  try {
    RunStore store(workspace(db), RunStore::Mode::ReadWrite);
    const CompactionReport r = compactCheckpoints(store, run_id);
    std::uintmax_t before = 0, after = 0;
    nlohmann::ordered_json files = nlohmann::json::array();
    for (const auto& c : r.rewritten) {
      before += c.bytes_before;
      after += c.bytes_after;
      if (json) {
        files.push_back({{"run", c.run_id},
                         {"stage", c.stage},
                         {"path", c.path},
                         {"bytes_before", c.bytes_before},
                         {"bytes_after", c.bytes_after}});
      } else {
        std::printf("run %lld %-20s %8.1f KiB -> %8.1f KiB  %s\n", static_cast<long long>(c.run_id),
                    c.stage.c_str(), c.bytes_before / 1024.0, c.bytes_after / 1024.0,
                    c.path.c_str());
      }
    }
    if (json) {
      nlohmann::ordered_json j;
      j["rewritten"] = files;
      j["bytes_before"] = before;
      j["bytes_after"] = after;
      j["already_compact"] = r.already_compact;
      j["unfinished"] = r.unfinished;
      j["missing"] = r.missing;
      std::cout << j.dump() << "\n";
    } else {
      std::printf(
          "compact: %zu checkpoints rewritten without optimizer state, %.1f MiB -> %.1f MiB; %d "
          "had none; %d of unfinished runs kept whole (a resume reads it); %d files missing\n",
          r.rewritten.size(), before / 1048576.0, after / 1048576.0, r.already_compact,
          r.unfinished, r.missing);
    }
    return 0;
  } catch (const StoreError& e) {
    return fail(kExitStore, e.what());
  } catch (const CheckpointError& e) {
    return fail(kExitBadInput, e.what());
  } catch (const std::invalid_argument& e) {
    return fail(kExitBadInput, e.what());
  } catch (const std::exception& e) {
    return fail(kExitFailed, e.what());
  }
}

int cmdAdvantages(std::int64_t run_id, const std::string& db, int limit, bool json) {
  try {
    RunStore store(workspace(db), RunStore::Mode::ReadOnly);
    const auto run = store.run(run_id);
    if (!run)
      return fail(kExitBadInput, "no run " + std::to_string(run_id) + " in '" + store.path() + "'");
    // A sweep's analysed negatives live under its SFT cells.
    std::vector<std::int64_t> runs{run_id};
    if (run->isSweep()) {
      runs.clear();
      for (const auto& c : store.childRuns(run_id)) {
        if (c.name.rfind("sft ", 0) == 0) runs.push_back(c.id);
      }
    }
    int shown = 0;
    for (const auto id : runs) {
      for (const auto& s : store.analysedSamples(id, -1)) {
        if (limit >= 0 && shown >= limit) return 0;
        if (s.verdict == "correct") continue;
        const auto steps = store.steps(s.id);
        nlohmann::ordered_json j;
        j["run_id"] = id;
        j["sample_id"] = s.id;
        j["problem_index"] = s.problem_index;
        j["prompt"] = s.prompt;
        j["answer"] = s.answer;
        j["verdict"] = s.verdict;
        nlohmann::json pit = nullptr;
        auto arr = nlohmann::ordered_json::array();
        for (const auto& st : steps) {
          if (st.step_index == 0) {
            j["value"] = optional(st.q);
            continue;
          }
          if (st.is_pit) pit = st.step_index;
          arr.push_back(nlohmann::ordered_json{{"step", st.step_index},
                                               {"text", st.text},
                                               {"q", optional(st.q)},
                                               {"advantage", optional(st.advantage)},
                                               {"rollouts", st.rollouts},
                                               {"successes", st.successes},
                                               {"pit", st.is_pit}});
        }
        j["pit"] = pit;
        j["steps"] = arr;
        ++shown;
        if (json) {
          // Model output may hold invalid UTF-8 (a BPE model can stop inside a character).
          std::cout << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
          continue;
        }
        std::printf("sample %lld (problem %d)  %s", static_cast<long long>(s.id), s.problem_index,
                    s.prompt.c_str());
        if (s.prompt.empty() || s.prompt.back() != '\n') std::printf("\n");
        for (const auto& st : steps) {
          if (st.step_index == 0) continue;
          std::printf("  %2d %-24s Q %s  A %s  %d/%d%s\n", st.step_index, st.text.c_str(),
                      st.q ? std::to_string(*st.q).substr(0, 5).c_str() : "  -  ",
                      st.advantage ? std::to_string(*st.advantage).substr(0, 6).c_str() : "  -   ",
                      st.successes, st.rollouts, st.is_pit ? "  <- first pit" : "");
        }
      }
    }
    return 0;
  } catch (const StoreError& e) {
    return fail(kExitStore, e.what());
  }
}

namespace {

// Ours ÷ eager at the same shapes, and both engines' training FLOP rate as a share of the matmul
// ceiling this run measured (the same FLOPs per token on both sides).
struct VersusEager {
  double train = 0, sample = 0, mfu_ours = 0, mfu_eager = 0;
};
VersusEager versus(const BenchResult& r, const EagerReference& e) {
  VersusEager v;
  v.train = r.train_fp32_tokens_per_s / e.train_fp32_tokens_per_s;
  v.sample = r.sample_cached_tokens_per_s / e.sample_cached_tokens_per_s;
  const double flops_per_token = r.train_fp32_gflops * 1e9 / r.train_fp32_tokens_per_s;
  v.mfu_ours = r.mfu_fp32;
  v.mfu_eager = e.train_fp32_tokens_per_s * flops_per_token / 1e9 / r.matmul_fp32_gflops;
  return v;
}

std::string withReference(const BenchResult& r, const EagerReference& e) {
  auto j = nlohmann::ordered_json::parse(r.toJson());
  const VersusEager v = versus(r, e);
  j["eager"] = {{"python", e.python},
                {"torch", e.torch_version},
                {"threads", e.threads},
                {"matmul_fp32_gflops", e.matmul_fp32_gflops},
                {"train_fp32_tokens_per_s", e.train_fp32_tokens_per_s},
                {"sample_cached_tokens_per_s", e.sample_cached_tokens_per_s},
                {"mfu_fp32", v.mfu_eager}};
  j["train_vs_eager"] = v.train;
  j["sample_vs_eager"] = v.sample;
  return j.dump();
}

std::string referenceText(const BenchResult& r, const EagerReference& e) {
  const VersusEager v = versus(r, e);
  char buf[1024];
  std::snprintf(buf, sizeof buf,
                "eager PyTorch %s (%s, %d threads), same model and shapes:\n"
                "  training fp32     ours %8.0f tok/s   eager %8.0f tok/s   ours / eager %.2fx\n"
                "  sampling KV cache ours %8.0f tok/s   eager %8.0f tok/s   ours / eager %.2fx\n"
                "  training FLOP rate / matmul ceiling (%.1f GFLOP/s): ours %.2f, eager %.2f\n",
                e.torch_version.c_str(), e.python.c_str(), e.threads, r.train_fp32_tokens_per_s,
                e.train_fp32_tokens_per_s, v.train, r.sample_cached_tokens_per_s,
                e.sample_cached_tokens_per_s, v.sample, r.matmul_fp32_gflops, v.mfu_ours,
                v.mfu_eager);
  return buf;
}

}  // namespace

int cmdBench(const BenchOptions& o, bool json, const BenchReferenceArgs& reference) {
  try {
    const auto r = runBench(o, [&](const std::string& s) {
      if (!json) std::fprintf(stderr, "bench: %s...\n", s.c_str());
    });
    std::optional<EagerReference> eager;
    if (reference.run) {
      if (!json) std::fprintf(stderr, "bench: eager PyTorch on the same shapes...\n");
      eager = runEagerReference(
          o, r.threads, reference.python.empty() ? defaultReferencePython() : reference.python);
    }
    if (json) {
      std::cout << (eager ? withReference(r, *eager) : r.toJson()) << std::endl;
    } else {
      std::cout << r.toText();
      if (eager) std::cout << referenceText(r, *eager);
    }
    return 0;
  } catch (const std::exception& e) {
    return fail(kExitBadInput, e.what());
  }
}

}  // namespace ef::cli
