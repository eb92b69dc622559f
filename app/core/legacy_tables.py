"""Tables for app.core.legacy: TCVN3 and VNI-Windows bytes, and the Vietnamese syllable check."""

from __future__ import annotations

import functools
import re
import unicodedata

# Every legacy byte arrives from openpyxl as the character whose code point equals the byte (U+00A0-U+00FF).

# --- TCVN3 (TCVN 5712:1993 VN3), reference section 2.3/2.5: 74 one-to-one entries ---------------------------
TCVN3_SRC = (
    "\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xb5\xb6\xb7\xb8\xb9\xbb\xbc\xbd\xbe\xc6\xc7"
    "\xc8\xc9\xca\xcb\xcc\xce\xcf\xd0\xd1\xd2\xd3\xd4\xd5\xd6\xd7\xd8\xdc\xdd\xde\xdf\xe1\xe2\xe3\xe4\xe5"
    "\xe6\xe7\xe8\xe9\xea\xeb\xec\xed\xee\xef\xf1\xf2\xf3\xf4\xf5\xf6\xf7\xf8\xf9\xfa\xfb\xfc\xfd\xfe"
)
TCVN3_DST = "ĂÂÊÔƠƯĐăâêôơưđàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ"
assert len(TCVN3_SRC) == len(TCVN3_DST) == 74
TCVN3_TO_UNICODE = str.maketrans(TCVN3_SRC, TCVN3_DST)

# Latin-1 letters VN3 never produces (section 2.3 / 5.1(4)): their presence excludes TCVN3.
TCVN3_EXCLUDING = frozenset("ÀÁÂÃÄÅÍÙÚÛàðÿ")

# Latin-1 letters and symbols in Unicode Vietnamese (precomposed): à á â ã è é ê ì í ò ó ô õ ù ú ý + capitals.
LATIN1_VIETNAMESE = frozenset("àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ")

# TCVN3 signatures (section 5.1(3)): key characters that no Unicode Vietnamese text contains.
TCVN3_LETTER_SIGNS = frozenset(c for c in TCVN3_SRC if c.isalpha() and c not in LATIN1_VIETNAMESE)
TCVN3_SYMBOL_SIGNS = frozenset(c for c in TCVN3_SRC if not c.isalpha())  # evidence only when touching a letter
assert len(TCVN3_LETTER_SIGNS) == 27 and len(TCVN3_SYMBOL_SIGNS) == 23

# --- VNI-Windows, reference section 3.1/3.4 --------------------------------------------------------------------
VNI_SINGLE_SRC = "\xc6\xcc\xcd\xce\xd1\xd2\xd3\xd4\xd6\xe6\xec\xed\xee\xf1\xf2\xf3\xf4\xf6"
VNI_SINGLE_DST = "ỈÌÍỴĐỊĨƠƯỉìíỵđịĩơư"
VNI_SINGLE: dict[str, str] = dict(zip(VNI_SINGLE_SRC, VNI_SINGLE_DST))

_ACUTE, _GRAVE, _HOOK, _TILDE, _DOT = "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"
_CIRCUMFLEX, _BREVE = "\u0302", "\u0306"

# Lower-case mark byte -> (combining marks it adds, base letters it may follow). Upper-case mark = byte - 0x20.
_VNI_MARKS: dict[str, tuple[str, str]] = {
    "\xf9": (_ACUTE, "aeouyơư"),
    "\xf8": (_GRAVE, "aeouyơư"),
    "\xfb": (_HOOK, "aeouyơư"),
    "\xf5": (_TILDE, "aeouyơư"),
    "\xef": (_DOT, "aeouơư"),  # no y + dot: ỵ is the single byte EE
    "\xe2": (_CIRCUMFLEX, "aeo"),
    "\xe1": (_CIRCUMFLEX + _ACUTE, "aeo"),
    "\xe0": (_CIRCUMFLEX + _GRAVE, "aeo"),
    "\xe5": (_CIRCUMFLEX + _HOOK, "aeo"),
    "\xe3": (_CIRCUMFLEX + _TILDE, "aeo"),
    "\xe4": (_CIRCUMFLEX + _DOT, "aeo"),
    "\xea": (_BREVE, "a"),
    "\xe9": (_BREVE + _ACUTE, "a"),
    "\xe8": (_BREVE + _GRAVE, "a"),
    "\xfa": (_BREVE + _HOOK, "a"),
    "\xfc": (_BREVE + _TILDE, "a"),
    "\xeb": (_BREVE + _DOT, "a"),
}
_VNI_BASE_CHAR = {"a": "a", "e": "e", "o": "o", "u": "u", "y": "y", "ơ": "\xf4", "ư": "\xf6"}

