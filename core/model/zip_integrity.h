// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Integrity of a checkpoint's zip container, checked before LibTorch parses it
// (docs/models.md, "Checkpoints"). LibTorch's bundled zip reader does not verify
// CRC-32, so a flipped byte inside an entry reaches its TorchScript importer, which can crash on
// it; every entry's CRC-32 is therefore verified here first.
#include <cstdint>
#include <string>

namespace ef {

struct ZipSummary {
  std::int64_t entries = 0;     // files in the archive
  std::int64_t data_bytes = 0;  // their uncompressed bytes, all checked
};

// Opens the archive with libzip (end records, zip64, every local header against the central
// directory) and reads every entry to its end, where libzip checks its CRC-32 (stored and deflated
// entries). Throws CheckpointError naming the path and, where libzip says which, the entry.
ZipSummary checkZipIntegrity(const std::string& path);

}  // namespace ef
