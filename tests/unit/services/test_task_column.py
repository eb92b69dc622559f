"""The task column of activity spreadsheets (issue 16): an export names the plan task each activity carries out
("II.4" in the year's annual plan, "164/KH-UBND II.1" in another plan), an import reads it back and links the
activities; a cell naming no task is a bad row with its row number, and nothing is stored."""

from __future__ import annotations

import csv
from datetime import date

import pytest
from openpyxl import Workbook, load_workbook

from app.commands import run_job
from app.core.errors import ImportRejectedError
from app.core.models import Activity
from app.core.plans import Plan, PlanTask
from app.services import logbook
from app.services import plans as svc
from app.services.exporting import export_file
from app.services.importing import import_file
from app.services.read import Scope


@pytest.fixture
def planned(workspace):
    ws = workspace
    annual = Plan(number="05/KH-UBND", date=date(2026, 1, 10), issuer="UBND phường", title="Kế hoạch PBGDPL năm 2026",
                  year_from=2026, year_to=2026)  # fmt: skip
    tasks = [PlanTask(section="I.1", content="Quán triệt", deadline="Quý I năm 2026"),
             PlanTask(section="II.4", content="Tuyên truyền trực tiếp", deadline="Hằng năm"),
             PlanTask(section="", content="Phát sinh", deadline="", outside_plan=True)]  # fmt: skip
    svc.save_plan_with_tasks(ws, annual, tasks)
    thematic = Plan(number="12/KH-UBND", date=date(2026, 2, 2), issuer="UBND phường", kind="thematic",
                    title="Kế hoạch triển khai Luật Đất đai", year_from=2026, year_to=2026)  # fmt: skip
    land = [PlanTask(section="2", content="Hội nghị Luật Đất đai", deadline="Năm 2026")]
    svc.save_plan_with_tasks(ws, thematic, land)
    acts = []
    for day, title in ((date(2026, 3, 2), "Hội nghị quán triệt"), (date(2026, 5, 4), "Tuyên truyền Luật Đất đai"),
                       (date(2026, 6, 8), "Phát thanh"), (date(2026, 7, 9), "Hội nghị Luật Đất đai")):  # fmt: skip
        a = Activity(date=day, title=title, forms=["TRUC_TIEP"], participants=30)
        logbook.save_activity(ws, a)
        acts.append(a)
    for a, t in zip(acts, [tasks[0], tasks[1], None, land[0]]):
        svc.link_activity(ws, a.id, t.id if t else None)
    return ws, acts, tasks + land


def _task_cells(path):
    sheet = load_workbook(path).active
    rows = list(sheet.iter_rows(values_only=True))
    header = list(rows[0])
    return {r[header.index("Mã")]: r[header.index("Nhiệm vụ kế hoạch")] for r in rows[1:]}


def _links(ws, acts):
    return [(t.section or t.position) if (t := svc.task_of_activity(ws, a.id)) else None for a in acts]


def test_export_names_each_activitys_task(planned, tmp_path):
    ws, acts, _ = planned
    out = tmp_path / "hd.xlsx"
    run_job(export_file(ws, "activities", out))
    cells = _task_cells(out)
    assert [cells[a.id] for a in acts] == ["I.1", "II.4", None, "12/KH-UBND 2"]


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_round_trip_keeps_the_links_and_an_edited_cell_moves_the_activity(planned, tmp_path, suffix):
    ws, acts, _ = planned
    out = tmp_path / f"hd{suffix}"
    run_job(export_file(ws, "activities", out))
    report = run_job(import_file(ws, "activities", out))
    assert (report.unchanged, report.tasks_changed) == (4, 0)
    assert _links(ws, acts) == ["I.1", "II.4", None, "2"]
    _edit(out, {acts[1].id: "", acts[2].id: "ii.4", acts[3].id: "3"})  # the outside task has no section: its position
    report = run_job(import_file(ws, "activities", out))
    assert report.unchanged == 4 and report.tasks_changed == 3  # II.4, the land task and the outside one
    assert _links(ws, acts) == ["I.1", None, "II.4", 3]


