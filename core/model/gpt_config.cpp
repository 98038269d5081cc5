// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/gpt_config.h"

#include <sstream>

namespace ef {

std::int64_t GptConfig::parameterCount() const {
  const std::int64_t d = d_model;
  const std::int64_t b = bias ? 1 : 0;
  const std::int64_t per_layer = 4 * d                    // two LayerNorms
                                 + d * 3 * d + 3 * d * b  // qkv
                                 + d * d + d * b          // attention projection
                                 + d * 4 * d + 4 * d * b  // fc
                                 + 4 * d * d + d * b;     // fc_out
  const std::int64_t pos_table = rotary ? 0 : static_cast<std::int64_t>(positionRows()) * d;
  const std::int64_t head = tied_head ? 0 : static_cast<std::int64_t>(vocab) * d;
  return static_cast<std::int64_t>(vocab) * d + pos_table + layers * per_layer + 2 * d + head;
}

double GptConfig::trainFlopsPerToken(int seq_len) const {
  const double n_matmul =
      static_cast<double>(layers) * 12.0 * d_model * d_model + static_cast<double>(vocab) * d_model;
  return 6.0 * n_matmul + 12.0 * layers * d_model * seq_len;
}

std::string GptConfig::describe() const {
  std::ostringstream os;
  os << layers << " layers, d_model " << d_model << ", " << heads << " heads, context " << context
     << (rotary ? ", rotary positions" : "") << ", " << static_cast<double>(parameterCount()) / 1e6
     << "M parameters";
  return os.str();
}

const char* precisionName(Precision p) {
  return p == Precision::BF16 ? "bf16" : "fp32";
}

}  // namespace ef
