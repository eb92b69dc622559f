"""Legacy Vietnamese encodings in Excel text (TCVN3, VNI, VIQR): detection and conversion to Unicode NFC."""

from __future__ import annotations

import enum
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import chain, repeat

from app.core import legacy_tables as T

# Column verdict thresholds (reference 5.4, REASONED there): at least this many decisive cells, and this share
# of them agreeing on one encoding.
MIN_DECISIVE = 3
AGREEMENT = 0.9

_WORD_RE = re.compile(r"[^\W\d_]+")


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


class Encoding(str, enum.Enum):
    """Encoding of a cell or column, as detected or as chosen by the user."""

    UNICODE = "unicode"
    TCVN3 = "tcvn3"
    VNI = "vni"
    VIQR = "viqr"
    ASCII = "ascii"
    UNSURE = "unsure"


class CellKind(str, enum.Enum):
    """How the per-cell algorithm (reference 5.3) classified a cell."""

    ASCII = "ascii"  # step 1: plain ASCII, left alone
    UNICODE = "unicode"  # step 2: Vietnamese letters beyond Latin-1 (decisive)
    OTHER = "other"  # step 3: another script, left alone
    FONT = "font"  # step 5: the legacy font decides (decisive)
    CONTENT = "content"  # step 6: one clean reading, >= 2 words with diacritics (decisive)
    WEAK = "weak"  # step 6 with < 2 words with diacritics: needs corroboration by the column
    AMBIGUOUS = "ambiguous"  # step 7: reads fine as it is and as a legacy encoding
    PLAIN = "plain"  # nothing to convert (no clean legacy reading, no legacy signature)
    SUSPECT = "suspect"  # step 8: looks legacy but does not decode cleanly; left and listed


@dataclass(frozen=True)
class Detection:
    """Result of :func:`classify_cell`.

    Attributes:
        kind: the step of the algorithm that decided.
        proposal: the legacy encoding proposed (FONT, CONTENT, WEAK), else None.
        clean: legacy encodings under which the cell reads as well-formed Vietnamese.
        note: a remark for the import report ("" if none).
    """

    kind: CellKind
    proposal: Encoding | None = None
    clean: tuple[Encoding, ...] = ()
    note: str = ""

    @property
    def decisive(self) -> bool:
        """Whether the cell counts towards a column verdict (reference 5.4 step 1)."""
        return self.kind in (CellKind.UNICODE, CellKind.FONT, CellKind.CONTENT)

    @property
    def encoding(self) -> Encoding:
        """The per-cell verdict as an :class:`Encoding` (what a cell alone says)."""
        if self.kind is CellKind.ASCII:
            return Encoding.ASCII
        if self.kind in (CellKind.FONT, CellKind.CONTENT) and self.proposal is not None:
            return self.proposal
        if self.kind in (CellKind.WEAK, CellKind.AMBIGUOUS, CellKind.SUSPECT):
            return Encoding.UNSURE
        return Encoding.UNICODE


@dataclass(frozen=True)
class Conversion:
    """What :func:`fix_cell` did with one cell.

    Attributes:
        encoding: TCVN3, VNI or VIQR when decoded from it; UNICODE or ASCII when kept as it is; UNSURE when
            kept because nothing settled it.
        original: the text as read from the sheet; converted: the result, always NFC.
        reason: how it was decided ("by font", "by content", "column verdict ..."), for the import report.
        needs_review: True when the import report should list the cell individually (reference 5.7).
    """

    encoding: Encoding
    original: str
    converted: str
    reason: str = ""
    needs_review: bool = False

    @property
    def changed(self) -> bool:
        """Whether the converted text differs from the original."""
        return self.converted != self.original


# --- fonts ---------------------------------------------------------------------------------------------------


def _font_key(font_name: str | None) -> str:
    return (font_name or "").strip().lstrip(".").casefold()


