// SPDX-License-Identifier: GPL-3.0-or-later
// Zip container check of checkpoints (docs/models.md, "Checkpoints"). Field layouts follow
// PKWARE's APPNOTE.TXT (sections 4.3.7 local header, 4.3.12 central directory header, 4.3.14-16
// zip64 end records, 4.5.3 zip64 extra field); all numbers are little-endian.
#include "model/zip_integrity.h"

#include <zlib.h>

#include <array>
#include <cstdio>
#include <fstream>
#include <memory>
#include <vector>

#include "model/checkpoint.h"

namespace ef {
namespace {

constexpr std::uint32_t kLocalHeader = 0x04034b50;
constexpr std::uint32_t kCentralHeader = 0x02014b50;
constexpr std::uint32_t kEndOfDirectory = 0x06054b50;
constexpr std::uint32_t kZip64End = 0x06064b50;
constexpr std::uint32_t kZip64Locator = 0x07064b50;
constexpr std::uint64_t kMax32 = 0xffffffffu;
constexpr std::size_t kChunk = 1 << 20;

std::uint64_t readLe(const unsigned char* p, int bytes) {
  std::uint64_t v = 0;
  for (int i = bytes - 1; i >= 0; --i)
    v = (v << 8) | p[i];
  return v;
}

std::string hex32(std::uint32_t v) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "0x%08x", v);
  return buf;
}

class ZipFile {
 public:
  explicit ZipFile(const std::string& path) : path_(path), in_(path, std::ios::binary) {
    if (!in_) fail("cannot be opened for reading");
    in_.seekg(0, std::ios::end);
    size_ = static_cast<std::uint64_t>(in_.tellg());
  }

  [[noreturn]] void fail(const std::string& why) const {
    throw CheckpointError("checkpoint '" + path_ + "' is corrupt or not a checkpoint: " + why);
  }

  std::uint64_t size() const { return size_; }

  // Reads exactly n bytes at offset, or fails naming what was being read.
  std::vector<unsigned char> read(std::uint64_t offset, std::uint64_t n, const char* what) {
    if (offset > size_ || n > size_ - offset)
      fail(std::string(what) + " lies beyond the end of the file (truncated?)");
    std::vector<unsigned char> buf(n);
    in_.clear();
    in_.seekg(static_cast<std::streamoff>(offset));
    if (n && !in_.read(reinterpret_cast<char*>(buf.data()), static_cast<std::streamsize>(n)))
      fail(std::string("reading ") + what + " failed");
    return buf;
  }

  std::ifstream& stream() { return in_; }

 private:
  std::string path_;
  std::ifstream in_;
  std::uint64_t size_ = 0;
};

struct Directory {
  std::uint64_t entries = 0;
  std::uint64_t offset = 0;
  std::uint64_t size = 0;
};

Directory findDirectory(ZipFile& zip) {
  // The end record is 22 bytes plus a comment of at most 65535 bytes, at the end of the file.
  const std::uint64_t tail = std::min<std::uint64_t>(zip.size(), 22 + 65535);
  const auto buf = zip.read(zip.size() - tail, tail, "the end of the archive");
  std::int64_t at = -1;
  for (std::int64_t i = static_cast<std::int64_t>(tail) - 22; i >= 0; --i) {
    if (readLe(&buf[i], 4) == kEndOfDirectory &&
        static_cast<std::uint64_t>(i) + 22 + readLe(&buf[i + 20], 2) <= tail) {
      at = i;
      break;
    }
  }
  if (at < 0) zip.fail("no zip end-of-central-directory record (not a zip archive, or truncated)");
  const unsigned char* e = &buf[at];
  Directory d{readLe(e + 10, 2), readLe(e + 16, 4), readLe(e + 12, 4)};
  if (readLe(e + 4, 2) != 0 || readLe(e + 6, 2) != 0)
    zip.fail("multi-part zip archives are not checkpoints");
  if (d.entries != 0xffff && d.offset != kMax32 && d.size != kMax32) return d;

  // zip64: a 20-byte locator right before the end record points at the zip64 end record.
  const std::uint64_t end_at = zip.size() - tail + static_cast<std::uint64_t>(at);
  if (end_at < 20) zip.fail("zip64 locator missing");
  const auto loc = zip.read(end_at - 20, 20, "the zip64 locator");
  if (readLe(loc.data(), 4) != kZip64Locator) zip.fail("zip64 locator missing");
  const auto z = zip.read(readLe(&loc[8], 8), 56, "the zip64 end record");
  if (readLe(z.data(), 4) != kZip64End) zip.fail("zip64 end record missing");
  return Directory{readLe(&z[32], 8), readLe(&z[48], 8), readLe(&z[40], 8)};
}

