// SPDX-License-Identifier: GPL-3.0-or-later
#include <torch/torch.h>

#include <filesystem>
#include <regex>

#include "model/model_folder.h"
#include "model/model_folder_impl.h"

namespace ef {

namespace {

struct HfName {
  std::string name;
  bool transpose = false;  // Conv1D: stored [in, out]
};

// Our parameter name -> Hugging Face GPT-2's (without the "transformer." prefix).
HfName hfName(const std::string& ours) {
  static const std::regex layer(R"(h(\d+)_(\w+)\.(weight|bias))");
  std::smatch m;
  if (std::regex_match(ours, m, layer)) {
    static const std::pair<const char*, const char*> parts[] = {
        {"ln1", "ln_1"},         {"ln2", "ln_2"},    {"qkv", "attn.c_attn"},
        {"proj", "attn.c_proj"}, {"fc", "mlp.c_fc"}, {"fc_out", "mlp.c_proj"}};
    for (const auto& [a, b] : parts) {
      if (m[2] == a) {
        const bool matrix = m[3] == "weight" && m[2] != "ln1" && m[2] != "ln2";
        return {"h." + m[1].str() + "." + b + "." + m[3].str(), matrix};
      }
    }
  }
  return {ours, false};  // wte.weight, wpe.weight, ln_f.weight, ln_f.bias, lm_head.weight
}

std::string shapeText(torch::IntArrayRef s) {
  std::string out = "[";
  for (std::size_t i = 0; i < s.size(); ++i)
    out += (i ? ", " : "") + std::to_string(s[i]);
  return out + "]";
}

torch::ScalarType scalarType(TensorDtype t, const std::string& where) {
  switch (t) {
    case TensorDtype::F32:
      return torch::kFloat32;
    case TensorDtype::F16:
      return torch::kFloat16;
    case TensorDtype::BF16:
      return torch::kBFloat16;
    default:
      throw ModelFolderError(where + ": dtype " + dtypeName(t) + " is not a weight type");
  }
}

}  // namespace

void loadModelWeights(Gpt& model, const std::string& dir) {
  const std::string path = (std::filesystem::path(dir) / kModelWeightsFile).string();
  const SafetensorsFile file(path);
  torch::NoGradGuard no_grad;
  for (auto& p : model->named_parameters()) {
    const HfName hf = hfName(p.key());
    const TensorEntry* t = file.find(hf.name);
    if (!t) t = file.find("transformer." + hf.name);
    if (!t) t = &file.at(hf.name);  // throws "missing tensor"
    const std::string where = path + ": tensor '" + t->name + "'";
    auto want = p.value().sizes().vec();
    if (hf.transpose) std::swap(want[0], want[1]);
    if (t->shape != want) {
      throw ModelFolderError(where + " has shape " + shapeText(t->shape) + ", the model (" +
                             kModelConfigFile + ") needs " + shapeText(want));
    }
    // A view of the mapped bytes (no copy); copy_ converts to the parameter's dtype and device.
    auto view = torch::from_blob(const_cast<unsigned char*>(file.data(*t)), want,
                                 torch::TensorOptions().dtype(scalarType(t->dtype, where)));
    p.value().copy_(hf.transpose ? view.t() : view);
    file.release(*t);
  }
}

void saveModelWeights(Gpt& model, const std::string& dir, TensorDtype dtype) {
  std::filesystem::create_directories(dir);
  const std::string path = (std::filesystem::path(dir) / kModelWeightsFile).string();
  const auto st = scalarType(dtype, path);
  std::vector<torch::Tensor> keep;  // owns the bytes until written
  std::vector<TensorToWrite> out;
  for (const auto& p : model->named_parameters()) {
    const HfName hf = hfName(p.key());
    auto t = p.value().detach().to(torch::kCPU).to(st);
    if (hf.transpose) t = t.t();
    t = t.contiguous();
    keep.push_back(t);
    out.push_back({"transformer." + hf.name, dtype, t.sizes().vec(), t.data_ptr()});
    if (hf.name == "lm_head.weight") out.back().name = hf.name;  // outside "transformer."
  }
  writeSafetensors(path, out, {{"format", "pt"}});
}

}  // namespace ef