def font_encoding(font_name: str | None) -> Encoding | None:
    """Return the legacy encoding a font name implies, or None.

    Args:
        font_name: a cell or run font name such as ".VnTime", "VnTime", "VNI-Times" or "Calibri".

    Returns:
        Encoding.VNI for names starting with "vni", Encoding.TCVN3 for other names starting with "vn"
        (after removing a leading dot, case-insensitive), otherwise None.
    """
    key = _font_key(font_name)
    if key.startswith("vni"):
        return Encoding.VNI
    if key.startswith("vn"):
        return Encoding.TCVN3
    return None


def is_capitals_font(font_name: str | None) -> bool:
    """Return True for a TCVN3 capitals font (".VnTimeH", ".VnArialH", "VnTimeH", ...)."""
    return font_encoding(font_name) is Encoding.TCVN3 and _font_key(font_name).endswith("h")


# --- decoders and encoders -----------------------------------------------------------------------------------


def decode_tcvn3(text: str, *, capitals: bool = False) -> str:
    """Decode TCVN3 (ABC, .VnTime fonts) text as read through Windows-1252 into Unicode.

    Args:
        text: the cell text as openpyxl returns it (legacy bytes as U+00A0-U+00FF).
        capitals: True when the cell or run uses a capitals font (.VnTimeH ...); the decoded text is then
            upper-cased, since such fonts draw every letter as a capital.

    Returns:
        The NFC Unicode text. Characters outside the 74 TCVN3 letters are kept unchanged.
    """
    out = _nfc(text.translate(T.TCVN3_TO_UNICODE))
    return out.upper() if capitals else out


def _vni_scan(text: str, tolerant: bool) -> tuple[str, int, int]:
    """Decode VNI; return (NFC text, number of orphan mark bytes, number of tolerated mixed-case pairs)."""
    out: list[str] = []
    orphans = tolerated = 0
    i, n = 0, len(text)
    while i < n:
        pair = text[i : i + 2]
        if pair in T.VNI_PAIRS:
            out.append(T.VNI_PAIRS[pair])
            i += 2
            continue
        if tolerant and pair in T.VNI_TOLERATED:
            out.append(T.VNI_TOLERATED[pair])
            tolerated += 1
            i += 2
            continue
        ch = text[i]
        if ch in T.VNI_SINGLE:
            out.append(T.VNI_SINGLE[ch])
        else:
            orphans += ch in T.VNI_MARKS
            out.append(ch)
        i += 1
    return _nfc("".join(out)), orphans, tolerated


def decode_vni(text: str, *, tolerant: bool = True) -> str:
    """Decode VNI-Windows (VNI-Times ...) text as read through Windows-1252 into Unicode.

    Args:
        text: the cell text as openpyxl returns it.
        tolerant: also accept a base letter followed by a mark of the other case ("Nguye\\xc3n"), taking
            the case from the base, and y + dot as ỵ (reference 3.3 rule 3).

    Returns:
        The NFC Unicode text. Pairs are read before single bytes; anything else is kept unchanged.
    """
    return _vni_scan(text, tolerant)[0]


def decode_viqr(text: str) -> str:
    """Decode VIQR (RFC 1456) text into Unicode. Use only when the user picked VIQR for a column.

    Args:
        text: ASCII text such as "Nguye^~n Thi. Hu+o+`ng"; "DD"/"Dd"/"dd" stand for Đ/đ and a backslash
            makes the next mark literal ("ddo+`i\\." is "đời.").

    Returns:
        The NFC Unicode text.
    """
    out: list[str] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        nxt = text[i + 1] if i + 1 < n else ""
        if ch == "\\" and nxt in T.VIQR_MARKS and nxt:
            out.append(nxt)
            i += 2
        elif ch in "dD" and nxt and nxt in "dD" and ch + nxt != "dD":
            out.append("đ" if ch == "d" else "Đ")
            i += 2
        elif ch in "aeiouyAEIOUY":
            marks, j = "", i + 1
            if j < n and text[j] in T.VIQR_SHAPES and ch in T.VIQR_SHAPES[text[j]][1]:
                marks += T.VIQR_SHAPES[text[j]][0]
                j += 1
            if j < n and text[j] in T.VIQR_TONES:
                marks += T.VIQR_TONES[text[j]]
                j += 1
            out.append(_nfc(ch + marks))
            i = j
        else:
            out.append(ch)
            i += 1
    return _nfc("".join(out))


