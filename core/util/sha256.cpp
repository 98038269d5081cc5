// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/sha256.h"

#include <openssl/evp.h>

#include <array>
#include <cstdio>
#include <fstream>
#include <memory>
#include <stdexcept>

namespace ef {
namespace {

// One digest computation; throws std::runtime_error if libcrypto fails.
class Digest {
 public:
  Digest() : ctx_(EVP_MD_CTX_new(), &EVP_MD_CTX_free) {
    if (!ctx_ || EVP_DigestInit_ex(ctx_.get(), EVP_sha256(), nullptr) != 1)
      throw std::runtime_error("SHA-256: libcrypto could not start a digest");
  }
  void update(const void* data, std::size_t len) {
    if (EVP_DigestUpdate(ctx_.get(), data, len) != 1)
      throw std::runtime_error("SHA-256: libcrypto failed to hash data");
  }
  std::string hex() {
    std::array<unsigned char, EVP_MAX_MD_SIZE> md{};
    unsigned int len = 0;
    if (EVP_DigestFinal_ex(ctx_.get(), md.data(), &len) != 1)
      throw std::runtime_error("SHA-256: libcrypto failed to finish a digest");
    static const char* digits = "0123456789abcdef";
    std::string out;
    out.reserve(2 * len);
    for (unsigned int i = 0; i < len; ++i) {
      out += digits[md[i] >> 4];
      out += digits[md[i] & 0xf];
    }
    return out;
  }

 private:
  std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx_;
};

}  // namespace

std::string sha256Hex(const std::string& data) {
  Digest d;
  d.update(data.data(), data.size());
  return d.hex();
}

std::string sha256OfFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read '" + path + "' to hash it");
  Digest d;
  std::array<char, 1 << 16> buf{};
  while (in) {
    in.read(buf.data(), static_cast<std::streamsize>(buf.size()));
    if (in.gcount() > 0) d.update(buf.data(), static_cast<std::size_t>(in.gcount()));
  }
  if (in.bad()) throw std::runtime_error("error while reading '" + path + "' to hash it");
  return d.hex();
}

}  // namespace ef
