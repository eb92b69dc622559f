"""The official documents: Nghị định 30/2020 layout, exact Vietnamese text, embedded fonts, tables that wrap."""

from __future__ import annotations

import io
import unicodedata
from datetime import date

import pytest
from pypdf import PdfReader
from report_helpers import LONG_TITLE, need_tool, pdf_text, pdffonts, word_boxes

from app.core.periods import parse_period
from app.reports import fonts
from app.reports.base import number_line, place_date_line
from app.reports.enrolment import EnrolmentData, fingerprint_groups, render_enrolment
from app.services import printing

MM = 72 / 25.4
A4 = (210 * MM, 297 * MM)
FP = "K7QX3M2PZR5TNB4WJ6CYHD2FGL5VS3EA7UQK4NW6PJ2RTX5BMC"


def produce(ws, kind: str, period: str = "2026", **kw) -> printing.ReportOutput:
    from app.commands import run_job

    return run_job(printing.produce(ws, printing.ReportRequest(kind, parse_period(period), invariant=True, **kw)))


def test_liberation_serif_covers_every_vietnamese_letter():
    for face in fonts.FILES:
        assert fonts.missing_glyphs(fonts.VIETNAMESE_SAMPLE, face) == []
        assert fonts.font_path(face).is_file()
    assert fonts.resource_path("fonts", fonts.LICENCE_FILE).read_text(encoding="utf-8").count("SIL OPEN FONT LICENSE Version 1.1") == 1


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2026, 1, 5), "Thái Nguyên, ngày 05 tháng 01 năm 2026"),
        (date(2026, 2, 28), "Thái Nguyên, ngày 28 tháng 02 năm 2026"),
        (date(2026, 11, 9), "Thái Nguyên, ngày 09 tháng 11 năm 2026"),
        (date(2026, 3, 15), "Thái Nguyên, ngày 15 tháng 3 năm 2026"),
    ],
)
def test_place_and_date_have_leading_zeros_for_days_below_10_and_january_february(day, expected):
    assert place_date_line("Thái Nguyên", day) == expected


def test_number_line():
    assert number_line("5", "BC-UBND") == "Số: 05/BC-UBND"
    assert number_line("", "BC-UBND").startswith("Số: \u00a0")
    assert number_line("", "") == ""


def test_summary_page_one_follows_the_decree(filled_workspace, tmp_path):
    printing.save_document_settings(filled_workspace, {"doc_signer_name": "Trần Văn Đức"})
    out = produce(filled_workspace, "summary")
    reader = PdfReader(io.BytesIO(out.data))
    assert out.pages == len(reader.pages) >= 2
    for page in reader.pages:
        assert (float(page.mediabox.width), float(page.mediabox.height)) == pytest.approx(A4, abs=0.5)
    text = pdf_text(out.data)
    first = text[0]
    for s in ("ỦY BAN NHÂN DÂN", "PHƯỜNG PHAN ĐÌNH PHÙNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
              "Độc lập - Tự do - Hạnh phúc", "/BC-UBND", "Phan Đình Phùng, ngày 26 tháng 11 năm 2026", "BÁO CÁO",
              "Kết quả công tác phổ biến, giáo dục pháp luật", "năm 2026"):  # fmt: skip
        assert s in first, s
    assert unicodedata.is_normalized("NFC", "".join(text))
    whole = "\n".join(text)
    for s in ("Nơi nhận:", "Sở Tư pháp tỉnh Thái Nguyên;", "Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Trần Văn Đức"):
        assert s in whole, s
    # page numbers: none on page 1, "2" centred in the top margin of page 2
    path = tmp_path / "summary.pdf"
    path.write_bytes(out.data)
    top_words = [w for w in word_boxes(path, 2) if w[2] < 20 * MM]
    assert [w[0] for w in top_words] == ["2"]
    centre = (top_words[0][1] + top_words[0][3]) / 2
    assert centre == pytest.approx(30 * MM + (210 - 45) * MM / 2, abs=3)
    assert not [w for w in word_boxes(path, 1) if w[2] < 20 * MM]


