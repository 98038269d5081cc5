// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The model section of a run config and the GPT shape it gives for a vocabulary.
#include <string>

#include "model/gpt_config.h"
#include "util/field_table.h"

namespace ef {

struct ModelConfig {
  int layers = 2;
  int d_model = 64;
  int heads = 4;
  int context = 64;  // maximum sequence length in tokens (prompt + solution + BOS/EOS)
  double dropout = 0.0;
  std::string position = "learned";  // learned | rotary
  // Architecture choices GPT-2 needs (docs/models.md, "Architecture choices").
  std::string activation = "gelu";  // gelu (erf) | gelu_tanh
  double layer_norm_eps = 1e-5;
  bool bias = true;
  bool tied_head = true;
  // "scratch" or a model folder (config.json + model.safetensors + tokenizer files): the weights,
  // the architecture and the tokenizer then come from the folder.
  std::string init = "scratch";
  // "" = the task's characters (or model.init's tokenizer); else a folder with GPT-2 BPE files.
  std::string tokenizer;

  bool pretrained() const { return init != "scratch"; }
};

FieldList<ModelConfig> modelConfigFields();

// The scratch model's shape for a vocabulary.
GptConfig gptConfigFor(const ModelConfig& cfg, int vocab);
// The model a run trains: gptConfigFor for scratch; for a model folder its config.json, with the
// run's context (at most n_positions) and dropout. Throws ConfigError naming model.init for an
// unreadable folder, and the field for a setting that contradicts config.json (a field left at
// its default takes the folder's value), model.context past n_positions, or a tokenizer larger
// than the model's vocabulary.
GptConfig resolveGptConfig(const ModelConfig& cfg, int tokenizer_vocab);

}  // namespace ef
