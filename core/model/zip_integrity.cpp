// SPDX-License-Identifier: GPL-3.0-or-later
// Zip container check of checkpoints (docs/models.md, "Checkpoints") through libzip, which parses
// the end records (zip64 included), checks every local header against the central directory
// (ZIP_CHECKCONS), inflates deflated entries and verifies each entry's CRC-32 when it is read to
// the end. This file only reads every entry and words libzip's findings for the user.
#include "model/zip_integrity.h"

#include <zip.h>
#include <zlib.h>

#include <cstdio>
#include <memory>
#include <vector>

#include "model/checkpoint.h"

namespace ef {
namespace {

constexpr std::size_t kChunk = 1 << 20;

std::string hex32(std::uint32_t v) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "0x%08x", v);
  return buf;
}

[[noreturn]] void fail(const std::string& path, const std::string& why) {
  throw CheckpointError("checkpoint '" + path + "' is corrupt or not a checkpoint: " + why);
}

std::string libzipSays(zip_error_t* e) {
  return std::string("libzip: ") + zip_error_strerror(e);
}

// What a failed zip_open means for a checkpoint.
std::string openError(int code) {
  zip_error_t e;
  zip_error_init_with_code(&e, code);
  std::string why;
  switch (code) {
    case ZIP_ER_NOZIP:
      why = "no zip end-of-central-directory record (not a zip archive, or truncated)";
      break;
    case ZIP_ER_MULTIDISK:
      why = "multi-part zip archives are not checkpoints";
      break;
    case ZIP_ER_INCONS:
      why = "a local header disagrees with the central directory, or the directory is damaged (" +
            libzipSays(&e) + ")";
      break;
    case ZIP_ER_OPEN:
    case ZIP_ER_NOENT:
    case ZIP_ER_READ:
      why = "cannot be opened for reading (" + libzipSays(&e) + ")";
      break;
    default:
      why = libzipSays(&e);
  }
  zip_error_fini(&e);
  return why;
}

struct ArchiveCloser {
  void operator()(zip_t* z) const { zip_discard(z); }
};
struct FileCloser {
  void operator()(zip_file_t* f) const { zip_fclose(f); }
};

// Reads entry `index` to its end (where libzip compares the CRC-32) and returns its bytes.
std::uint64_t checkEntry(const std::string& path, zip_t* archive, zip_uint64_t index) {
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_stat_index(archive, index, ZIP_FL_ENC_RAW, &st) != 0)
    fail(path, "entry " + std::to_string(index + 1) + ": " + libzipSays(zip_get_error(archive)));
  const std::string name = (st.valid & ZIP_STAT_NAME) ? st.name : std::to_string(index + 1);
  if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE)
    fail(path, "entry '" + name + "' is encrypted");
  if (st.comp_method != ZIP_CM_STORE && st.comp_method != ZIP_CM_DEFLATE)
    fail(path, "entry '" + name + "' uses compression method " + std::to_string(st.comp_method) +
                   " (checkpoints are stored or deflated)");
  std::unique_ptr<zip_file_t, FileCloser> file(zip_fopen_index(archive, index, 0));
  if (!file) fail(path, "entry '" + name + "': " + libzipSays(zip_get_error(archive)));
  std::vector<char> buf(kChunk);
  uLong crc = crc32(0L, Z_NULL, 0);
  std::uint64_t produced = 0;
  while (true) {
    const zip_int64_t n = zip_fread(file.get(), buf.data(), buf.size());
    if (n == 0) break;
    if (n < 0) {
      zip_error_t* e = zip_file_get_error(file.get());
      switch (zip_error_code_zip(e)) {
        case ZIP_ER_CRC:
          fail(path, "entry '" + name + "' fails its CRC-32 check (recorded " + hex32(st.crc) +
                         ", data gives " + hex32(static_cast<std::uint32_t>(crc)) + ")");
        case ZIP_ER_ZLIB:
        case ZIP_ER_COMPRESSED_DATA:
          fail(path, "entry '" + name + "': compressed data is damaged (" + libzipSays(e) + ")");
        case ZIP_ER_EOF:
          fail(path, "entry '" + name + "': its data ends early (truncated?)");
        default:
          fail(path, "entry '" + name + "': " + libzipSays(e));
      }
    }
    crc = crc32(crc, reinterpret_cast<const Bytef*>(buf.data()), static_cast<uInt>(n));
    produced += static_cast<std::uint64_t>(n);
  }
  if ((st.valid & ZIP_STAT_SIZE) && produced != st.size)
    fail(path, "entry '" + name + "' inflates to " + std::to_string(produced) +
                   " bytes, the directory says " + std::to_string(st.size));
  return produced;
}

}  // namespace

ZipSummary checkZipIntegrity(const std::string& path) {
  int code = 0;
  std::unique_ptr<zip_t, ArchiveCloser> archive(
      zip_open(path.c_str(), ZIP_RDONLY | ZIP_CHECKCONS, &code));
  if (!archive) fail(path, openError(code));
  const zip_int64_t n = zip_get_num_entries(archive.get(), 0);
  if (n <= 0) fail(path, "the zip archive is empty");
  ZipSummary summary;
  for (zip_int64_t i = 0; i < n; ++i) {
    summary.data_bytes +=
        static_cast<std::int64_t>(checkEntry(path, archive.get(), static_cast<zip_uint64_t>(i)));
    ++summary.entries;
  }
  return summary;
}

}  // namespace ef
