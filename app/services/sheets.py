"""Read .xlsx and .csv files into rows of Unicode cells: header found, legacy TCVN3/VNI text converted and reported."""

from __future__ import annotations

import csv
import io
import logging
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

from app.core.errors import AppError, FileFormatError
from app.core.legacy import CellKind, ColumnTally, Encoding, classify_cell, fix_cell, repair_name_capitals
from app.core.tabular import (
    HeaderLayout,
    HeaderTable,
    RowProblem,
    header_key,
    is_number_row,
    locate_header,
    partial_header,
)

SPREADSHEETS = (".xlsx", ".xlsm")
CSV = (".csv",)
_QUIET = (CellKind.ASCII, CellKind.UNICODE, CellKind.OTHER, CellKind.PLAIN)
_NAME_FIELDS = ("full_name", "reporters")
_TOTAL_ROWS = ("tong cong", "tong so", "cong", "tong")

Row = tuple[list[Any], dict[int, str]]  # cell values; font name by 0-based column (non-ASCII text only)

log = logging.getLogger("app.services.sheets")


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
    problems: list[RowProblem] = field(default_factory=list)  # cells that cannot be read (formulas without a value)
    notes: list[dict] = field(default_factory=list)  # what the officer cannot see in Excel: hidden columns and rows


class Uncomputed:
    """A formula cell saved without its result (files written by programs that do not calculate)."""

    __slots__ = ("formula",)

    def __init__(self, formula: str) -> None:
        self.formula = formula

    def __repr__(self) -> str:
        return f"Uncomputed({self.formula!r})"


@dataclass
class SheetFacts:
    """What the sheet hides: 0-based hidden columns (known before the first row) and hidden row numbers."""

    hidden_columns: set[int] = field(default_factory=set)
    hidden_rows: set[int] = field(default_factory=set)
    header_row: int = -1  # when no header was found: the row naming the most fields (1-based), and those fields
    header_fields: set[str] = field(default_factory=set)


def _font(cell: Any) -> str | None:
    try:
        font = cell.font
    except (AttributeError, IndexError, KeyError):
        return None
    return font.name if font is not None else None


def _xlsx_rows(ws: Any, facts: SheetFacts | None = None) -> Iterator[Row]:
    """Every row as ``ws.iter_rows()`` gives it: values, and the font of each non-ASCII text cell.

    ``facts`` gets the hidden columns and rows as they are read; a formula without a saved result is an Uncomputed.
    """
    lean = _lean_rows(ws, facts if facts is not None else SheetFacts())
    if lean is not None:
        yield from lean
        return
    for row in ws.iter_rows():  # pragma: no cover (only when openpyxl's internals differ from 3.1's)
        values = [cell.value for cell in row]
        fonts = {}
        for i, value in enumerate(values):
            if isinstance(value, str) and not value.isascii():
                name = _font(row[i])
                if name:
                    fonts[i] = name
        yield values, fonts


