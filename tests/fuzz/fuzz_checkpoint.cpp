// SPDX-License-Identifier: GPL-3.0-or-later
// The checkpoint loader (model/checkpoint_impl.h) on arbitrary files: CheckpointError is the
// expected answer to a broken, foreign or mis-shaped file; an accepted file's model loads into a
// model of the shape its metadata names. Built by the `asan` preset (it needs LibTorch, which is
// not instrumented; the loader and this file are), run by tests/fuzz/smoke.sh like the others.
#include <torch/torch.h>

#include <cstdint>

#include "fuzz_input.h"
#include "model/checkpoint_impl.h"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  torch::set_num_threads(1);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string& path = ef::fuzz::inputFile(data, size, ".pt");
  try {
    const ef::CheckpointInfo info = ef::readCheckpointInfo(path);
    const ef::GptConfig& m = info.model;
    if (m.vocab < 1 || m.context < 1 || m.layers < 0 || m.d_model < 1 || m.heads < 1 ||
        m.d_model % m.heads != 0 || (m.positions > 0 && m.positions < m.context))
      __builtin_trap();  // readCheckpointInfo promises a usable shape
    // Models a fuzzed header could name are only built when small.
    const std::int64_t params = std::int64_t(m.layers) * 12 * m.d_model * m.d_model +
                                std::int64_t(m.vocab + m.context) * m.d_model;
    if (params > (1 << 22) || m.layers > 8 || m.positionRows() > 4096) return 0;
    ef::Gpt model(m);
    try {
      ef::loadCheckpoint(path, model, nullptr);
    } catch (const ef::CheckpointError&) {
    }
  } catch (const ef::CheckpointError&) {
  }
  return 0;
}
