// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/safetensors.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <limits>
#include <fstream>
#include <nlohmann/json.hpp>
#include <unordered_set>

namespace ef {

namespace {

struct DtypeInfo {
  TensorDtype dtype;
  const char* name;
  std::size_t size;
};
constexpr DtypeInfo kDtypes[] = {{TensorDtype::F32, "F32", 4},   {TensorDtype::F16, "F16", 2},
                                 {TensorDtype::BF16, "BF16", 2}, {TensorDtype::F64, "F64", 8},
                                 {TensorDtype::I64, "I64", 8},   {TensorDtype::I32, "I32", 4},
                                 {TensorDtype::I16, "I16", 2},   {TensorDtype::I8, "I8", 1},
                                 {TensorDtype::U8, "U8", 1},     {TensorDtype::Bool, "BOOL", 1}};

// A header larger than this is not a model header (the format's reference reader uses 100 MB).
constexpr std::uint64_t kMaxHeader = 100ull << 20;

[[noreturn]] void fail(const std::string& path, const std::string& what) {
  throw SafetensorsError(path + ": " + what);
}

std::uint64_t readLe64(const unsigned char* p) {
  std::uint64_t v = 0;
  for (int i = 7; i >= 0; --i)
    v = (v << 8) | p[i];
  return v;
}

}  // namespace

const char* dtypeName(TensorDtype t) {
  for (const auto& d : kDtypes)
    if (d.dtype == t) return d.name;
  return "?";
}

std::size_t dtypeSize(TensorDtype t) {
  for (const auto& d : kDtypes)
    if (d.dtype == t) return d.size;
  return 0;
}

bool parseDtype(const std::string& name, TensorDtype& out) {
  for (const auto& d : kDtypes) {
    if (name == d.name) {
      out = d.dtype;
      return true;
    }
  }
  return false;
}

namespace {

// The byte length of a shape of `element_size`-byte values; false when it does not fit in 63 bits
// (a hostile header's [4294967296, 4294967296] would otherwise wrap past the length check).
bool shapeBytes(const std::vector<std::int64_t>& shape, std::uint64_t element_size,
                std::uint64_t& bytes) {
  std::uint64_t n = element_size;
  for (const std::int64_t s : shape) {
    if (__builtin_mul_overflow(n, static_cast<std::uint64_t>(s), &n)) return false;
  }
  if (n > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) return false;
  bytes = n;
  return true;
}

// One tensor's header entry: dtype, shape and data_offsets checked against the data region.
TensorEntry parseEntry(const std::string& path, const std::string& name, const nlohmann::json& v,
                       std::uint64_t data_size) {
  const std::string where = "tensor '" + name + "': ";
  if (!v.is_object()) fail(path, where + "entry is not an object");
  TensorEntry t;
  t.name = name;
  if (!v.contains("dtype") || !v["dtype"].is_string()) fail(path, where + "no dtype");
  const std::string dt = v["dtype"].get<std::string>();
  if (!parseDtype(dt, t.dtype)) fail(path, where + "unknown dtype '" + dt + "'");
  if (!v.contains("shape") || !v["shape"].is_array()) fail(path, where + "no shape array");
  for (const auto& s : v["shape"]) {
    if (!s.is_number_integer() || s.get<std::int64_t>() < 0)
      fail(path, where + "shape has an entry that is not a non-negative integer");
    t.shape.push_back(s.get<std::int64_t>());
  }
  const auto& off = v.contains("data_offsets") ? v["data_offsets"] : nlohmann::json();
  if (!off.is_array() || off.size() != 2 || !off[0].is_number_unsigned() ||
      !off[1].is_number_unsigned()) {
    fail(path, where + "data_offsets is not a pair of non-negative integers");
  }
  t.begin = off[0].get<std::uint64_t>();
  t.end = off[1].get<std::uint64_t>();
  if (t.begin > t.end) {
    fail(path, where + "data_offsets [" + std::to_string(t.begin) + ", " + std::to_string(t.end) +
                   ") end before they begin");
  }
  if (t.end > data_size) {
    fail(path, where + "data_offsets [" + std::to_string(t.begin) + ", " + std::to_string(t.end) +
                   ") leave the data region of " + std::to_string(data_size) +
                   " bytes (truncated file?)");
  }
  std::string shape;
  for (auto s : t.shape)
    shape += (shape.empty() ? "" : ", ") + std::to_string(s);
  std::uint64_t want = 0;
  if (!shapeBytes(t.shape, dtypeSize(t.dtype), want))
    fail(path, where + "shape [" + shape + "] of " + dt + " overflows: more than 2^63 bytes");
  if (want != t.end - t.begin) {
    fail(path, where + "shape [" + shape + "] of " + dt + " needs " + std::to_string(want) +
                   " bytes, its data_offsets give " + std::to_string(t.end - t.begin));
  }
  return t;
}

}  // namespace

std::int64_t TensorEntry::elements() const {
  std::int64_t n = 1;
  for (auto s : shape)
    n *= s;
  return n;
}

SafetensorsFile::SafetensorsFile(const std::string& path) : path_(path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) fail(path, std::string("cannot open: ") + std::strerror(errno));
  struct stat st {};
  if (::fstat(fd, &st) != 0) {
    ::close(fd);
    fail(path, std::string("cannot stat: ") + std::strerror(errno));
  }
  size_ = static_cast<std::uint64_t>(st.st_size);
  if (size_ < 8) {
    ::close(fd);
    fail(path, "truncated file: " + std::to_string(size_) +
                   " bytes, shorter than the 8-byte header length");
  }
  void* m = ::mmap(nullptr, size_, PROT_READ, MAP_PRIVATE, fd, 0);
  ::close(fd);
  if (m == MAP_FAILED) fail(path, std::string("cannot map: ") + std::strerror(errno));
  map_ = m;
  try {
    const auto* bytes = static_cast<const unsigned char*>(map_);
    const std::uint64_t n = readLe64(bytes);
    if (n > size_ - 8) {
      fail(path, "header length " + std::to_string(n) + " runs past the end of the file (" +
                     std::to_string(size_) + " bytes)");
    }
    if (n > kMaxHeader) fail(path, "header length " + std::to_string(n) + " exceeds 100 MB");
    data_start_ = 8 + n;
    const std::uint64_t data_size = size_ - data_start_;
    nlohmann::json header;
    try {
      header = nlohmann::json::parse(bytes + 8, bytes + 8 + n);
    } catch (const nlohmann::json::exception& e) {  // also out_of_range, "1e9999": fuzz_safetensors
      fail(path, std::string("header is not JSON: ") + e.what());
    }
    if (!header.is_object()) fail(path, "header is not a JSON object");
    for (auto it = header.begin(); it != header.end(); ++it) {
      const std::string& name = it.key();
      const auto& v = it.value();
      if (name == "__metadata__") {
        if (!v.is_object()) fail(path, "__metadata__ is not an object");
        for (auto m2 = v.begin(); m2 != v.end(); ++m2) {
          if (!m2.value().is_string()) fail(path, "__metadata__." + m2.key() + " is not a string");
          metadata_[m2.key()] = m2.value().get<std::string>();
        }
        continue;
      }
      tensors_.push_back(parseEntry(path, name, v, data_size));
    }
    // File order (the JSON object's key order is not kept by the parser).
    std::stable_sort(tensors_.begin(), tensors_.end(),
                     [](const TensorEntry& x, const TensorEntry& y) { return x.begin < y.begin; });
    // Overlaps: sorted by begin, each tensor must end where or before the next begins.
    std::vector<const TensorEntry*> order;
    for (const auto& t : tensors_)
      if (t.end > t.begin) order.push_back(&t);
    std::sort(order.begin(), order.end(),
              [](const TensorEntry* a, const TensorEntry* b) { return a->begin < b->begin; });
    for (std::size_t i = 1; i < order.size(); ++i) {
      if (order[i]->begin < order[i - 1]->end) {
        fail(path, "tensors '" + order[i - 1]->name + "' and '" + order[i]->name +
                       "' overlap in the data region");
      }
    }
  } catch (...) {
    ::munmap(map_, size_);
    map_ = nullptr;
    throw;
  }
}

