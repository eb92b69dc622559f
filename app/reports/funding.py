"""Báo cáo kinh phí PBGDPL: the year's budget and spending, spending by form and by target group, and the share
spent on the priority groups of Luật PBGDPL Điều 17–22 (PDF and .xlsx with the same figures)."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from app.reports.base import DocumentInfo, ReportBase, cell_table, esc


def vnd(amount: int | None) -> str:
    """12.500.000 (Vietnamese thousands separator)."""
    return "–" if amount is None else f"{amount:,}".replace(",", ".")


def pct(value: float | None) -> str:
    return "–" if value is None else f"{value * 100:.1f}%".replace(".", ",")


@dataclass(frozen=True)
class FundingLine:
    label: str
    amount: int
    share: float | None
    priority: bool = False


@dataclass(frozen=True)
class FundingReportData:
    info: DocumentInfo
    year: int
    unit_label: str
    budget: int
    spent: int
    activities: int
    paid_activities: int
    priority_cost: int
    priority_activities: int
    by_form: tuple[FundingLine, ...]
    by_group: tuple[FundingLine, ...]

    def facts(self) -> list[tuple[str, str]]:
        used = self.spent / self.budget if self.budget else None
        share = self.priority_cost / self.spent if self.spent else None
        return [
            ("Kinh phí được giao (theo kế hoạch năm)", vnd(self.budget) if self.budget else "Chưa ghi"),
            ("Kinh phí đã chi cho hoạt động PBGDPL", vnd(self.spent)),
            ("Tỷ lệ đã sử dụng", pct(used)),
            ("Số hoạt động trong năm / có chi kinh phí", f"{self.activities} / {self.paid_activities}"),
            ("Chi cho nhóm đối tượng đặc thù (Luật PBGDPL Điều 17–22)",
             f"{vnd(self.priority_cost)} ({pct(share)} tổng chi; {self.priority_activities} hoạt động)"),
        ]  # fmt: skip


class FundingReport(ReportBase[FundingReportData]):
    def _info(self, data: FundingReportData) -> DocumentInfo:
        return data.info

    def _story(self, data: FundingReportData) -> list[Flowable]:
        s = self.styles
        out: list[Flowable] = [self.p(f"{data.unit_label}, năm {data.year}", "PlaceDate")]
        rows = [[Paragraph(esc(k), s["Cell"]), Paragraph(esc(v), s["CellBoldRight"])] for k, v in data.facts()]
        out.append(cell_table(rows, [110 * mm, 60 * mm], self.grid_style(header_rows=0)))
        for title, lines, note in (
            ("1. Chi theo hình thức", data.by_form, "Chi phí một hoạt động có nhiều hình thức được chia đều cho các hình thức."),
            ("2. Chi theo đối tượng", data.by_group,
             "Chi phí một hoạt động có nhiều đối tượng được chia đều cho các đối tượng; (*) nhóm đối tượng đặc thù Điều 17–22."),
        ):  # fmt: skip
            out.append(self.p(title, "Heading"))
            table = [[Paragraph(esc(h), s["CellHead"]) for h in ("Nội dung", "Kinh phí (đồng)", "Tỷ lệ")]]
            style = self.grid_style() + [("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.92, 0.92, 0.92))]
            for line in lines:
                label = line.label + (" (*)" if line.priority else "")
                table.append([Paragraph(esc(label), s["CellBold" if line.priority else "Cell"]),
                              Paragraph(vnd(line.amount), s["CellRight"]), Paragraph(pct(line.share), s["CellRight"])])  # fmt: skip
            table.append([Paragraph("Tổng cộng", s["CellBold"]), Paragraph(vnd(data.spent), s["CellBoldRight"]),
                          Paragraph(pct(1.0 if data.spent else None), s["CellBoldRight"])])  # fmt: skip
            out.append(cell_table(table, [110 * mm, 40 * mm, 20 * mm], style))
            out.append(self.p(note, "Note"))
        return out


def funding_xlsx(data: FundingReportData) -> bytes:
    """One sheet "Kinh phí": the figures, then spending by form and by target group (amounts as numbers)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    from app.reports.xlsx import FONT, _save, _table, _title_block

    wb = Workbook()
    ws = wb.active
    ws.title = "Kinh phí"
    top = _title_block(ws, data.info, 3)
    row = _table(ws, top, ("Chỉ tiêu", "Giá trị", ""), [(k, v, "") for k, v in data.facts()], [70, 40, 12])
    for title, lines in (("Chi theo hình thức", data.by_form), ("Chi theo đối tượng", data.by_group)):
        ws.cell(row=row + 1, column=1, value=title).font = Font(name=FONT, bold=True, size=12)
        body = [(ln.label + (" (*)" if ln.priority else ""), ln.amount, ln.share) for ln in lines]
        row = _table(ws, row + 2, ("Nội dung", "Kinh phí (đồng)", "Tỷ lệ"), [*body, ("Tổng cộng", data.spent, 1.0 if data.spent else None)])
        for r in range(row - len(body) - 1, row):
            ws.cell(row=r, column=2).number_format = "#,##0"
            ws.cell(row=r, column=3).number_format = "0.0%"
    return _save(wb)
