"""Phiếu đăng ký khóa: the sheet a commune sends upward so the upper level can trust its bundles' key."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.graphics.barcode import qrencoder
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from app.reports import fonts
from app.core.unit_names import unit_name as compose_name
from app.reports.base import DocumentInfo, Letterhead, ReportBase, SignerInfo, esc, nfc, vn_date

QR_SIZE = 42 * mm


def fingerprint_groups(fingerprint: str, per_line: int = 8) -> list[str]:
    """Split a fingerprint into its groups, ``per_line`` groups a line ("ab12 cd34 …"): groups of 5 for the
    checked form (65 characters: 4 and a check character), else groups of 4."""
    raw = "".join(ch for ch in nfc(fingerprint) if ch.isalnum())
    size = 5 if len(raw) == 65 else 4
    groups = [raw[i : i + size] for i in range(0, len(raw), size)]
    return [" ".join(groups[i : i + per_line]) for i in range(0, len(groups), per_line)]


class QrCode(Flowable):
    """A QR code drawn as filled squares (no reportlab Drawing, so no unembedded Helvetica reference)."""

    def __init__(self, text: str, size: float, quiet: int = 2) -> None:
        super().__init__()
        qr = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
        qr.addData(text)
        qr.make()
        n = qr.getModuleCount()
        self.modules = [[qr.isDark(r, c) for c in range(n)] for r in range(n)]
        self.size = size
        self.quiet = quiet

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        n = len(self.modules)
        cell = self.size / (n + 2 * self.quiet)
        self.canv.setFillColorRGB(0, 0, 0)
        for r, row in enumerate(self.modules):
            y = self.size - (r + self.quiet + 1) * cell
            for c, dark in enumerate(row):
                if dark:
                    self.canv.rect((c + self.quiet) * cell, y, cell, cell, stroke=0, fill=1)


@dataclass(frozen=True)
class EnrolmentData:
    """What the enrolment sheet shows. ``fingerprint`` is the key's fingerprint as text (hex or base32), the
    checked form when it has one; ``qr`` the one line the QR code holds (unit, fingerprint, officer), or "" for
    the fingerprint alone.

    ``letterhead`` and ``signer`` default to the commune's People's Committee and its chair (name left blank).
    """

    unit_code: str
    unit_name: str
    province_name: str
    officer: str
    officer_title: str
    fingerprint: str
    created: date
    letterhead: Letterhead | None = None
    signer: SignerInfo | None = None
    qr: str = ""


def _place(unit_name: str) -> str:
    return compose_name("", unit_name).place


class EnrolmentReport(ReportBase[EnrolmentData]):
    """Portrait sheet: unit, officer, date, the fingerprint in groups of 4 and its QR code."""

    def _info(self, data: EnrolmentData) -> DocumentInfo:
        letterhead = data.letterhead or Letterhead(
            issuing_unit=f"Ủy ban nhân dân\n{compose_name('', data.unit_name).full}", place=_place(data.unit_name), code="PĐK-UBND"
        )
        return DocumentInfo(
            letterhead=letterhead,
            doc_type="Phiếu đăng ký",
            summary="Khóa xác thực gói dữ liệu phổ biến, giáo dục pháp luật",
            issued=data.created,
            signer=data.signer or SignerInfo(),
            prepared_by=("Người đăng ký", data.officer),
        )

    def _story(self, data: EnrolmentData) -> list[Flowable]:
        s = self.styles
        fields = [
            ("Đơn vị", f"{nfc(data.unit_name)} (mã {nfc(data.unit_code)})"),
            ("Tỉnh, thành phố", nfc(data.province_name)),
            ("Người phụ trách", nfc(data.officer)),
            ("Chức vụ", nfc(data.officer_title)),
            ("Ngày lập", vn_date(data.created)),
        ]
        value = s["Body"].clone("FieldValue", firstLineIndent=0, alignment=TA_LEFT, spaceAfter=0)
        label = value.clone("FieldLabel", fontName=fonts.BOLD)  # the same size as the values they name
        info = Table(
            [[Paragraph(esc(k + ":"), label), Paragraph(esc(v), value)] for k, v in fields],
            colWidths=[45 * mm, self.frame_width - 45 * mm],
        )
        info.setStyle(TableStyle([
            ("FONT", (0, 0), (-1, -1), fonts.REGULAR, 13, 15),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ]))  # fmt: skip
        fp_style = s["Summary"].clone("Fingerprint", fontSize=15, leading=22)
        lines = [Paragraph(esc(line), fp_style) for line in fingerprint_groups(data.fingerprint, per_line=5)]
        drawing = QrCode(nfc(data.qr or data.fingerprint), QR_SIZE)
        box = Table([[lines, drawing]], colWidths=[self.frame_width - QR_SIZE - 6 * mm, QR_SIZE + 6 * mm])
        box.setStyle(TableStyle([
            ("FONT", (0, 0), (-1, -1), fonts.REGULAR, 13, 15),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("BOX", (0, 0), (-1, -1), 0.8, "black"),
        ]))  # fmt: skip
        return [
            self.p(f"Ủy ban nhân dân {compose_name('', data.unit_name).lower} đăng ký khóa dùng để ký các gói dữ liệu báo cáo công tác "
                   "phổ biến, giáo dục pháp luật gửi cơ quan cấp trên, như sau:"),
            info,
            Spacer(1, 6),
            Paragraph("Dấu vân tay của khóa:", s["Heading"]),
            box,
            Spacer(1, 6),
            self.p("Khi nhận gói dữ liệu đầu tiên của đơn vị, cơ quan cấp trên đối chiếu dấu vân tay hiển thị trong "
                   "phần mềm với dấu vân tay trên phiếu này (hoặc quét mã QR). Chỉ chấp nhận gói dữ liệu khi hai dấu "
                   "vân tay trùng khớp hoàn toàn."),
            self.p("Mỗi nhóm có 5 ký tự; ký tự thứ năm là ký tự kiểm tra, nên phần mềm phát hiện ngay khi gõ sai một "
                   "ký tự hoặc đảo chỗ hai ký tự liền nhau. Mã QR chứa mã đơn vị, dấu vân tay và tên người phụ trách."),
        ]  # fmt: skip


def render_enrolment(data: EnrolmentData, invariant: bool = False) -> bytes:
    """Return the PDF of the enrolment sheet (called by the bundles area)."""
    return EnrolmentReport(invariant=invariant).render(data)
