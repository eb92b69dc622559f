"""Vietnamese text helpers: NFC cleaning, accent-insensitive search keys, name collation."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Characters that arrive from Word, Excel and web pages and should count as a plain space.
_SPACES = re.compile(r"[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+")
_INVISIBLE = re.compile("[\u200c\u200d\u2060\u00ad]")
_ODD_SPACE = re.compile(r"[^\S ]")  # with "  " and _ZERO_WIDTH: a fast check that _SPACES has work to do
_ZERO_WIDTH = re.compile("[\u200b\ufeff]")
_MARKS = re.compile("[\u0300-\u036f]")  # the combining marks of Vietnamese (fast path of fold)
_is_nfc = unicodedata.is_normalized

# Vietnamese alphabet order (primary level). Letters with vowel marks are letters of their own.
_ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_RANK = {ch: i for i, ch in enumerate(_ALPHABET)}
# Combining marks that make a new letter (breve, circumflex, horn) vs. tone marks.
_LETTER_MARKS = {"\u0306": "breve", "\u0302": "circumflex", "\u031b": "horn"}
_COMPOSE_LETTER = {
    ("a", "breve"): "ă",
    ("a", "circumflex"): "â",
    ("e", "circumflex"): "ê",
    ("o", "circumflex"): "ô",
    ("o", "horn"): "ơ",
    ("u", "horn"): "ư",
}
# Dictionary order of tones: ngang, huyền, hỏi, ngã, sắc, nặng.
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}


def clean(text: object) -> str:
    """Return ``text`` as NFC with invisible characters removed and runs of spaces folded.

    Args:
        text: any value; ``None`` gives "".

    Returns:
        The cleaned string, stripped at both ends.
    """
    if text is None:
        return ""
    s = text if type(text) is str else str(text)
    # Fast path: every character the steps below remove or fold (invisible ones, zero-width and odd spaces)
    # is non-printable, so printable NFC text without double or outer spaces is already clean.
    if s.isprintable() and "  " not in s and s[:1] != " " and s[-1:] != " " and _is_nfc("NFC", s):
        return s
    s = _INVISIBLE.sub("", unicodedata.normalize("NFC", s))
    if "  " in s or _ODD_SPACE.search(s) or _ZERO_WIDTH.search(s):
        s = _SPACES.sub(" ", s)
    return s.strip()


def fold(text: object) -> str:
    """Return an accent- and case-insensitive search key ("Nguyễn Thị Hường" → "nguyen thi huong")."""
    s = clean(text)
    if s.isascii():
        return s.lower()  # ASCII: casefold is lower, NFD and the marks change nothing
    # Each step works character by character (the marks NFD may reorder are all dropped), so words fold
    # on their own; Vietnamese words repeat a great deal, so each is folded once.
    return " ".join([_fold_word(w) for w in s.split(" ")])


@lru_cache(maxsize=16384)
def _fold_word(word: str) -> str:
    if word.isascii():
        return word.lower()
    s = _MARKS.sub("", unicodedata.normalize("NFD", word.casefold())).replace("đ", "d")
    if not s.isascii():
        s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return s


def file_stem(text: object) -> str:
    """A piece of a file name without accents or signs ("12/KH-UBND Đợt 2" → "12-kh-ubnd-dot-2"): safe on every file
    system and e-mail client."""
    return "-".join(re.findall(r"[a-z0-9]+", fold(text)))


def search_terms(query: str) -> list[str]:
    """Split a search box query into folded words; every word must match."""
    return [w for w in fold(query).split(" ") if w]


def _letters(word: str) -> list[tuple[str, int, bool]]:
    """Split a word into (base letter, tone, is_upper) triples using NFD decomposition."""
    out: list[tuple[str, int, bool]] = []
    for ch in unicodedata.normalize("NFD", word):
        if unicodedata.combining(ch):
            if not out:
                continue
            base, tone, upper = out[-1]
            if ch in _LETTER_MARKS:
                base = _COMPOSE_LETTER.get((base, _LETTER_MARKS[ch]), base)
            elif ch in _TONES:
                tone = _TONES[ch]
            out[-1] = (base, tone, upper)
        else:
            low = ch.lower()
            out.append((low, 0, ch != low))
    return out


def collation_key(text: object) -> str:
    """Return a string that sorts Vietnamese text in dictionary order.

    Letters compare first (a < ă < â < b … d < đ …), then tones (ngang < huyền < hỏi < ngã < sắc < nặng),
    then case. The key is a plain string so that SQLite can sort on it with the default BINARY collation.
    """
    if type(text) is str:
        return _collation_key_of(text)  # names repeat (Nguyễn, Thị, Văn …): computed once each
    return _collation_key(clean(text))


@lru_cache(maxsize=8192)
def _collation_key_of(text: str) -> str:
    return _collation_key(clean(text))


def _collation_key(s: str) -> str:
    primary: list[str] = []
    tones: list[str] = []
    cases: list[str] = []
    for base, tone, upper in _letters(s):
        rank = _RANK.get(base)
        if rank is None:
            # ASCII spaces, digits and punctuation sort before letters; other scripts after them.
            code = ord(base)
            primary.append(chr(0x21 + code) if code < 0x80 else chr(0x200 + code))
        else:
            primary.append(chr(0x100 + rank))
        tones.append(chr(0x30 + tone))
        cases.append("1" if upper else "0")
    return "".join(primary) + "\x00" + "".join(tones) + "\x00" + "".join(cases)


def split_name(full_name: str) -> tuple[str, str, str]:
    """Split a Vietnamese full name into (family, middle, given)."""
    parts = clean(full_name).split(" ")
    if len(parts) == 1:
        return "", "", parts[0]
    return parts[0], " ".join(parts[1:-1]), parts[-1]


def name_sort_key(full_name: str) -> str:
    """Sort key for people: given name, then family name, then middle names, Vietnamese collation."""
    family, middle, given = split_name(full_name)
    return "\x01".join(collation_key(p) for p in (given, family, middle, full_name))