def _lean_rows(ws: Any, facts: SheetFacts) -> Iterator[Row] | None:
    """The rows ``ws.iter_rows()`` gives (same values, same padding), without a cell object per cell.

    openpyxl's read-only reader turns each cell into a dict and then a ReadOnlyCell, and each inline string
    into a rich-text object; this reader keeps openpyxl's parser (types, dates, formulas, row numbers) and
    reads the common cells (plain inline strings, numbers, shared strings) straight from the XML.
    Returns None when openpyxl's internals are not the ones this was written for.
    """
    try:
        from openpyxl.worksheet._reader import VALUE_TAG, WorkSheetParser
        from openpyxl.xml.constants import SHEET_MAIN_NS

        wb = ws.parent
        source = ws._get_source
        parser_args = dict(data_only=wb.data_only, epoch=wb.epoch, date_formats=wb._date_formats,
                           timedelta_formats=wb._timedelta_formats)  # fmt: skip
        styles, fonts, shared = wb._cell_styles, wb._fonts, ws._shared_strings
        max_col, max_row = ws.max_column, ws.max_row
        parser_class = _lean_parser_class(WorkSheetParser, VALUE_TAG, SHEET_MAIN_NS)
    except (ImportError, AttributeError):  # pragma: no cover
        return None
    font_names: dict[Any, str | None] = {}

    def font_of(style_id: Any) -> str | None:
        if style_id not in font_names:
            try:
                font = fonts[styles[style_id].fontId]
                font_names[style_id] = font.name if font is not None else None
            except (AttributeError, IndexError, KeyError, TypeError):
                font_names[style_id] = None
        return font_names[style_id]

    def rows() -> Iterator[Row]:
        empty_width = max_col if max_col is not None else 0
        counter = 1
        idx = 1
        with source() as src:
            parser = parser_class(src, shared, **parser_args)
            parser.facts = facts
            for idx, cells in parser.parse():
                if max_row is not None and idx > max_row:
                    break
                for _ in range(counter, idx):  # rows missing from the file
                    counter += 1
                    yield [None] * empty_width, {}
                if counter <= idx:
                    counter += 1
                    if not cells and not max_col:
                        yield [], {}
                        continue
                    width = max_col or cells[-1][0]
                    values: list[Any] = [None] * width
                    row_fonts: dict[int, str] = {}
                    for column, value, style_id in cells:
                        if 1 <= column <= width:
                            values[column - 1] = value
                            if isinstance(value, str) and not value.isascii():
                                name = font_of(style_id)
                                if name:
                                    row_fonts[column - 1] = name
                    yield values, row_fonts
        if max_row is not None and max_row < idx:
            for _ in range(counter, max_row + 1):
                yield [None] * empty_width, {}

    return rows()


_LEAN_PARSERS: dict[type, type] = {}


def _lean_parser_class(base: type, value_tag: str, ns: str) -> type:
    """A WorkSheetParser whose cells are ``(column, value, style id)`` tuples; other cells go through openpyxl."""
    if base in _LEAN_PARSERS:
        return _LEAN_PARSERS[base]
    from openpyxl.utils import coordinate_to_tuple
    from openpyxl.worksheet._reader import _cast_number

    inline_tag, text_tag, formula_tag = f"{{{ns}}}is", f"{{{ns}}}t", f"{{{ns}}}f"
    columns: dict[str, int] = {}  # column letters → index, learnt from openpyxl's own reading of them

    class LeanParser(base):  # type: ignore[misc, valid-type]
        facts = SheetFacts()

        def parse_column_dimensions(self, col: Any) -> None:
            base.parse_column_dimensions(self, col)
            if col.get("hidden") in ("1", "true"):
                first = int(col.get("min"))
                last = min(int(col.get("max") or first), first + 16384)
                self.facts.hidden_columns.update(range(first - 1, last))

        def parse_row(self, row: Any) -> tuple[int, list]:
            number, cells = base.parse_row(self, row)
            if row.get("hidden") in ("1", "true"):
                self.facts.hidden_rows.add(number)
            return number, cells

        def parse_cell(self, element: Any) -> tuple[int, Any, Any]:  # type: ignore[override]
            if self.data_only:  # (formulas are openpyxl's to read)
                data_type = element.get("t", "n")
                coordinate = element.get("r")
                column = None
                if coordinate:
                    letters = coordinate.rstrip("0123456789")
                    if len(letters) < len(coordinate):
                        column = columns.get(letters)
                    if column is None:
                        column = coordinate_to_tuple(coordinate)[1]
                        if letters.isascii() and letters.isalpha():
                            columns[letters] = column
                style = element.get("s", 0)
                style_id = int(style) if style else style
                value: Any = None
                if data_type == "inlineStr":
                    child = element.find(inline_tag)
                    if child is not None and len(child) == 1:
                        t = child[0]
                        if t.tag == text_tag and not len(t):
                            value = t.text or ""  # what Text.from_tree(child).content gives
                elif data_type == "n" or data_type == "s":
                    text = element.findtext(value_tag, None) or None
                    if text is not None and data_type == "s":
                        value = self.shared_strings[int(text)]
                    elif text is not None and style_id not in self.date_formats:
                        value = _cast_number(text)
                if value is not None:
                    if column is None:
                        column = self.col_counter + 1
                    self.col_counter = column
                    return column, value, style_id
            cell = base.parse_cell(self, element)
            value = cell["value"]
            if value is None and self.data_only:
                formula = element.find(formula_tag)
                if formula is not None:
                    saved = element.find(value_tag)
                    if saved is None or (not saved.text and element.get("t", "n") not in ("str", "s", "inlineStr")):
                        value = Uncomputed("=" + (formula.text or ""))  # (an empty "str" result is a saved "")
            return cell["column"], value, cell["style_id"]

    _LEAN_PARSERS[base] = LeanParser
    return LeanParser


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