struct Entry {
  std::string name;
  std::uint32_t crc = 0;
  std::uint16_t method = 0;
  std::uint16_t flags = 0;
  std::uint64_t compressed = 0;
  std::uint64_t uncompressed = 0;
  std::uint64_t local_offset = 0;
};

// Replaces the 32-bit sizes and offset that are 0xffffffff by the zip64 extra field's values.
void applyZip64Extra(ZipFile& zip, Entry& e, const unsigned char* extra, std::size_t n) {
  std::size_t i = 0;
  while (i + 4 <= n) {
    const auto id = readLe(extra + i, 2), len = readLe(extra + i + 2, 2);
    if (i + 4 + len > n) zip.fail("entry '" + e.name + "': extra field overruns its header");
    if (id == 0x0001) {
      std::size_t k = i + 4;
      for (std::uint64_t* field : {&e.uncompressed, &e.compressed, &e.local_offset}) {
        if (*field != kMax32) continue;
        if (k + 8 > i + 4 + len) zip.fail("entry '" + e.name + "': zip64 extra field too short");
        *field = readLe(extra + k, 8);
        k += 8;
      }
      return;
    }
    i += 4 + len;
  }
}

std::vector<Entry> readDirectory(ZipFile& zip, const Directory& d) {
  if (d.offset > zip.size() || d.size > zip.size() - d.offset)
    zip.fail("the central directory lies beyond the end of the file (truncated?)");
  const auto buf = zip.read(d.offset, d.size, "the central directory");
  std::vector<Entry> entries;
  std::size_t p = 0;
  for (std::uint64_t k = 0; k < d.entries; ++k) {
    if (p + 46 > buf.size() || readLe(&buf[p], 4) != kCentralHeader)
      zip.fail("central directory entry " + std::to_string(k + 1) + " is damaged");
    const unsigned char* h = &buf[p];
    const std::size_t name_len = readLe(h + 28, 2), extra_len = readLe(h + 30, 2),
                      comment_len = readLe(h + 32, 2);
    if (p + 46 + name_len + extra_len + comment_len > buf.size())
      zip.fail("central directory entry " + std::to_string(k + 1) + " overruns the directory");
    Entry e;
    e.name.assign(reinterpret_cast<const char*>(h + 46), name_len);
    e.flags = static_cast<std::uint16_t>(readLe(h + 8, 2));
    e.method = static_cast<std::uint16_t>(readLe(h + 10, 2));
    e.crc = static_cast<std::uint32_t>(readLe(h + 16, 4));
    e.compressed = readLe(h + 20, 4);
    e.uncompressed = readLe(h + 24, 4);
    e.local_offset = readLe(h + 42, 4);
    applyZip64Extra(zip, e, h + 46 + name_len, extra_len);
    entries.push_back(std::move(e));
    p += 46 + name_len + extra_len + comment_len;
  }
  return entries;
}

// CRC-32 of `n` bytes stored at `offset`, read in chunks.
std::uint32_t crcOfStored(ZipFile& zip, std::uint64_t offset, std::uint64_t n) {
  std::vector<unsigned char> buf(std::min<std::uint64_t>(n, kChunk));
  auto& in = zip.stream();
  in.clear();
  in.seekg(static_cast<std::streamoff>(offset));
  uLong crc = crc32(0L, Z_NULL, 0);
  while (n > 0) {
    const std::uint64_t k = std::min<std::uint64_t>(n, buf.size());
    if (!in.read(reinterpret_cast<char*>(buf.data()), static_cast<std::streamsize>(k)))
      zip.fail("reading entry data failed");
    crc = crc32(crc, buf.data(), static_cast<uInt>(k));
    n -= k;
  }
  return static_cast<std::uint32_t>(crc);
}

