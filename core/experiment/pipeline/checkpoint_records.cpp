// SPDX-License-Identifier: GPL-3.0-or-later
#include "experiment/pipeline/checkpoint_records.h"

#include <torch/torch.h>

#include <filesystem>

#include "util/log.h"
#include "util/sha256.h"

namespace ef {

void saveRecordedCheckpoint(RunStore& store, std::int64_t run_id, const std::string& stage,
                            const std::string& path, Gpt& model, torch::optim::Optimizer* opt,
                            const CheckpointInfo& info) {
  const std::string tmp = path + ".tmp";
  writeCheckpoint(tmp, model, opt, info);
  CheckpointRecord rec;
  rec.run_id = run_id;
  rec.stage = stage;
  rec.path = path;
  rec.sha256 = sha256OfFile(tmp);
  rec.step = info.step;
  store.putCheckpoint(rec);
  std::filesystem::rename(tmp, path);
}

bool verifyRecordedCheckpoint(RunStore& store, std::int64_t run_id, const std::string& stage,
                              const std::string& path) {
  const bool present = std::filesystem::exists(path);
  const auto rec = store.checkpoint(run_id, stage);
  if (!rec || rec->path != path) {
    if (present) logger()->warn("checkpoint '{}' has no hash in the workspace; not checked", path);
    return present;
  }
  const std::string actual = present ? sha256OfFile(path) : std::string();
  if (present && actual == rec->sha256) return true;
  // A save that recorded its hash but stopped before the rename left the new file beside it.
  const std::string tmp = path + ".tmp";
  if (std::filesystem::exists(tmp) && sha256OfFile(tmp) == rec->sha256) {
    std::filesystem::rename(tmp, path);
    logger()->info("checkpoint '{}': finished a save that stopped before its rename", path);
    return true;
  }
  if (!present) return false;
  throw CheckpointError("checkpoint '" + path +
                        "' has changed since it was saved: its SHA-256 is " + actual +
                        ", the workspace recorded " + rec->sha256);
}

CheckpointInfo loadRecordedCheckpoint(RunStore& store, std::int64_t run_id,
                                      const std::string& stage, const std::string& path, Gpt& model,
                                      torch::optim::Optimizer* opt) {
  verifyRecordedCheckpoint(store, run_id, stage, path);  // a missing file: loadCheckpoint says so
  return loadCheckpoint(path, model, opt);
}

}  // namespace ef
