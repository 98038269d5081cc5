// SPDX-License-Identifier: GPL-3.0-or-later
#include "experiment/tools/model_export.h"

#include <torch/torch.h>

#include "experiment/pipeline/checkpoint_records.h"
#include "experiment/config/run_config.h"
#include "experiment/pipeline/task_data.h"
#include "model/model_folder.h"
#include "model/model_folder_impl.h"
#include "tasks/task_registry.h"
#include "text/tokenizer_files.h"

namespace ef {

ModelExport exportModel(RunStore& store, std::int64_t run_id, const std::string& stage,
                        const std::string& dir, TensorDtype dtype) {
  const auto run = store.run(run_id);
  if (!run) throw ExportError("no run " + std::to_string(run_id) + " in " + store.path());
  if (run->hasCells()) {
    throw ExportError("run " + std::to_string(run_id) + " is a " + run->kind +
                      ": its models are its cells' (eightfold-cli runs lists them)");
  }
  // A stage's final checkpoint holds its selected model; "@best" files are selection scratch.
  std::optional<CheckpointRecord> pick;
  std::string known;
  for (const auto& c : store.checkpoints(run_id)) {
    if (c.stage.find('@') != std::string::npos) continue;
    known += (known.empty() ? "" : ", ") + c.stage;
    if (stage.empty() || c.stage == stage) pick = c;  // by creation time: the latest wins
  }
  if (!pick) {
    throw ExportError(
        "run " + std::to_string(run_id) +
        (stage.empty() ? " has no checkpoint" : " has no checkpoint of stage '" + stage + "'") +
        (known.empty() ? "" : " (it has: " + known + ")"));
  }
  const RunConfig cfg = parseRunConfig(run->config_json);
  const auto task = makeTask(cfg.task);
  const auto tok = makeTokenizer(cfg, *task);
  const CheckpointInfo info = readCheckpointInfo(pick->path);
  if (info.tokenizer != tok->signature()) {
    throw ExportError(pick->path + " was trained with another tokenizer than run " +
                      std::to_string(run_id) + "'s config gives");
  }
  torch::NoGradGuard no_grad;
  Gpt model(info.model);
  loadRecordedCheckpoint(store, run_id, pick->stage, pick->path, model, nullptr);
  writeModelConfig(info.model, tok->bos(), tok->eos(), dir);
  saveModelWeights(model, dir, dtype);
  writeTokenizer(*tok, dir);
  return {dir, pick->stage, info.step, info.model, tok->kind()};
}

}  // namespace ef
