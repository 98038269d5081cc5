// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The device names a config, the CLI and the workbench accept: auto | cpu | cuda | cuda:N.
// Parsed in one place; chooseDevice (model/device.h) turns a name into a device LibTorch has.
#include <optional>
#include <string>

namespace ef {

struct DeviceName {
  enum class Kind { Auto, Cpu, Cuda };
  Kind kind = Kind::Auto;
  int index = 0;  // Cuda: the device index ("cuda" is cuda:0)

  // "auto", "cpu" or "cuda:N" ("cuda" is written as cuda:0): one name per physical device.
  std::string canonical() const;
};

// nullopt for anything else ("tpu", "cuda:", "cuda:x", "CPU").
std::optional<DeviceName> parseDeviceName(const std::string& text);

// The message of a bad device name, shared by the config check and chooseDevice.
std::string deviceNameRule(const std::string& got);

}  // namespace ef
