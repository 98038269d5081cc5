// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Private (LibTorch) header: the weights of a model folder (docs/models.md, "Model folders").
// Parameter names follow Hugging Face's GPT-2 (wte, wpe, h.N.ln_1, h.N.attn.c_attn, ...); its
// Conv1D matrices are stored [in, out], the transpose of ours. Reading accepts the names with or
// without the "transformer." prefix; writing uses the prefix, as save_pretrained does.
#include <string>

#include "model/gpt_impl.h"
#include "model/safetensors.h"

namespace ef {

// Copies DIR/model.safetensors into `model` (F32, F16 or BF16 in the file; fp32 parameters).
// Throws ModelFolderError or SafetensorsError naming the file and tensor: a missing tensor, a
// shape other than the model's.
void loadModelWeights(Gpt& model, const std::string& dir);
// Writes DIR/model.safetensors with every parameter in `dtype` (F32, F16 or BF16).
void saveModelWeights(Gpt& model, const std::string& dir, TensorDtype dtype = TensorDtype::F32);

}  // namespace ef
