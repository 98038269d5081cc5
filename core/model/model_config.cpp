#include "model/model_config.h"

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
  return g;
}

}  // namespace ef
