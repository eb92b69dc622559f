"""The trimmed ICU data library (build/icu_data.py) keeps everything pbgdpl's Qt does with ICU."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import icu_data
import pytest

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the ICU library is trimmed on Linux only")


def _pyside_icudata() -> Path:
    qtcore = pytest.importorskip("PySide6.QtCore")
    lib = Path(qtcore.__file__).resolve().parent / "Qt" / "lib"
    found = sorted(lib.glob("libicudata.so.*"))
    if not found:
        pytest.skip(f"no libicudata in {lib}")
    return found[0]


@pytest.mark.parametrize(
    ("name", "kept"),
    [
        ("icudt73l/root.res", True),
        ("icudt73l/vi.res", True),
        ("icudt73l/vi_VN.res", True),
        ("icudt73l/en_US_POSIX.res", True),
        ("icudt73l/pool.res", True),
        ("icudt73l/res_index.res", True),  # looks like a locale id ("res" + "_index"); it is the locale list
        ("icudt73l/supplementalData.res", True),
        ("icudt73l/zoneinfo64.res", True),
        ("icudt73l/coll/vi.res", True),
        ("icudt73l/coll/ucadata.icu", True),
        ("icudt73l/zone/vi.res", True),
        ("icudt73l/cnvalias.icu", True),
        ("icudt73l/ibm-5354_P100-1998.cnv", True),  # windows-1258
        ("icudt73l/nfkc.nrm", True),
        ("icudt73l/fr.res", False),
        ("icudt73l/coll/zh.res", False),
        ("icudt73l/zone/ja.res", False),
        ("icudt73l/brkitr/root.res", False),
        ("icudt73l/brkitr/cjdict.dict", False),
        ("icudt73l/translit/root.res", False),
        ("icudt73l/gb18030.cnv", False),
        ("icudt73l/unames.icu", False),
    ],
)
def test_which_items_are_kept(name, kept):
    assert icu_data.keep_item(name) is kept


def test_package_layout_is_icupkgs():
    """Parsing and rewriting the whole package gives back the same bytes: the writer lays items out as icupkg."""
    symbol, package = icu_data.read_symbol(_pyside_icudata())
    assert symbol.startswith("icudt") and symbol.endswith("_dat")
    header, items = icu_data.parse_package(package)
    assert len(items) > 3000
    assert icu_data.write_package(header, items) == package


# Every ICU service QtCore calls (nm -D libQt6Core.so.6: u_strToUpper/Lower, ucol_*, ucal_*, ucnv_*), asked
# the way pbgdpl's locales would ask; printed as JSON so that the full and the trimmed library can be compared.
_PROBE = r"""
import json, sys
from PySide6.QtCore import (QCollator, QCoreApplication, QDateTime, QLocale, QStringDecoder, QTimeZone,
                            qInstallMessageHandler)
messages = []
qInstallMessageHandler(lambda kind, context, text: messages.append(text))
app = QCoreApplication([])
names = ["Đặng Văn An", "Dương Thị Bích", "đào duy anh", "Ân Hữu", "An Bình", "Ăn Uống", "Ô Môn", "Ơn Nghĩa",
         "Ong Vàng", "Ư", "Uông", "Zê"]
when = QDateTime.fromString("2026-11-26T12:00:00", "yyyy-MM-ddTHH:mm:ss")
out = {"icudata": sorted({line.split()[-1] for line in open("/proc/self/maps") if "libicudata" in line})}
for loc in ("vi_VN", "en_US"):
    out["sort " + loc] = sorted(names, key=QCollator(QLocale(loc)).sortKey)
    out["upper " + loc] = QLocale(loc).toUpper("đường phố phường ơi")
    out["lower " + loc] = QLocale(loc).toLower("ĐƯỜNG PHỐ")
for tz in (b"Asia/Ho_Chi_Minh", b"Asia/Saigon", b"Europe/Paris"):
    zone = QTimeZone(tz)
    out["tz " + tz.decode()] = [zone.isValid(), zone.offsetFromUtc(when), zone.abbreviation(when)] + [
        zone.displayName(when, QTimeZone.NameType.LongName, QLocale(loc)) for loc in ("vi_VN", "en_US")]
out["decoders"] = {name: QStringDecoder(name).isValid() for name in ("UTF-8", "UTF-16", "ISO-8859-1", "windows-1258")}
out["messages"] = messages
print(json.dumps(out, ensure_ascii=False))
"""


def _probe(lib_dir: Path | None) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8"}
    if lib_dir is not None:  # searched before the Qt libraries' own RUNPATH ($ORIGIN)
        env["LD_LIBRARY_PATH"] = str(lib_dir)
    result = subprocess.run([sys.executable, "-c", _PROBE], capture_output=True, text=True, encoding="utf-8",
                            env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.mark.skipif(shutil.which("as") is None or shutil.which("ld") is None, reason="binutils (as, ld) missing")
def test_trimmed_library_answers_qt_like_the_full_one(tmp_path):
    src = _pyside_icudata()
    out = tmp_path / src.name
    result = icu_data.trim(src, out)
    assert result["out_bytes"] < 6_000_000 < 25_000_000 < result["src_bytes"]

    trimmed, full = _probe(tmp_path), _probe(None)
    assert trimmed.pop("icudata") == [str(out)]  # the probe really ran on the trimmed library
    assert full.pop("icudata") == [str(src)]
    assert trimmed == full
    # ...and what it answers is what a Vietnamese officer expects, not two equal failures.
    assert trimmed["sort vi_VN"][:6] == ["An Bình", "Ăn Uống", "Ân Hữu", "Dương Thị Bích", "đào duy anh", "Đặng Văn An"]
    assert trimmed["upper vi_VN"] == "ĐƯỜNG PHỐ PHƯỜNG ƠI"
    assert trimmed["tz Asia/Ho_Chi_Minh"][:2] == [True, 7 * 3600]
    assert trimmed["tz Asia/Ho_Chi_Minh"][3] == "Giờ Đông Dương"
    assert trimmed["decoders"] == {"UTF-8": True, "UTF-16": True, "ISO-8859-1": True, "windows-1258": True}
    assert trimmed["messages"] == []
