// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Checkpoints: model + optimizer + RNG state + step + config, with a format version
// (torch-free facade; saving and loading live in checkpoint_impl.h).
#include <cstdint>
#include <stdexcept>
#include <string>

#include "model/gpt_config.h"

namespace ef {

constexpr int kCheckpointFormatVersion = 1;

class CheckpointError : public std::runtime_error {
 public:
  explicit CheckpointError(const std::string& what) : std::runtime_error(what) {}
};

struct CheckpointInfo {
  int format_version = kCheckpointFormatVersion;
  std::string stage;      // "sft", ...
  std::int64_t step = 0;  // optimizer steps done
  GptConfig model;
  std::string precision;       // precision it was trained in
  std::string config_json;     // the run config
  std::string tokenizer;       // symbols joined by \x1f, to check compatibility on load
  bool has_optimizer = false;  // read back: the file holds optimizer state (for a resume)
};

// Reads only the metadata; throws CheckpointError naming the path and the problem.
CheckpointInfo readCheckpointInfo(const std::string& path);

}  // namespace ef
