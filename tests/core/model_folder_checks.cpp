// SPDX-License-Identifier: GPL-3.0-or-later
// Model folders against independent reference numbers (declared in model_checks.h).
#include <torch/torch.h>

#include <fstream>
#include <nlohmann/json.hpp>

#include "core/model_checks.h"
#include "model/fast_decoder.h"
#include "model/model_folder.h"
#include "model/model_folder_impl.h"
#include "model/safetensors.h"

namespace ef::checks {

ReferenceLogits tinyGpt2Logits(const std::string& data_dir) {
  torch::NoGradGuard ng;
  const std::string folder = data_dir + "/tiny";
  GptConfig g = readModelConfig(folder);
  Gpt model(g);
  loadModelWeights(model, folder);
  model->eval();
  std::ifstream in(data_dir + "/tiny_logits.json");
  const auto seqs = nlohmann::json::parse(in)["sequences"];
  const SafetensorsFile ref(data_dir + "/tiny_logits.safetensors");
  ReferenceLogits out;
  out.full_max_diff = out.cached_max_diff = out.fast_max_diff = 0;
  const FastWeights fast = model->fastWeights();
  for (std::size_t i = 0; i < seqs.size(); ++i) {
    const auto ids = seqs[i].get<std::vector<std::int64_t>>();
    const auto T = static_cast<std::int64_t>(ids.size());
    const auto& entry = ref.at("logits." + std::to_string(i));
    auto want = torch::tensor(ref.toFloat(entry)).view({T, g.vocab});
    auto idx = torch::tensor(ids, torch::kLong).view({1, T});
    auto full = model->forward(idx)[0];
    out.full_max_diff = std::max(out.full_max_diff, (full - want).abs().max().item<double>());
    out.max_abs_logit = std::max(out.max_abs_logit, want.abs().max().item<double>());
    KvCache cache = model->makeCache(1, T);
    for (std::int64_t t = 0; t < T; ++t) {
      auto step =
          model->forwardCached(idx.narrow(1, t, 1), torch::ones({1, 1}, torch::kBool), cache)[0][0];
      out.cached_max_diff =
          std::max(out.cached_max_diff, (step - want[t]).abs().max().item<double>());
    }
    FastDecoder decoder(fast, 1, static_cast<int>(T));
    std::vector<float> logits;
    decoder.append({0}, {std::vector<int>(ids.begin(), ids.end())}, logits, true);
    auto got = torch::from_blob(logits.data(), {T, g.vocab}, torch::kFloat32);
    out.fast_max_diff = std::max(out.fast_max_diff, (got - want).abs().max().item<double>());
    ++out.sequences;
  }
  return out;
}

FolderRoundTrip modelFolderRoundTrip(const GptConfig& g, const std::string& dir,
                                     const std::string& dtype_name) {
  TensorDtype dtype = TensorDtype::F32;
  parseDtype(dtype_name, dtype);
  torch::manual_seed(11);
  Gpt a(g);
  {
    torch::NoGradGuard ng;
    for (auto& p : a->parameters())  // biases and LayerNorms too, so that every tensor counts
      p.add_(torch::randn_like(p) * 0.1);
  }
  writeModelConfig(g, 1, 2, dir);
  saveModelWeights(a, dir, dtype);
  FolderRoundTrip rt;
  GptConfig back = readModelConfig(dir);
  back.context = g.context;  // the run's choice, not the folder's
  back.dropout = g.dropout;
  if (back.rotary) back.positions = g.positions;
  rt.config_equal = back.vocab == g.vocab && back.layers == g.layers && back.d_model == g.d_model &&
                    back.heads == g.heads && back.rotary == g.rotary &&
                    back.gelu_tanh == g.gelu_tanh && back.ln_eps == g.ln_eps &&
                    back.bias == g.bias && back.tied_head == g.tied_head &&
                    back.positionRows() == g.positionRows();
  Gpt b(back);
  loadModelWeights(b, dir);
  const auto st = dtype == TensorDtype::F16    ? torch::kFloat16
                  : dtype == TensorDtype::BF16 ? torch::kBFloat16
                                               : torch::kFloat32;
  rt.weights_identical = true;
  rt.max_diff_to_fp32 = 0;
  const auto pa = a->named_parameters(), pb = b->named_parameters();
  for (const auto& p : pa) {
    const auto& q = pb[p.key()];
    rt.weights_identical =
        rt.weights_identical && torch::equal(p.value().to(st).to(torch::kFloat32), q);
    rt.max_diff_to_fp32 = std::max(rt.max_diff_to_fp32, (p.value() - q).abs().max().item<double>());
  }
  return rt;
}

std::string modelWeightsLoadError(const GptConfig& g, const std::string& dir) {
  try {
    Gpt m(g);
    loadModelWeights(m, dir);
  } catch (const std::exception& e) {
    return e.what();
  }
  return "";
}

}  // namespace ef::checks
