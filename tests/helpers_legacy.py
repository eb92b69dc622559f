"""Test-only helpers around app.core.legacy: the writing direction (Unicode -> TCVN3 / VNI), to build the
legacy cells officers' old spreadsheets hold, and the one-call verdicts of a cell and of a column."""

from __future__ import annotations

import unicodedata
from typing import Iterable

from app.core import legacy_tables as T
from app.core.legacy import Encoding, classify_cell, tally_column

# Unicode -> TCVN3 (writing direction). Capitals with a tone have no .VnTime byte: they take the lower-case
# byte (what a .VnTimeH capitals font would display as the capital), as UniKey and VBKey do.
UNICODE_TO_TCVN3: dict[str, str] = dict(zip(T.TCVN3_DST, T.TCVN3_SRC))
for _low, _byte in list(zip(T.TCVN3_DST[7:], T.TCVN3_SRC[7:])):
    UNICODE_TO_TCVN3.setdefault(_low.upper(), _byte)

# Unicode -> VNI (writing direction), from the strict tables only.
UNICODE_TO_VNI: dict[str, str] = {v: k for k, v in T.VNI_PAIRS.items()}
UNICODE_TO_VNI.update({v: k for k, v in T.VNI_SINGLE.items()})
assert len(UNICODE_TO_VNI) == 134


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def encode_tcvn3(text: str) -> str:
    """Encode Unicode text as TCVN3 characters (the inverse of ``decode_tcvn3``).

    Capitals with a tone have no .VnTime code and get the lower-case byte, so "Ủy" gives "\\xf1y",
    which reads back as "ủy" unless the cell uses a capitals font.
    """
    return "".join(UNICODE_TO_TCVN3.get(ch, ch) for ch in _nfc(text))


def encode_vni(text: str) -> str:
    """Encode Unicode text as VNI-Windows characters (the inverse of ``decode_vni``)."""
    return "".join(UNICODE_TO_VNI.get(ch, ch) for ch in _nfc(text))


def detect_cell(text: str, font_name: str | None = None) -> Encoding:
    """The encoding of one cell without a column verdict (``classify_cell(...).encoding``)."""
    return classify_cell(text, font_name).encoding


def detect_column(texts: Iterable[str], font_names: Iterable[str | None] | None = None) -> Encoding:
    """The column verdict of reference 5.4 (``tally_column(...).verdict()``)."""
    return tally_column(texts, font_names).verdict()
