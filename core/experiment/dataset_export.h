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
};

// The run ids whose data an export of `run_id` covers: the run, or a sweep's or tune's cells.
// Throws StoreError when the run does not exist.
std::vector<std::int64_t> exportedRuns(const RunStore& store, std::int64_t run_id);

ExportCount exportTrlDpo(const RunStore& store, std::int64_t run_id, std::ostream& out);
ExportCount exportTrlPrm(const RunStore& store, std::int64_t run_id, bool soft, std::ostream& out);
ExportCount exportSamples(const RunStore& store, std::int64_t run_id, std::ostream& out);

}  // namespace ef
