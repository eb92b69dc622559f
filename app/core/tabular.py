"""Spreadsheet cells and headers: alias matching, header-row detection, and parsing of dates, numbers and lists."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any, Mapping, Sequence

from app.core.legacy import Encoding, to_unicode
from app.core.text import clean, fold

HEADER_SCAN_ROWS = 15
EXCEL_EPOCH = date(1899, 12, 30)
_BRACKETS = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_PUNCT = re.compile(r"[/\\,:;.\-–—_*+'\"]+")
_NUMBER_MARK = re.compile(r"^\(?\s*(\d{1,3}|[a-z]{1,2})\s*\)?$")
_TOTAL_WORDS = {"tong", "tong so", "cong", "so luong", "so"}
_SPLIT_HARD = re.compile(r"\s*(?:;|\n|\r)\s*")
_CURRENCY = re.compile(r"(vnđ|vnd|đồng|dong|đ|d)\.?$", re.IGNORECASE)
_DMY = re.compile(r"^(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{2}|\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?$")
_WORDS_DATE = re.compile(r"^(?:ngay\s*)?(\d{1,2})\s*thang\s*(\d{1,2})\s*nam\s*(\d{4})$")
_MY = re.compile(r"^(\d{1,2})\s*[/.\-]\s*(\d{4})$")
_YEAR = re.compile(r"^(\d{4})$")


@dataclass(frozen=True)
class RowProblem:
    """One bad cell or row: spreadsheet row number (as Excel shows it), column header as in the file, reason."""

    row: int
    column: str
    code: str
    message: str

    def to_dict(self) -> dict:
        return {"row": self.row, "column": self.column, "code": self.code, "message": self.message}

    def line(self) -> str:
        """The problem as one line for people: ``row 7, column Ngày: the date is in the future``."""
        return f"row {self.row}, column {self.column}: {self.message}"


class CellError(ValueError):
    """A cell that cannot be read as what its column holds; ``code`` is stable."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


# --- headers -------------------------------------------------------------------------------------------------


def header_key(text: object) -> str:
    """Fold a header for matching: no accents or case, no bracketed units, punctuation as spaces."""
    s = _BRACKETS.sub(" ", clean(text))
    return " ".join(_PUNCT.sub(" ", fold(s)).split())


@dataclass(frozen=True)
class HeaderTable:
    """The header aliases of one kind of sheet (from resources/catalogs/import_headers.json)."""

    kind: str
    fields: Mapping[str, tuple[str, ...]]
    required: tuple[tuple[str, ...], ...] = ()
    ignore: frozenset[str] = frozenset()
    version: str = ""
    _index: Mapping[str, str] = field(default_factory=dict, repr=False)

    @classmethod
    def from_data(cls, data: Mapping[str, Any], kind: str) -> "HeaderTable":
        """Build the table of ``kind`` ("activities" or "reporters") from the decoded catalog file."""
        spec = data["tables"][kind]
        fields_ = {name: tuple(aliases) for name, aliases in spec["fields"].items()}
        index: dict[str, str] = {}
        for name, aliases in fields_.items():
            for alias in (name, *aliases):
                index.setdefault(header_key(alias), name)
        return cls(
            kind=kind,
            fields=fields_,
            required=tuple(tuple(group) for group in spec.get("required", ())),
            ignore=frozenset(header_key(t) for t in spec.get("ignore", ())),
            version=str(data.get("version", "")),
            _index=index,
        )

    def match(self, text: object) -> str | None:
        """Return the field a header names, or None; a header typed in TCVN3 or VNI ("Néi dung") in a font that
        does not say so is read in those encodings when it names nothing as it is."""
        key = header_key(text)
        if not key:
            return None
        found = self._index.get(key)
        if found is None and isinstance(text, str) and not text.isascii():
            for encoding in (Encoding.TCVN3, Encoding.VNI):
                try:
                    found = self._index.get(header_key(to_unicode(text, encoding)))
                except (ValueError, KeyError, IndexError):  # pragma: no cover (the decoders map every character)
                    continue
                if found is not None:
                    break
        return found

    def label(self, name: str) -> str:
        """The header pbgdpl writes for a field (its first alias)."""
        aliases = self.fields.get(name) or (name,)
        return aliases[0]

    def missing(self, found: set[str]) -> list[str]:
        """Labels of required column groups none of whose fields were found ("Ngày", "Nội dung / Luật/chủ đề")."""
        return [" / ".join(self.label(n) for n in group) for group in self.required if not found & set(group)]


