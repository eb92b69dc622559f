"""Excel copies (.xlsx, openpyxl) of every document, with the same figures as the PDF."""

from __future__ import annotations

import io
from typing import Any, Iterable, Sequence

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from app.reports import activity_log, review, roster
from app.reports.activity_log import ActivityLogData
from app.reports.base import DocumentInfo, nfc, place_date_line, upper_vi
from app.reports.enrolment import EnrolmentData, fingerprint_groups
from app.reports.review import ReviewData
from app.reports.roster import RosterData
from app.reports.summary import SummaryData

FONT = "Times New Roman"  # the font officers' Excel has; the PDF uses its metric twin
THIN = Side(style="thin", color="000000")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD_FILL = PatternFill("solid", fgColor="EBEBEB")


def _value(v: Any) -> Any:
    return nfc(v) if isinstance(v, str) else v


def _save(wb: Workbook) -> bytes:
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _title_block(ws, info: DocumentInfo, span: int) -> int:
    """Unit, document type and summary on the first rows; returns the next free row."""
    unit = " ".join(upper_vi(info.letterhead.issuing_unit).split("\n"))
    ws.cell(row=1, column=1, value=unit).font = Font(name=FONT, bold=True, size=12)
    ws.cell(row=2, column=1, value=place_date_line(info.letterhead.place, info.issued)).font = Font(name=FONT, italic=True, size=12)
    ws.cell(row=3, column=1, value=upper_vi(info.doc_type)).font = Font(name=FONT, bold=True, size=14)
    ws.cell(row=4, column=1, value=nfc(info.summary).replace("\n", " ")).font = Font(name=FONT, bold=True, size=13)
    for r in (3, 4):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=span)
        ws.cell(row=r, column=1).alignment = Alignment(horizontal="center")
    return 6


def _table(ws, top: int, headers: Sequence[str], rows: Iterable[Sequence[Any]], widths: Sequence[float] = ()) -> int:
    """Write a gridded table at ``top``; returns the row after it."""
    for c, h in enumerate(headers, start=1):
        cell = ws.cell(row=top, column=c, value=nfc(h))
        cell.font = Font(name=FONT, bold=True, size=11)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = GRID
        cell.fill = HEAD_FILL
    r = top
    for r, row in enumerate(rows, start=top + 1):
        for c, v in enumerate(row, start=1):
            cell = ws.cell(row=r, column=c, value=_value(v))
            cell.font = Font(name=FONT, size=11)
            cell.alignment = Alignment(vertical="top", wrap_text=True)
            cell.border = GRID
    for c, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(c)].width = w
    return r + 1


RATE_SHEET = "Tỷ lệ báo cáo"


def sheet_name(title: str, code: str = "") -> str:
    """A table's sheet in Vietnamese: its number ("Biểu 1" of "Biểu 1. Kết quả …"), else its title, at most the 31
    characters Excel allows and without the characters it refuses."""
    text = nfc(title).split(".", 1)[0] if nfc(title).startswith("Biểu") else nfc(title)
    text = "".join(ch for ch in text if ch not in '[]:*?/\\').strip()[:31]
    return text or code[:31] or "Biểu"


def activity_log_xlsx(data: ActivityLogData) -> bytes:
    """Sheet "Sổ theo dõi": the same columns and values as the PDF, the totals row last."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Sổ theo dõi"
    top = _title_block(ws, data.info, len(activity_log.HEADERS))
    rows = [row.cells(i) for i, row in enumerate(data.rows, start=1)]
    end = _table(ws, top, activity_log.HEADERS, [*rows, data.totals_row()], [c[1] / 2.2 for c in activity_log.COLUMNS])
    for c in range(1, len(activity_log.HEADERS) + 1):
        ws.cell(row=end - 1, column=c).font = Font(name=FONT, bold=True, size=11)
    if data.warning:  # nothing received from the units for the period: said under the table, in bold
        ws.cell(row=end + 1, column=1, value=nfc(data.warning)).font = Font(name=FONT, bold=True, size=12)
    ws.freeze_panes = ws.cell(row=top + 1, column=1)
    ws.print_title_rows = f"{top}:{top}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    return _save(wb)


def roster_xlsx(data: RosterData) -> bytes:
    """Sheet "Danh sách": one row per reporter with its kind, same columns as the PDF."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Danh sách"
    headers = (*roster.HEADERS, "Loại")
    top = _title_block(ws, data.info, len(headers))
    rows = []
    for kind in roster.KIND_TITLES:
        members = [r for r in data.rows if r.kind == kind]
        rows += [[*r.cells(i), kind.upper()] for i, r in enumerate(members, start=1)]
    _table(ws, top, headers, rows, [w / 2.2 for _, w in roster.COLUMNS] + [8])
    ws.freeze_panes = ws.cell(row=top + 1, column=1)
    ws.page_setup.orientation = "landscape"
    return _save(wb)


