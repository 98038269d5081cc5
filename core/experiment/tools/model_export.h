// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `export model`: a run's trained model as a folder in Hugging Face GPT-2 layout (config.json,
// model.safetensors, the tokenizer's files; docs/models.md, "Model folders") that model.init and
// GPT2LMHeadModel.from_pretrained read. Torch-free facade.
#include <cstdint>
#include <stdexcept>
#include <string>

#include "model/gpt_config.h"
#include "model/safetensors.h"

namespace ef {

class RunStore;

class ExportError : public std::runtime_error {
 public:
  explicit ExportError(const std::string& what) : std::runtime_error(what) {}
};

struct ModelExport {
  std::string dir;
  std::string stage;  // the checkpoint's stage ("sft", "step_dpo_full", ...)
  std::int64_t step = 0;
  GptConfig model;
  std::string tokenizer;  // "chars" | "bpe"
};

// Writes the checkpoint of `stage` of run `run_id` ("" = the run's latest) into `dir`, its weights
// in `dtype`. Throws ExportError for a sweep or tune id (their models are the cells'), an unknown
// stage (naming the ones there are), or a checkpoint whose tokenizer is not the run config's;
// CheckpointError for a changed or unreadable checkpoint file.
ModelExport exportModel(RunStore& store, std::int64_t run_id, const std::string& stage,
                        const std::string& dir, TensorDtype dtype = TensorDtype::F32);

}  // namespace ef
