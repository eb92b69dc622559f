"""Plans from files: the example plan 164/KH-UBND built from its text, taking its tasks into the commune's own
plan, .xlsx import (a bad file: every problem named, nothing stored), and the plan report (PDF read with
pdftotext, .xlsx re-read with openpyxl, overdue tasks standing out) whose .xlsx reads back as a plan."""

from __future__ import annotations

import io
import shutil
import subprocess
from datetime import date

import openpyxl
import pytest

from app.core import plans as core
from app.core.errors import FileFormatError, ImportRejectedError
from app.core.models import Activity
from app.core.plans import Plan, PlanTask
from app.services import logbook
from app.services import plan_files as files
from app.services import plans as svc
from app.services.plan_reports import render_plan_report
from app.services.read import Scope
from plan_helpers import write_plan_file


def test_the_example_plan_is_164_built_from_its_text():
    ex = files.example_plan("164/KH-UBND")
    assert ex.plan.number == "164/KH-UBND" and ex.plan.date == date(2020, 12, 31)
    assert ex.plan.issuer == "UBND tỉnh Thái Nguyên"
    assert len(ex.tasks) == 29
    by_section = {t.section: t for t in ex.tasks}
    assert by_section["II.1"].deadline == "Quý I năm 2021"
    assert by_section["II.3.2"].deadline == "Quý IV năm 2022" and by_section["II.3.2"].lead == "Sở Tư pháp"
    assert by_section["II.6.2"].deadline == "Năm 2021, 2022"
    assert by_section["II.5.1"].deadline == "Hằng năm"  # the text says "Hàng năm"
    assert "thực sự có năng lực và hoạt động thực chất" in by_section["II.5.1"].content
    kinds = {t.parsed_deadline().kind for t in ex.tasks}
    assert kinds == {core.D_QUARTER, core.D_YEARS, core.D_ANNUAL, core.D_NONE}
    assert all(core.validate_task(t, None, date(2026, 1, 1)) == [] for t in ex.tasks)


def test_a_commune_imports_the_example_and_takes_tasks_into_its_plan(workspace):
    ws = workspace
    files.import_example(ws, "164-KH-UBND-2020")
    plans = svc.list_plans(ws, Scope.own(ws))
    assert [p.number for p in plans] == ["164/KH-UBND"]
    with pytest.raises(files.PlanExistsError):
        files.import_example(ws, "164/KH-UBND")
    own = Plan(number="05/KH-UBND", date=date(2026, 1, 10), year_from=2026, year_to=2026)
    svc.save_plan(ws, own)
    ex = files.example_plan("164/KH-UBND")
    picked = [t for t in ex.tasks if t.section in ("II.2.1", "II.5.1")]
    assert svc.take_tasks(ws, ex.plan, picked, own.id) == 2
    rows = svc.plan_view(ws, own.id).rows
    assert [r.task.source_task for r in rows] == ["164/KH-UBND II.2.1", "164/KH-UBND II.5.1"]
    assert [r.task.deadline for r in rows] == ["Hằng năm", "Hằng năm"]


def test_import_a_plan_from_xlsx(workspace, tmp_path):
    path = write_plan_file(tmp_path / "kế hoạch 2026.xlsx")
    plan, tasks = files.import_plan_xlsx(workspace, path)
    assert (plan.number, plan.date, plan.year_from, plan.budget) == ("05/KH-UBND", date(2026, 1, 10), 2026, 20_000_000)
    assert [t.deadline for t in tasks] == ["Quý II năm 2026", "09/11/2026", "Hằng năm"]
    assert tasks[0].cooperating == ["Công an phường", "Hội Phụ nữ"] and tasks[0].budget == 2_000_000
    assert svc.plan_indicators(workspace, Scope.own(workspace), 2026).tasks == 3
    with pytest.raises(files.PlanExistsError) as err:
        files.import_plan_xlsx(workspace, path)
    assert err.value.code == "E-PLAN-EXISTS"