SafetensorsFile::~SafetensorsFile() {
  if (map_) ::munmap(map_, size_);
}

const TensorEntry* SafetensorsFile::find(const std::string& name) const {
  for (const auto& t : tensors_)
    if (t.name == name) return &t;
  return nullptr;
}

const TensorEntry& SafetensorsFile::at(const std::string& name) const {
  if (const auto* t = find(name)) return *t;
  fail(path_, "missing tensor '" + name + "'");
}

const unsigned char* SafetensorsFile::data(const TensorEntry& t) const {
  return static_cast<const unsigned char*>(map_) + data_start_ + t.begin;
}

void SafetensorsFile::release(const TensorEntry& t) const {
  const auto page = static_cast<std::uintptr_t>(::sysconf(_SC_PAGESIZE));
  const auto begin = reinterpret_cast<std::uintptr_t>(data(t));
  const auto end = begin + (t.end - t.begin);
  const std::uintptr_t first = (begin + page - 1) / page * page;  // whole pages inside the entry
  const std::uintptr_t last = end / page * page;
  if (last > first) ::madvise(reinterpret_cast<void*>(first), last - first, MADV_DONTNEED);
}

std::vector<float> SafetensorsFile::toFloat(const TensorEntry& t) const {
  const auto n = static_cast<std::size_t>(t.elements());
  std::vector<float> out(n);
  const unsigned char* p = data(t);
  for (std::size_t i = 0; i < n; ++i) {
    switch (t.dtype) {
      case TensorDtype::F32:
        std::memcpy(&out[i], p + 4 * i, 4);
        break;
      case TensorDtype::F64: {
        double d;
        std::memcpy(&d, p + 8 * i, 8);
        out[i] = static_cast<float>(d);
        break;
      }
      case TensorDtype::F16:
      case TensorDtype::BF16: {
        std::uint16_t h;
        std::memcpy(&h, p + 2 * i, 2);
        out[i] = t.dtype == TensorDtype::F16 ? halfToFloat(h) : bfloat16ToFloat(h);
        break;
      }
      default:
        fail(path_, "tensor '" + t.name + "': dtype " + dtypeName(t.dtype) +
                        " is not a floating-point type");
    }
  }
  return out;
}

