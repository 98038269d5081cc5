// SPDX-License-Identifier: GPL-3.0-or-later
// Opening a workspace file (store/run_store.h) that is arbitrary bytes: StoreError naming the
// file is the expected answer; a file that opens is read through every reader a view uses.
#include <cstdint>

#include "fuzz_input.h"
#include "store/run_store.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string& path = ef::fuzz::inputFile(data, size, ".sqlite");
  for (const auto mode : {ef::RunStore::Mode::ReadOnly, ef::RunStore::Mode::ReadWrite}) {
    try {
      ef::RunStore store(path, mode);
      for (const auto& r : store.listRuns()) {
        store.metrics(r.id);
        store.cells(r.id);
        store.checkpoints(r.id);
        for (const auto& c : store.childRuns(r.id))
          for (const auto& s : store.analysedSamples(c.id, 8)) {
            store.steps(s.id);
            store.rollouts(s.id);
          }
      }
    } catch (const ef::StoreError&) {
    }
  }
  return 0;
}