def test_a_bad_plan_file_names_every_problem_and_stores_nothing(workspace, tmp_path):
    bad = [
        [1, "1", "Tuyên truyền", "UBND", "", "sớm nhất có thể", ""],
        [2, "2", "", "UBND", "", "Quý I năm 2026", ""],
        [3, "3", "Thi tìm hiểu", "UBND", "", "Quý V năm 2026", "nhiều"],
    ]
    path = write_plan_file(tmp_path / "sai.xlsx", bad, [["Số kế hoạch", ""], ["Ngày ban hành", "32/01/2026"], ["Từ năm", 2026]])
    with pytest.raises(ImportRejectedError) as err:
        files.import_plan_xlsx(workspace, path)
    assert err.value.code == "E-IMPORT-INVALID"
    msg = err.value.message
    assert "nothing was imported" in msg
    assert "row 2, column Thời gian thực hiện" in msg and "sớm nhất có thể" in msg
    assert "row 3, column Nội dung nhiệm vụ" in msg
    assert "row 4, column Kinh phí" in msg and "row 4, column Thời gian thực hiện" in msg
    assert "Ngày ban hành" in msg and "Số kế hoạch" in msg
    assert svc.list_plans(workspace, Scope.own(workspace)) == []
    not_xlsx = tmp_path / "plan.csv"
    not_xlsx.write_text("a,b\n", encoding="utf-8")
    with pytest.raises(FileFormatError):
        files.import_plan_xlsx(workspace, not_xlsx)
    no_sheet = tmp_path / "nosheet.xlsx"
    openpyxl.Workbook().save(no_sheet)
    with pytest.raises(FileFormatError) as err:
        files.import_plan_xlsx(workspace, no_sheet)
    assert "Kế hoạch" in err.value.message
    assert svc.list_plans(workspace, Scope.own(workspace)) == []


def _plan_with_activity(ws, tmp_path):
    plan, tasks = files.import_plan_xlsx(ws, write_plan_file(tmp_path / "kh.xlsx"))
    a = Activity(date=date(2026, 5, 20), title="Hội nghị phổ biến Luật Đất đai", forms=["TRUC_TIEP"], participants=50)
    logbook.save_activity(ws, a)
    svc.link_activity(ws, a.id, tasks[0].id)
    return plan, tasks


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")
def test_plan_report_pdf_shows_status_activities_and_overdue(workspace, tmp_path):
    plan, _ = _plan_with_activity(workspace, tmp_path)
    pdf = render_plan_report(workspace, plan.id, "pdf")  # today 26/11/2026: Q2 and 09/11 are past
    out = tmp_path / "r.pdf"
    out.write_bytes(pdf)
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "Tình hình thực hiện Kế hoạch số 05/KH-UBND".upper() in text.upper()
    assert text.count("QUÁ HẠN") >= 2  # both dated tasks, and the legend
    flat = " ".join(text.split())
    assert "20/05/2026 – Hội nghị phổ" in flat  # the activity behind task 1
    assert "Chưa thực hiện" in flat  # the every-year task, nothing done yet in 2026
    assert "0/3 nhiệm vụ trong kế hoạch đã hoàn thành (0%); 2 nhiệm vụ quá hạn" in flat


def test_plan_report_xlsx_marks_overdue_rows_and_reads_back_as_a_plan(workspace, tmp_path):
    plan, _ = _plan_with_activity(workspace, tmp_path)
    data = render_plan_report(workspace, plan.id, "xlsx")
    wb = openpyxl.load_workbook(io.BytesIO(data))
    assert wb.sheetnames == ["Kế hoạch", "Nhiệm vụ"]
    ws = wb["Nhiệm vụ"]
    rows = [[c.value for c in r] for r in ws.iter_rows()]
    header = next(i for i, r in enumerate(rows) if r[0] == "TT")
    body = rows[header + 1 :]
    status = {r[1]: r[5] for r in body}
    assert status == {"1": "QUÁ HẠN", "2": "QUÁ HẠN", "3": "Chưa thực hiện"}
    overdue_row = ws.cell(row=header + 2, column=3)
    assert overdue_row.font.bold and overdue_row.fill.fgColor.rgb.endswith("FFDCDC")
    assert not ws.cell(row=header + 4, column=3).font.bold
    assert "20/05/2026" in body[0][6]
    # the report reads back as a plan file (another unit can import it)
    path = tmp_path / "report.xlsx"
    path.write_bytes(data)
    read_plan, read_tasks = files.read_plan_xlsx(path, date(2026, 11, 26))
    assert read_plan.number == "05/KH-UBND" and read_plan.issue_deadline == date(2026, 1, 15)
    assert [t.deadline for t in read_tasks] == ["Quý II năm 2026", "09/11/2026", "Hằng năm"]
    assert read_tasks[0].budget == 2_000_000