VNI_MARKS_LOWER = frozenset(_VNI_MARKS)
VNI_MARKS_UPPER = frozenset(chr(ord(m) - 0x20) for m in _VNI_MARKS)
VNI_MARKS = VNI_MARKS_LOWER | VNI_MARKS_UPPER
VNI_BASES = frozenset("aeouyAEOUY\xf4\xf6\xd4\xd6")


def _build_vni_pairs() -> dict[str, str]:
    pairs: dict[str, str] = {}
    for mark, (combining, bases) in _VNI_MARKS.items():
        for base in bases:
            letter = unicodedata.normalize("NFC", base + combining)
            pairs[_VNI_BASE_CHAR[base] + mark] = letter
            upper_base = chr(ord(_VNI_BASE_CHAR[base]) - 0x20)  # A E O U Y, and D4 = Ơ, D6 = Ư
            pairs[upper_base + chr(ord(mark) - 0x20)] = letter.upper()
    return pairs


VNI_PAIRS: dict[str, str] = _build_vni_pairs()
assert len(VNI_PAIRS) == 116 and all(len(v) == 1 for v in VNI_PAIRS.values())

# Tolerated mixed-case pairs (section 3.3 rule 3): the case comes from the base. Plus y + dot = ỵ.
VNI_TOLERATED: dict[str, str] = {}
for _pair, _letter in VNI_PAIRS.items():
    _base, _mark = _pair
    _other = chr(ord(_mark) + 0x20) if _mark in VNI_MARKS_UPPER else chr(ord(_mark) - 0x20)
    VNI_TOLERATED[_base + _other] = _letter
VNI_TOLERATED["y\xef"], VNI_TOLERATED["Y\xcf"] = "ỵ", "Ỵ"

# Reference 5.1(3), VNI signatures: a vowel followed by a mark byte, or đ Đ ư Ư ơ Ơ inside a word.
VNI_PAIR_RE = re.compile(
    "[aeouyAEOUY\xf4\xf6\xd4\xd6][\xf9\xf8\xfb\xf5\xef\xd9\xd8\xdb\xd5\xcf]"
    "|[aeoAEO][\xe2\xe1\xe0\xe5\xe3\xe4\xc2\xc1\xc0\xc5\xc3\xc4]"
    "|[aA][\xea\xe9\xe8\xfa\xfc\xeb\xca\xc9\xc8\xda\xdc\xcb]"
)
VNI_LETTER_SIGNS = frozenset("ñÑöÖôÔ")

# --- VIQR (reference section 4): shape mark -> (combining mark, letters it may follow); tone marks ----------------
VIQR_SHAPES = {"(": (_BREVE, "aA"), "^": (_CIRCUMFLEX, "aAeEoO"), "+": ("\u031b", "oOuU")}
VIQR_TONES = {"'": _ACUTE, "`": _GRAVE, "?": _HOOK, "~": _TILDE, ".": _DOT}
VIQR_MARKS = frozenset(VIQR_SHAPES) | frozenset(VIQR_TONES)

# --- Vietnamese syllable inventory (reference section 5.1(5)) ---------------------------------------------------
ONSETS = (
    "ngh", "ng", "gh", "gi", "kh", "nh", "ph", "qu", "th", "tr", "ch", "kr", "pl", "bl", "dr",
    "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "",
)
CODAS = ("", "c", "ch", "k", "m", "n", "ng", "nh", "p", "t")
STOP_CODAS = frozenset({"c", "ch", "k", "p", "t"})
TONES = {_ACUTE: "sac", _GRAVE: "huyen", _HOOK: "hoi", _TILDE: "nga", _DOT: "nang"}
STOP_TONES = frozenset({"sac", "nang"})  # the only tones allowed before c ch k p t

