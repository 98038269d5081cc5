// SPDX-License-Identifier: GPL-3.0-or-later
#include "experiment/tools/checkpoint_compaction.h"

#include <torch/torch.h>

#include <filesystem>

#include "experiment/pipeline/checkpoint_records.h"
#include "util/sha256.h"

namespace ef {
namespace {

// Rewrites one checkpoint without its optimizer state, as saveRecordedCheckpoint saves: a
// temporary file, its hash recorded, then the rename (a crash between the two is finished by the
// next load).
void rewrite(RunStore& store, const CheckpointRecord& c, const CheckpointInfo& info) {
  torch::NoGradGuard no_grad;
  Gpt model(info.model);
  // Loading puts the file's saved RNG state into the default generator, and writeCheckpoint
  // saves that generator's state: the rewritten file keeps it.
  loadCheckpoint(c.path, model, nullptr);
  const std::string tmp = c.path + ".tmp";
  writeCheckpoint(tmp, model, nullptr, info);
  store.rehashCheckpoint(c.run_id, c.stage, c.sha256, sha256OfFile(tmp));
  std::filesystem::rename(tmp, c.path);
}

void visit(RunStore& store, const RunRecord& run, CompactionReport& out) {
  for (const CheckpointRecord& c : store.checkpoints(run.id)) {
    if (run.status != "ok") {
      ++out.unfinished;
      continue;
    }
    if (!verifyRecordedCheckpoint(store, run.id, c.stage, c.path)) {
      ++out.missing;
      continue;
    }
    const CheckpointInfo info = readCheckpointInfo(c.path);
    if (!info.has_optimizer) {
      ++out.already_compact;
      continue;
    }
    CompactedCheckpoint done{run.id, c.stage, c.path, std::filesystem::file_size(c.path), 0};
    rewrite(store, c, info);
    done.bytes_after = std::filesystem::file_size(c.path);
    out.rewritten.push_back(done);
  }
  for (const RunRecord& child : store.childRuns(run.id))
    visit(store, child, out);
}

}  // namespace

CompactionReport compactCheckpoints(RunStore& store, std::int64_t run_id) {
  CompactionReport out;
  if (run_id != 0) {
    const auto run = store.run(run_id);
    if (!run)
      throw std::invalid_argument("no run " + std::to_string(run_id) + " in " + store.path());
    visit(store, *run, out);
    return out;
  }
  for (const RunRecord& run : store.listRuns())
    visit(store, run, out);
  return out;
}

}  // namespace ef
