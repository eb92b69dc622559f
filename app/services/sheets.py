"""Read .xlsx and .csv files into rows of Unicode cells: header found, legacy TCVN3/VNI text converted and reported."""

from __future__ import annotations

import csv
import io
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

from app.core.errors import FileFormatError
from app.core.legacy import CellKind, ColumnTally, Encoding, classify_cell, fix_cell, repair_name_capitals
from app.core.tabular import HeaderLayout, HeaderTable, header_key, is_number_row, locate_header
from app.core.text import fold

SPREADSHEETS = (".xlsx", ".xlsm")
CSV = (".csv",)
_QUIET = (CellKind.ASCII, CellKind.UNICODE, CellKind.OTHER, CellKind.PLAIN)
_NAME_FIELDS = ("full_name", "reporters")
_TOTAL_ROWS = ("tong cong", "tong so", "cong")

Cell = tuple[Any, str | None]  # value, font name (only for non-ASCII text)


@dataclass
class Table:
    """The data rows of one sheet by field, with what was done to read them."""

    sheet: str
    layout: HeaderLayout
    titles: dict[str, str]  # field → header text in the file
    rows: list[tuple[int, dict[str, Any]]] = field(default_factory=list)  # (row number as Excel shows it, cells)
    blank_rows: int = 0
    skipped_rows: list[dict] = field(default_factory=list)  # column-number and total rows
    conversions: list[dict] = field(default_factory=list)
    review: list[dict] = field(default_factory=list)


def _font(cell: Any) -> str | None:
    try:
        font = cell.font
    except (AttributeError, IndexError, KeyError):
        return None
    return font.name if font is not None else None


def _xlsx_rows(ws: Any) -> Iterator[list[Cell]]:
    for row in ws.iter_rows():
        out: list[Cell] = []
        for cell in row:
            value = cell.value
            out.append((value, _font(cell) if isinstance(value, str) and not value.isascii() else None))
        yield out


def _open_workbook(path: Path) -> Any:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        return load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError, ValueError) as exc:
        raise FileFormatError(f"{path.name} is not an Excel .xlsx file that can be read ({exc})", path=str(path)) from exc