# nucleus -> (tone positions without a coda, tone positions with a coda); None = that form is not allowed.
NUCLEI: dict[str, tuple[frozenset[int] | None, frozenset[int] | None]] = {}
_FIRST, _SECOND, _MIDDLE, _BOTH = frozenset({0}), frozenset({1}), frozenset({1}), frozenset({0, 1})
for _n in ("a", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"):
    NUCLEI[_n] = (_FIRST, _FIRST)
for _n in ("ă", "â"):
    NUCLEI[_n] = (None, _FIRST)
for _n in ("ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iu", "oi", "ôi", "ơi", "ua", "ui", "ưa", "ưi", "ưu"):
    NUCLEI[_n] = (_FIRST, None)  # falling diphthongs: no coda, tone on the 1st vowel
for _n in ("oa", "oe", "uy", "uê", "uơ"):
    NUCLEI[_n] = (_BOTH, _SECOND)  # rising: old and new tone placement without a coda
for _n in ("oă", "uâ", "iê", "yê", "uô", "ươ"):
    NUCLEI[_n] = (None, _SECOND)
NUCLEI["oo"] = (None, _BOTH)
for _n in ("oai", "oay", "oao", "oeo", "uây", "uôi", "ươi", "ươu", "iêu", "yêu", "uya", "uyu"):
    NUCLEI[_n] = (_MIDDLE, None)
NUCLEI["uyê"] = (None, frozenset({2}))

VIETNAMESE_BASES = frozenset("aăâbcdđeêghiklmnoôơpqrstuưvxy")
ACRONYM_LETTERS = frozenset("BCDĐFGHJKLMNPQRSTVWXZ")

# Characters > U+00FF that Windows-1252 puts at 0x80-0x9F: punctuation in all three legacy encodings.
CP1252_PUNCTUATION = frozenset(bytes(range(0x80, 0xA0)).decode("cp1252", errors="ignore"))

# Step 2 of the per-cell algorithm: characters that only Unicode Vietnamese text contains.
UNICODE_ONLY = frozenset(
    "\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0"
    + "".join(chr(c) for c in range(0x1EA0, 0x1EFA))
    + "\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b"
)


@functools.lru_cache(maxsize=512)
def split_letter(ch: str) -> tuple[str, str | None] | None:
    """Split a lower-case letter into its base letter and tone ("ớ" gives ("ơ", "sac")).

    Args:
        ch: one character.

    Returns:
        (base letter, tone name or None), or None when ch is not a Vietnamese letter.
    """
    parts = unicodedata.normalize("NFD", ch)
    tones = [TONES[c] for c in parts if c in TONES]
    base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONES))
    if base not in VIETNAMESE_BASES or len(tones) > 1:
        return None
    return base, (tones[0] if tones else None)


def is_syllable(word: str) -> bool:
    """Check that a word is a well-formed Vietnamese syllable (reference 5.1(5)).

    Well-formed non-words pass ("Chớnh"); typical misreadings fail ("Cỏc", "Bỏo", "Keỏ", "Quỹt").

    Args:
        word: one lower-case NFC word.

    Returns:
        True when some split into onset, nucleus and coda fits the inventory and the tone sits where it may.
    """
    bases: list[str] = []
    tone: str | None = None
    tone_at = -1
    for i, ch in enumerate(word):
        split = split_letter(ch)
        if split is None:
            return False
        base, mark = split
        if mark is not None:
            if tone is not None:
                return False
            tone, tone_at = mark, i
        bases.append(base)
    s = "".join(bases)
    for onset in ONSETS:
        if not s.startswith(onset):
            continue
        rest = s[len(onset) :]
        for coda in CODAS:
            if len(coda) >= len(rest) or not rest.endswith(coda):
                continue
            spec = NUCLEI.get(rest[: len(rest) - len(coda)])
            positions = None if spec is None else spec[1 if coda else 0]
            if positions is None:
                continue
            if tone is not None and tone_at - len(onset) not in positions:
                continue
            if coda in STOP_CODAS and tone not in STOP_TONES:
                continue
            return True
    return False
