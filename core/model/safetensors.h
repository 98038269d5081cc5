// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The safetensors file format (docs/models.md, "safetensors"): an 8-byte little-endian header
// length N, N bytes of JSON naming each tensor's dtype, shape and byte range, then the data region.
// Reading maps the file (no copy of the tensor data); every structural problem is a
// SafetensorsError naming the file and the tensor. Torch-free: the model layer wraps the mapped
// bytes into tensors.
#include <cstdint>
#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

namespace ef {

class SafetensorsError : public std::runtime_error {
 public:
  explicit SafetensorsError(const std::string& what) : std::runtime_error(what) {}
};

enum class TensorDtype { F32, F16, BF16, F64, I64, I32, I16, I8, U8, Bool };

const char* dtypeName(TensorDtype t);  // "F32", ... as in the header
std::size_t dtypeSize(TensorDtype t);  // bytes per element
bool parseDtype(const std::string& name, TensorDtype& out);

struct TensorEntry {
  std::string name;
  TensorDtype dtype = TensorDtype::F32;
  std::vector<std::int64_t> shape;
  std::uint64_t begin = 0, end = 0;  // byte range inside the data region

  std::int64_t elements() const;
};

class SafetensorsFile {
 public:
  // Maps and checks the whole header: header length inside the file, JSON object, known dtypes,
  // offsets inside the data region and not overlapping, shape x dtype size = byte length.
  explicit SafetensorsFile(const std::string& path);
  ~SafetensorsFile();
  SafetensorsFile(const SafetensorsFile&) = delete;
  SafetensorsFile& operator=(const SafetensorsFile&) = delete;

  const std::string& path() const { return path_; }
  const std::vector<TensorEntry>& tensors() const { return tensors_; }  // in file order
  const std::map<std::string, std::string>& metadata() const { return metadata_; }
  const TensorEntry* find(const std::string& name) const;
  // Throws SafetensorsError "missing tensor 'name'".
  const TensorEntry& at(const std::string& name) const;
  // The entry's bytes inside the mapping (valid while this object lives).
  const unsigned char* data(const TensorEntry& t) const;
  // Hands the entry's pages back to the kernel once its bytes were copied (the mapping stays
  // valid: a later read faults them in again). Keeps a model load's peak memory near the model's
  // own size instead of model + file.
  void release(const TensorEntry& t) const;
  // The values converted to float (F32, F16, BF16, F64; others throw).
  std::vector<float> toFloat(const TensorEntry& t) const;

 private:
  std::string path_;
  void* map_ = nullptr;
  std::uint64_t size_ = 0;
  std::uint64_t data_start_ = 0;
  std::vector<TensorEntry> tensors_;
  std::map<std::string, std::string> metadata_;
};

struct TensorToWrite {
  std::string name;
  TensorDtype dtype = TensorDtype::F32;
  std::vector<std::int64_t> shape;
  const void* data = nullptr;  // shape x dtype size bytes, little-endian, row-major
};

// Writes the tensors in the given order (each aligned to 8 bytes) with __metadata__, through a
// temporary file renamed over `path`. Throws SafetensorsError on a duplicate name or an I/O error.
void writeSafetensors(const std::string& path, const std::vector<TensorToWrite>& tensors,
                      const std::map<std::string, std::string>& metadata = {});

// IEEE half and bfloat16 to float and back (round to nearest even).
float halfToFloat(std::uint16_t h);
float bfloat16ToFloat(std::uint16_t b);
std::uint16_t floatToHalf(float f);
std::uint16_t floatToBfloat16(float f);

}  // namespace ef
