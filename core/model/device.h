// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Device, precision and thread selection (torch-free facade).
#include <string>

#include "model/gpt_config.h"

namespace ef {

struct DeviceChoice {
  std::string device;  // "cpu", "cuda:0", ...
  Precision precision = Precision::FP32;
  std::string description;  // for logs: "cpu (2 threads, bf16: AVX-512 BF16)"
};

// device: auto | cpu | cuda | cuda:N; precision: auto | fp32 | bf16. "auto" picks CUDA when
// LibTorch has it; precision auto is bf16 on CUDA and fp32 on CPUs (see device.cpp). An explicit
// bf16 on a CPU without native bf16 is allowed but reported as emulated. Throws ConfigError
// naming "device" or "precision".
DeviceChoice chooseDevice(const std::string& device, const std::string& precision);

// LibTorch intra-op threads; 0 = all logical CPUs. Call before any tensor work on this thread.
int setThreadCount(int threads);
// The count the job set with setThreadCount (LibTorch's current count before any).
int configuredThreadCount();
// LibTorch's thread count now.
int currentThreadCount();
// Runs the following LibTorch work with `threads` threads (the thread governor's choice), without
// changing the job's configured count.
void useThreads(int threads);

bool cudaAvailable();
bool cpuHasNativeBf16();
std::string torchVersion();

}  // namespace ef