@dataclass(frozen=True)
class HeaderLayout:
    """Where the header is: its 0-based row index, field by 0-based column, and the header text shown per column."""

    row: int
    columns: Mapping[int, str]
    titles: Mapping[int, str]
    ignored: tuple[str, ...] = ()
    shadowed: Mapping[int, tuple[str, str]] = field(default_factory=dict)  # column → (its header, the field another column took)

    @property
    def fields(self) -> set[str]:
        return set(self.columns.values())


def _text(value: object) -> str:
    return clean(value) if value is not None else ""


def _forward_fill(parent: Sequence[object], child: Sequence[object]) -> list[str]:
    """Spread a merged group header to the right over the sub-headers under it."""
    out: list[str] = []
    current = ""
    for i in range(max(len(parent), len(child))):
        p = _text(parent[i]) if i < len(parent) else ""
        c = _text(child[i]) if i < len(child) else ""
        if p:
            current = p
        elif not c:
            current = ""
        out.append(p or (current if c else ""))
    return out


def _layout(
    table: HeaderTable, index: int, row: Sequence[object], parent: Sequence[object] | None, hidden: frozenset[int]
) -> HeaderLayout:
    groups = _forward_fill(parent, row) if parent is not None else [""] * len(row)
    columns: dict[int, str] = {}
    titles: dict[int, str] = {}
    ignored: list[str] = []
    shadowed: dict[int, tuple[str, str]] = {}
    width = max(len(row), len(groups))
    # Visible columns first: a hidden column never takes a field from a visible one with the same header.
    order = [c for c in range(width) if c not in hidden] + [c for c in range(width) if c in hidden]
    for col in order:
        child = _text(row[col]) if col < len(row) else ""
        group = groups[col] if col < len(groups) else ""
        candidates = []
        if child and group:
            candidates.append((f"{group} {child}", f"{group} / {child}"))
        if child:
            candidates.append((child, child))
        if group and (not child or header_key(child) in _TOTAL_WORDS):
            candidates.append((group, group if not child else f"{group} / {child}"))
        found = None
        for text, title in candidates:
            name = table.match(text)
            if name is not None:
                found = (name, title)
                break
        if found and found[0] not in columns.values():
            columns[col], titles[col] = found
            continue
        if found:
            shadowed[col] = (found[1], found[0])
        if child and header_key(child) not in table.ignore and not _NUMBER_MARK.match(header_key(child) or "x"):
            ignored.append(child)
    return HeaderLayout(index, columns, titles, tuple(ignored), shadowed)


def locate_header(
    rows: Sequence[Sequence[object]], table: HeaderTable, hidden: frozenset[int] = frozenset()
) -> HeaderLayout | None:
    """Find the header row among the first rows, allowing title rows and a merged group row above it.

    Args:
        rows: the first rows of the sheet (cell values, text already converted to Unicode).
        table: the aliases of the sheet kind.
        hidden: 0-based indexes of the columns hidden in the file (they give a field only no visible column gives).

    Returns:
        The layout with the most recognised columns, or None when no row names every required column.
    """
    best: HeaderLayout | None = None
    for i, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        for parent in (None, rows[i - 1] if i else None):
            layout = _layout(table, i, row, parent, hidden)
            if table.missing(layout.fields):
                continue
            if best is None or len(layout.columns) > len(best.columns):
                best = layout
    return best


def partial_header(
    rows: Sequence[Sequence[object]], table: HeaderTable, hidden: frozenset[int] = frozenset()
) -> tuple[int, set[str]]:
    """The row (0-based) naming the most fields when none names every required column, and those fields."""
    best: tuple[int, set[str]] = (-1, set())
    for i, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        for parent in (None, rows[i - 1] if i else None):
            found = _layout(table, i, row, parent, hidden).fields
            if len(found) > len(best[1]):
                best = (i, found)
    return best


def is_number_row(values: Sequence[object]) -> bool:
    """True for the row of column numbers under a header ("1, 2, 3", "(1) (2)", "A B")."""
    marks = [v for v in values if v is not None and _text(v)]
    if len(marks) < 2:
        return False
    for v in marks:
        if isinstance(v, bool):
            return False
        if isinstance(v, (int, float)):
            if v != int(v) or not 0 <= v < 100:
                return False
        elif not _NUMBER_MARK.match(_text(v).lower()):
            return False
    return True


