"""Chuẩn tiếp cận pháp luật documents: Mẫu 01 (báo cáo đánh giá và đề nghị công nhận), Mẫu 02 (bản tổng hợp
điểm số của các tiêu chí, chỉ tiêu), Mẫu 07 (bản tổng hợp điểm số do cấp trên thẩm định, beside the commune's),
Mẫu 09 (số liệu trên địa bàn) and Mẫu 10 (báo cáo kết quả đánh giá, công nhận; its narrative part left to the officer).

Names of the forms: TT 09/2021/TT-BTP Điều 4 (verified); Mẫu 02's columns as a real commune filled them in
(secondary). The exact layouts of Phụ lục II were not seen: every page says so in a small footer line. For a
QĐ 27/2025 assessment the same documents are printed with "đạt / không đạt" instead of points (TT 15/2025's forms
were not found).
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from app.reports import fonts
from app.reports.base import MARGIN_BOTTOM, MARGIN_LEFT, DocumentInfo, ReportBase, cell_table, esc

FORMS = {
    "01": "Báo cáo đánh giá kết quả và đề nghị công nhận",
    "02": "Bản tổng hợp điểm số của các tiêu chí, chỉ tiêu",
    "07": "Bản tổng hợp điểm số do cấp có thẩm quyền thẩm định",
    "09": "Bản tổng hợp thông tin, số liệu thực hiện các tiêu chí, chỉ tiêu trên địa bàn",
    "10": "Báo cáo kết quả đánh giá, công nhận",
}
STATUS_VI = {"recognised": "đạt chuẩn tiếp cận pháp luật", "not_recognised": "chưa đạt chuẩn tiếp cận pháp luật", "incomplete": "chưa đủ thông tin để kết luận"}


@dataclass(frozen=True)
class Row:
    """One printed line: a criterion (bold) or an indicator."""

    code: str
    content: str
    max_points: str  # "" when unknown ("?"), or the rule of a met/not met indicator
    figures: str  # số liệu thực hiện; tỷ lệ đạt được
    score: str  # điểm số tự chấm, or "Đạt" / "Không đạt"
    other: str = ""  # Mẫu 07: the commune's own score beside the upper level's
    criterion: bool = False


@dataclass(frozen=True)
class AssessmentDocData:
    info: DocumentInfo
    form: str
    regime: str  # "points" or "met"
    unit_name: str
    year: int
    set_name: str
    set_version: str
    status: str
    total: str
    rows: tuple[Row, ...]
    failing: tuple[str, ...]
    missing: tuple[str, ...]
    units: tuple[tuple[str, str, str, str, str], ...] = ()  # Mẫu 09: (unit, self status, self total, upper status, upper total)
    across: tuple[tuple[str, str], ...] = ()  # Mẫu 09: (indicator, figure across the communes)
    other_status: str = ""  # Mẫu 07: the commune's self-assessment
    other_total: str = ""
    footer: str = ""


class AssessmentReport(ReportBase[AssessmentDocData]):
    """Mẫu 01 (portrait), 02 and 07 (landscape tables) of chuẩn tiếp cận pháp luật."""

    def __init__(self, invariant: bool = False, landscape: bool = True) -> None:
        super().__init__(invariant)
        self.landscape = landscape

    def _info(self, data: AssessmentDocData) -> DocumentInfo:
        self._footer = data.footer
        return data.info

    def _on_page(self, canvas, doc) -> None:
        super()._on_page(canvas, doc)
        if self._footer:
            canvas.saveState()
            canvas.setFont(fonts.ITALIC, 9)
            canvas.drawString(MARGIN_LEFT, MARGIN_BOTTOM / 2, self._footer)
            canvas.restoreState()

    def _story(self, data: AssessmentDocData) -> list[Flowable]:
        s = self.styles
        out: list[Flowable] = [self.p(f"Mẫu số {data.form} – {FORMS[data.form]}", "Note")]
        out.append(self.p(f"Đơn vị: {data.unit_name}; năm đánh giá {data.year}; bộ tiêu chí: {data.set_name}, phiên bản {data.set_version}."))
        if data.form == "01":
            out += [Paragraph("I. KẾT QUẢ ĐÁNH GIÁ", s["Heading"])]
            out.append(self._table(data, brief=True))
            out.append(Paragraph("II. KẾT LUẬN", s["Heading"]))
            total = f" với tổng số {data.total} điểm" if data.regime == "points" and data.total else ""
            out.append(self.p(f"Năm {data.year}, {data.unit_name}{total}: {STATUS_VI.get(data.status, data.status)}."))
            for line in data.failing:
                out.append(self.p(f"- {line}"))
            if data.missing:
                out.append(self.p("Những nội dung còn thiếu thông tin:"))
                out += [self.p(f"- {line}") for line in data.missing]
            out.append(Paragraph("III. ĐỀ NGHỊ", s["Heading"]))
            if data.status == "recognised":
                out.append(self.p(f"Đề nghị cấp có thẩm quyền xem xét, công nhận {data.unit_name} đạt chuẩn tiếp cận pháp luật năm {data.year}."))
            else:
                out.append(self.p(f"{data.unit_name} chưa đủ điều kiện đề nghị công nhận đạt chuẩn tiếp cận pháp luật năm {data.year}; gửi báo cáo và bản tổng hợp điểm số theo quy định."))
            return out
        if data.form == "09":
            return out + self._units(data)
        if data.form == "10":
            return out + self._report_10(data)
        out.append(self._table(data, brief=False))
        total = f"Tổng số điểm: {data.total or '…'}. " if data.regime == "points" else ""
        out.append(self.p(f"{total}Kết quả: {STATUS_VI.get(data.status, data.status)}."))
        if data.form == "07":
            other_total = f", tổng số {data.other_total} điểm" if data.regime == "points" and data.other_total else ""
            out.append(self.p(f"Kết quả xã tự đánh giá: {STATUS_VI.get(data.other_status, 'chưa gửi')}{other_total}."))
        for line in data.failing:
            out.append(self.p(f"- {line}"))
        return out

    def _table(self, data: AssessmentDocData, brief: bool) -> Flowable:
        s = self.styles
        points = data.regime == "points"
        if data.form == "07":
            heads = ["Tiêu chí, chỉ tiêu", "Nội dung", "Điểm số tối đa" if points else "Yêu cầu", "Xã tự chấm" if points else "Xã tự đánh giá", "Điểm số thẩm định" if points else "Kết quả thẩm định"]
            widths = [18, 150, 24, 30, 30]
        elif brief:
            heads = ["Tiêu chí, chỉ tiêu", "Nội dung", "Điểm số tối đa" if points else "Yêu cầu", "Điểm số tự chấm" if points else "Kết quả"]
            widths = [18, 100, 20, 27]
        else:
            heads = ["Tiêu chí, chỉ tiêu", "Nội dung", "Điểm số tối đa" if points else "Yêu cầu", "Căn cứ chấm điểm: Số liệu thực hiện; Tỷ lệ đạt được", "Điểm số tự chấm" if points else "Kết quả tự đánh giá", "Chữ ký của công chức phụ trách"]
            widths = [18, 100, 20, 52, 25, 37]
        scale = self.frame_width / (sum(widths) * mm)
        widths_pt = [w * mm * scale for w in widths]
        rows: list[list] = [[Paragraph(esc(h), s["CellHead"]) for h in heads]]
        style = self.grid_style() + [("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.92, 0.92, 0.92))]
        for row in data.rows:
            cell = "CellBold" if row.criterion else "Cell"
            center = "CellBold" if row.criterion else "CellCenter"
            if data.form == "07":
                values = [row.code, row.content, row.max_points, row.other, row.score]
            elif brief:
                values = [row.code, row.content, row.max_points, row.score]
            else:
                values = [row.code, row.content, row.max_points, row.figures, row.score, ""]
            rows.append([Paragraph(esc(v), s[cell if i in (0, 1, 3) and not (brief and i == 3) else center]) for i, v in enumerate(values)])
        return cell_table(rows, widths_pt, style, repeat_rows=1)

    def _report_10(self, data: AssessmentDocData) -> list[Flowable]:
        """Mẫu 10: the result of the year on the area (counts, who is recognised, who is not, who sent nothing),
        the figures by indicator (as Mẫu 09), and room for the officer's own assessment and proposals."""
        s = self.styles
        final = [(u[0], u[3] or u[1]) for u in data.units]  # the upper level's scoring counts where it made one
        groups = {
            "Đạt chuẩn": [n for n, w in final if w == "Đạt chuẩn"],
            "Chưa đạt chuẩn": [n for n, w in final if w == "Chưa đạt chuẩn"],
            "Chưa đủ thông tin": [n for n, w in final if w == "Chưa đủ thông tin"],
        }
        not_sent = [u[0] for u in data.units if u[1] == "Chưa gửi"]
        n = len(data.units)
        share = f" ({len(groups['Đạt chuẩn']) * 100 / n:.1f}%)".replace(".", ",") if n else ""
        out: list[Flowable] = [Paragraph("I. KẾT QUẢ ĐÁNH GIÁ, CÔNG NHẬN", s["Heading"])]
        out.append(self.p(
            f"Tổng số đơn vị cấp xã phải đánh giá năm {data.year}: {n}; đã gửi kết quả tự đánh giá: {n - len(not_sent)}; "
            f"chưa gửi: {len(not_sent)}. Đạt chuẩn tiếp cận pháp luật: {len(groups['Đạt chuẩn'])}{share}; chưa đạt chuẩn: "
            f"{len(groups['Chưa đạt chuẩn'])}; chưa đủ thông tin để kết luận: {len(groups['Chưa đủ thông tin'])}."
        ))  # fmt: skip
        for title, names in [("Các đơn vị đạt chuẩn", groups["Đạt chuẩn"]), ("Các đơn vị chưa đạt chuẩn", groups["Chưa đạt chuẩn"]),
                             ("Các đơn vị chưa đủ thông tin để kết luận", groups["Chưa đủ thông tin"]), ("Các đơn vị chưa gửi kết quả tự đánh giá", not_sent)]:  # fmt: skip
            out.append(self.p(f"{title} ({len(names)}): " + ("; ".join(names) if names else "không có") + "."))
        out.append(Paragraph("II. SỐ LIỆU THEO CHỈ TIÊU", s["Heading"]))
        if data.across:
            out.append(self.p("Kết quả theo từng chỉ tiêu (xã tự đánh giá); chi tiết từng đơn vị tại Mẫu số 09:"))
            out += [self.p(f"- Chỉ tiêu {c}: {f}.") for c, f in data.across]
        else:
            out.append(self.p("Chưa có đơn vị nào gửi kết quả tự đánh giá."))
        out.append(Paragraph("III. ĐÁNH GIÁ, GIẢI PHÁP BẢO ĐẢM TÍNH THỰC CHẤT VÀ KIẾN NGHỊ", s["Heading"]))
        out.append(self.p("(Phần này do cán bộ soạn thảo; chương trình không tự viết nội dung.)", "Note"))
        out += [self.p("." * 110) for _ in range(4)]
        return out

    def _units(self, data: AssessmentDocData) -> list[Flowable]:
        s = self.styles
        heads = ["TT", "Đơn vị", "Xã tự đánh giá", "Tổng điểm tự chấm", "Kết quả thẩm định", "Tổng điểm thẩm định"]
        widths = [10, 80, 45, 28, 45, 28]
        scale = self.frame_width / (sum(widths) * mm)
        rows: list[list] = [[Paragraph(esc(h), s["CellHead"]) for h in heads]]
        for n, unit in enumerate(data.units, 1):
            rows.append([Paragraph(str(n), s["CellCenter"])] + [Paragraph(esc(v), s["Cell" if i == 0 else "CellCenter"]) for i, v in enumerate(unit)])
        style = self.grid_style() + [("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.92, 0.92, 0.92))]
        recognised = sum(1 for u in data.units if u[3] == "Đạt chuẩn" or (not u[3] and u[1] == "Đạt chuẩn"))
        sent = sum(1 for u in data.units if u[1] != "Chưa gửi")
        out: list[Flowable] = [
            self.p(f"Số đơn vị: {len(data.units)}; đã gửi kết quả tự đánh giá: {sent}; chưa gửi: {len(data.units) - sent}; "
                   f"đạt chuẩn: {recognised}; chưa đạt hoặc chưa đủ thông tin: {len(data.units) - recognised}."),  # fmt: skip
            cell_table(rows, [w * mm * scale for w in widths], style, repeat_rows=1),
        ]
        if data.across:
            out.append(Paragraph("Số liệu theo chỉ tiêu (xã tự đánh giá)", s["TableTitle"]))
            rows = [[Paragraph("Chỉ tiêu", s["CellHead"]), Paragraph("Kết quả trên địa bàn", s["CellHead"])]]
            rows += [[Paragraph(esc(c), s["Cell"]), Paragraph(esc(f), s["Cell"])] for c, f in data.across]
            out.append(cell_table(rows, [self.frame_width * 0.2, self.frame_width * 0.8], list(style), repeat_rows=1))
        return out