def to_unicode(text: str, encoding: Encoding) -> str:
    """Convert text from the given encoding to Unicode NFC.

    Args:
        text: the cell text.
        encoding: TCVN3, VNI or VIQR decode; UNICODE, ASCII and UNSURE only normalise to NFC.

    Returns:
        The NFC text.
    """
    if encoding is Encoding.TCVN3:
        return decode_tcvn3(text)
    if encoding is Encoding.VNI:
        return decode_vni(text)
    if encoding is Encoding.VIQR:
        return decode_viqr(text)
    return _nfc(text)


# --- "does it read as Vietnamese?" (reference 5.1(5)) --------------------------------------------------------


def _is_acronym(word: str) -> bool:
    return len(word) >= 2 and all(c in T.ACRONYM_LETTERS for c in word)


def _touches_letter(text: str, i: int) -> bool:
    return (i > 0 and text[i - 1].isalpha()) or (i + 1 < len(text) and text[i + 1].isalpha())


def _symbol_touches_letter(text: str) -> bool:
    if T.TCVN3_SYMBOL_SIGNS.isdisjoint(text):
        return False
    return any(c in T.TCVN3_SYMBOL_SIGNS and _touches_letter(text, i) for i, c in enumerate(text))


def _marked_words(text: str) -> list[str]:
    return [w for w in _WORD_RE.findall(text) if not w.isascii()]


def _is_clean(text: str) -> bool:
    """Every word with a non-ASCII letter is a syllable or an acronym, and no TCVN3 symbol touches a letter."""
    if _symbol_touches_letter(text):
        return False
    return all(_is_acronym(w) or T.is_syllable(w.lower()) for w in _marked_words(text))


def _has_signature(text: str) -> bool:
    """Reference 5.1(3): characters that no Unicode Vietnamese text contains."""
    if not T.TCVN3_LETTER_SIGNS.isdisjoint(text) or _symbol_touches_letter(text):
        return True
    if T.VNI_PAIR_RE.search(text):
        return True
    return any(len(w) > 1 and any(c in T.VNI_LETTER_SIGNS for c in w) for w in _WORD_RE.findall(text))


def _excludes_vni(text: str) -> bool:
    """A TCVN3 character from U+00A1-U+00BE touching a letter, or an orphan VNI mark byte."""
    if any("\xa1" <= c <= "\xbe" and c in T.TCVN3_SRC and _touches_letter(text, i) for i, c in enumerate(text)):
        return True
    return _vni_scan(text, tolerant=True)[1] > 0


# --- detection -----------------------------------------------------------------------------------------------


def classify_cell(text: str, font_name: str | None = None) -> Detection:
    """Classify one cell with the per-cell algorithm of the reference (section 5.3).

    Args:
        text: the cell text as openpyxl returns it (not stripped of invisible characters, not NFD/NFKC).
        font_name: the cell or run font name, if known.

    Returns:
        A :class:`Detection` with the deciding step, the proposed encoding and a report note.
    """
    if text.isascii():
        return Detection(CellKind.ASCII)
    font_enc = font_encoding(font_name)
    if not T.UNICODE_ONLY.isdisjoint(text):  # step 2; reference 8: report TCVN3 signs next to Unicode letters
        mixed = not T.TCVN3_LETTER_SIGNS.isdisjoint(text) or _symbol_touches_letter(text)
        note = "Unicode text in a legacy font" if font_enc else ""
        note = "; ".join(filter(None, [note, "legacy characters next to Unicode letters" if mixed else ""]))
        return Detection(CellKind.UNICODE, note=note)
    if any(ord(c) > 0xFF and c not in T.CP1252_PUNCTUATION for c in text):
        return Detection(CellKind.OTHER)
    candidates = []
    if T.TCVN3_EXCLUDING.isdisjoint(text):
        candidates.append(Encoding.TCVN3)
    if not _excludes_vni(text):
        candidates.append(Encoding.VNI)
    decoded = {enc: to_unicode(text, enc) for enc in candidates}
    clean = tuple(e for e in candidates if decoded[e] != text and _is_clean(decoded[e]))
    if font_enc in decoded:  # step 5
        note = "" if font_enc in clean or decoded[font_enc] == text else "some words do not read as Vietnamese"
        return Detection(CellKind.FONT, font_enc, clean, note)
    mismatch = f"content contradicts the {font_enc.value} font" if font_enc else ""
    asis_ok = _is_clean(text)
    if len(clean) == 1 and not asis_ok:  # step 6
        enc = clean[0]
        if len(_marked_words(decoded[enc])) >= 2:
            return Detection(CellKind.CONTENT, enc, clean, mismatch)
        note = "only one word with diacritics: needs corroboration by the column"
        return Detection(CellKind.WEAK, enc, clean, f"{note}; {mismatch}" if mismatch else note)
    if clean:  # step 7 (or two clean legacy readings)
        readings = (["unicode"] if asis_ok else []) + [e.value for e in clean]
        return Detection(CellKind.AMBIGUOUS, None, clean, "reads as " + " or ".join(readings))
    if asis_ok or not _has_signature(text):
        return Detection(CellKind.PLAIN)
    return Detection(CellKind.SUSPECT, note="looks legacy, does not decode")


