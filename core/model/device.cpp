// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/device.h"

#include <torch/torch.h>
#include <torch/version.h>

#include <fstream>
#include <sstream>
#include <thread>
#include <algorithm>

#include "util/config_error.h"
#include "util/device_name.h"

namespace ef {

bool cudaAvailable() {
  return torch::cuda::is_available();
}

bool cpuHasNativeBf16() {
  static const bool has = [] {
    std::ifstream in("/proc/cpuinfo");
    std::string line;
    while (std::getline(in, line)) {
      if (line.rfind("flags", 0) == 0) {
        std::istringstream ws(line);
        std::string flag;
        while (ws >> flag) {
          if (flag == "avx512_bf16" || flag == "amx_bf16") return true;
        }
        return false;
      }
    }
    return false;
  }();
  return has;
}

std::string torchVersion() {
  return TORCH_VERSION;
}

namespace {
thread_local int t_configured_threads = 0;  // per job thread, as OpenMP's thread count is
}  // namespace

int setThreadCount(int threads) {
  int n = threads > 0 ? threads : static_cast<int>(std::thread::hardware_concurrency());
  if (n <= 0) n = 1;
  torch::set_num_threads(n);
  t_configured_threads = n;
  return n;
}

int configuredThreadCount() {
  const int n = t_configured_threads;
  return n > 0 ? n : torch::get_num_threads();
}

int currentThreadCount() {
  return torch::get_num_threads();
}

void useThreads(int threads) {
  torch::set_num_threads(std::max(1, threads));
}

DeviceChoice chooseDevice(const std::string& device, const std::string& precision) {
  const auto name = parseDeviceName(device);
  if (!name) throw ConfigError("device", deviceNameRule(device));
  DeviceChoice c;
  switch (name->kind) {
    case DeviceName::Kind::Auto:
      c.device = cudaAvailable() ? "cuda:0" : "cpu";
      break;
    case DeviceName::Kind::Cpu:
      c.device = "cpu";
      break;
    case DeviceName::Kind::Cuda:
      if (!cudaAvailable()) {
        throw ConfigError("device", "\"" + device +
                                        "\" requested, but this LibTorch has no CUDA device "
                                        "(build against the CUDA LibTorch with Torch_DIR, or use "
                                        "cpu)");
      }
      if (name->index >= static_cast<int>(torch::cuda::device_count())) {
        throw ConfigError("device", "\"" + device + "\" requested, but only " +
                                        std::to_string(torch::cuda::device_count()) +
                                        " CUDA device(s) exist");
      }
      c.device = name->canonical();
      break;
  }
  const bool cuda = c.device != "cpu";
  const bool native_bf16 = cuda || cpuHasNativeBf16();
  if (precision == "auto") {
    // bf16 on GPUs. On CPUs fp32: with OpenBLAS on its proper kernels (blas_tuning.h) fp32
    // training measured 1.35x faster than oneDNN bf16 even on an AVX-512 BF16 CPU.
    c.precision = cuda ? Precision::BF16 : Precision::FP32;
  } else if (precision == "bf16") {
    c.precision = Precision::BF16;
  } else if (precision == "fp32") {
    c.precision = Precision::FP32;
  } else {
    throw ConfigError("precision", "must be auto, fp32 or bf16 (got \"" + precision + "\")");
  }
  std::ostringstream os;
  os << c.device;
  if (!cuda) os << " (" << torch::get_num_threads() << " threads)";
  os << ", " << precisionName(c.precision);
  if (c.precision == Precision::BF16 && !native_bf16)
    os << " (emulated: no native bf16 on this CPU)";
  c.description = os.str();
  return c;
}

}  // namespace ef
