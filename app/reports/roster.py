"""Danh sách báo cáo viên / tuyên truyền viên pháp luật with their recognition and dismissal decisions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from app.reports.base import DocumentInfo, ReportBase, cell_table, esc, nfc, vn_date

KIND_TITLES = {"bcv": "Báo cáo viên pháp luật", "ttv": "Tuyên truyền viên pháp luật"}
# (header, width in mm); landscape frame 252 mm.
COLUMNS = (
    ("TT", 9),
    ("Họ và tên", 38),
    ("Năm sinh", 15),
    ("Giới tính", 14),
    ("Chức vụ, cơ quan công tác", 44),
    ("Trình độ chuyên môn", 28),
    ("Địa bàn, lĩnh vực phụ trách", 34),
    ("Quyết định công nhận (số, ngày)", 35),
    ("Quyết định miễn nhiệm, thôi làm (số, ngày, lý do); tình trạng", 35),
)
HEADERS = tuple(c[0] for c in COLUMNS)
GENDER_LABELS = {"nam": "Nam", "nu": "Nữ", "": ""}


@dataclass(frozen=True)
class RosterRow:
    """One reporter as printed."""

    kind: str  # "bcv" or "ttv"
    full_name: str
    birth_year: str = ""
    gender: str = ""  # "nam", "nu" or ""
    position: str = ""  # chức vụ, cơ quan
    qualification: str = ""
    area: str = ""  # địa bàn / lĩnh vực
    recognition: str = ""  # "12/QĐ-UBND, 05/01/2026"
    dismissal: str = ""  # "" while active; the state in words when suspended or of an ended level
    trainings: int = 0
    state: str = "active"  # app.core.facts.reporter_state at the list's date

    def cells(self, number: int) -> list[str | int]:
        """The printed values, column by column (the .xlsx copy uses the same)."""
        return [number, self.full_name, self.birth_year, GENDER_LABELS.get(self.gender, self.gender), self.position,
                self.qualification, self.area, self.recognition, self.dismissal]  # fmt: skip


def decision_text(number: str, day: date | None, extra: str = "") -> str:
    """"12/QĐ-UBND ngày 05/01/2026" plus an optional reason."""
    parts = [nfc(number).strip()]
    if day:
        parts.append(f"ngày {vn_date(day)}")
    text = " ".join(p for p in parts if p)
    if extra:
        text = f"{text}; {nfc(extra)}" if text else nfc(extra)
    return text


@dataclass(frozen=True)
class RosterData:
    """The roster as of ``as_of``: rows in Vietnamese name order, BCV first then TTV."""

    info: DocumentInfo
    as_of: date
    rows: tuple[RosterRow, ...]

    def counts(self) -> dict[str, dict[str, int]]:
        """Per kind: total listed, active, dismissed, suspended, district level ended (app.core.facts states)."""
        out = {}
        for kind in KIND_TITLES:
            rows = [r for r in self.rows if r.kind == kind]
            count = {state: sum(1 for r in rows if r.state == state) for state in ("active", "dismissed", "suspended", "level_ended")}
            out[kind] = {"total": len(rows), **count}
        return out


class RosterReport(ReportBase[RosterData]):
    """The roster in landscape A4, one section per kind."""

    landscape = True

    def _info(self, data: RosterData) -> DocumentInfo:
        return data.info

    def _story(self, data: RosterData) -> list[Flowable]:
        s = self.styles
        widths = [w * mm for _, w in COLUMNS]
        rows: list[list] = [[Paragraph(esc(h), s["CellHead"]) for h in HEADERS]]
        style = self.grid_style() + [
            ("ALIGN", (0, 1), (0, -1), "CENTER"),
            ("ALIGN", (2, 1), (3, -1), "CENTER"),
            ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.92, 0.92, 0.92)),
        ]
        counts = data.counts()
        for section, kind in zip(("I", "II"), KIND_TITLES):
            c = counts[kind]
            others = "".join(
                f", {c[state]} {words}" for state, words in (("suspended", "tạm không phân công"), ("level_ended", "cấp huyện đã kết thúc"))
                if c[state]
            )  # fmt: skip
            label = f"{section}. {KIND_TITLES[kind].upper()} ({c['active']} đang hoạt động, {c['dismissed']} đã miễn nhiệm/thôi{others})"
            rows.append([Paragraph(esc(label), s["CellBold"])] + [""] * (len(COLUMNS) - 1))
            r = len(rows) - 1
            style += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), colors.Color(0.97, 0.97, 0.97))]
            members = [row for row in data.rows if row.kind == kind]
            if not members:
                rows.append(["", Paragraph("Chưa có.", s["Cell"])] + [""] * (len(COLUMNS) - 2))
            for number, row in enumerate(members, start=1):
                rows.append([
                    str(v) if i in (0, 2, 3) else Paragraph(esc(v), s["CellBold" if i == 1 else "Cell"])
                    for i, v in enumerate(row.cells(number))
                ])  # fmt: skip
        return [
            self.p(f"(Tính đến ngày {vn_date(data.as_of)})", "PlaceDate"),
            Paragraph("", s["Note"]),
            cell_table(rows, widths, style, repeat_rows=1),
        ]