@dataclass
class ColumnTally:
    """Counts of per-cell classifications for one column (or, merged, a sheet)."""

    decisive: Counter[Encoding] = field(default_factory=Counter)
    undecided: int = 0  # ambiguous and needs-corroboration cells, which a verdict can settle
    ascii: int = 0
    other: int = 0  # non-ASCII cells with nothing to convert

    def add(self, detection: Detection, count: int = 1) -> None:
        """Count one classified cell (or ``count`` cells classified alike)."""
        if detection.decisive:
            self.decisive[detection.encoding] += count
        elif detection.kind in (CellKind.WEAK, CellKind.AMBIGUOUS):
            self.undecided += count
        elif detection.kind is CellKind.ASCII:
            self.ascii += count
        else:
            self.other += count

    def merge(self, other: ColumnTally) -> ColumnTally:
        """Return the sum of two tallies (use it for the sheet verdict)."""
        return ColumnTally(
            self.decisive + other.decisive,
            self.undecided + other.undecided,
            self.ascii + other.ascii,
            self.other + other.other,
        )

    def verdict(self) -> Encoding:
        """Return the verdict of reference 5.4: the encoding ≥ 90 % of ≥ 3 decisive cells agree on."""
        total = sum(self.decisive.values())
        if total >= MIN_DECISIVE or (total and not self.undecided):
            enc, count = self.decisive.most_common(1)[0]
            return enc if count >= AGREEMENT * total else Encoding.UNSURE
        if not total and not self.undecided:
            return Encoding.UNICODE if self.other else Encoding.ASCII
        return Encoding.UNSURE


def tally_column(texts: Iterable[str], font_names: Iterable[str | None] | None = None) -> ColumnTally:
    """Classify every text cell of a column and count the results.

    Args:
        texts: the column's cell texts (non-strings and blank cells are skipped).
        font_names: the matching font names, or None when fonts are unknown.

    Returns:
        The :class:`ColumnTally`.
    """
    tally = ColumnTally()
    fonts = chain(font_names or (), repeat(None))
    for text, font in zip(texts, fonts):
        if isinstance(text, str) and text.strip():
            tally.add(classify_cell(text, font))
    return tally


# --- conversion ----------------------------------------------------------------------------------------------


def _convert(text: str, enc: Encoding, font_name: str | None, reason: str, review: bool) -> Conversion:
    if enc is Encoding.TCVN3:
        caps = is_capitals_font(font_name)
        out = decode_tcvn3(text, capitals=caps)
        if not caps and font_encoding(font_name) is not Encoding.TCVN3 and _lost_capitals(text):
            out, review = out.upper(), True
            reason += "; upper-cased (heading typed in a capitals font?)"
    elif enc is Encoding.VNI:
        out, _, tolerated = _vni_scan(text, tolerant=True)
        if tolerated:
            review = True
            reason += "; mixed-case VNI marks accepted"
    else:
        out = to_unicode(text, enc)
    return Conversion(enc, text, out, reason, review)


