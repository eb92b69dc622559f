"""Unit names composed once from the catalog's division type and name (stdlib only).

The administrative catalog spells names unevenly: communes carry their type ("Xã Tân Kỳ", "Phường Hoàn Kiếm",
"Đặc khu Vân Đồn"), provinces do not ("Thái Nguyên") except the six centrally-run cities ("Thành phố Hà Nội").
Every document, screen and recipient line asks this module for the form it needs, so a name is never
prefixed twice ("Thành phố Thành phố Hà Nội"):

- ``full``     "Thành phố Hà Nội", "Tỉnh Thái Nguyên", "Xã Tân Kỳ" (a heading, a list, the wizard);
- ``lower``    "thành phố Hà Nội", "xã Tân Kỳ" (inside a sentence: "Ủy ban nhân dân xã Tân Kỳ báo cáo");
- ``place``    "Hà Nội", "Tân Kỳ" (the địa danh before the date, Nghị định 30/2020 Phụ lục I);
- ``upper``    "THÀNH PHỐ HÀ NỘI" (a letterhead line).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

# Division type (as the catalog spells it, or as a person would) -> the word printed before the name.
TYPE_WORDS = {
    "tỉnh": "tỉnh",
    "thành phố trung ương": "thành phố",
    "thành phố trực thuộc trung ương": "thành phố",
    "thành phố": "thành phố",
    "xã": "xã",
    "phường": "phường",
    "đặc khu": "đặc khu",
    "thị trấn": "thị trấn",
    "huyện": "huyện",
    "quận": "quận",
    "thị xã": "thị xã",
}
NAMED_AFTER_PEOPLE = frozenset({"Hồ Chí Minh"})
# Words a stored or typed name may start with that are a type, longest first ("thành phố" before "thị").
_PREFIXES = sorted({*TYPE_WORDS.values(), "tp.", "tp"}, key=len, reverse=True)
# An agency in front of a hand-typed district name ("Phòng Tư pháp huyện Đại Từ") is not part of the place.
_AGENCIES = ("phòng tư pháp", "ủy ban nhân dân", "uỷ ban nhân dân", "ubnd")


def _nfc(text: object) -> str:
    return unicodedata.normalize("NFC", "" if text is None else str(text)).strip()


def _strip_prefix(text: str, words) -> tuple[str, str]:
    """(the prefix word found or "", the rest) when ``text`` starts with one of ``words`` and a space."""
    low = text.lower()
    for word in words:
        if low.startswith(word + " ") and len(text) > len(word) + 1:
            return word, text[len(word) + 1 :].strip()
    return "", text


def type_word(division_type: str) -> str:
    """The lower-case word printed before a name of ``division_type`` ("" for an unknown type)."""
    return TYPE_WORDS.get(_nfc(division_type).lower(), "")


def bare_name(name: str) -> str:
    """The name without its agency and type words: "Thành phố Thành phố Hà Nội" -> "Hà Nội"."""
    text = " ".join(_nfc(name).split())
    _, text = _strip_prefix(text, _AGENCIES)
    while True:
        word, rest = _strip_prefix(text, _PREFIXES)
        if not word:
            return text
        text = rest


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


@dataclass(frozen=True)
class UnitName:
    """One unit's name in each form a document needs (see the module docstring)."""

    word: str  # "thành phố", "xã" … ("" when the type is unknown)
    bare: str  # "Hà Nội"

    @property
    def lower(self) -> str:
        return f"{self.word} {self.bare}" if self.word else self.bare

    @property
    def full(self) -> str:
        return _capital(self.lower)

    @property
    def upper(self) -> str:
        return self.lower.upper()

    @property
    def place(self) -> str:
        """The địa danh: the bare name, but the full name of a unit named by a number or after a person the
        rule knows ("Phường 12", "Thành phố Hồ Chí Minh"), as Phụ lục I of Nghị định 30/2020 asks (rule as
        remembered; the place stays editable in the settings)."""
        if self.bare[:1].isdigit() or self.bare in NAMED_AFTER_PEOPLE:
            return self.full
        return self.bare


def unit_name(division_type: str, name: str) -> UnitName:
    """Compose the name of a unit of ``division_type`` called ``name`` (with or without its type words).

    When ``division_type`` is unknown, a type word at the start of ``name`` is kept as the type
    ("Xã Tân Kỳ" -> word "xã"), so a stored name still composes once.
    """
    text = " ".join(_nfc(name).split())
    word = type_word(division_type)
    if not word:
        found, _ = _strip_prefix(text, sorted(TYPE_WORDS.values(), key=len, reverse=True))
        word = found
    return UnitName(word, bare_name(text))


def in_sentence(text: str) -> str:
    """``text`` (a unit's full name) with its first letter lower-cased, as inside a sentence."""
    text = _nfc(text)
    return text[:1].lower() + text[1:]
