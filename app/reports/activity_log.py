"""Sổ theo dõi hoạt động PBGDPL: one row per activity, totals at the end, the header repeated on every page."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer

from app.core.text import fold
from app.reports import fonts
from app.reports.base import CellParagraph, DocumentInfo, PagedTable, ReportBase, esc, nfc, vn_date, vn_number, wrap_lines

# (header, width in mm, numeric); widths add up to the landscape frame (297 - 30 - 15 = 252 mm).
COLUMNS = (
    ("TT", 8, False),
    ("Ngày", 19, False),
    ("Nội dung hoạt động", 75, False),
    ("Hình thức", 30, False),
    ("Địa điểm", 28, False),
    ("Đối tượng", 30, False),
    ("Số người tham dự", 14, True),
    ("Trong đó nữ", 12, True),
    ("Tài liệu (bản)", 12, True),
    ("Báo cáo viên, tuyên truyền viên", 24, False),
)
HEADERS = tuple(c[0] for c in COLUMNS)
CELL_FONT_SIZE = 10
CELL_PADDING = 3


@dataclass(frozen=True)
class ActivityRow:
    """One activity as printed: labels already resolved from the catalogs."""

    day: date | None
    title: str
    place: str = ""
    forms: str = ""
    target_groups: str = ""
    participants: int = 0
    women: int = 0
    materials: int = 0
    reporters: str = ""
    topics: str = ""
    notes: str = ""

    def content(self) -> str:
        parts = [nfc(self.title).strip()]
        if self.topics and fold(self.topics) not in fold(self.title):
            parts.append(f"Nội dung: {nfc(self.topics)}")
        if self.notes:
            parts.append(f"Ghi chú: {nfc(self.notes)}")
        return "\n".join(p for p in parts if p)

    def cells(self, number: int) -> list[str | int]:
        """The printed values, column by column (the .xlsx copy uses the same)."""
        return [number, vn_date(self.day), self.content(), self.forms, self.place, self.target_groups,
                self.participants, self.women, self.materials, self.reporters]  # fmt: skip


@dataclass(frozen=True)
class ActivityLogData:
    """The log of one period: document info, the period's label and its rows (oldest first)."""

    info: DocumentInfo
    period_label: str
    rows: tuple[ActivityRow, ...]
    warning: str = ""  # an upper level's log of a period no unit has reported yet: said on its face, in bold

    def totals(self) -> dict[str, int]:
        return {
            "count": len(self.rows),
            "participants": sum(r.participants for r in self.rows),
            "women": sum(r.women for r in self.rows),
            "materials": sum(r.materials for r in self.rows),
        }

    def totals_row(self) -> list[str | int]:
        t = self.totals()
        return ["", "", f"Tổng cộng: {vn_number(t['count'])} hoạt động", "", "", "", t["participants"], t["women"], t["materials"], ""]


@lru_cache(maxsize=4096)
def _plain_cell(text: str, avail: float) -> str | None:
    """``text`` as it prints in ``avail`` points: as is when it fits on one line, else its wrapped lines joined
    by newlines; None when only a Paragraph prints it right. Cached: places, forms and names repeat."""
    if "\n" not in text and stringWidth(text, fonts.REGULAR, CELL_FONT_SIZE) <= avail - 1:
        return text
    lines = wrap_lines(text, fonts.REGULAR, CELL_FONT_SIZE, avail)
    return None if lines is None else "\n".join(lines)


class ActivityLogReport(ReportBase[ActivityLogData]):
    """The activity log in landscape A4 (allowed by Phụ lục I for tables)."""

    landscape = True
    title = "Sổ theo dõi"

    def __init__(self, invariant: bool = False) -> None:
        super().__init__(invariant)
        size, lead = CELL_FONT_SIZE, CELL_FONT_SIZE + 2
        self.styles.add(self.styles["Cell"].clone("LogCell", fontSize=size, leading=lead))
        self.styles.add(self.styles["CellHead"].clone("LogHead", fontSize=size, leading=lead))
        self.styles.add(self.styles["CellBold"].clone("LogBold", fontSize=size, leading=lead))

    def _info(self, data: ActivityLogData) -> DocumentInfo:
        return data.info

    def _cell(self, value: str | int, width: float, style: str) -> str | Flowable:
        """Plain text, broken into the lines the cell's Paragraph would print (drawn several times faster);
        a wrapping Paragraph only where plain lines cannot print the same (never overflows)."""
        text = nfc(value)
        plain = _plain_cell(text, width - 2 * CELL_PADDING)
        return plain if plain is not None else CellParagraph(esc(text), self.styles[style])

    def _story(self, data: ActivityLogData) -> list[Flowable]:
        widths = [c[1] * mm for c in COLUMNS]
        head = [Paragraph(esc(h), self.styles["LogHead"]) for h in HEADERS]
        rows: list[list] = [head]
        lead: list[Flowable] = [Paragraph(f"<b>{esc(data.warning)}</b>", self.styles["Body"]), Spacer(1, 2 * mm)] if data.warning else []
        for number, row in enumerate(data.rows, start=1):
            values = row.cells(number)
            rows.append([
                vn_number(v) if COLUMNS[i][2] or i == 0 else self._cell(v, widths[i], "LogCell")
                for i, v in enumerate(values)
            ])  # fmt: skip
        if not data.rows:
            rows.append(["", "", self.p("Không có hoạt động nào trong kỳ.", "LogCell"), "", "", "", "", "", "", ""])
        total = data.totals_row()
        rows.append([
            Paragraph(esc(v), self.styles["LogBold"]) if i == 2 else vn_number(v)
            for i, v in enumerate(total)
        ])  # fmt: skip
        last = len(rows) - 1
        style = self.grid_style() + [
            ("FONT", (0, 1), (-1, -1), fonts.REGULAR, CELL_FONT_SIZE, CELL_FONT_SIZE + 2),
            ("ALIGN", (0, 1), (0, -1), "CENTER"),
            ("ALIGN", (1, 1), (1, -1), "CENTER"),
            ("ALIGN", (6, 1), (8, -1), "RIGHT"),
            ("FONT", (0, last), (-1, last), fonts.BOLD, CELL_FONT_SIZE, CELL_FONT_SIZE + 2),
            ("SPAN", (2, last), (5, last)),
            ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.92, 0.92, 0.92)),
        ]
        # the last rows go with the signatures: never the signature block alone on the last page
        return [*lead, PagedTable(rows, widths, style, repeat_rows=1)]
