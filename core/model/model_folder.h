// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A model folder in Hugging Face GPT-2 layout (docs/models.md, "Model folders"): config.json,
// model.safetensors and the tokenizer's files. This header reads and writes config.json
// (torch-free); model_folder_impl.h moves the weights.
#include <stdexcept>
#include <string>

#include "model/gpt_config.h"

namespace ef {

class ModelFolderError : public std::runtime_error {
 public:
  explicit ModelFolderError(const std::string& what) : std::runtime_error(what) {}
};

constexpr const char* kModelConfigFile = "config.json";
constexpr const char* kModelWeightsFile = "model.safetensors";

// The architecture config.json describes (vocab, layers, width, heads, activation, LayerNorm
// epsilon, tied head, position table rows; context = n_positions). Throws ModelFolderError naming
// the file and the field for a missing or unsupported field.
GptConfig readModelConfig(const std::string& dir);
// Writes config.json for `g` (GPT-2 names; a rotary model adds "eightfold_position": "rotary",
// which only Eightfold reads) with the tokenizer's begin and end ids.
void writeModelConfig(const GptConfig& g, int bos_id, int eos_id, const std::string& dir);

}  // namespace ef
