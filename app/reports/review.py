"""Báo cáo kết quả rà soát báo cáo viên, tuyên truyền viên pháp luật: what the review found on each person and
the legal ground the chairman may act on (TT 10/2016/TT-BTP), with a column for the chairman's decision."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from app.reports.base import DocumentInfo, ReportBase, cell_table, esc, vn_date

KIND_SHORT = {"bcv": "Báo cáo viên", "ttv": "Tuyên truyền viên"}
RULE_TITLES = {
    "flag": "Đề nghị rà soát (lý do không phải căn cứ pháp lý)",
    "district": "Báo cáo viên pháp luật cấp huyện",
    "suspended": "Tạm không phân công (Điều 8 khoản 1 điểm e)",
    "refusals": "Từ chối phân công từ 03 lần trở lên",
    "inactive": "Không có hoạt động trong 12 tháng",
    "incomplete": "Thông tin chưa đầy đủ",
}
# (header, width in mm); landscape frame 252 mm
COLUMNS = (
    ("TT", 9),
    ("Họ và tên", 44),
    ("Nội dung rà soát", 78),
    ("Đề xuất xử lý, căn cứ", 85),
    ("Ý kiến của Chủ tịch", 36),
)


@dataclass(frozen=True)
class ReviewRow:
    rule: str
    full_name: str
    kind: str
    finding: str
    proposal: str
    unit: str = ""  # the owner unit's name when the review covers several units

    def cells(self, number: int) -> list[str | int]:
        who = f"{self.full_name} ({KIND_SHORT.get(self.kind, self.kind)}{', ' + self.unit if self.unit else ''})"
        return [number, who, self.finding, self.proposal, ""]


@dataclass(frozen=True)
class ReviewData:
    info: DocumentInfo
    as_of: date
    rows: tuple[ReviewRow, ...]
    people: int  # distinct people with at least one finding


class ReviewReport(ReportBase[ReviewData]):
    """One section per rule; an empty review says so."""

    landscape = True

    def _info(self, data: ReviewData) -> DocumentInfo:
        return data.info

    def _story(self, data: ReviewData) -> list[Flowable]:
        s = self.styles
        story: list[Flowable] = [self.p(f"(Tính đến ngày {vn_date(data.as_of)})", "PlaceDate")]
        if not data.rows:
            story.append(self.p("Không có báo cáo viên, tuyên truyền viên pháp luật nào cần xem xét."))
            return story
        story.append(self.p(
            f"Qua rà soát, có {data.people} người cần xem xét ({len(data.rows)} nội dung). Căn cứ Thông tư số 10/2016/TT-BTP, "
            "đề nghị Chủ tịch xem xét, quyết định đối với từng trường hợp dưới đây; \"không hoạt động\" không phải là căn cứ "
            "miễn nhiệm hoặc cho thôi."
        ))  # fmt: skip
        rows: list[list] = [[Paragraph(esc(h), s["CellHead"]) for h, _ in COLUMNS]]
        style = self.grid_style() + [("ALIGN", (0, 1), (0, -1), "CENTER"), ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.92, 0.92, 0.92))]
        number = 0
        for section, (rule, title) in enumerate(RULE_TITLES.items(), start=1):
            members = [r for r in data.rows if r.rule == rule]
            if not members:
                continue
            rows.append([Paragraph(esc(f"{_roman(section)}. {title.upper()} ({len(members)})"), s["CellBold"])] + [""] * (len(COLUMNS) - 1))
            r = len(rows) - 1
            style += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), colors.Color(0.97, 0.97, 0.97))]
            for row in members:
                number += 1
                rows.append([str(v) if i == 0 else Paragraph(esc(v), s["CellBold" if i == 1 else "Cell"]) for i, v in enumerate(row.cells(number))])
        story.append(cell_table(rows, [w * mm for _, w in COLUMNS], style, repeat_rows=1))
        return story


def _roman(n: int) -> str:
    return ("I", "II", "III", "IV", "V", "VI", "VII", "VIII")[n - 1]
