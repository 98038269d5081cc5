// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/device_name.h"

#include <limits>

namespace ef {

std::string DeviceName::canonical() const {
  switch (kind) {
    case Kind::Auto:
      return "auto";
    case Kind::Cpu:
      return "cpu";
    case Kind::Cuda:
      break;
  }
  return "cuda:" + std::to_string(index);
}

std::optional<DeviceName> parseDeviceName(const std::string& text) {
  DeviceName d;
  if (text == "auto") return d;
  if (text == "cpu") {
    d.kind = DeviceName::Kind::Cpu;
    return d;
  }
  d.kind = DeviceName::Kind::Cuda;
  if (text == "cuda") return d;
  if (text.rfind("cuda:", 0) != 0 || text.size() == 5 || text.size() > 5 + 9) return std::nullopt;
  long index = 0;
  for (std::size_t i = 5; i < text.size(); ++i) {
    if (text[i] < '0' || text[i] > '9') return std::nullopt;
    index = index * 10 + (text[i] - '0');
  }
  d.index = static_cast<int>(index);
  return d;
}

std::string deviceNameRule(const std::string& got) {
  return "must be auto, cpu, cuda or cuda:N (got \"" + got + "\")";
}

}  // namespace ef