def test_an_unknown_task_names_its_row_and_stores_nothing(planned, tmp_path):
    ws, acts, _ = planned
    out = tmp_path / "hd.xlsx"
    run_job(export_file(ws, "activities", out))
    _edit(out, {acts[0].id: "II.9", acts[1].id: "99/KH-UBND 1", acts[2].id: "II.4"})
    before = _links(ws, acts)
    with pytest.raises(ImportRejectedError) as err:
        run_job(import_file(ws, "activities", out))
    problems = err.value.details["report"]["problems"]
    assert {(p["row"], p["column"], p["code"]) for p in problems} == {(2, "Nhiệm vụ kế hoạch", "unknown-task"),
                                                                        (3, "Nhiệm vụ kế hoạch", "unknown-task")}  # fmt: skip
    assert "plan 05/KH-UBND has no task 'II.9'" in str(err.value) and "I.1, II.4" in str(err.value)
    assert _links(ws, acts) == before  # the good row's new task was not stored either


def test_a_year_without_an_annual_plan_here_imports_the_row_without_the_link_and_says_so(planned, tmp_path):
    """A file from another computer, whose plans are not stored here: the activities come in, the report lists
    the rows not linked; a cell naming a stored plan's number still links."""
    ws, _, _ = planned
    path = tmp_path / "new.xlsx"
    wb = Workbook()
    wb.active.append(["Ngày", "Nội dung", "Hình thức", "Số người tham dự", "Nhiệm vụ"])
    wb.active.append(["03/03/2025", "Hội nghị năm trước", "Trực tiếp", 20, "I.1"])
    wb.active.append(["04/03/2026", "Hội nghị mới", "Trực tiếp", 20, "05/KH-UBND I.1"])
    wb.save(path)
    report = run_job(import_file(ws, "activities", path))
    assert (report.created, report.skipped, report.tasks_changed) == (2, 0, 1)
    (missing,) = report.tasks_not_linked
    assert missing["row"] == 2 and missing["task"] == "I.1" and "no annual plan of 2025 is stored here" in missing["reason"]
    (row,) = [r for r in svc.plan_view(ws, svc.annual_plan(ws, ws.unit_code, 2026).id).rows if r.task.section == "I.1"]
    assert row.activities == 2


def test_a_file_without_the_column_leaves_the_links_alone(planned, tmp_path):
    ws, acts, _ = planned
    path = tmp_path / "old.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh).writerows([["Mã", "Ngày", "Nội dung", "Hình thức", "Số người tham dự"],
                                  [acts[1].id, "04/05/2026", "Tuyên truyền Luật Đất đai", "Trực tiếp", 30]])  # fmt: skip
    report = run_job(import_file(ws, "activities", path))
    assert report.tasks_changed == 0 and _links(ws, acts)[1] == "II.4"


def _edit(path, cells):
    """Set the task cell of the rows of ``cells`` (activity id → text) in an exported .xlsx or .csv."""
    if path.suffix == ".csv":
        with path.open(encoding="utf-8-sig", newline="") as fh:
            rows = list(csv.reader(fh))
        col, ids = rows[0].index("Nhiệm vụ kế hoạch"), rows[0].index("Mã")
        for r in rows[1:]:
            r[col] = cells.get(r[ids], r[col])
        with path.open("w", encoding="utf-8-sig", newline="") as fh:
            csv.writer(fh).writerows(rows)
        return
    wb = load_workbook(path)
    sheet = wb.active
    header = [c.value for c in sheet[1]]
    col, ids = header.index("Nhiệm vụ kế hoạch") + 1, header.index("Mã") + 1
    for row in range(2, sheet.max_row + 1):
        key = sheet.cell(row, ids).value
        if key in cells:
            sheet.cell(row, col).value = cells[key] or None
    wb.save(path)
