// SPDX-License-Identifier: GPL-3.0-or-later
// The step-history cache of the run store (run_store.h, experiment/tools/step_history.h).
#include "store/run_store.h"
#include "store/statement.h"

namespace ef {

using detail::Stmt;
using detail::Transaction;

void RunStore::putStepHistory(const StepHistoryRecord& h) {
  requireWriter("store the step history in");
  detail::withSpaceReserve(path_, [&] {
    Transaction tx(db_, path_, "store the step history in");
    Stmt s(db_, path_, "store the step history in",
           "INSERT OR REPLACE INTO step_history (sample_id, checkpoint_sha256, k, seed, "
           "prefix_len, successes, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
    const double now = detail::nowSeconds();
    for (std::size_t p = 0; p < h.successes.size(); ++p) {
      s.reset();
      s.bindInt(1, h.sample_id).bindText(2, h.checkpoint_sha256).bindInt(3, h.k);
      // SQLite integers are signed 64-bit: the seed's bits are stored as they are.
      s.bindInt(4, static_cast<std::int64_t>(h.seed)).bindInt(5, static_cast<std::int64_t>(p));
      s.bindInt(6, h.successes[p]).bindReal(7, now).step();
    }
    tx.commit();
  });
}

std::optional<StepHistoryRecord> RunStore::stepHistory(std::int64_t sample_id,
                                                       const std::string& sha256, int k,
                                                       std::uint64_t seed, int prefixes) const {
  Stmt s(db_, path_, "read the step history from",
         "SELECT prefix_len, successes FROM step_history WHERE sample_id = ? AND "
         "checkpoint_sha256 = ? AND k = ? AND seed = ? ORDER BY prefix_len");
  s.bindInt(1, sample_id).bindText(2, sha256).bindInt(3, k);
  s.bindInt(4, static_cast<std::int64_t>(seed));
  StepHistoryRecord r{sample_id, sha256, k, seed, std::vector<int>(prefixes, -1)};
  int found = 0;
  while (s.step()) {
    const int p = s.int32(0);
    if (p < 0 || p >= prefixes) continue;
    r.successes[p] = s.int32(1);
    ++found;
  }
  if (found != prefixes) return std::nullopt;
  return r;
}

}  // namespace ef