def _decode_csv(path: Path) -> str:
    raw = path.read_bytes()
    for encoding in ("utf-8-sig", "cp1252", "latin-1"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise FileFormatError(f"{path.name} is not a text file", path=str(path))  # pragma: no cover (latin-1 decodes all)


def _csv_rows(path: Path) -> Iterator[list[Cell]]:
    text = _decode_csv(path)
    if "\x00" in text:
        raise FileFormatError(f"{path.name} is not a CSV text file", path=str(path))
    try:
        dialect: Any = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    for row in csv.reader(io.StringIO(text, newline=""), dialect):
        yield [(v if v.strip() else None, None) for v in row]


def _fixed(value: Any, font: str | None) -> Any:
    return fix_cell(value, font).converted if isinstance(value, str) and not value.isascii() else value


def _table_from_rows(rows: Iterator[list[Cell]], table: HeaderTable, sheet: str) -> Table | None:
    head: list[list[Cell]] = []
    for row in rows:
        head.append(row)
        if len(head) >= 15:
            break
    layout = locate_header([[_fixed(v, f) for v, f in r] for r in head], table)
    if layout is None:
        return None
    result = Table(sheet, layout, {name: layout.titles[col] for col, name in layout.columns.items()})
    columns = sorted(layout.columns.items())
    fonts: dict[int, dict[str, str | None]] = {}

    def chained() -> Iterator[list[Cell]]:
        yield from head[layout.row + 1 :]
        yield from rows

    for offset, row in enumerate(chained()):
        number = layout.row + 2 + offset
        values = [row[c][0] if c < len(row) else None for c, _ in columns]
        if all(v is None or (isinstance(v, str) and not v.strip()) for v in values):
            result.blank_rows += 1
            continue
        if offset < 2 and is_number_row([v for v, _ in row]):
            result.skipped_rows.append({"row": number, "reason": "column numbers"})
            continue
        cells = {name: values[i] for i, (_, name) in enumerate(columns)}
        first_text = next((v for v in values if isinstance(v, str) and v.strip()), "")
        if fold(first_text) in _TOTAL_ROWS or fold(first_text).startswith("tong so tren dia ban"):
            result.skipped_rows.append({"row": number, "reason": "total row"})
            continue
        font_row = {name: row[c][1] for c, name in columns if c < len(row) and row[c][1]}
        if font_row:
            fonts[len(result.rows)] = font_row
        result.rows.append((number, cells))
    _convert_legacy(result, fonts)
    return result


def _convert_legacy(table: Table, fonts: dict[int, dict[str, str | None]]) -> None:
    """Detect the encoding of every text column and convert legacy cells (legacy-encodings.md 5.3–5.7)."""
    found: dict[str, list[tuple[int, str, str | None, Any]]] = {}
    tallies: dict[str, ColumnTally] = {}
    seen: dict[tuple[str, str | None], Any] = {}  # the same text in the same font is classified once
    for index, (_, cells) in enumerate(table.rows):
        row_fonts = fonts.get(index, {})
        for name, value in cells.items():
            if isinstance(value, str) and not value.isascii():
                font = row_fonts.get(name)
                det = seen.get((value, font))
                if det is None:
                    det = seen[(value, font)] = classify_cell(value, font)
                tallies.setdefault(name, ColumnTally()).add(det)
                if det.kind not in _QUIET or det.note:
                    found.setdefault(name, []).append((index, value, font, det))
    sheet = ColumnTally()
    for tally in tallies.values():
        sheet = sheet.merge(tally)
    counts: Counter[tuple[str, str, str]] = Counter()
    for name, cells in found.items():
        verdict = tallies[name].verdict()
        if verdict is Encoding.UNSURE:
            verdict = sheet.verdict()
        fixed: dict[tuple[str, str | None], Any] = {}
        for index, value, font, _det in cells:
            conv = fixed.get((value, font))
            if conv is None:
                conv = fixed[(value, font)] = fix_cell(value, font, verdict)
            number, row = table.rows[index]
            converted, reason = conv.converted, conv.reason
            if conv.encoding is Encoding.TCVN3 and name in _NAME_FIELDS:
                repaired = repair_name_capitals(converted)
                if repaired != converted:
                    converted, reason = repaired, f"{reason}; name capitals repaired"
            if converted != value:
                row[name] = converted
                counts[(name, conv.encoding.value, reason.split(";")[0])] += 1
            if conv.needs_review or "repaired" in reason:
                table.review.append(
                    {"row": number, "column": table.titles[name], "original": repr(value), "proposed": converted,
                     "encoding": conv.encoding.value, "reason": reason}
                )  # fmt: skip
    table.conversions = [
        {"column": table.titles[name], "encoding": enc, "how": how, "cells": n}
        for (name, enc, how), n in sorted(counts.items())
    ]


def read_table(path: Path, table: HeaderTable, sheet: str | None = None) -> Table:
    """Read the sheet (the named one, or the first whose header is recognised) of an .xlsx or .csv file.

    Raises:
        FileFormatError: unreadable file, no such sheet, or no row names the required columns.
    """
    suffix = path.suffix.lower()
    if suffix in CSV:
        found = _table_from_rows(_csv_rows(path), table, "")
        return found or _no_header(path, table)
    wb = _open_workbook(path)
    try:
        names = list(wb.sheetnames)
        if sheet is not None:
            match = [n for n in names if n == sheet] or [n for n in names if header_key(n) == header_key(sheet)]
            if not match:
                raise FileFormatError(f"{path.name} has no sheet '{sheet}'; its sheets are: {', '.join(names)}", sheets=names)
            names = match[:1]
        for name in names:
            found = _table_from_rows(_xlsx_rows(wb[name]), table, name)
            if found is not None:
                return found
    finally:
        wb.close()
    return _no_header(path, table)


def _no_header(path: Path, table: HeaderTable) -> Table:
    needed = table.missing(set())
    raise FileFormatError(
        f"{path.name} has no header row naming the columns needed: {', '.join(needed)} "
        f"(looked at the first 15 rows{' of every sheet' if path.suffix.lower() in SPREADSHEETS else ''})",
        needed=needed,
        path=str(path),
    )
