// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `eightfold-cli bench --reference`: the same model and shapes run by eager PyTorch (Debian's
// python3-torch, the same LibTorch and OpenBLAS), in the same run, so that the bench prints
// Eightfold ÷ eager for training and KV-cached sampling (docs/architecture.md, "Speed against
// eager PyTorch"). The script (resources/bench/eager_reference.py) is embedded in the binary.
#include <string>

#include "experiment/tools/bench.h"

namespace ef {

struct EagerReference {
  std::string python;         // the interpreter that ran it
  std::string torch_version;  // as the script reports it
  int threads = 0;
  double matmul_fp32_gflops = 0;
  double train_fp32_tokens_per_s = 0;
  double sample_cached_tokens_per_s = 0;
};

// The embedded script's text (generated from resources/bench/eager_reference.py).
const char* eagerReferenceScript();

// The interpreter to use when none is named: Debian's /usr/bin/python3 when it exists (a
// python3 earlier on PATH, e.g. pyenv's, may lack torch), else python3 on PATH.
std::string defaultReferencePython();

// Runs the script on o's shapes with `threads` threads. Throws std::runtime_error naming the
// interpreter and what went wrong: not found, no torch module (and how to install it), a failed
// run (its last stderr line), or output that is not the expected JSON.
EagerReference runEagerReference(const BenchOptions& o, int threads, const std::string& python);

}  // namespace ef
