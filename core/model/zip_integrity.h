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

// Reads the central directory (zip64 included), checks every local header against it and every
// entry's data against its CRC-32 (stored entries, and deflated ones through zlib). Throws
// CheckpointError naming the path and, where there is one, the entry.
ZipSummary checkZipIntegrity(const std::string& path);

}  // namespace ef