// CRC-32 and length of the inflated data of a deflated entry.
std::uint32_t crcOfDeflated(ZipFile& zip, const Entry& e, std::uint64_t offset,
                            std::uint64_t& produced) {
  z_stream z{};
  if (inflateInit2(&z, -MAX_WBITS) != Z_OK) zip.fail("zlib could not start inflating");
  std::unique_ptr<z_stream, int (*)(z_stream*)> guard(&z, inflateEnd);
  std::vector<unsigned char> in(
      std::min<std::uint64_t>(std::max<std::uint64_t>(e.compressed, 1), kChunk));
  std::vector<unsigned char> out(kChunk);
  auto& s = zip.stream();
  s.clear();
  s.seekg(static_cast<std::streamoff>(offset));
  uLong crc = crc32(0L, Z_NULL, 0);
  std::uint64_t left = e.compressed;
  produced = 0;
  int rc = Z_OK;
  while (rc != Z_STREAM_END) {
    if (z.avail_in == 0) {
      if (left == 0) zip.fail("entry '" + e.name + "': compressed data ends early");
      const std::uint64_t k = std::min<std::uint64_t>(left, in.size());
      if (!s.read(reinterpret_cast<char*>(in.data()), static_cast<std::streamsize>(k)))
        zip.fail("reading entry data failed");
      left -= k;
      z.next_in = in.data();
      z.avail_in = static_cast<uInt>(k);
    }
    z.next_out = out.data();
    z.avail_out = static_cast<uInt>(out.size());
    rc = inflate(&z, Z_NO_FLUSH);
    if (rc != Z_OK && rc != Z_STREAM_END)
      zip.fail("entry '" + e.name + "': compressed data is damaged (zlib: " +
               (z.msg ? z.msg : std::to_string(rc)) + ")");
    const std::uint64_t got = out.size() - z.avail_out;
    crc = crc32(crc, out.data(), static_cast<uInt>(got));
    produced += got;
    if (produced > e.uncompressed)
      zip.fail("entry '" + e.name + "' inflates beyond its recorded size");
  }
  return static_cast<std::uint32_t>(crc);
}

void checkEntry(ZipFile& zip, const Entry& e, std::uint64_t directory_offset) {
  const auto h = zip.read(e.local_offset, 30, ("the local header of '" + e.name + "'").c_str());
  if (readLe(h.data(), 4) != kLocalHeader)
    zip.fail("entry '" + e.name + "': local header missing at offset " +
             std::to_string(e.local_offset));
  const std::uint64_t name_len = readLe(&h[26], 2);
  const auto name = zip.read(e.local_offset + 30, name_len, "an entry's local name");
  if (std::string(name.begin(), name.end()) != e.name)
    zip.fail("entry '" + e.name + "': its local header names it '" +
             std::string(name.begin(), name.end()) + "'");
  if (readLe(&h[8], 2) != e.method)
    zip.fail("entry '" + e.name + "': local header and central directory disagree on compression");
  const std::uint64_t data = e.local_offset + 30 + name_len + readLe(&h[28], 2);
  if (data > directory_offset || e.compressed > directory_offset - data)
    zip.fail("entry '" + e.name + "' overruns the central directory (truncated?)");
  if (e.flags & 0x1) zip.fail("entry '" + e.name + "' is encrypted");

  std::uint32_t crc = 0;
  if (e.method == 0) {
    if (e.compressed != e.uncompressed)
      zip.fail("entry '" + e.name + "': stored entry with differing sizes");
    crc = crcOfStored(zip, data, e.compressed);
  } else if (e.method == 8) {
    std::uint64_t produced = 0;
    crc = crcOfDeflated(zip, e, data, produced);
    if (produced != e.uncompressed)
      zip.fail("entry '" + e.name + "' inflates to " + std::to_string(produced) +
               " bytes, the directory says " + std::to_string(e.uncompressed));
  } else {
    zip.fail("entry '" + e.name + "' uses compression method " + std::to_string(e.method) +
             " (checkpoints are stored or deflated)");
  }
  if (crc != e.crc)
    zip.fail("entry '" + e.name + "' fails its CRC-32 check (recorded " + hex32(e.crc) +
             ", data gives " + hex32(crc) + ")");
}

}  // namespace

ZipSummary checkZipIntegrity(const std::string& path) {
  ZipFile zip(path);
  const Directory d = findDirectory(zip);
  const std::vector<Entry> entries = readDirectory(zip, d);
  if (entries.empty()) zip.fail("the zip archive is empty");
  ZipSummary summary;
  for (const Entry& e : entries) {
    checkEntry(zip, e, d.offset);
    ++summary.entries;
    summary.data_bytes += static_cast<std::int64_t>(e.uncompressed);
  }
  return summary;
}

}  // namespace ef
