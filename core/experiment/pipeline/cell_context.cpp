// SPDX-License-Identifier: GPL-3.0-or-later
#include "experiment/pipeline/cell_context.h"

#include <filesystem>

#include "experiment/pipeline/checkpoint_records.h"
#include "util/random.h"

namespace ef {

Gpt CellContext::startingModel(const char* init_stream, bool from_sft) const {
  Gpt model = fresh_model(deriveSeed(seed, init_stream, static_cast<std::uint64_t>(size)));
  if (from_sft) {
    loadRecordedCheckpoint(rec.store(), sft_run, baselineMethod().name, sft_checkpoint, model,
                           nullptr);
  }
  std::filesystem::remove(checkpoint_path);
  std::filesystem::remove(checkpoint_path + ".tmp");
  return model;
}

}  // namespace ef