# --- cells ---------------------------------------------------------------------------------------------------


def _make_date(year: int, month: int, day: int) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise CellError("bad-date", f"{day:02d}/{month:02d}/{year} is not a date") from None


def parse_date(value: object, *, year_only: bool = False) -> date | None:
    """Read a date: dd/mm/yyyy, d/m/yy, dd-mm-yyyy, ISO, "ngày 5 tháng 3 năm 2026", an Excel serial or datetime.

    Args:
        value: the cell value; blank gives None.
        year_only: accept "1980" or "3/1980" (birth years) as the first day of that year or month.

    Raises:
        CellError: the value is not a date.
    """
    if value is None or (isinstance(value, str) and not clean(value)):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, bool):
        raise CellError("bad-date", f"'{value}' is not a date")
    if isinstance(value, (int, float)):
        if year_only and isinstance(value, int) and 1900 <= value <= 2100:
            return date(value, 1, 1)
        if 1 <= value < 2958466 and float(value).is_integer():
            return EXCEL_EPOCH + timedelta(days=int(value))
        raise CellError("bad-date", f"'{value}' is not a date")
    text = clean(value)
    m = _DMY.match(text)
    if m:
        day, month, year = (int(g) for g in m.groups())
        if len(m.group(3)) == 2:
            year += 2000 if year < 70 else 1900
        return _make_date(year, month, day)
    m = _ISO.match(text)
    if m:
        return _make_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = _WORDS_DATE.match(fold(text))
    if m:
        return _make_date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    if year_only:
        m = _YEAR.match(text) or _MY.match(text)
        if m and len(m.groups()) == 1:
            return _make_date(int(m.group(1)), 1, 1)
        if m:
            return _make_date(int(m.group(2)), int(m.group(1)), 1)
    raise CellError("bad-date", f"'{text}' is not a date (write dd/mm/yyyy)")


def parse_int(value: object) -> int:
    """Read a whole number: 1500, 1500.0, "1.500.000", "1,500,000", "1 500 000 đ", "-200"; blank gives 0.

    Raises:
        CellError: the value is not a whole number.
    """
    if value is None:
        return 0
    if isinstance(value, bool):
        raise CellError("bad-number", f"'{value}' is not a number")
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if not value.is_integer():
            raise CellError("bad-number", f"'{value:g}' is not a whole number")
        return int(value)
    text = clean(value)
    if not text or text in ("-", "–"):
        return 0
    body = _CURRENCY.sub("", text).strip().replace(" ", "")
    sign = -1 if body[:1] in "-–" else 1
    body = body.lstrip("-–+")
    if body.isdigit():
        return sign * int(body)
    for sep in (".", ","):
        groups = body.split(sep)
        if len(groups) > 1 and 1 <= len(groups[0]) <= 3 and all(len(g) == 3 and g.isdigit() for g in groups[1:]):
            if groups[0].isdigit():
                return sign * int("".join(groups))
    trailing = re.match(r"^(\d+)[.,]0+$", body)
    if trailing:
        return sign * int(trailing.group(1))
    raise CellError("bad-number", f"'{text}' is not a whole number")


def split_list(value: object, *, commas: bool = True) -> list[str]:
    """Split a list cell on ";" and line breaks, and (unless ``commas`` is False) on "," before a capital.

    "Luật Đất đai, Luật Hôn nhân và gia đình" gives two items; "Luật Phòng, chống ma túy" stays one.
    """
    if value is None:
        return []
    text = str(value).replace("\r\n", "\n")
    items: list[str] = []
    for piece in _SPLIT_HARD.split(text):
        parts = [clean(p) for p in piece.split(",")] if commas else [clean(piece)]
        current = ""
        for part in parts:
            if current and part[:1].isupper():
                items.append(current)
                current = part
            else:
                current = f"{current}, {part}" if current else part
        if current:
            items.append(current)
    return [i for i in (clean(x).strip(" ,") for x in items) if i]


def format_date(value: date | None) -> str:
    """dd/mm/yyyy, or "" for None."""
    return value.strftime("%d/%m/%Y") if value else ""
