"""Statistical tables as data, and .xlsx copies that hold the same figures as the PDFs."""

from __future__ import annotations

import copy
import io
from datetime import date

import pytest
from openpyxl import load_workbook
from report_helpers import pdf_text

from app.commands import run_job
from app.core.errors import FileFormatError
from app.core.periods import parse_period
from app.reports.statistics import compute_tables
from app.reports.summary import vn_number
from app.services import printing


def produce(ws, kind, fmt="pdf", period="2026"):
    return run_job(printing.produce(ws, printing.ReportRequest(kind, parse_period(period), fmt, invariant=True))).data


def tables_of(ws, definition=None):
    from app.store import activities, reporters

    acts = list(activities.iter_activities(ws.db, activities.ActivityFilter(start=date(2026, 1, 1), end=date(2026, 12, 31))))
    reps = list(reporters.iter_reporters(ws.db))
    return {t.code: t for t in compute_tables(definition or printing.load_table_definition(), acts, reps, ws.catalogs,
                                               date(2026, 1, 1), date(2026, 12, 31))}  # fmt: skip


def test_main_figures(filled_workspace):
    t = tables_of(filled_workspace)
    main = t["ket_qua_chung"]
    assert main.value("tt_cuoc", 2) == 2 and main.value("tt_nguoi", 2) == 420
    assert main.value("tt_nu", 2) == 240 and main.value("tt_dtts", 2) == 7
    assert main.value("thi_cuoc", 2) == 1 and main.value("thi_nguoi", 2) == 45
    assert main.value("tai_lieu", 2) == 500 and main.value("kinh_phi", 2) == 2_500_000
    forms = t["theo_hinh_thuc"]
    assert forms.value("TRUC_TIEP") == 2 and forms.value("TRUC_TIEP", 2) == 420
    assert "NGAY_PL" not in forms.row_codes  # an occasion, not a form: counted under the forms it used
    assert main.value("ngay_pl", 2) == 1
    assert forms.value("total") == 4  # each activity once although one has two forms
    groups = t["theo_doi_tuong"]
    assert groups.value("PHU_NU") == 2 and groups.value("PHU_NU", 2) == 165
    rep = t["bao_cao_vien"]
    assert rep.value("dang_hoat_dong", 1) == 1 and rep.value("dang_hoat_dong", 2) == 0  # the TTV left on 30/09
    assert rep.value("cong_nhan", 2) == 1 and rep.value("tap_huan", 1) == 1 and rep.value("mien_nhiem", 2) == 1


def test_a_new_circular_only_changes_the_data_file(filled_workspace):
    definition = copy.deepcopy(printing.load_table_definition())
    definition["tables"].append({
        "code": "hoc_sinh", "title": "Biểu 5. Học sinh", "source": "activities", "label_header": "Chỉ tiêu",
        "columns": [{"code": "n", "label": "Số lượt", "measure": "sum:participants", "where": {"target_group": "HOC_SINH"}}],
        "rows": [{"code": "all", "label": "Tổng số"}],
    })  # fmt: skip
    assert tables_of(filled_workspace, definition)["hoc_sinh"].value("all") == 300


@pytest.mark.parametrize("bad", [{"where": {"colour": "red"}}, {"measure": "sum:salary"}])
def test_unknown_vocabulary_is_an_error_not_a_zero(filled_workspace, bad):
    definition = copy.deepcopy(printing.load_table_definition())
    definition["tables"][0]["rows"][0].update(bad)
    with pytest.raises(FileFormatError):
        tables_of(filled_workspace, definition)


def test_summary_xlsx_equals_the_pdf_figures(filled_workspace):
    pdf = " ".join(" ".join(pdf_text(produce(filled_workspace, "summary"))).split())
    wb = load_workbook(io.BytesIO(produce(filled_workspace, "summary", "xlsx")))
    tables = tables_of(filled_workspace)
    assert wb.sheetnames == ["Biểu 1", "Biểu 2", "Biểu 3", "Biểu 4"]  # Vietnamese, as the tables are numbered
    for (code, table), ws in zip(tables.items(), wb.worksheets):
        rows = [r for r in ws.iter_rows(values_only=True) if r and r[0] in {row[0] for row in table.rows}]
        assert [tuple(r[: len(table.headers)]) for r in rows] == [tuple(r) for r in table.rows]
        for row in table.rows:
            # the PDF prints the label and then the same figures, Vietnamese thousands separator
            figures = " ".join(vn_number(v) for v in row[1:])
            assert figures in pdf, (code, row)


def test_activity_log_xlsx_equals_the_pdf(filled_workspace):
    pdf = " ".join(" ".join(pdf_text(produce(filled_workspace, "activity-log"))).split())
    ws = load_workbook(io.BytesIO(produce(filled_workspace, "activity-log", "xlsx"))).active
    rows = list(ws.iter_rows(values_only=True))
    header = next(i for i, r in enumerate(rows) if r[0] == "TT")
    body = rows[header + 1 :]
    assert len(body) == 5  # 4 activities and the totals row
    total = body[-1]
    assert total[2] == "Tổng cộng: 4 hoạt động" and total[6:9] == (465, 280, 500)
    assert f"Tổng cộng: 4 hoạt động {total[6]} {total[7]} {total[8]}" in pdf
    for r in body[:-1]:
        assert r[1] in pdf and f"{r[6]} {r[7]} {r[8]}" in pdf


def test_roster_xlsx_lists_the_same_people(filled_workspace):
    pdf = " ".join(pdf_text(produce(filled_workspace, "roster")))
    ws = load_workbook(io.BytesIO(produce(filled_workspace, "roster", "xlsx"))).active
    names = [r[1] for r in ws.iter_rows(values_only=True) if r[-1] in ("BCV", "TTV")]
    assert names == ["Nguyễn Thị Hường", "Đặng Văn Lợi"]
    assert all(n in pdf for n in names)
