"""The documents' typeface, registered once for reportlab: Times New Roman where it is installed (Nghị định
30/2020/NĐ-CP Phụ lục I names it; every Windows computer has it), otherwise the shipped Liberation Serif 2
(metric-compatible with Times New Roman, full Vietnamese).

The four faces are registered under fixed internal names (``REGULAR``, ``BOLD`` …) whatever the file, so the
layout code never asks which typeface it got. Times New Roman is looked for in the system's font folders, or
only in the folders of ``PBGDPL_FONT_DIRS`` (separated like PATH) when that is set; it is used only when all
four faces are found and each has every Vietnamese letter. :func:`choice` says which typeface documents use and
why (``pbgdpl status`` prints it).
"""

from __future__ import annotations

import os
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

from reportlab import rl_config
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app.paths import resource_path

FAMILY = "DocSerif"
REGULAR = FAMILY
BOLD = f"{FAMILY}-Bold"
ITALIC = f"{FAMILY}-Italic"
BOLD_ITALIC = f"{FAMILY}-BoldItalic"
FACES = (REGULAR, BOLD, ITALIC, BOLD_ITALIC)
FILES = {
    REGULAR: "LiberationSerif-Regular.ttf",
    BOLD: "LiberationSerif-Bold.ttf",
    ITALIC: "LiberationSerif-Italic.ttf",
    BOLD_ITALIC: "LiberationSerif-BoldItalic.ttf",
}
LICENCE_FILE = "OFL-LiberationSerif.txt"
TIMES, LIBERATION = "Times New Roman", "Liberation Serif"
FONT_DIRS_ENV = "PBGDPL_FONT_DIRS"
# The file names Times New Roman has on Windows, in Debian's ttf-mscorefonts and on macOS (compared lower-case).
TIMES_FILES = {
    REGULAR: ("times.ttf", "times_new_roman.ttf", "times new roman.ttf"),
    BOLD: ("timesbd.ttf", "times_new_roman_bold.ttf", "times new roman bold.ttf"),
    ITALIC: ("timesi.ttf", "times_new_roman_italic.ttf", "times new roman italic.ttf"),
    BOLD_ITALIC: ("timesbi.ttf", "times_new_roman_bold_italic.ttf", "times new roman bold italic.ttf"),
}

# Every Vietnamese letter with a stacked diacritic, the hardest cases for a font (the check).
VIETNAMESE_SAMPLE = "ẮẰẲẴẶắằẳẵặẤẦẨẪẬấầẩẫậỐỒỔỖỘốồổỗộỚỜỞỠỢớờởỡợỨỪỬỮỰứừửữựđĐ"


@dataclass(frozen=True)
class FontChoice:
    """The typeface documents use: its family, the file of each face, and why (for ``status``)."""

    family: str
    files: dict[str, Path]
    reason: str


_lock = threading.Lock()
_registered: FontChoice | None = None


def system_font_dirs() -> list[Path]:
    """The folders fonts are installed in on this system (Windows, macOS, Linux), existing or not."""
    home = Path.home()
    if sys.platform.startswith("win"):
        windir = os.environ.get("WINDIR") or os.environ.get("SystemRoot") or r"C:\Windows"
        local = os.environ.get("LOCALAPPDATA")
        return [Path(windir) / "Fonts", *([Path(local) / "Microsoft" / "Windows" / "Fonts"] if local else [])]
    if sys.platform == "darwin":
        return [Path("/Library/Fonts"), Path("/System/Library/Fonts/Supplemental"), Path("/System/Library/Fonts"), home / "Library" / "Fonts"]
    data = Path(os.environ.get("XDG_DATA_HOME") or home / ".local" / "share")
    return [Path("/usr/share/fonts"), Path("/usr/local/share/fonts"), home / ".fonts", data / "fonts"]


def font_dirs() -> list[Path]:
    """``PBGDPL_FONT_DIRS`` when set (only those folders), else :func:`system_font_dirs`."""
    given = os.environ.get(FONT_DIRS_ENV)
    if given is not None:
        return [Path(p) for p in given.split(os.pathsep) if p.strip()]
    return system_font_dirs()