void writeSafetensors(const std::string& path, const std::vector<TensorToWrite>& tensors,
                      const std::map<std::string, std::string>& metadata) {
  nlohmann::ordered_json header = nlohmann::ordered_json::object();
  if (!metadata.empty()) header["__metadata__"] = metadata;
  std::unordered_set<std::string> names;
  std::uint64_t offset = 0;
  std::vector<std::uint64_t> begins;
  for (const auto& t : tensors) {
    if (t.name == "__metadata__" || !names.insert(t.name).second)
      fail(path, "tensor name '" + t.name + "' is used twice or reserved");
    std::int64_t n = 1;
    for (auto s : t.shape)
      n *= s;
    const std::uint64_t bytes = static_cast<std::uint64_t>(n) * dtypeSize(t.dtype);
    begins.push_back(offset);
    header[t.name] = {{"dtype", dtypeName(t.dtype)},
                      {"shape", t.shape},
                      {"data_offsets", {offset, offset + bytes}}};
    offset += (bytes + 7) / 8 * 8;
  }
  std::string text = header.dump();
  text.append((8 - (8 + text.size()) % 8) % 8, ' ');  // the data region starts 8-aligned
  const std::string tmp = path + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) fail(tmp, "cannot write");
    unsigned char len[8];
    std::uint64_t n = text.size();
    for (int i = 0; i < 8; ++i, n >>= 8)
      len[i] = static_cast<unsigned char>(n & 0xFF);
    out.write(reinterpret_cast<const char*>(len), 8);
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
    std::uint64_t written = 0;
    static const char zeros[8] = {};
    for (std::size_t i = 0; i < tensors.size(); ++i) {
      const auto& t = tensors[i];
      std::int64_t count = 1;
      for (auto s : t.shape)
        count *= s;
      const auto bytes = static_cast<std::uint64_t>(count) * dtypeSize(t.dtype);
      out.write(zeros, static_cast<std::streamsize>(begins[i] - written));
      out.write(static_cast<const char*>(t.data), static_cast<std::streamsize>(bytes));
      written = begins[i] + bytes;
    }
    out.flush();
    if (!out) fail(tmp, "write failed (disk full?)");
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0)
    fail(path, std::string("cannot rename the temporary file: ") + std::strerror(errno));
}

