"""A province's consolidated summary: one row per expected unit whose figures are the units' own summaries'
figures, a total equal to their sum (read back from the PDF and the .xlsx), the reporting rate, the Sở's wording,
and a report with no data received that says so on its face."""

from __future__ import annotations

import io
import re
import shutil
import subprocess

import pytest
from openpyxl import load_workbook

from app.commands import run_job
from app.core.periods import parse_period
from app.services import printing
from app.services.bundles import import_bundle
from app.services.demo import create_demo
from tests.board_helpers import World, at

Q3 = parse_period("2026-Q3")
COMMUNES = (("05443", 1), ("05467", 2), ("05830", 3))


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    w = World(tmp_path_factory.mktemp("consolidated"))
    communes = {}
    for code, seed in COMMUNES:
        ws = w.commune(code, activities=0)
        ws.clock.now = at(2026, 10, 12 if code != "05830" else 25)  # Đại Từ sends after the due date (15/10)
        run_job(create_demo(ws, seed=seed, unit_code=code))
        import_bundle(w.province, w.send(ws, "2026-Q3"))
        communes[code] = ws
    yield w, communes
    w.close()


def _own_figures(ws) -> tuple[int, ...]:
    """What a commune's own summary of Q3 prints (Biểu 1 and 4), computed in its own data folder."""
    return printing.unit_figures(printing.compute_period_tables(ws, Q3))


def _numbers(text: str) -> tuple[int, ...]:
    return tuple(int(n.replace(".", "")) for n in text.split())


def _pdf_rows(pdf: bytes) -> dict[str, tuple[int, ...]]:
    """Biểu 5's rows read back from the PDF's text: {unit name: figures}."""
    tool = shutil.which("pdftotext")
    assert tool, "pdftotext (poppler-utils) is needed"
    text = subprocess.run([tool, "-layout", "-", "-"], input=pdf, capture_output=True, check=True).stdout.decode("utf-8")
    rows = {}
    part = text[text.index("Biểu 5. Kết quả theo đơn vị") :]
    for line in part.splitlines():
        m = re.match(r"^\s*(?:\d+\s+)?(\S.*?)\s{2,}([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*$", line)
        if m:
            rows[m.group(1).strip()] = _numbers(" ".join(m.groups()[1:]))
    return rows


def test_the_totals_equal_the_sum_of_the_communes_own_summaries(world):
    w, communes = world
    own = {ws.settings["unit_name"]: _own_figures(ws) for ws in communes.values()}
    assert all(f[0] > 0 for f in own.values())  # the demo communes did something in Q3
    total = tuple(map(sum, zip(*own.values())))

    pdf = run_job(printing.produce(w.province, printing.ReportRequest("summary", Q3, invariant=True)))
    assert not pdf.warning
    rows = _pdf_rows(pdf.data)
    for name, figures in own.items():
        assert rows[name] == figures, name
    assert rows["Tổng cộng"] == total

    book = load_workbook(io.BytesIO(run_job(printing.produce(w.province, printing.ReportRequest("summary", Q3, "xlsx"))).data))
    sheet = book["Biểu 5"]  # the units table (printing.UNIT_TABLE), named as numbered
    values = {str(r[0]).split(" (")[0]: tuple(r[1:5]) for r in sheet.iter_rows(values_only=True) if r and isinstance(r[1], int)}
    for name, figures in own.items():
        assert values[name] == figures, name
    assert values["Tổng cộng"] == total
    assert sum(1 for name in values if name != "Tổng cộng") == 92  # one row per expected unit

    # The province's own Biểu 1 (all units under it) agrees with the sum too.
    data = printing.build_summary(w.province, Q3)
    main = next(t for t in data.tables if t.code == "ket_qua_chung")
    assert (main.value("hoat_dong", 2), main.value("tt_cuoc", 2), main.value("tt_nguoi", 2)) == total[:3]