def find_times(dirs: list[Path], depth: int = 3) -> dict[str, Path]:
    """The Times New Roman file of each face found under ``dirs`` (sub-folders to ``depth``); faces not found
    are missing from the result."""
    wanted = {name.lower(): face for face, names in TIMES_FILES.items() for name in names}
    found: dict[str, Path] = {}
    for root in dirs:
        if not root.is_dir():
            continue
        base = len(root.parts)
        for folder, subdirs, files in os.walk(root):
            if len(Path(folder).parts) - base >= depth:
                subdirs[:] = []
            for name in files:
                face = wanted.get(name.lower())
                if face and face not in found:
                    found[face] = Path(folder) / name
            if len(found) == len(FACES):
                return found
    return found


def _shipped() -> dict[str, Path]:
    return {face: resource_path("fonts", FILES[face]) for face in FACES}


def _lacks_vietnamese(path: Path) -> str:
    """"" when the font file has every letter of VIETNAMESE_SAMPLE, else the letters it lacks (or why it fails)."""
    try:
        cmap = TTFont("pbgdpl-probe", str(path)).face.charToGlyph
    except Exception as exc:  # noqa: BLE001  a damaged or unreadable font file is simply not used
        return f"unreadable ({exc})"
    return "".join(sorted({ch for ch in VIETNAMESE_SAMPLE if ord(ch) not in cmap}))


def choice() -> FontChoice:
    """Which typeface documents use here, and why (nothing is registered)."""
    dirs = font_dirs()
    found = find_times(dirs)
    where = os.pathsep.join(str(d) for d in dirs) or "(no folder)"
    if len(found) < len(FACES):
        reason = f"{TIMES} not found in {where}" if not found else f"{TIMES} incomplete in {where} (needs regular, bold, italic, bold italic)"
        return FontChoice(LIBERATION, _shipped(), f"{reason}: the shipped {LIBERATION} (same metrics) is used")
    for face, path in found.items():
        missing = _lacks_vietnamese(path)
        if missing:
            return FontChoice(LIBERATION, _shipped(), f"{TIMES} at {path} lacks Vietnamese letters {missing}: the shipped {LIBERATION} is used")
    return FontChoice(TIMES, found, f"{TIMES} installed at {found[REGULAR].parent}, as Nghị định 30/2020 asks")


def font_path(name: str) -> Path:
    """Return the file of a registered face name (``REGULAR``, ``BOLD`` …)."""
    return register_fonts().files[name]


def register_fonts() -> FontChoice:
    """Register the four faces and the family mapping once per process (thread-safe); returns the choice made.

    Also makes the documents' face reportlab's base font so no page references the non-embedded Helvetica.
    """
    global _registered
    if _registered is not None:
        return _registered
    with _lock:
        if _registered is not None:
            return _registered
        chosen = choice()
        for name in FACES:
            pdfmetrics.registerFont(TTFont(name, str(chosen.files[name])))
        addMapping(FAMILY, 0, 0, REGULAR)
        addMapping(FAMILY, 1, 0, BOLD)
        addMapping(FAMILY, 0, 1, ITALIC)
        addMapping(FAMILY, 1, 1, BOLD_ITALIC)
        pdfmetrics.registerFontFamily(FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC)
        rl_config.canvas_basefontname = REGULAR
        _registered = chosen
        return chosen


def reset_for_tests() -> None:
    """Forget the registration so the next document chooses again (tests switching PBGDPL_FONT_DIRS)."""
    global _registered
    with _lock:
        _registered = None


def missing_glyphs(text: str, name: str = REGULAR) -> list[str]:
    """Return the characters of ``text`` that the face ``name`` has no glyph for (spaces ignored)."""
    register_fonts()
    font = pdfmetrics.getFont(name)
    cmap = font.face.charToGlyph
    return sorted({ch for ch in text if not ch.isspace() and ord(ch) not in cmap})
