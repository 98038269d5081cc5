// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Datasets for the Python trainers (docs/models.md, "Exports"), as JSON Lines:
//   trl-dpo   {prompt, chosen, rejected, problem_id, pair_kind, pit_step}: the stored preference
//             pairs (TRL's DPOTrainer reads prompt/chosen/rejected)
//   trl-prm   {prompt, completions, labels}: each analysed sample's steps with the Monte-Carlo
//   label
//             of each step (hard: some rollout from it succeeded; soft: the estimate Q̂), the
//             stepwise-supervision format of TRL's PRMTrainer
//   samples   the self-samples with their verdicts
// A sweep or tune id exports the data of all its cell runs. Torch-free.
#include <cstdint>
#include <iosfwd>
#include <string>
#include <vector>

namespace ef {

class RunStore;

struct ExportCount {
  std::size_t lines = 0;
  std::size_t skipped = 0;  // trl-prm: analysed samples with no estimated step
  // trl-prm of a method's cell: the run whose step labels were written (π_sft's cell of the same
  // size and seed, where credit stored them and the method trained on them); 0 = the run itself.
  std::int64_t labels_from = 0;
};

// The run ids whose data an export of `run_id` covers: the run, or a sweep's or tune's cells.
// Throws StoreError when the run does not exist.
std::vector<std::int64_t> exportedRuns(const RunStore& store, std::int64_t run_id);

ExportCount exportTrlDpo(const RunStore& store, std::int64_t run_id, std::ostream& out);
// trl-prm: a sweep's or tune's cell without analysed samples of its own (a DPO cell) exports the
// labels of the cell of its size and seed that has them, as the inspector shows them. Throws
// std::runtime_error naming the run when there is no step label to write.
ExportCount exportTrlPrm(const RunStore& store, std::int64_t run_id, bool soft, std::ostream& out);
// run_id itself when it has analysed samples; else the π_sft cell of its sweep with the same
// size and seed, whose analysed samples it trained on; 0 when neither has any.
std::int64_t stepLabelRun(const RunStore& store, std::int64_t run_id);
ExportCount exportSamples(const RunStore& store, std::int64_t run_id, std::ostream& out);

}  // namespace ef