def _csv_rows(path: Path) -> Iterator[Row]:
    text = _decode_csv(path)
    if "\x00" in text:
        raise FileFormatError(f"{path.name} is not a CSV text file", path=str(path))
    try:
        dialect: Any = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    for row in csv.reader(io.StringIO(text, newline=""), dialect):
        yield [v if v.strip() else None for v in row], {}


def _fixed(value: Any, font: str | None) -> Any:
    if isinstance(value, Uncomputed):
        return None
    return fix_cell(value, font).converted if isinstance(value, str) and not value.isascii() else value


def _column_letter(col: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(col + 1)


def _is_total(row: list[Any], fonts: dict[int, str]) -> bool:
    """A totals row: its first text, in any column (merged over STT or not), is "Tổng cộng", "Cộng", "Tổng số"…"""
    at = next((i for i, v in enumerate(row) if isinstance(v, str) and v.strip()), None)
    if at is None or len(row[at]) > 60:
        return False
    key = header_key(_fixed(row[at], fonts.get(at)))
    return key in _TOTAL_ROWS or key.startswith(("tong cong ", "tong so tren dia ban", "cong "))


def _hidden_notes(result: Table, layout: HeaderLayout, hidden: set[int]) -> None:
    """Say what the officer cannot see: a hidden column read (no visible one gives its field) or left aside."""
    for col in sorted(hidden & set(layout.columns)):
        name = layout.columns[col]
        result.notes.append({
            "code": "hidden-column-read", "column": _column_letter(col), "header": layout.titles[col], "field": name,
            "message": f"column {_column_letter(col)} '{layout.titles[col]}' is hidden in the file; its values were "
                       "imported (unhide it in Excel to check them)",
        })  # fmt: skip
    for col in sorted(hidden & set(layout.shadowed)):
        header, name = layout.shadowed[col]
        used = next(c for c, n in layout.columns.items() if n == name)
        result.notes.append({
            "code": "hidden-column-ignored", "column": _column_letter(col), "header": header, "field": name,
            "message": f"hidden column {_column_letter(col)} '{header}' was not used: the visible column "
                       f"{_column_letter(used)} '{layout.titles[used]}' was read instead",
        })  # fmt: skip


def _uncomputed(result: Table, number: int, cells: dict[str, Any], places: dict[str, int]) -> None:
    """A formula without its saved result is a bad cell, never a blank one."""
    for name, value in cells.items():
        if isinstance(value, Uncomputed):
            cell = f"{_column_letter(places[name])}{number}"
            result.problems.append(RowProblem(
                number, result.titles[name], "formula-no-value",
                f"cell {cell} holds the formula {value.formula[:80]} without its result (the file was written by a "
                "program that does not calculate); open it in Excel or LibreOffice, save it, and import it again",
            ))  # fmt: skip
            cells[name] = None


def _table_from_rows(rows: Iterator[Row], table: HeaderTable, sheet: str, facts: SheetFacts | None = None) -> Table | None:
    facts = facts if facts is not None else SheetFacts()
    head: list[Row] = []
    for row in rows:
        head.append(row)
        if len(head) >= 15:
            break
    hidden = frozenset(facts.hidden_columns)
    texts = [[_fixed(v, f.get(i)) for i, v in enumerate(r)] for r, f in head]
    layout = locate_header(texts, table, hidden)
    if layout is None:
        row, found = partial_header(texts, table, hidden)
        facts.header_row, facts.header_fields = row + 1, found
        return None
    result = Table(sheet, layout, {name: layout.titles[col] for col, name in layout.columns.items()})
    _hidden_notes(result, layout, set(hidden))
    columns = sorted(layout.columns.items())
    places = [c for c, _ in columns]
    names = [name for _, name in columns]
    place_of = dict(zip(names, places))
    fonts: dict[int, dict[str, str | None]] = {}
    out = result.rows
    hidden_rows: list[int] = []

    def chained() -> Iterator[Row]:
        yield from head[layout.row + 1 :]
        yield from rows

    number = layout.row + 1
    for offset, (row, row_fonts) in enumerate(chained()):
        number += 1
        width = len(row)
        values = [row[c] if c < width else None for c in places]
        for v in values:
            if v is not None and not (isinstance(v, str) and not v.strip()):
                break
        else:
            result.blank_rows += 1
            continue
        if offset < 2 and is_number_row(row):
            result.skipped_rows.append({"row": number, "reason": "column numbers"})
            continue
        if _is_total(row, row_fonts):
            result.skipped_rows.append({"row": number, "reason": "total row"})
            continue
        if row_fonts:
            font_row = {name: row_fonts[c] for c, name in columns if c in row_fonts}
            if font_row:
                fonts[len(out)] = font_row
        cells = dict(zip(names, values))
        for v in values:
            if isinstance(v, Uncomputed):
                _uncomputed(result, number, cells, place_of)
                break
        if number in facts.hidden_rows:
            hidden_rows.append(number)
        out.append((number, cells))
    if hidden_rows:
        shown = ", ".join(map(str, hidden_rows[:20])) + (" …" if len(hidden_rows) > 20 else "")
        result.notes.append({
            "code": "hidden-rows-read", "rows": hidden_rows,
            "message": f"rows hidden in the file were read like the others ({len(hidden_rows)}): {shown}; "
                       "unhide them in Excel to check them",
        })  # fmt: skip
    _convert_legacy(result, fonts)
    return result


def _convert_legacy(table: Table, fonts: dict[int, dict[str, str | None]]) -> None:
    """Detect the encoding of every text column and convert legacy cells (legacy-encodings.md 5.3–5.7)."""
    found: dict[str, list[tuple[int, str, str | None, Any]]] = {}
    counted: dict[str, Counter[tuple[str, str | None]]] = {}  # per column: how often each (text, font) occurs
    seen: dict[tuple[str, str | None], tuple[Any, bool]] = {}  # the same text in the same font is classified once
    no_fonts: dict[str, str | None] = {}
    for index, (_, cells) in enumerate(table.rows):
        row_fonts = fonts.get(index, no_fonts)
        for name, value in cells.items():
            if isinstance(value, str) and not value.isascii():
                key = (value, row_fonts.get(name))
                known = seen.get(key)
                if known is None:
                    det = classify_cell(*key)
                    known = seen[key] = (det, det.kind not in _QUIET or bool(det.note))
                column = counted.get(name)
                if column is None:
                    column = counted[name] = Counter()
                column[key] += 1
                if known[1]:
                    found.setdefault(name, []).append((index, value, key[1], known[0]))
    tallies: dict[str, ColumnTally] = {}
    for name, keys in counted.items():
        tally = tallies[name] = ColumnTally()
        for key, n in keys.items():
            tally.add(seen[key][0], n)
    sheet = ColumnTally()
    for tally in tallies.values():
        sheet = sheet.merge(tally)
    counts: Counter[tuple[str, str, str]] = Counter()
    # No legacy evidence anywhere and at least as many Unicode cells as undecided ones: a cell that reads well as it
    # is ("Thôn E", whose TCVN3 and VNI readings are Vietnamese syllables too) is plain Unicode, not a cell to check.
    plain_unicode = set(sheet.decisive) == {Encoding.UNICODE} and sheet.decisive[Encoding.UNICODE] >= sheet.undecided
    for name, cells in found.items():
        verdict = tallies[name].verdict()
        if verdict is Encoding.UNSURE:
            verdict = sheet.verdict()
        fixed: dict[tuple[str, str | None], Any] = {}
        for index, value, font, det in cells:
            conv = fixed.get((value, font))
            if conv is None:
                reads_as_is = plain_unicode and det.kind is CellKind.AMBIGUOUS and det.note.startswith("reads as unicode")
                cell_verdict = Encoding.UNICODE if verdict is Encoding.UNSURE and reads_as_is else verdict
                conv = fixed[(value, font)] = fix_cell(value, font, cell_verdict)
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

    A damaged file (broken XML or compression inside an .xlsx, a CSV cell longer than the csv module reads,
    values of impossible types) is a FileFormatError naming the damage, never a crash.

    Raises:
        FileFormatError: unreadable or damaged file, no such sheet, or no row names the required columns.
    """
    try:
        return _read_table(path, table, sheet)
    except AppError:
        raise
    except csv.Error as exc:
        raise FileFormatError(f"{path.name} cannot be read as a CSV file ({exc})", path=str(path)) from exc
    except (MemoryError, RecursionError):
        raise FileFormatError(f"{path.name} is too large or too complex to read", path=str(path)) from None
    except Exception as exc:  # noqa: BLE001  zlib, XML parser, openpyxl's own value errors: a damaged file
        log.info("could not read %s", path, exc_info=exc)
        raise FileFormatError(
            f"{path.name} is damaged and cannot be read ({type(exc).__name__}: {str(exc)[:200]}); "
            "open it in Excel, save it again, and import the new copy",
            path=str(path),
        ) from exc


def _read_table(path: Path, table: HeaderTable, sheet: str | None = None) -> Table:
    suffix = path.suffix.lower()
    best = SheetFacts()
    if suffix in CSV:
        found = _table_from_rows(_csv_rows(path), table, "", best)
        return found or _no_header(path, table, best)
    wb = _open_workbook(path)
    try:
        names = list(wb.sheetnames)
        if sheet is not None:
            match = [n for n in names if n == sheet] or [n for n in names if header_key(n) == header_key(sheet)]
            if not match:
                raise FileFormatError(f"{path.name} has no sheet '{sheet}'; its sheets are: {', '.join(names)}", sheets=names)
            names = match[:1]
        for name in names:
            facts = SheetFacts()
            found = _table_from_rows(_xlsx_rows(wb[name], facts), table, name, facts)
            if found is not None:
                return found
            if len(facts.header_fields) > len(best.header_fields):
                best = facts
    finally:
        wb.close()
    return _no_header(path, table, best)


def _no_header(path: Path, table: HeaderTable, best: SheetFacts) -> Table:
    needed = table.missing(best.header_fields)
    found = sorted(table.label(n) for n in best.header_fields)
    seen = f"; row {best.header_row} names {', '.join(found)}" if found else ""
    raise FileFormatError(
        f"{path.name} has no header row naming the columns needed: {', '.join(needed)} "
        f"(looked at the first 15 rows{' of every sheet' if path.suffix.lower() in SPREADSHEETS else ''}{seen})",
        needed=needed,
        path=str(path),
    )