float halfToFloat(std::uint16_t h) {
  const std::uint32_t sign = (h & 0x8000u) << 16;
  std::uint32_t exp = (h >> 10) & 0x1F, mant = h & 0x3FF, bits;
  if (exp == 0) {
    if (mant == 0) {
      bits = sign;
    } else {  // subnormal: normalise
      exp = 127 - 15 + 1;
      while (!(mant & 0x400)) {
        mant <<= 1;
        --exp;
      }
      bits = sign | (exp << 23) | ((mant & 0x3FF) << 13);
    }
  } else if (exp == 31) {
    bits = sign | 0x7F800000u | (mant << 13);
  } else {
    bits = sign | ((exp + 127 - 15) << 23) | (mant << 13);
  }
  float f;
  std::memcpy(&f, &bits, 4);
  return f;
}

float bfloat16ToFloat(std::uint16_t b) {
  const std::uint32_t bits = static_cast<std::uint32_t>(b) << 16;
  float f;
  std::memcpy(&f, &bits, 4);
  return f;
}

std::uint16_t floatToBfloat16(float f) {
  std::uint32_t bits;
  std::memcpy(&bits, &f, 4);
  if ((bits & 0x7F800000u) == 0x7F800000u && (bits & 0x7FFFFFu))
    return static_cast<std::uint16_t>((bits >> 16) | 0x40);  // quiet NaN
  bits += 0x7FFF + ((bits >> 16) & 1);
  return static_cast<std::uint16_t>(bits >> 16);
}

std::uint16_t floatToHalf(float f) {
  std::uint32_t x;
  std::memcpy(&x, &f, 4);
  const std::uint16_t sign = static_cast<std::uint16_t>((x >> 16) & 0x8000);
  const std::uint32_t abs = x & 0x7FFFFFFFu;
  if (abs >= 0x7F800000u) return sign | 0x7C00 | (abs > 0x7F800000u ? 0x200 : 0);
  if (abs >= 0x477FF000u) return sign | 0x7C00;  // rounds past the largest half: infinity
  if (abs < 0x38800000u) {                       // subnormal half (or zero)
    if (abs < 0x33000000u) return sign;
    const std::uint32_t e = abs >> 23, m = (abs & 0x7FFFFF) | 0x800000;
    const int shift = 126 - static_cast<int>(e);  // value = m * 2^(e-150) = (m >> shift) * 2^-24
    std::uint32_t r = m >> shift;
    const std::uint32_t rem = m & ((1u << shift) - 1), halfway = 1u << (shift - 1);
    if (rem > halfway || (rem == halfway && (r & 1))) ++r;
    return sign | static_cast<std::uint16_t>(r);
  }
  std::uint32_t r = abs - 0x38000000u;  // rebias 127 -> 15 (still with 23 mantissa bits)
  r += 0xFFF + ((r >> 13) & 1);         // round to nearest even at bit 13
  return sign | static_cast<std::uint16_t>(r >> 13);
}

}  // namespace ef
