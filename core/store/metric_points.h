#pragma once
// Removing named metric points of a run (docs/testing.md, "kill -9 soak"): the test-set values of
// a finished model are recorded once per model, so a resumed run that evaluates the same model
// again replaces them instead of adding a second point at the same step.
#include <cstdint>
#include <string>
#include <vector>

#include "store/run_store.h"

namespace ef {

// Deletes the run's points of `stage` named in `names` with step >= from_step, through a
// connection of its own to the store's file (call it between the writer's transactions).
// Returns how many were removed; throws StoreError naming the file.
int deleteNamedMetrics(const RunStore& store, std::int64_t run_id, const std::string& stage,
                       const std::vector<std::string>& names, std::int64_t from_step);

}  // namespace ef