def test_the_consolidated_report_carries_the_rate_missing_and_late_units_and_the_sos_wording(world):
    w, communes = world
    data = printing.build_summary(w.province, Q3)
    text = " ".join(data.coverage)
    assert "3/92 đơn vị đã báo cáo" in text and "hạn nộp ngày 15/10/2026" in text
    assert "Đơn vị chưa báo cáo (89)" in text and "Xã Võ Nhai" in text and "Phường Phan Đình Phùng;" not in text
    assert "Đơn vị báo cáo muộn (1): Xã Đại Từ." in text
    assert "Sở Tư pháp tỉnh Thái Nguyên báo cáo" in data.intro[0] and "Ủy ban nhân dân" not in data.intro[0]
    own = printing.build_summary(communes["05443"], Q3)
    assert "Ủy ban nhân dân phường Phan Đình Phùng báo cáo" in own.intro[0]
    assert not own.coverage and not own.warning and printing.UNIT_TABLE not in {t.code for t in own.tables}
    # A report issued in the People's Committee's name is a choice of issuing agency.
    printing.save_document_settings(w.province, {"doc_issuing_unit": "Ủy ban nhân dân\ntỉnh Thái Nguyên"})
    try:
        assert "Ủy ban nhân dân tỉnh Thái Nguyên báo cáo" in printing.build_summary(w.province, Q3).intro[0]
    finally:
        printing.save_document_settings(w.province, {"doc_issuing_unit": "Sở Tư pháp"})


def test_a_period_with_nothing_received_says_so_on_its_face(world):
    w, _ = world
    q1 = parse_period("2026-Q1")
    out = run_job(printing.produce(w.province, printing.ReportRequest("summary", q1, invariant=True)))
    assert out.warning.startswith(printing.NO_DATA)
    text = subprocess.run(["pdftotext", "-", "-"], input=out.data, capture_output=True, check=True).stdout.decode("utf-8")
    assert printing.NO_DATA in " ".join(text.split()) and "0/92 đơn vị đã báo cáo" in text
    book = load_workbook(io.BytesIO(run_job(printing.produce(w.province, printing.ReportRequest("summary", q1, "xlsx"))).data))
    first = book.worksheets[0]
    assert first.title == "Tỷ lệ báo cáo" and any(printing.NO_DATA in str(c.value) for row in first.iter_rows() for c in row)


def test_an_activity_log_with_nothing_received_says_so_and_one_with_data_does_not(world):
    w, _ = world
    q1 = parse_period("2026-Q1")
    out = run_job(printing.produce(w.province, printing.ReportRequest("activity-log", q1, invariant=True)))
    assert out.warning.startswith(printing.NO_DATA)  # said before saving (CLI: a Warning line; GUI: asked)
    text = " ".join(subprocess.run(["pdftotext", "-", "-"], input=out.data, capture_output=True, check=True).stdout.decode("utf-8").split())
    assert f"{printing.NO_DATA} (Quý I năm 2026): sổ này chưa có hoạt động của các đơn vị." in text
    book = load_workbook(io.BytesIO(run_job(printing.produce(w.province, printing.ReportRequest("activity-log", q1, "xlsx"))).data))
    assert any(printing.NO_DATA in str(c.value) for row in book.worksheets[0].iter_rows() for c in row)
    assert run_job(printing.produce(w.province, printing.ReportRequest("activity-log", Q3, invariant=True))).warning == ""


def test_the_upper_levels_own_activities_have_their_row_so_the_total_is_the_whole(tmp_path, fixed_clock):
    from tests.scope_helpers import open_province

    data = open_province(tmp_path / "province", fixed_clock)
    try:
        summary = printing.build_summary(data.ws, Q3)
        by_code = {t.code: t for t in summary.tables}
        units = by_code[printing.UNIT_TABLE]
        own = units.rows[units.row_codes.index("19")]
        assert own[0] == "Tỉnh Thái Nguyên (cấp tỉnh tự thực hiện)" and own[1] == 1  # the training of 01/09/2026
        assert units.value("tong", 1) == by_code["ket_qua_chung"].value("hoat_dong", 2)
        assert summary.warning.startswith(printing.NO_DATA)  # records, but no unit has sent a bundle for Q3
    finally:
        data.ws.close()
