"""Names, place and agency wording on the printed documents of a commune, a ward of Hà Nội, a province's People's
Committee and a Sở Tư pháp, read back from the PDF with pdftotext."""

from __future__ import annotations

import subprocess

import pytest

from app.core.periods import parse_period
from app.services import printing
from report_helpers import need_tool


@pytest.fixture
def open_unit(tmp_path, fixed_clock):
    from app.paths import AppPaths
    from app.services.setup import initialise
    from app.services.workspace import Workspace

    opened = []

    def make(code: str, level: str = "commune"):
        ws = Workspace.open(AppPaths(tmp_path / f"{code}-{level}"), clock=fixed_clock)
        initialise(ws, code, "Nguyễn Thị Hường", level=level)
        opened.append(ws)
        return ws

    yield make
    for ws in opened:
        ws.close()


def pdftotext(pdf: bytes, tmp_path) -> str:
    tool = need_tool("pdftotext")
    path = tmp_path / "doc.pdf"
    path.write_bytes(pdf)
    text = subprocess.run([tool, "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(text.split())  # one line: the layout's column gaps and line breaks do not matter here


def summary_text(ws, tmp_path, kind: str = "summary") -> str:
    from app.commands import run_job

    out = run_job(printing.produce(ws, printing.ReportRequest(kind, parse_period("2026"), invariant=True)))
    return pdftotext(out.data, tmp_path)


def assert_words(text: str, present: list[str], absent: list[str] = ()) -> None:
    for s in present:
        assert s in text, s
    for s in absent:
        assert s not in text, s
    assert "Thành phố Thành phố" not in text and "THÀNH PHỐ THÀNH PHỐ" not in text and "thành phố Thành phố" not in text


def test_a_commune_writes_its_own_place_and_lower_case_type(open_unit, tmp_path):
    ws = open_unit("02104")  # Xã Tân Kỳ, Thái Nguyên
    text = summary_text(ws, tmp_path)
    assert_words(text, ["ỦY BAN NHÂN DÂN", "XÃ TÂN KỲ", "Tân Kỳ, ngày 26 tháng 11 năm 2026",
                        "Ủy ban nhân dân xã Tân Kỳ báo cáo", "Sở Tư pháp tỉnh Thái Nguyên;",
                        "Thường trực Đảng ủy, HĐND xã Tân Kỳ;", "TM. ỦY BAN NHÂN DÂN"],
                 ["Thái Nguyên, ngày", "Ủy ban nhân dân Xã"])  # fmt: skip


def test_a_ward_of_ha_noi(open_unit, tmp_path):
    ws = open_unit("00070")  # Phường Hoàn Kiếm, Thành phố Hà Nội
    text = summary_text(ws, tmp_path)
    assert_words(text, ["PHƯỜNG HOÀN KIẾM", "Hoàn Kiếm, ngày 26 tháng 11 năm 2026", "Ủy ban nhân dân phường Hoàn Kiếm báo cáo",
                        "Sở Tư pháp thành phố Hà Nội;"], ["Hà Nội, ngày"])  # fmt: skip
    enrolment = pdftotext(printing.EnrolmentReport(invariant=True).render(printing.build_enrolment(ws, "ABCD")), tmp_path)
    assert_words(enrolment, ["Ủy ban nhân dân phường Hoàn Kiếm đăng ký", "Hoàn Kiếm, ngày", "Thành phố Hà Nội"], ["Phường Hoàn Kiếm đăng ký"])


def test_a_province_issuing_as_its_peoples_committee(open_unit, tmp_path):
    ws = open_unit("01", "province")
    printing.save_document_settings(ws, {"doc_issuer": "ubnd"})
    settings = printing.document_settings(ws)
    assert settings["doc_issuing_unit"] == "Ủy ban nhân dân\nThành phố Hà Nội" and settings["doc_number_code"] == "BC-UBND"
    text = summary_text(ws, tmp_path)
    assert_words(text, ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HÀ NỘI", "Hà Nội, ngày 26 tháng 11 năm 2026",
                        "Ủy ban nhân dân thành phố Hà Nội báo cáo", "/BC-UBND", "TM. ỦY BAN NHÂN DÂN", "Bộ Tư pháp;",
                        "Thường trực HĐND thành phố Hà Nội;"], ["SỞ TƯ PHÁP", "Sở Tư pháp thành phố Hà Nội báo cáo"])  # fmt: skip


def test_a_so_tu_phap_reports_as_the_so(open_unit, tmp_path):
    ws = open_unit("01", "province")
    assert printing.issuer_of(ws) == "agency"  # an upper level's default
    text = summary_text(ws, tmp_path)
    assert_words(text, ["UBND THÀNH PHỐ HÀ NỘI", "SỞ TƯ PHÁP", "Hà Nội, ngày 26 tháng 11 năm 2026",
                        "Sở Tư pháp thành phố Hà Nội báo cáo", "/BC-STP", "KT. GIÁM ĐỐC", "UBND thành phố Hà Nội;"],
                 ["Ủy ban nhân dân thành phố Hà Nội báo cáo", "Ủy ban nhân dân tỉnh"])  # fmt: skip
    thai_nguyen = open_unit("19", "province")
    assert_words(summary_text(thai_nguyen, tmp_path), ["UBND TỈNH THÁI NGUYÊN", "Thái Nguyên, ngày", "Sở Tư pháp tỉnh Thái Nguyên báo cáo"])


def test_the_issuer_is_a_checked_choice(open_unit):
    from app.core.errors import UsageError

    commune = open_unit("02104")
    with pytest.raises(UsageError):
        printing.save_document_settings(commune, {"doc_issuer": "agency"})  # a commune issues as its People's Committee
    province = open_unit("19", "province")
    with pytest.raises(UsageError):
        printing.save_document_settings(province, {"doc_issuer": "so"})
    assert "doc_issuer" not in province.settings
