// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Private (LibTorch) header: turning examples into padded training batches.
#include <ATen/core/Tensor.h>

#include <cstdint>
#include <vector>

#include "text/encoding.h"

namespace ef {

struct Batch {
  at::Tensor input;   // [B, T] int64, right-padded with PAD
  at::Tensor target;  // [B, T] int64, -100 where no loss is taken
  at::Tensor weight;  // [B, T] float, the targets' loss weights; undefined when all weigh 1
  std::int64_t loss_tokens = 0;
  std::int64_t tokens = 0;  // real (non-padding) input tokens
};

Batch makeBatch(const std::vector<Example>& examples, const std::vector<std::size_t>& indices,
                const at::Device& device);

}  // namespace ef
