// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/model_config.h"

#include <cmath>
#include <filesystem>

#include "model/model_folder.h"
#include "util/config_error.h"

namespace ef {

FieldList<ModelConfig> modelConfigFields() {
  FieldList<ModelConfig> f;
  f.integer("layers", &ModelConfig::layers, 1, 64)
      .label(EF_TRANSLATABLE("ef::Fields", "Layers"))
      .help(EF_TRANSLATABLE("ef::Fields", "Transformer blocks"));
  f.integer("d_model", &ModelConfig::d_model, 8, 8192)
      .label(EF_TRANSLATABLE("ef::Fields", "d_model"))
      .help(EF_TRANSLATABLE("ef::Fields", "Width of the residual stream"));
  f.integer("heads", &ModelConfig::heads, 1, 128)
      .label(EF_TRANSLATABLE("ef::Fields", "Attention heads"))
      .help(EF_TRANSLATABLE("ef::Fields", "Must divide d_model"));
  f.integer("context", &ModelConfig::context, 8, 65536)
      .label(EF_TRANSLATABLE("ef::Fields", "Context"))
      .help(EF_TRANSLATABLE("ef::Fields",
                            "Longest sequence: prompt, solution and the begin/end tokens"))
      .unit(EF_TRANSLATABLE("ef::Fields", "tokens"));
  f.number("dropout", &ModelConfig::dropout, 0.0, 0.9)
      .label(EF_TRANSLATABLE("ef::Fields", "Dropout"))
      .help(EF_TRANSLATABLE("ef::Fields", "Dropout probability during training"));
  f.choice("position", &ModelConfig::position, {"learned", "rotary"})
      .label(EF_TRANSLATABLE("ef::Fields", "Positions"))
      .help(EF_TRANSLATABLE("ef::Fields",
                            "learned: absolute position embeddings; rotary: RoPE in attention"));
  f.choice("activation", &ModelConfig::activation, {"gelu", "gelu_tanh"})
      .label(EF_TRANSLATABLE("ef::Fields", "Activation"))
      .help(EF_TRANSLATABLE("ef::Fields",
                            "gelu: exact (erf) GELU; gelu_tanh: its tanh approximation (GPT-2)"));
  f.positive("layer_norm_eps", &ModelConfig::layer_norm_eps)
      .label(EF_TRANSLATABLE("ef::Fields", "LayerNorm epsilon"))
      .help(EF_TRANSLATABLE("ef::Fields", "Added to the variance in every LayerNorm"));
  f.flag("bias", &ModelConfig::bias)
      .label(EF_TRANSLATABLE("ef::Fields", "Biases"))
      .help(EF_TRANSLATABLE("ef::Fields", "Biases in the attention and MLP projections"));
  f.flag("tied_head", &ModelConfig::tied_head)
      .label(EF_TRANSLATABLE("ef::Fields", "Tied output head"))
      .help(EF_TRANSLATABLE("ef::Fields",
                            "The output matrix is the token embedding (else a matrix of its own)"));
  f.text("init", &ModelConfig::init)
      .label(EF_TRANSLATABLE("ef::Fields", "Initial weights"))
      .help(
          EF_TRANSLATABLE("ef::Fields",
                          "scratch, or a model folder (Hugging Face GPT-2 layout, or one that "
                          "export model wrote): architecture, weights and tokenizer come from it"))
      .suggest({"scratch"});
  f.text("tokenizer", &ModelConfig::tokenizer)
      .label(EF_TRANSLATABLE("ef::Fields", "Tokenizer"))
      .help(EF_TRANSLATABLE("ef::Fields",
                            "A folder with GPT-2 BPE files (vocab.json + merges.txt or "
                            "encoder.json + vocab.bpe) for a scratch model"))
      .whenEmpty(EF_TRANSLATABLE("ef::Fields", "the task's characters (or model.init's)"));
  return f;
}

GptConfig gptConfigFor(const ModelConfig& cfg, int vocab) {
  GptConfig g;
  g.vocab = vocab;
  g.context = cfg.context;
  g.layers = cfg.layers;
  g.d_model = cfg.d_model;
  g.heads = cfg.heads;
  g.dropout = cfg.dropout;
  g.rotary = cfg.position == "rotary";
  g.gelu_tanh = cfg.activation == "gelu_tanh";
  g.ln_eps = cfg.layer_norm_eps;
  g.bias = cfg.bias;
  g.tied_head = cfg.tied_head;
  return g;
}

GptConfig resolveGptConfig(const ModelConfig& cfg, int tokenizer_vocab) {
  if (!cfg.pretrained()) return gptConfigFor(cfg, tokenizer_vocab);
  if (!std::filesystem::is_directory(cfg.init)) {
    throw ConfigError("model.init",
                      "'" + cfg.init +
                          "' is not a folder. Download a GPT-2 model folder "
                          "(config.json, model.safetensors, vocab.json, merges.txt; e.g. "
                          "huggingface.co/openai-community/gpt2) and set model.init to it, or "
                          "use \"scratch\"");
  }
  GptConfig g;
  try {
    g = readModelConfig(cfg.init);
  } catch (const ModelFolderError& e) {
    throw ConfigError("model.init", e.what());
  }
  const ModelConfig def;
  const GptConfig folder = g;
  // A field set away from its default must agree with the folder.
  const auto agree = [&](const char* field, bool set, bool same, const std::string& folder_value) {
    if (set && !same) {
      throw ConfigError(std::string("model.") + field,
                        "contradicts model.init's config.json (" + folder_value +
                            "); leave it out to take the folder's value");
    }
  };
  agree("layers", cfg.layers != def.layers, cfg.layers == folder.layers,
        "n_layer " + std::to_string(folder.layers));
  agree("d_model", cfg.d_model != def.d_model, cfg.d_model == folder.d_model,
        "n_embd " + std::to_string(folder.d_model));
  agree("heads", cfg.heads != def.heads, cfg.heads == folder.heads,
        "n_head " + std::to_string(folder.heads));
  agree("position", cfg.position != def.position, (cfg.position == "rotary") == folder.rotary,
        folder.rotary ? "rotary positions" : "learned positions");
  agree("activation", cfg.activation != def.activation,
        (cfg.activation == "gelu_tanh") == folder.gelu_tanh,
        folder.gelu_tanh ? "activation_function gelu_new" : "activation_function gelu");
  agree("layer_norm_eps", cfg.layer_norm_eps != def.layer_norm_eps,
        std::abs(cfg.layer_norm_eps - folder.ln_eps) <= 1e-12 * folder.ln_eps,
        "layer_norm_epsilon " + std::to_string(folder.ln_eps));
  agree("bias", cfg.bias != def.bias, cfg.bias == folder.bias, "biases");
  agree("tied_head", cfg.tied_head != def.tied_head, cfg.tied_head == folder.tied_head,
        folder.tied_head ? "tie_word_embeddings true" : "tie_word_embeddings false");
  if (!cfg.tokenizer.empty()) {
    throw ConfigError("model.tokenizer",
                      "comes from model.init's folder; leave it empty with a model folder");
  }
  if (!folder.rotary && cfg.context > folder.positionRows()) {
    throw ConfigError("model.context", "is " + std::to_string(cfg.context) +
                                           ", more than model.init's n_positions " +
                                           std::to_string(folder.positionRows()));
  }
  if (tokenizer_vocab > folder.vocab) {
    throw ConfigError("model.init", "its tokenizer has " + std::to_string(tokenizer_vocab) +
                                        " tokens, more than vocab_size " +
                                        std::to_string(folder.vocab) + " in config.json");
  }
  g.context = cfg.context;
  g.dropout = cfg.dropout;
  return g;
}

}  // namespace ef
