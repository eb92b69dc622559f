"""Chuẩn tiếp cận pháp luật documents read back with pdftotext: Mẫu 01 (conclusion and proposal), Mẫu 02 (the
columns a real commune filled in, figures and rates), Mẫu 07 (the upper level's scoring beside the commune's), and
the footer line that says the exact layout is unknown."""

from __future__ import annotations

import pytest

from app.core.errors import AppError
from app.services import assessments as svc
from report_helpers import need_tool


def _text(ws, year, form, unit=None) -> str:
    """The document's words as pdftotext reads them (one space between words)."""
    import subprocess
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "doc.pdf"
        path.write_bytes(svc.render_document(ws, year, form, unit, invariant=True))
        out = subprocess.run([need_tool("pdftotext"), "-raw", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(out.split())


def test_form_02_and_01_of_a_qd27_year(workspace):
    svc.set_answer(workspace, 2026, "2.2", "9/10")
    svc.set_answer(workspace, 2026, "2.1.1", "có")
    text = _text(workspace, 2026, "02")
    for words in ("BẢN TỔNG HỢP", "Căn cứ chấm điểm: Số liệu thực hiện; Tỷ lệ đạt được", "Chữ ký của công chức phụ trách",
                  "9/10 (90,0%)", "Không đạt", "chưa đạt chuẩn tiếp cận pháp luật",
                  "bố cục chính xác của mẫu chưa được đối chiếu"):  # fmt: skip
        assert words in text, words
    report = _text(workspace, 2026, "01")
    assert "I. KẾT QUẢ ĐÁNH GIÁ" in report and "III. ĐỀ NGHỊ" in report
    assert "Chỉ tiêu 2.2 không đạt (đạt 90,0%)" in report and "chưa đủ điều kiện đề nghị công nhận" in report


def test_form_02_of_a_qd25_year_shows_points_and_unknown_maxima(workspace):
    svc.set_answer(workspace, 2024, "1.2", "6,5")
    svc.set_answer(workspace, 2024, "DK3", "không")
    text = _text(workspace, 2024, "02")
    assert "Điểm số tối đa" in text and "Điểm số tự chấm" in text and "TT 09/2021/TT-BTP Phụ lục II" in text
    assert "1.2 Ban hành đúng quy định" in text and " 6,5 " in f" {text} " and "Tổng số điểm: 6,5." in text
    assert "TC2 Tiếp cận thông tin, phổ biến, giáo dục pháp luật ?" in text  # the unknown maximum is not invented


def test_form_07_at_the_upper_level_and_refusals(workspace, tmp_path):
    from app.paths import AppPaths
    from app.services.read import Scope
    from app.services.setup import initialise
    from app.services.workspace import Workspace

    with pytest.raises(AppError) as err:
        svc.render_document(workspace, 2026, "07")
    assert err.value.code == "E-USAGE"
    for form in ("05", "09"):
        with pytest.raises(AppError) as err:
            svc.render_document(workspace, 2026, form)
        assert err.value.code == "E-USAGE"
    up = Workspace.open(AppPaths(tmp_path / "upper"))
    initialise(up, "19", "Lê Văn Tám", level="province")
    try:
        svc.set_answer(up, 2026, "2.2", "10/10", unit="05443")
        text = _text(up, 2026, "07", "05443")
        assert "Điểm số thẩm định" not in text and "Kết quả thẩm định" in text and "Xã tự đánh giá" in text
        assert "Kết quả xã tự đánh giá: chưa gửi" in text and "Phường Phan Đình Phùng" in text
        summary = _text(up, 2026, "09")
        assert "Bản tổng hợp thông tin, số liệu thực hiện các tiêu chí, chỉ tiêu trên địa bàn" in summary
        assert "Phường Phan Đình Phùng (05443) Chưa gửi" in summary
        n = len(svc.overview(up, 2026, Scope.under(up)))
        assert n > 10 and f"Số đơn vị: {n}; đã gửi kết quả tự đánh giá: 0; chưa gửi: {n};" in summary  # every expected commune
    finally:
        up.close()


def test_a_signed_pdf_given_as_evidence_shows_its_signer_time_and_integrity(workspace, test_cert, tmp_path):
    from datetime import datetime, timedelta, timezone

    from app.reports import signing
    from app.reports.assessment import AssessmentReport

    rendered = AssessmentReport(invariant=True).render_document(svc.build_document(workspace, 2026, "02"))
    when = datetime(2026, 11, 26, 9, 30, tzinfo=timezone(timedelta(hours=7)))
    pdf, _ = signing.sign_pdf(rendered.pdf, signing.SignRequest(signing.Pkcs12Source(test_cert["p12"], test_cert["password"])),
                              rendered.signature_box, "UBND phường", "Thái Nguyên", when)  # fmt: skip
    signed = tmp_path / "ke-hoach-da-ky.pdf"
    signed.write_bytes(pdf)
    v = svc.set_answer(workspace, 2026, "2.4.1", "có", evidence=signed)
    shown = v.answers["2.4.1"].evidence[0]["signatures"]
    assert len(shown) == 1 and shown[0]["signer"] == "Nguyễn Thị Hường" and shown[0]["intact"] is True
    assert shown[0]["signing_time"][:4] == "2026"
    changed = tmp_path / "sua.pdf"
    middle = len(pdf) // 4
    changed.write_bytes(pdf[:middle] + bytes([pdf[middle] ^ 1]) + pdf[middle + 1 :])  # one bit of the signed content
    v = svc.set_answer(workspace, 2026, "2.4.1", "có", evidence=changed)
    assert [s["intact"] for s in v.answers["2.4.1"].evidence[1]["signatures"]] != [True]  # never shown as intact


def _all_met(ws, year, unit):
    """Answer every input of the year's QĐ 27 set so that it is met (the upper level's scoring of ``unit``)."""
    cset = svc.view(ws, year, unit).cset
    for ind in cset.indicators():
        for part in ind.parts:
            if len(ind.parts) > 1 and part.code == ind.code:
                continue
            value = {"yes_no": "yes", "ratio": "1/1", "checklist": ",".join(o.code for o in part.options[:1])}[part.input]
            svc.set_answer(ws, year, part.code, value, unit=unit)


def test_form_10_reports_the_year_on_the_area_and_leaves_the_narrative_to_the_officer(workspace, tmp_path):
    from app.paths import AppPaths
    from app.services.read import Scope
    from app.services.setup import initialise
    from app.services.workspace import Workspace

    with pytest.raises(AppError) as err:
        svc.render_document(workspace, 2026, "10")  # a commune has no area to report on
    assert err.value.code == "E-USAGE"
    up = Workspace.open(AppPaths(tmp_path / "upper"))
    initialise(up, "19", "Lê Văn Tám", level="province")
    try:
        _all_met(up, 2026, "05443")
        other = next(r.unit_code for r in svc.overview(up, 2026, Scope.under(up)) if r.unit_code != "05443")
        svc.set_answer(up, 2026, "2.2", "9/10", unit=other)
        rows = svc.overview(up, 2026, Scope.under(up))
        assert svc.counts(rows)["recognised"] == 1 and svc.counts(rows)["not_recognised"] == 1
        n = len(rows)
        text = _text(up, 2026, "10")
        assert "BÁO CÁO Kết quả đánh giá, công nhận chuẩn tiếp cận pháp luật năm 2026" in text and "Mẫu số 10 – Báo cáo kết quả đánh giá, công nhận" in text
        assert f"Tổng số đơn vị cấp xã phải đánh giá năm 2026: {n}; đã gửi kết quả tự đánh giá: 0; chưa gửi: {n}." in text
        share = f"{100 / n:.1f}".replace(".", ",")
        assert f"Đạt chuẩn tiếp cận pháp luật: 1 ({share}%); chưa đạt chuẩn: 1; chưa đủ thông tin để kết luận: 0." in text
        assert "Các đơn vị đạt chuẩn (1): Phường Phan Đình Phùng (05443)." in text
        assert f"Các đơn vị chưa gửi kết quả tự đánh giá ({n}):" in text
        assert "III. ĐÁNH GIÁ, GIẢI PHÁP BẢO ĐẢM TÍNH THỰC CHẤT VÀ KIẾN NGHỊ" in text and "chương trình không tự viết nội dung" in text
        assert "Mẫu 10 theo tên tại" in text and "bố cục chính xác của mẫu chưa được đối chiếu" in text
    finally:
        up.close()
