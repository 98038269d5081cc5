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
};

FieldList<ModelConfig> modelConfigFields();

GptConfig gptConfigFor(const ModelConfig& cfg, int vocab);

}  // namespace ef
