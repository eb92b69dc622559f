"""Báo cáo kết quả công tác PBGDPL of a period, with the statistical tables computed from the log."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table, TableStyle

from app.reports.base import DocumentInfo, ReportBase, esc, nfc, vn_number  # noqa: F401  (vn_number: printing reads it here)
from app.reports.statistics import ComputedTable

ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII")


@dataclass(frozen=True)
class SummaryData:
    """The report: opening paragraphs, the results section (text + tables) and the following sections."""

    info: DocumentInfo
    period_label: str
    intro: tuple[str, ...]
    results: tuple[str, ...]
    tables: tuple[ComputedTable, ...]
    sections: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (heading, paragraphs); empty text leaves dotted lines
    results_heading: str = "Kết quả thực hiện"
    # A consolidated report (upper level, several units): the reporting rate with the units missing and late,
    # printed after the opening; ``warning`` (no data received for the period) is printed on its face, in bold.
    coverage: tuple[str, ...] = ()
    warning: str = ""
    # A consolidated report: where each figure of the per-unit table comes from (the units and the bundles
    # behind it), one row per bundle counted; written as a sheet of the .xlsx (``trace_headers`` over the rows).
    trace_headers: tuple[str, ...] = ()
    trace_rows: tuple[tuple, ...] = ()


class SummaryReport(ReportBase[SummaryData]):
    """Portrait A4 report in the Phụ lục I layout."""

    def _info(self, data: SummaryData) -> DocumentInfo:
        return data.info

    def _table(self, table: ComputedTable) -> list[Flowable]:
        s = self.styles
        figures = len(table.headers) - 1
        fig_w = (28 if figures >= 3 else 32) * mm
        widths = [10 * mm, self.frame_width - 10 * mm - figures * fig_w] + [fig_w] * figures
        rows: list[list] = [[Paragraph("TT", s["CellHead"])] + [Paragraph(esc(h), s["CellHead"]) for h in table.headers]]
        style = self.grid_style() + [("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.92, 0.92, 0.92))]
        number = 0
        for i, row in enumerate(table.rows):
            total = i in table.total_rows
            indented = i in table.indented_rows
            if not total and not indented:
                number += 1
            label_style = "CellBold" if total else "Cell"
            label = ("\u2003" if indented else "") + nfc(row[0])
            cells: list = ["" if total or indented else str(number), Paragraph(esc(label), s[label_style])]
            for value in row[1:]:
                text = vn_number(value)
                cells.append(Paragraph(esc(text), s["CellBoldRight" if total else ("CellRight" if isinstance(value, int) else "CellCenter")]))
            rows.append(cells)
            if total:
                style.append(("SPAN", (0, len(rows) - 1), (1, len(rows) - 1)))
                rows[-1][0] = rows[-1][1]
        style.append(("ALIGN", (0, 1), (0, -1), "CENTER"))
        grid = Table(rows, colWidths=widths, repeatRows=1)
        grid.setStyle(TableStyle(style))
        parts: list[Flowable] = [Paragraph(esc(table.title), s["TableTitle"]), grid]
        if table.note:
            parts.append(Paragraph(esc(f"Ghi chú: {table.note}"), s["Note"]))
        return [KeepTogether(parts)]

    def _story(self, data: SummaryData) -> list[Flowable]:
        story: list[Flowable] = []
        if data.warning:
            story.append(Paragraph(f"<b>{esc(data.warning)}</b>", self.styles["Body"]))
        story += [self.p(t) for t in data.intro]
        story += [self.p(t) for t in data.coverage]
        story.append(self.p(f"{ROMAN[0]}. {data.results_heading.upper()}", "Heading"))
        story += [self.p(t) for t in data.results]
        for table in data.tables:
            story += self._table(table)
        for i, (heading, paragraphs) in enumerate(data.sections, start=1):
            story.append(self.p(f"{ROMAN[i]}. {nfc(heading).upper()}", "Heading"))
            texts = [t for t in paragraphs if nfc(t).strip()]
            story += [self.p(t) for t in texts] or [self.p("." * 130), self.p("." * 130)]
        return story

    def _closing(self, data: SummaryData) -> list[Flowable]:
        return [self.p(f"Trên đây là báo cáo kết quả công tác phổ biến, giáo dục pháp luật {data.period_label}.")]
