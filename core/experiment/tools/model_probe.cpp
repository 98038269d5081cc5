// SPDX-License-Identifier: GPL-3.0-or-later
#include "experiment/tools/model_probe.h"

#include <torch/torch.h>

#include <chrono>
#include <filesystem>

#include "model/device.h"
#include "model/model_folder.h"
#include "model/model_folder_impl.h"
#include "model/safetensors.h"
#include "rollout/sampler.h"
#include "text/tokenizer_files.h"
#include "util/memory.h"

namespace ef {

namespace {
double mib(std::int64_t bytes) {
  return static_cast<double>(bytes) / (1024.0 * 1024.0);
}
double since(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}
}  // namespace

ModelProbe probeModelFolder(const std::string& dir, const std::string& prompt, int new_tokens,
                            const std::string& device) {
  ModelProbe p;
  p.rss_before_mib = mib(residentBytes());
  const auto t0 = std::chrono::steady_clock::now();
  p.model = readModelConfig(dir);
  const auto tok = readTokenizer(dir, "\n");
  p.tokenizer = tok->kind();
  p.tokenizer_vocab = tok->vocabSize();
  {
    const SafetensorsFile f((std::filesystem::path(dir) / kModelWeightsFile).string());
    if (!f.tensors().empty()) p.weights_dtype = dtypeName(f.tensors().front().dtype);
  }
  torch::NoGradGuard no_grad;
  Gpt model(p.model);
  loadModelWeights(model, dir);
  const DeviceChoice d = chooseDevice(device, "auto");
  model->to(torch::Device(d.device));
  model->setPrecision(d.precision);
  model->eval();
  p.load_s = since(t0);
  p.prompt_ids = {tok->bos()};
  const auto ids = tok->encode(prompt);
  p.prompt_ids.insert(p.prompt_ids.end(), ids.begin(), ids.end());
  SampleOptions so;
  so.temperature = 0;
  so.max_new_tokens = new_tokens;
  so.stop_token = tok->eos();
  auto gen = at::make_generator<at::CPUGeneratorImpl>(1);
  const auto t1 = std::chrono::steady_clock::now();
  p.generated = generate(model, {p.prompt_ids}, so, gen).tokens.at(0);
  p.generate_s = since(t1);
  p.continuation = tok->decode(p.generated);
  p.peak_rss_mib = mib(peakResidentBytes());
  return p;
}

}  // namespace ef
