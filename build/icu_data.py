"""A smaller ICU data library for the Linux build (docs/packaging.md, "Size budget").

PySide6's wheel ships ICU 73 with all of its data compiled into ``libicudata.so.73`` (32 MB, 12 MB
gzipped): 858 locales, 190 converter tables, dictionaries for Chinese/Thai/Khmer/Lao/Burmese
word breaking, transliterators... QtCore calls only four ICU services (``nm -D libQt6Core.so.6``):

- case mapping (``u_strToUpper/u_strToLower``): its data is compiled into libicuuc, none needed here;
- collation (``ucol_*``, QCollator): ``coll/`` for root, en, vi plus ``coll/ucadata.icu``;
- time zones (``ucal_*``, QTimeZone's ICU backend): ``zoneinfo64``, ``metaZones``, ``timezoneTypes``,
  ``windowsZones``, ``supplementalData`` and the ``zone/`` names for root, en, vi;
- converters (``ucnv_*``, QStringConverter for a codec Qt does not have itself): pbgdpl decodes the legacy
  Vietnamese encodings in Python, so only the alias table ``cnvalias.icu`` and the nine Windows code pages
  stay (the algorithmic converters UTF-8/16/32, US-ASCII and ISO-8859-1 are built into libicuuc).

So this module keeps, from every locale tree, the locales root, en* and vi* (and each tree's ``pool.res``
and ``res_index.res``), every non-locale resource (supplementalData, likelySubtags, zoneinfo64, ...), the
normalization and property data, and drops: other locales, the break-iterator tree with its dictionaries
(no ``ubrk_*`` in Qt), transliterators, spell-out rules, converter tables, character names
(``unames.icu``), stringprep profiles and the spoof checker's confusables.

Pure Python plus binutils (``as``, ``ld``, already needed by PyInstaller on Linux): it reads the
ICU "common data" package (``CmnD``) out of the library, writes the kept items as a new package in the same
layout ``icupkg`` writes, and links it as a shared library with the same soname exporting the same symbol
(``icudt73_dat``). ``python build/icu_data.py SRC OUT`` does it by hand and prints what was kept.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

KEEP_LANGUAGES = ("en", "vi")
# Trees (sub-folders of the package) dropped whole, with the ICU service that needs them and Qt never calls.
DROP_TREES = ("brkitr", "translit", "rbnf")  # ubrk_*, utrans_*, unum spell-out
# Top-level items dropped by suffix or name.
DROP_SUFFIXES = (".cnv", ".spp", ".cfu")  # converter tables, stringprep (IDNA: Qt has its own), confusables
DROP_NAMES = ("unames.icu",)  # u_charName
# ...except the single-byte Windows code pages windows-1250..1258 (3 KB each; 1258 is Vietnamese), so that a
# QStringDecoder("windows-1258") still works.
KEEP_CONVERTERS = tuple(f"ibm-{n}_" for n in range(5346, 5355))
LOCALE_ID = re.compile(r"^[a-z]{2,3}(_[A-Za-z0-9]*)*$")  # not root/pool/res_index/supplementalData/...
ALIGN = 16
PAD = b"\xaa"  # icupkg's padding byte


def read_symbol(so_path: Path) -> tuple[str, bytes]:
    """Return (symbol, bytes) of the one exported data object of an ICU data library (ELF64 little-endian)."""
    blob = so_path.read_bytes()
    if blob[:4] != b"\x7fELF" or blob[4] != 2 or blob[5] != 1:
        raise ValueError(f"{so_path}: not a 64-bit little-endian ELF file")
    shoff, = struct.unpack_from("<Q", blob, 0x28)
    shentsize, shnum, _ = struct.unpack_from("<HHH", blob, 0x3A)
    sections = [struct.unpack_from("<IIQQQQIIQQ", blob, shoff + i * shentsize) for i in range(shnum)]
    dynsym = next(s for s in sections if s[1] == 11)  # SHT_DYNSYM
    strtab = sections[dynsym[6]]
    for offset in range(dynsym[4], dynsym[4] + dynsym[5], 24):
        name_off, info, _, shndx, value, size = struct.unpack_from("<IBBHQQ", blob, offset)
        name = blob[strtab[4] + name_off: blob.index(b"\0", strtab[4] + name_off)].decode()
        if (info & 0xF) == 1 and shndx not in (0, 0xFFF1) and name.endswith("_dat"):  # STT_OBJECT
            sec = sections[shndx]
            start = sec[4] + (value - sec[3])
            return name, blob[start:start + size]
    raise ValueError(f"{so_path}: no ICU data symbol (*_dat) exported")


def parse_package(data: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """Split an ICU common data package into (header, [(name, item bytes)]) in table-of-contents order."""
    header_size, magic1, magic2 = struct.unpack_from("<HBB", data, 0)
    if (magic1, magic2) != (0xDA, 0x27) or data[12:16] != b"CmnD":
        raise ValueError("not an ICU common data package (CmnD)")
    if data[8] != 0:
        raise ValueError("big-endian ICU data is not supported")
    count, = struct.unpack_from("<I", data, header_size)
    toc = [struct.unpack_from("<II", data, header_size + 4 + 8 * i) for i in range(count)]
    ends = [entry[1] for entry in toc[1:]] + [len(data) - header_size]
    items = []
    for (name_off, data_off), end in zip(toc, ends):
        name = data[header_size + name_off: data.index(b"\0", header_size + name_off)].decode("ascii")
        items.append((name, data[header_size + data_off: header_size + end]))
    return data[:header_size], items


def write_package(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    """Build a common data package: header, count, (name offset, data offset) pairs, names, 16-aligned items."""
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in items)
    toc_size = 4 + 8 * len(items)
    data_start = -(-(toc_size + len(names)) // ALIGN) * ALIGN
    toc, body, name_off = [struct.pack("<I", len(items))], bytearray(), toc_size
    for name, item in items:
        toc.append(struct.pack("<II", name_off, data_start + len(body)))
        name_off += len(name) + 1
        body += item + PAD * (-len(item) % ALIGN)
    head = b"".join(toc) + names
    return header + head + PAD * (data_start - len(head)) + bytes(body)


def keep_item(name: str) -> bool:
    """Whether pbgdpl's Qt needs the package item ``name`` (e.g. ``icudt73l/coll/vi.res``)."""
    parts = name.split("/")[1:]  # drop the package name icudt73l
    tree, leaf = (parts[0] if len(parts) > 1 else ""), parts[-1]
    stem = leaf.rsplit(".", 1)[0]
    if not tree and leaf.startswith(KEEP_CONVERTERS):
        return True
    if tree in DROP_TREES or leaf in DROP_NAMES or (not tree and leaf.endswith(DROP_SUFFIXES)):
        return False
    if leaf.endswith(".res") and LOCALE_ID.match(stem) and stem != "res_index":
        return stem.split("_", 1)[0] in KEEP_LANGUAGES
    return True