@pytest.mark.parametrize("kind", ["summary", "activity-log", "roster"])
def test_text_stays_inside_the_margins(filled_workspace, tmp_path, kind):
    out = produce(filled_workspace, kind)
    path = tmp_path / f"{kind}.pdf"
    path.write_bytes(out.data)
    reader = PdfReader(io.BytesIO(out.data))
    for number in range(1, out.pages + 1):
        page = reader.pages[number - 1]
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        for word, x1, y1, x2, y2 in word_boxes(path, number):
            assert x1 >= 30 * MM - 0.5, (word, x1)
            assert x2 <= width - 15 * MM + 0.5, (word, x2)
            if not (number >= 2 and word == str(number)):  # the page number sits in the top margin
                assert y1 >= 20 * MM - 1, (word, y1)
            assert y2 <= height - 20 * MM + 1, (word, y2)


def test_every_font_is_embedded(filled_workspace, tmp_path):
    need_tool("pdffonts")
    outputs = {k: produce(filled_workspace, k).data for k in ("summary", "activity-log", "roster")}
    outputs["enrolment"] = produce(filled_workspace, "enrolment", fingerprint=FP).data
    for kind, data in outputs.items():
        path = tmp_path / f"{kind}.pdf"
        path.write_bytes(data)
        rows = pdffonts(path)
        assert rows, kind
        assert all(r["emb"] == "yes" for r in rows), (kind, [r["line"] for r in rows])
        expected = "TimesNewRoman" if fonts.register_fonts().family == fonts.TIMES else "LiberationSerif"
        assert all(expected in r["name"] for r in rows), kind


def test_activity_log_rows_totals_and_repeated_header(filled_workspace, tmp_path):
    out = produce(filled_workspace, "activity-log")
    text = pdf_text(out.data)
    whole = " ".join(" ".join(text).split())
    assert "SỔ THEO DÕI" in text[0]
    assert "Hội thi tìm hiểu pháp luật về bình đẳng giới" in whole
    assert "Hưởng ứng Ngày Pháp luật Việt Nam: tọa đàm về Hiến pháp" in whole
    assert "Nguyễn Thị Hường, Đặng Văn Lợi" in whole
    assert "Hoạt động của năm trước" not in whole  # outside the period
    assert "Tổng cộng: 4 hoạt động" in whole
    assert "Tổng cộng: 4 hoạt động 465 280 500" in whole  # participants, women, materials
    assert "NGƯỜI LẬP" in whole


def test_activity_log_header_repeats_and_long_text_wraps_inside_its_cell(filled_workspace, tmp_path):
    from app.core.models import Activity
    from app.reports.activity_log import COLUMNS
    from app.services import logbook

    for i in range(40):
        logbook.save_activity(filled_workspace, Activity(date=date(2026, 5, 1 + i % 28), title=f"{LONG_TITLE} ({i})", forms=["TRUC_TIEP"], participants=10))
    out = produce(filled_workspace, "activity-log")
    assert out.pages >= 3
    path = tmp_path / "log.pdf"
    path.write_bytes(out.data)
    left = 30 * MM + sum(c[1] for c in COLUMNS[:2]) * MM
    right = left + COLUMNS[2][1] * MM
    texts = pdf_text(out.data)
    last_table_page = max(i for i, t in enumerate(texts, start=1) if "Tổng cộng:" in t)
    for number in range(1, last_table_page + 1):
        assert "Nội dung hoạt động" in texts[number - 1], f"header missing on page {number}"
        words = word_boxes(path, number)
        totals = [w[2] for w in words if w[0] == "Tổng"]  # the totals label spans several columns on purpose
        table_top = min(w[2] for w in words if w[0] == "TT")  # the table's header row; page 1 has a title above
        content = [w for w in words if w[2] >= table_top and left - 1 <= w[1] <= right and not any(abs(w[2] - y) < 2 for y in totals)]
        # every word that starts in the content column also ends inside it (nothing spills into "Hình thức")
        assert all(w[3] <= right + 0.5 for w in content), [w for w in content if w[3] > right + 0.5][:3]
    whole = " ".join(" ".join(pdf_text(out.data)).split())
    assert "thủ tục cấp giấy chứng nhận quyền sử dụng đất ở (39)" in whole


def test_roster_lists_both_kinds_with_decisions(filled_workspace):
    out = produce(filled_workspace, "roster")
    whole = "\n".join(pdf_text(out.data))
    for s in ("DANH SÁCH", "I. BÁO CÁO VIÊN PHÁP LUẬT", "II. TUYÊN TRUYỀN VIÊN PHÁP LUẬT", "Nguyễn Thị Hường",
              "Đặng Văn Lợi", "05/QĐ-UBND ngày 01/08/2025", "40/QĐ-UBND ngày 30/09/2026", "Chuyển nơi cư trú",
              "(Tính đến ngày 26/11/2026)"):  # fmt: skip  (the report is made on 26/11: never a day to come)
        assert s in whole.replace("\n", " ") or s in whole, s


