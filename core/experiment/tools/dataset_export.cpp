// SPDX-License-Identifier: GPL-3.0-or-later
#include "experiment/tools/dataset_export.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <ostream>
#include <stdexcept>

#include "store/run_store.h"

namespace ef {

namespace {

// Model output may hold invalid UTF-8 (a BPE model can stop inside a character): such bytes are
// written as U+FFFD, since a JSON line must be UTF-8.
std::string line(const nlohmann::ordered_json& j) {
  return j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

}  // namespace

std::vector<std::int64_t> exportedRuns(const RunStore& store, std::int64_t run_id) {
  const auto run = store.run(run_id);
  if (!run) throw StoreError("no run " + std::to_string(run_id) + " in " + store.path());
  if (!run->hasCells()) return {run_id};
  std::vector<std::int64_t> ids;
  for (const auto& c : store.childRuns(run_id))
    ids.push_back(c.id);
  return ids;
}

ExportCount exportTrlDpo(const RunStore& store, std::int64_t run_id, std::ostream& out) {
  ExportCount n;
  for (const auto id : exportedRuns(store, run_id)) {
    for (const auto& p : store.pairs(id)) {
      nlohmann::ordered_json j;
      j["prompt"] = p.prompt;
      j["chosen"] = p.chosen;
      j["rejected"] = p.rejected;
      j["problem_id"] = p.problem_index;
      j["pair_kind"] = p.kind;
      j["pit_step"] = p.pit;
      out << line(j) << '\n';
      ++n.lines;
    }
  }
  return n;
}

std::int64_t stepLabelRun(const RunStore& store, std::int64_t run_id) {
  if (!store.analysedSamples(run_id, 1).empty()) return run_id;
  const auto run = store.run(run_id);
  if (!run || run->parent_id == 0) return 0;
  const auto cells = store.cells(run->parent_id);
  const auto self = std::find_if(cells.begin(), cells.end(),
                                 [&](const CellRecord& c) { return c.run_id == run_id; });
  if (self == cells.end()) return 0;
  // π_sft's cell, where credit stored the labels the methods trained on (an iterated cell keeps
  // its own rounds' labels, which no other cell used).
  for (const CellRecord& c : cells) {
    if (c.size == self->size && c.seed == self->seed && c.method == "sft" && c.run_id != 0 &&
        !store.analysedSamples(c.run_id, 1).empty())
      return c.run_id;
  }
  return 0;
}

ExportCount exportTrlPrm(const RunStore& store, std::int64_t run_id, bool soft, std::ostream& out) {
  ExportCount n;
  std::vector<std::int64_t> runs = exportedRuns(store, run_id);
  if (runs.size() == 1 && runs.front() == run_id) {
    const std::int64_t from = stepLabelRun(store, run_id);
    if (from == 0)
      throw std::runtime_error("run " + std::to_string(run_id) +
                               " has no step labels: per-step credit was not computed for it or "
                               "for the π_sft cell of its size and seed");
    if (from != run_id) n.labels_from = from;
    runs = {from};
  }
  for (const auto id : runs) {
    for (const auto& s : store.analysedSamples(id)) {
      auto completions = nlohmann::ordered_json::array();
      auto labels = nlohmann::ordered_json::array();
      // Steps in order up to the first one without an estimate (PRM labels have no gaps).
      for (const auto& st : store.steps(s.id)) {
        if (st.step_index == 0) continue;
        if (!st.q || st.rollouts == 0) break;
        completions.push_back(st.text);
        if (soft) {
          labels.push_back(*st.q);
        } else {
          labels.push_back(st.successes > 0);
        }
      }
      if (completions.empty()) {
        ++n.skipped;
        continue;
      }
      nlohmann::ordered_json j;
      j["prompt"] = s.prompt;
      j["completions"] = completions;
      j["labels"] = labels;
      out << line(j) << '\n';
      ++n.lines;
    }
  }
  if (n.lines == 0 && n.skipped == 0)
    throw std::runtime_error("run " + std::to_string(run_id) + " has no step labels to export");
  return n;
}

ExportCount exportSamples(const RunStore& store, std::int64_t run_id, std::ostream& out) {
  ExportCount n;
  for (const auto id : exportedRuns(store, run_id)) {
    for (const auto& s : store.samples(id)) {
      nlohmann::ordered_json j;
      j["run_id"] = s.run_id;
      j["stage"] = s.stage;
      j["step"] = s.step;
      j["problem_id"] = s.problem_index;
      j["mode"] = s.mode;
      j["prompt"] = s.prompt;
      j["completion"] = s.output;
      j["answer"] = s.answer;
      j["verdict"] = s.verdict;
      out << line(j) << '\n';
      ++n.lines;
    }
  }
  return n;
}

}  // namespace ef