def link_library(symbol: str, package: bytes, soname: str, out: Path) -> None:
    """Write ``out``: a shared library named ``soname`` exporting ``package`` as the read-only ``symbol``."""
    for tool in ("as", "ld"):
        if shutil.which(tool) is None:
            raise RuntimeError(f"{tool} not found: install binutils")
    with tempfile.TemporaryDirectory() as tmp:
        raw, asm, obj = Path(tmp) / "icudata.bin", Path(tmp) / "icudata.s", Path(tmp) / "icudata.o"
        raw.write_bytes(package)
        # What ICU's own genccode writes: one sized, 16-byte aligned, global data object in .rodata.
        asm.write_text(
            f'\t.section .rodata\n\t.globl {symbol}\n\t.type {symbol}, @object\n\t.size {symbol}, {len(package)}\n'
            f'\t.balign {ALIGN}\n{symbol}:\n\t.incbin "{raw}"\n'
            '\t.section .note.GNU-stack,"",@progbits\n',
            encoding="ascii",
        )
        subprocess.run(["as", "-o", str(obj), str(asm)], check=True)
        subprocess.run(["ld", "-shared", "-z", "noexecstack", "-soname", soname, "-o", str(out), str(obj)],
                       check=True)
    name, exported = read_symbol(out)
    if name != symbol or exported != package:
        raise RuntimeError(f"{out}: the linked library does not export {symbol} as written")


def trim(src: Path, out: Path) -> dict:
    """Write a trimmed copy of the ICU data library ``src`` to ``out``; return what was kept."""
    symbol, package = read_symbol(src)
    header, items = parse_package(package)
    kept = [(name, item) for name, item in items if keep_item(name)]
    trimmed = write_package(header, kept)
    out.parent.mkdir(parents=True, exist_ok=True)
    link_library(symbol, trimmed, src.name, out)
    return {"symbol": symbol, "items": len(items), "kept": len(kept), "names": [n for n, _ in kept],
            "package_bytes": len(package), "trimmed_bytes": len(trimmed),
            "src_bytes": src.stat().st_size, "out_bytes": out.stat().st_size}


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit("usage: python build/icu_data.py SRC/libicudata.so.NN OUT/libicudata.so.NN")
    result = trim(Path(sys.argv[1]), Path(sys.argv[2]))
    for item in result.pop("names"):
        print(item)
    print({k: v for k, v in result.items()})
