"""The plan report (Báo cáo tình hình thực hiện kế hoạch): each task, its deadline, status and the activities
behind it, overdue tasks standing out (bold, shaded, "QUÁ HẠN"); as PDF and as .xlsx (whose sheets "Kế hoạch" and
"Nhiệm vụ" read back as a plan file)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from app.reports.base import DocumentInfo, ReportBase, cell_table, esc, nfc, vn_date

OVERDUE_FILL = colors.Color(1.0, 0.86, 0.86)
OVERDUE_HEX = "FFDCDC"
# (header, width in mm); landscape frame 252 mm
COLUMNS = (
    ("TT", 9),
    ("Mục", 14),
    ("Nội dung nhiệm vụ", 76),
    ("Chủ trì", 30),
    ("Thời gian thực hiện", 25),
    ("Trạng thái", 28),
    ("Hoạt động thực hiện", 50),
    ("Tiến độ, ghi chú", 20),
)
HEADERS = tuple(c[0] for c in COLUMNS)
PDF_CONTENT_CHARS = 450  # a task's text in the PDF is cut here (a row must fit a page); the .xlsx has it whole


def shorten(text: str, limit: int = PDF_CONTENT_CHARS) -> str:
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0] + " […]"


@dataclass(frozen=True)
class PlanReportRow:
    section: str
    content: str
    lead: str
    cooperating: str
    deadline: str
    status: str  # Vietnamese words ("Quá hạn")
    overdue: bool
    outside_plan: bool
    activities: tuple[str, ...]  # "08/03/2026 – Tuyên truyền Luật Đất đai"
    note: str
    state: str = "open"
    done_date: date | None = None
    budget: int = 0

    def cells(self, number: int) -> list:
        content = self.content + (" (ngoài kế hoạch)" if self.outside_plan else "")
        status = self.status.upper() if self.overdue else self.status
        return [number, self.section, content, self.lead, self.deadline, status, "\n".join(self.activities), self.note]


@dataclass(frozen=True)
class PlanReportData:
    info: DocumentInfo
    as_of: date
    plan_fields: tuple[tuple[str, str], ...]  # ("Số kế hoạch", "05/KH-UBND") …, for the header and the "Kế hoạch" sheet
    plan_title: str
    rows: tuple[PlanReportRow, ...]

    def counts(self) -> dict[str, int]:
        inside = [r for r in self.rows if not r.outside_plan]
        return {
            "tasks": len(inside),
            "done": sum(1 for r in inside if r.status == "Đã hoàn thành"),
            "overdue": sum(1 for r in self.rows if r.overdue),
            "outside": len(self.rows) - len(inside),
        }

    def summary_line(self) -> str:
        c = self.counts()
        share = f"{c['done'] * 100 / c['tasks']:.0f}%" if c["tasks"] else "–"
        return (f"Tính đến ngày {vn_date(self.as_of)}: {c['done']}/{c['tasks']} nhiệm vụ trong kế hoạch đã hoàn thành "
                f"({share}); {c['overdue']} nhiệm vụ quá hạn; {c['outside']} nhiệm vụ phát sinh ngoài kế hoạch.")  # fmt: skip


class PlanReport(ReportBase[PlanReportData]):
    landscape = True

    def _info(self, data: PlanReportData) -> DocumentInfo:
        return data.info

    def _story(self, data: PlanReportData) -> list[Flowable]:
        s = self.styles
        widths = [w * mm for _, w in COLUMNS]
        rows: list[list] = [[Paragraph(esc(h), s["CellHead"]) for h in HEADERS]]
        style = self.grid_style() + [
            ("ALIGN", (0, 1), (0, -1), "CENTER"),
            ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.92, 0.92, 0.92)),
        ]
        for number, row in enumerate(data.rows, start=1):
            bold = "CellBold" if row.overdue else "Cell"
            cells = row.cells(number)
            cells[2] = shorten(cells[2])
            if len(row.activities) > 8:
                cells[6] = "\n".join([*row.activities[:8], f"… và {len(row.activities) - 8} hoạt động khác"])
            rows.append([str(v) if i == 0 else Paragraph(esc(v).replace("\n", "<br/>"), s[bold]) for i, v in enumerate(cells)])
            if row.overdue:
                style.append(("BACKGROUND", (0, len(rows) - 1), (-1, len(rows) - 1), OVERDUE_FILL))
        if not data.rows:
            rows.append(["", Paragraph("Kế hoạch chưa có nhiệm vụ.", s["Cell"])] + [""] * (len(COLUMNS) - 2))
        return [
            self.p(data.plan_title, "Heading"),
            self.p(data.summary_line(), "Body"),
            cell_table(rows, widths, style, repeat_rows=1),
            self.p("Nhiệm vụ quá hạn được in đậm, tô nền và ghi \"QUÁ HẠN\".", "Note"),
        ]


def plan_report_xlsx(data: PlanReportData) -> bytes:
    """Sheets "Kế hoạch" (field, value) and "Nhiệm vụ" (one row per task; overdue rows shaded and bold)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill

    from app.reports.xlsx import FONT, _save, _table, _title_block

    wb = Workbook()
    head = wb.active
    head.title = "Kế hoạch"
    _table(head, 1, ("Thông tin", "Giá trị"), [(k, v) for k, v in data.plan_fields], [24, 90])
    ws = wb.create_sheet("Nhiệm vụ")
    top = _title_block(ws, data.info, len(HEADERS))
    ws.cell(row=top - 1, column=1, value=nfc(data.summary_line())).font = Font(name=FONT, italic=True, size=11)
    headers = (*HEADERS, "Phối hợp", "Ngoài kế hoạch", "Ngày hoàn thành", "Kinh phí (đồng)")
    rows = [
        [*r.cells(i), r.cooperating, "x" if r.outside_plan else "", r.done_date.strftime("%d/%m/%Y") if r.done_date else "", r.budget or None]
        for i, r in enumerate(data.rows, start=1)
    ]
    _table(ws, top, headers, rows, [5, 9, 60, 24, 18, 16, 40, 24, 30, 10, 14, 14])
    fill = PatternFill("solid", fgColor=OVERDUE_HEX)
    for i, r in enumerate(data.rows, start=1):
        if r.overdue:
            for c in range(1, len(headers) + 1):
                cell = ws.cell(row=top + i, column=c)
                cell.fill = fill
                cell.font = Font(name=FONT, size=11, bold=True)
    ws.freeze_panes = ws.cell(row=top + 1, column=1)
    ws.page_setup.orientation = "landscape"
    return _save(wb)
