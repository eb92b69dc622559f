"""Quyết định công nhận tuyên truyền viên pháp luật: the decision of the September call naming those recognised
(TT 10/2016/TT-BTP Điều 5), with the list attached as its Điều 1."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from app.reports.base import DocumentInfo, ReportBase, cell_table, esc

COLUMNS = (("TT", 10), ("Họ và tên", 55), ("Năm sinh", 20), ("Giới tính", 20), ("Địa bàn phụ trách", 60))
GENDERS = {"nam": "Nam", "nu": "Nữ", "": ""}


@dataclass(frozen=True)
class TtvDecisionData:
    info: DocumentInfo
    year: int
    unit_name: str  # "xã Na Rì"
    people: tuple[tuple[str, str, str, str], ...]  # (name, birth year, gender, area)


class TtvDecisionReport(ReportBase[TtvDecisionData]):
    def _info(self, data: TtvDecisionData) -> DocumentInfo:
        return data.info

    def _story(self, data: TtvDecisionData) -> list[Flowable]:
        s = self.styles
        story = [
            self.p(f"CHỦ TỊCH ỦY BAN NHÂN DÂN {data.unit_name.upper()}", "DocType"),
            self.p("Căn cứ Luật Phổ biến, giáo dục pháp luật ngày 20 tháng 6 năm 2012;"),
            self.p("Căn cứ Thông tư số 10/2016/TT-BTP ngày 22 tháng 7 năm 2016 của Bộ trưởng Bộ Tư pháp quy định về báo cáo "
                   "viên pháp luật, tuyên truyền viên pháp luật (được sửa đổi, bổ sung);"),
            self.p(f"Xét đề nghị công nhận tuyên truyền viên pháp luật năm {data.year} và kết quả lựa chọn,"),
            self.p("QUYẾT ĐỊNH:", "DocType"),
            self.p(f"Điều 1. Công nhận {len(data.people)} ông (bà) có tên trong danh sách dưới đây là tuyên truyền viên pháp "
                   f"luật {data.unit_name}:"),
        ]  # fmt: skip
        rows: list[list] = [[Paragraph(esc(h), s["CellHead"]) for h, _ in COLUMNS]]
        for i, (name, born, gender, area) in enumerate(data.people, start=1):
            rows.append([str(i), Paragraph(esc(name), s["CellBold"]), born, GENDERS.get(gender, gender), Paragraph(esc(area), s["Cell"])])
        style = self.grid_style() + [("ALIGN", (0, 1), (0, -1), "CENTER"), ("ALIGN", (2, 1), (3, -1), "CENTER"),
                                     ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.92, 0.92, 0.92))]  # fmt: skip
        story.append(cell_table(rows, [w * mm for _, w in COLUMNS], style, repeat_rows=1))
        story += [
            self.p("Điều 2. Tuyên truyền viên pháp luật có tên tại Điều 1 thực hiện phổ biến, giáo dục pháp luật theo quy định "
                   "của pháp luật và sự phân công của Ủy ban nhân dân."),
            self.p("Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Công chức Tư pháp - Hộ tịch và các ông (bà) có tên tại "
                   "Điều 1 chịu trách nhiệm thi hành Quyết định này."),
        ]  # fmt: skip
        return story


def decision_issued(days: list[date | None]) -> date | None:
    return max((d for d in days if d), default=None)
