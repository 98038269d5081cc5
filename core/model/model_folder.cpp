// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/model_folder.h"

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

namespace ef {

namespace fs = std::filesystem;

namespace {

int requireInt(const nlohmann::json& j, const std::string& file, const char* key,
               const char* alt = nullptr) {
  const char* k = j.contains(key) ? key : (alt && j.contains(alt) ? alt : nullptr);
  if (!k) throw ModelFolderError(file + ": no \"" + key + "\"");
  if (!j[k].is_number_integer() || j[k].get<long long>() <= 0)
    throw ModelFolderError(file + ": \"" + k + "\" is not a positive integer");
  return j[k].get<int>();
}

}  // namespace

GptConfig readModelConfig(const std::string& dir) {
  const std::string file = (fs::path(dir) / kModelConfigFile).string();
  std::ifstream in(file);
  if (!in) throw ModelFolderError(file + ": cannot read (is model.init a model folder?)");
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(in);
  } catch (const nlohmann::json::exception& e) {
    throw ModelFolderError(file + ": not JSON (" + e.what() + ")");
  }
  if (!j.is_object()) throw ModelFolderError(file + ": not a JSON object");
  const std::string type = j.value("model_type", "gpt2");
  if (type != "gpt2") {
    throw ModelFolderError(file + ": model_type \"" + type +
                           "\" is not supported (only the GPT-2 family)");
  }
  GptConfig g;
  g.vocab = requireInt(j, file, "vocab_size");
  g.positions = requireInt(j, file, "n_positions", "n_ctx");
  g.context = g.positions;
  g.d_model = requireInt(j, file, "n_embd");
  g.layers = requireInt(j, file, "n_layer");
  g.heads = requireInt(j, file, "n_head");
  if (g.d_model % g.heads != 0) throw ModelFolderError(file + ": n_head does not divide n_embd");
  if (j.contains("n_inner") && !j["n_inner"].is_null() &&
      j["n_inner"] != nlohmann::json(4 * g.d_model)) {
    throw ModelFolderError(file + ": n_inner " + j["n_inner"].dump() +
                           " is not supported (only 4 x n_embd)");
  }
  const std::string act = j.value("activation_function", "gelu_new");
  if (act == "gelu_new" || act == "gelu_pytorch_tanh") {
    g.gelu_tanh = true;
  } else if (act == "gelu") {
    g.gelu_tanh = false;
  } else {
    throw ModelFolderError(file + ": activation_function \"" + act +
                           "\" is not supported (gelu_new, gelu_pytorch_tanh or gelu)");
  }
  if (j.contains("layer_norm_epsilon")) {
    if (!j["layer_norm_epsilon"].is_number() || j["layer_norm_epsilon"].get<double>() <= 0)
      throw ModelFolderError(file + ": layer_norm_epsilon is not a positive number");
    g.ln_eps = j["layer_norm_epsilon"].get<double>();
  }
  g.tied_head = j.value("tie_word_embeddings", true);
  for (const char* flag : {"scale_attn_by_inverse_layer_idx", "add_cross_attention"}) {
    if (j.value(flag, false))
      throw ModelFolderError(file + ": " + flag + " = true is not supported");
  }
  if (!j.value("scale_attn_weights", true))
    throw ModelFolderError(file + ": scale_attn_weights = false is not supported");
  const std::string pos = j.value("eightfold_position", "learned");
  if (pos != "learned" && pos != "rotary")
    throw ModelFolderError(file + ": eightfold_position must be \"learned\" or \"rotary\"");
  g.rotary = pos == "rotary";
  if (g.rotary) g.positions = 0;
  g.bias = true;  // GPT-2 has biases in every projection
  return g;
}

void writeModelConfig(const GptConfig& g, int bos_id, int eos_id, const std::string& dir) {
  if (!g.bias) {
    throw ModelFolderError("a model without biases has no GPT-2 layout (model.bias = false)");
  }
  nlohmann::ordered_json j;
  j["model_type"] = "gpt2";
  j["architectures"] = {"GPT2LMHeadModel"};
  j["vocab_size"] = g.vocab;
  j["n_positions"] = g.rotary ? g.context : g.positionRows();
  j["n_ctx"] = j["n_positions"];
  j["n_embd"] = g.d_model;
  j["n_layer"] = g.layers;
  j["n_head"] = g.heads;
  j["n_inner"] = nullptr;
  j["activation_function"] = g.gelu_tanh ? "gelu_new" : "gelu";
  j["layer_norm_epsilon"] = g.ln_eps;
  j["tie_word_embeddings"] = g.tied_head;
  j["resid_pdrop"] = g.dropout;
  j["embd_pdrop"] = g.dropout;
  j["attn_pdrop"] = g.dropout;
  j["scale_attn_weights"] = true;
  j["bos_token_id"] = bos_id;
  j["eos_token_id"] = eos_id;
  if (g.rotary) j["eightfold_position"] = "rotary";
  fs::create_directories(dir);
  const std::string file = (fs::path(dir) / kModelConfigFile).string();
  std::ofstream out(file, std::ios::trunc);
  out << j.dump(2) << "\n";
  if (!out) throw ModelFolderError(file + ": cannot write");
}

}  // namespace ef
