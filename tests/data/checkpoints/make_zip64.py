#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes tiny-zip64-deflated.pt: the fuzz seed checkpoint tests/fuzz/corpus/fuzz_checkpoint/tiny.pt
(1 layer, d_model 8, context 48; written by LibTorch, stored entries, no zip64) repacked with
every entry deflated and every size and offset in zip64 extra fields, with zip64 end records.
LibTorch writes zip64 only past 4 GiB; this fixture lets a test read the other layouts the zip
integrity check (core/model/zip_integrity.h) accepts. Python's zipfile checks the result.

    python3 tests/data/checkpoints/make_zip64.py
"""
import os, struct, zipfile, zlib

here = os.path.dirname(os.path.abspath(__file__))
src = os.path.join(here, "..", "..", "fuzz", "corpus", "fuzz_checkpoint", "tiny.pt")
dst = os.path.join(here, "tiny-zip64-deflated.pt")
M32, M16 = 0xFFFFFFFF, 0xFFFF

entries = []
with zipfile.ZipFile(src) as z:
    for info in z.infolist():
        entries.append((info.filename.encode(), z.read(info)))

out, central = bytearray(), bytearray()
for name, data in entries:
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    packed = c.compress(data) + c.flush()
    crc = zlib.crc32(data)
    offset = len(out)
    extra = struct.pack("<HHQQ", 1, 16, len(data), len(packed))
    out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 45, 0, 8, 0, 0x21, crc, M32, M32, len(name), len(extra))
    out += name + extra + packed
    cextra = struct.pack("<HHQQQ", 1, 24, len(data), len(packed), offset)
    central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 45, 45, 0, 8, 0, 0x21, crc, M32, M32,
                           len(name), len(cextra), 0, 0, 0, 0, M32)
    central += name + cextra
cd_offset = len(out)
out += central
z64_offset = len(out)
out += struct.pack("<IQHHIIQQQQ", 0x06064B50, 44, 45, 45, 0, 0, len(entries), len(entries),
                   len(central), cd_offset)
out += struct.pack("<IIQI", 0x07064B50, 0, z64_offset, 1)
out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, M16, M16, M32, M32, 0)
open(dst, "wb").write(out)

with zipfile.ZipFile(dst) as z:
    assert z.testzip() is None, "a CRC-32 does not match"
    infos = z.infolist()
    assert [i.filename.encode() for i in infos] == [n for n, _ in entries]
    assert all(i.compress_type == zipfile.ZIP_DEFLATED for i in infos)
    assert all(z.read(i) == d for i, (_, d) in zip(infos, entries))
print(f"{dst}: {len(entries)} entries, {sum(len(d) for _, d in entries)} data bytes, "
      f"{len(out)} bytes")