def _lost_capitals(text: str) -> bool:
    """Reference 2.4 rule 4: all ASCII letters upper-case (≥ 2) but some TCVN3 letters decode lower-case."""
    letters = [c for c in text if c.isascii() and c.isalpha()]
    if len(letters) < 2 or not all(c.isupper() for c in letters):
        return False
    return any(c.translate(T.TCVN3_TO_UNICODE).islower() for c in text if c in T.TCVN3_SRC)


def fix_cell(text: str, font_name: str | None = None, column_verdict: Encoding | None = None) -> Conversion:
    """Detect and convert one cell; what the Excel importer calls for every text cell.

    Decisive cells (Unicode letters, a legacy font, or a clean legacy reading with ≥ 2 words carrying
    diacritics) are converted on their own evidence. Ambiguous cells and cells that need corroboration are
    converted only when ``column_verdict`` is TCVN3 or VNI and that encoding reads them cleanly; otherwise
    they are left as they are and flagged for review (a UNICODE verdict settles them as Unicode). With
    ``column_verdict`` VIQR (only ever chosen by the user) ASCII cells are decoded as VIQR. To force an
    encoding the user chose for every cell, call :func:`to_unicode` instead.

    For rich text (``load_workbook(..., rich_text=True)``) call it once per run with the run's font
    (falling back to the cell font) and join the results.

    Args:
        text: the cell text as openpyxl returns it (before any stripping of invisible characters).
        font_name: the cell or run font name, if known.
        column_verdict: the verdict of ``tally_column(...).verdict()`` for the cell's column (or the sheet's).

    Returns:
        A :class:`Conversion`; ``converted`` is always NFC.
    """
    if column_verdict is Encoding.VIQR and text.isascii():
        return Conversion(Encoding.VIQR, text, decode_viqr(text), "column verdict (VIQR)")
    det = classify_cell(text, font_name)
    if det.kind in (CellKind.FONT, CellKind.CONTENT) and det.proposal is not None:
        reason = f"by {det.kind.value}" + (f"; {det.note}" if det.note else "")
        return _convert(text, det.proposal, font_name, reason, bool(det.note))
    if det.kind in (CellKind.WEAK, CellKind.AMBIGUOUS):
        if column_verdict in (Encoding.TCVN3, Encoding.VNI) and column_verdict in det.clean:
            return _convert(text, column_verdict, font_name, f"column verdict ({det.kind.value} cell)", False)
        if column_verdict is Encoding.UNICODE:
            return Conversion(Encoding.UNICODE, text, _nfc(text), f"column verdict ({det.kind.value} cell)")
        return Conversion(Encoding.UNSURE, text, _nfc(text), det.note, True)
    return Conversion(det.encoding, text, _nfc(text), det.note, det.kind is CellKind.SUSPECT or bool(det.note))


def repair_name_capitals(text: str) -> str:
    """Capitalise name words that .VnTime could not write as capitals (reference 2.4 rule 4).

    Use only on person-name and place-name columns, after a TCVN3 conversion, and report the change:
    when every other word starts with a capital, a word starting with a lower-case vowel that carries a
    tone was a capital ("Nguyễn Thị ánh Liên" → "Nguyễn Thị Ánh Liên").

    Args:
        text: a converted (Unicode) name.

    Returns:
        The repaired NFC text (unchanged when the rule does not apply).
    """
    words = _nfc(text).split(" ")

    def toned_lower(w: str) -> bool:
        split = T.split_letter(w[0])
        return w[0].islower() and split is not None and split[1] is not None

    real = [w for w in words if w]
    capitals = sum(w[0].isupper() for w in real)
    if len(real) < 2 or not capitals or not all(w[0].isupper() or toned_lower(w) for w in real):
        return _nfc(text)
    return " ".join(w[0].upper() + w[1:] if w and toned_lower(w) else w for w in words)
