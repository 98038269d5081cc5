#pragma once
// SHA-256 (FIPS 180-4), for checkpoint integrity hashes in the store.
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>

namespace ef {

class Sha256 {
 public:
  Sha256();
  void update(const void* data, std::size_t len);
  std::array<std::uint8_t, 32> digest();  // finalises; the object must not be updated afterwards
  static std::string hex(const std::array<std::uint8_t, 32>& d);

 private:
  void compress(const std::uint8_t* block);
  std::array<std::uint32_t, 8> h_;
  std::array<std::uint8_t, 64> buf_{};
  std::size_t buf_len_ = 0;
  std::uint64_t total_ = 0;
};

std::string sha256Hex(const std::string& data);
// Throws std::runtime_error naming the path if it cannot be read.
std::string sha256OfFile(const std::string& path);

}  // namespace ef