def review_xlsx(data: ReviewData) -> bytes:
    """Sheet "Ra soat": one row per finding, with its rule, as the PDF lists them."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Ra soat"
    headers = (*(h for h, _ in review.COLUMNS), "Nhóm rà soát")
    top = _title_block(ws, data.info, len(headers))
    rows = [[*r.cells(i), review.RULE_TITLES.get(r.rule, r.rule)] for i, r in enumerate(data.rows, start=1)]
    _table(ws, top, headers, rows, [w / 2.2 for _, w in review.COLUMNS] + [30])
    ws.freeze_panes = ws.cell(row=top + 1, column=1)
    ws.page_setup.orientation = "landscape"
    return _save(wb)


def summary_xlsx(data: SummaryData) -> bytes:
    """One sheet per statistical table, named as it is numbered ("Biểu 1"), figures as numbers."""
    wb = Workbook()
    wb.remove(wb.active)
    for table in data.tables:
        ws = wb.create_sheet(sheet_name(table.title, table.code))
        top = _title_block(ws, data.info, len(table.headers))
        ws.cell(row=top, column=1, value=nfc(table.title)).font = Font(name=FONT, bold=True, size=12)
        end = _table(ws, top + 1, table.headers, table.rows, [55] + [18] * (len(table.headers) - 1))
        if table.note:
            ws.cell(row=end + 1, column=1, value=nfc(f"Ghi chú: {table.note}")).font = Font(name=FONT, italic=True, size=11)
    if data.warning or data.coverage:  # a consolidated report: the rate, the units missing and late, first sheet
        ws = wb.create_sheet(RATE_SHEET, 0)
        top = _title_block(ws, data.info, 2)
        for i, text in enumerate(([data.warning] if data.warning else []) + list(data.coverage)):
            cell = ws.cell(row=top + i, column=1, value=nfc(text))
            cell.font = Font(name=FONT, size=12, bold=bool(data.warning) and i == 0)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        ws.column_dimensions["A"].width = 110
    if data.trace_rows:  # where each figure comes from: the units and the bundles behind it
        ws = wb.create_sheet("nguon_so_lieu")
        top = _title_block(ws, data.info, len(data.trace_headers))
        ws.cell(row=top, column=1, value="Nguồn số liệu: đơn vị và gói dữ liệu đứng sau từng số liệu của Biểu 5").font = Font(name=FONT, bold=True, size=12)
        _table(ws, top + 1, data.trace_headers, data.trace_rows, [10, 34, 16, 12, 12, 14, 12, 8, 10, 12, 12, 40])
    return _save(wb)


def enrolment_xlsx(data: EnrolmentData) -> bytes:
    """The enrolment fields, one per row, and the fingerprint in groups of 4."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Phiếu đăng ký"
    rows = [
        ("Mã đơn vị", data.unit_code),
        ("Đơn vị", data.unit_name),
        ("Tỉnh, thành phố", data.province_name),
        ("Người phụ trách", data.officer),
        ("Chức vụ", data.officer_title),
        ("Ngày lập", data.created.strftime("%d/%m/%Y")),
        ("Dấu vân tay", " ".join(fingerprint_groups(data.fingerprint, per_line=1000))),
    ]
    _table(ws, 1, ("Mục", "Nội dung"), rows, [22, 70])
    return _save(wb)