def test_roster_of_an_earlier_period_does_not_show_a_later_dismissal(filled_workspace):
    whole = "\n".join(pdf_text(produce(filled_workspace, "roster", "2026-H1").data))
    assert "(Tính đến ngày 30/06/2026)" in whole.replace("\n", " ")  # a period that has ended: its last day
    assert "Đặng Văn Lợi" in whole
    assert "40/QĐ-UBND" not in whole


def test_summary_figures_come_from_the_log(filled_workspace):
    whole = " ".join(" ".join(pdf_text(produce(filled_workspace, "summary").data)).split())
    # direct sessions: the long hội nghị and the Ngày Pháp luật tọa đàm (120 + 300 people)
    assert "đã tổ chức 2 cuộc phổ biến pháp luật trực tiếp với 420 lượt người tham dự" in whole
    assert "1 cuộc thi tìm hiểu pháp luật với 45 lượt người dự thi" in whole
    assert "phát hành miễn phí 500 bản tài liệu" in whole
    assert "Biểu 4. Báo cáo viên, tuyên truyền viên pháp luật" in whole


def test_enrolment_sheet(tmp_path):
    data = EnrolmentData("05443", "Phường Phan Đình Phùng", "Tỉnh Thái Nguyên", "Nguyễn Thị Hường",
                         "Công chức Tư pháp - Hộ tịch", FP, date(2026, 1, 5))  # fmt: skip
    pdf = render_enrolment(data, invariant=True)
    assert pdf == render_enrolment(data, invariant=True)  # byte-stable with invariant
    text = pdf_text(pdf)
    assert len(text) == 1
    for s in ("PHIẾU ĐĂNG KÝ", "PHƯỜNG PHAN ĐÌNH PHÙNG", "Phường Phan Đình Phùng (mã 05443)", "Tỉnh Thái Nguyên",
              "Nguyễn Thị Hường", "Công chức Tư pháp - Hộ tịch", "05/01/2026", "Phan Đình Phùng, ngày 05 tháng 01 năm 2026"):  # fmt: skip
        assert s in text[0], s
        assert s in text[0], s
    for line in fingerprint_groups(FP, per_line=5):
        assert line in text[0]
    assert fingerprint_groups(FP)[0] == "K7QX 3M2P ZR5T NB4W J6CY HD2F GL5V S3EA"


def test_enrolment_qr_code_encodes_the_fingerprint(tmp_path):
    """The QR image decodes back to the fingerprint when a decoder is available (zbarimg)."""
    import shutil
    import subprocess

    if shutil.which("zbarimg") is None or shutil.which("pdftoppm") is None:
        pytest.skip("zbarimg (zbar-tools) not installed: the QR code is only checked for presence")
    data = EnrolmentData("05443", "Phường Phan Đình Phùng", "Tỉnh Thái Nguyên", "A", "B", FP, date(2026, 1, 5))
    path = tmp_path / "e.pdf"
    path.write_bytes(render_enrolment(data))
    subprocess.run(["pdftoppm", "-r", "150", "-png", str(path), str(tmp_path / "e")], check=True)
    png = next(tmp_path.glob("e*.png"))
    out = subprocess.run(["zbarimg", "-q", "--raw", str(png)], capture_output=True, text=True).stdout.strip()
    assert out == FP


def test_user_text_is_escaped_and_normalised(filled_workspace):
    from app.core.models import Activity
    from app.services import logbook

    nfd = unicodedata.normalize("NFD", "Tuyên truyền <Luật> Đất đai & Nhà ở")
    logbook.save_activity(filled_workspace, Activity(date=date(2026, 7, 1), title=nfd, forms=["TRUC_TIEP"]))
    whole = "\n".join(pdf_text(produce(filled_workspace, "activity-log").data))
    assert "Tuyên truyền <Luật> Đất đai & Nhà ở" in whole


def test_command_line_lists_every_printable_kind():
    from app.commands import report
    from app.services import printing

    assert report.KINDS == printing.KINDS
