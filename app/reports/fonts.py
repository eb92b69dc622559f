"""Liberation Serif 2 (metric-compatible with Times New Roman, full Vietnamese) registered once for reportlab."""

from __future__ import annotations

import threading
from pathlib import Path

from reportlab import rl_config
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app.paths import resource_path

FAMILY = "LiberationSerif"
REGULAR = FAMILY
BOLD = f"{FAMILY}-Bold"
ITALIC = f"{FAMILY}-Italic"
BOLD_ITALIC = f"{FAMILY}-BoldItalic"
FILES = {
    REGULAR: "LiberationSerif-Regular.ttf",
    BOLD: "LiberationSerif-Bold.ttf",
    ITALIC: "LiberationSerif-Italic.ttf",
    BOLD_ITALIC: "LiberationSerif-BoldItalic.ttf",
}
LICENCE_FILE = "OFL-LiberationSerif.txt"

# Every Vietnamese letter with a stacked diacritic, the hardest cases for a font (the check).
VIETNAMESE_SAMPLE = "ẮẰẲẴẶắằẳẵặẤẦẨẪẬấầẩẫậỐỒỔỖỘốồổỗộỚỜỞỠỢớờởỡợỨỪỬỮỰứừửữựđĐ"

_lock = threading.Lock()
_registered = False


def font_path(name: str) -> Path:
    """Return the TTF file of a registered face name (``LiberationSerif-Bold`` …)."""
    return resource_path("fonts", FILES[name])


def register_fonts() -> None:
    """Register the four faces and the family mapping once per process (thread-safe).

    Also makes Liberation Serif reportlab's base font so no page references the non-embedded Helvetica.
    """
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        for name, filename in FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", filename))))
        addMapping(FAMILY, 0, 0, REGULAR)
        addMapping(FAMILY, 1, 0, BOLD)
        addMapping(FAMILY, 0, 1, ITALIC)
        addMapping(FAMILY, 1, 1, BOLD_ITALIC)
        pdfmetrics.registerFontFamily(FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC)
        rl_config.canvas_basefontname = REGULAR
        _registered = True


def missing_glyphs(text: str, name: str = REGULAR) -> list[str]:
    """Return the characters of ``text`` that the face ``name`` has no glyph for (spaces ignored)."""
    register_fonts()
    font = pdfmetrics.getFont(name)
    cmap = font.face.charToGlyph
    return sorted({ch for ch in text if not ch.isspace() and ord(ch) not in cmap})
