// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// SHA-256 (FIPS 180-4) through OpenSSL's libcrypto (EVP interface), for the checkpoint hashes the
// workspace records and checks on load.
#include <string>

namespace ef {

// Lower-case hex digest of `data`.
std::string sha256Hex(const std::string& data);
// Digest of a file's bytes, read in blocks; throws std::runtime_error naming the path if it cannot
// be read.
std::string sha256OfFile(const std::string& path);

}  // namespace ef
