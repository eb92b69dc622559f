"""Plans through the services: validated saves (nothing stored on a bad record), an activity linked to a task and
the task's status and the plan's completion share derived from it, the annual plan's figures for the assessment,
and plans travelling in a bundle only when there are some (then asking for a reader of version 3)."""

from __future__ import annotations

from datetime import date

import pytest

from app.core import plans as core
from app.core.errors import UsageError, ValidationError
from app.core.models import Activity
from app.core.plans import Plan, PlanTask
from app.services import logbook
from app.services import plans as svc
from app.services.read import Scope


def _activity(ws, day, title="Tuyên truyền Luật Đất đai"):
    a = Activity(date=day, title=title, forms=["TRUC_TIEP"], participants=30)
    logbook.save_activity(ws, a)
    return a


def _plan(ws, **kw):
    plan = Plan(number="05/KH-UBND", date=date(2026, 1, 10), issuer="UBND phường Phan Đình Phùng",
                title="Kế hoạch PBGDPL năm 2026", year_from=2026, year_to=2026,
                issue_deadline=date(2026, 1, 15), budget=20_000_000, **kw)  # fmt: skip
    tasks = [
        PlanTask(section="1", content="Tuyên truyền Luật Đất đai năm 2024", deadline="Quý II năm 2026", budget=2_000_000),
        PlanTask(section="2", content="Tổ chức Ngày Pháp luật", deadline="09/11/2026"),
        PlanTask(section="3", content="Phát thanh pháp luật trên loa", deadline="Hằng năm"),
        PlanTask(section="4", content="Đối thoại chính sách", deadline="", outside_plan=True),
    ]
    svc.save_plan_with_tasks(ws, plan, tasks)
    return plan, tasks




def test_a_bad_plan_or_task_stores_nothing(workspace):
    bad = PlanTask(content="", deadline="sớm")
    with pytest.raises(ValidationError) as err:
        svc.save_plan_with_tasks(workspace, Plan(number="", year_from=2026, date=date(2026, 1, 1)), [bad])
    fields = {p["field"] for p in err.value.details["problems"]}
    assert fields == {"number", "tasks[1].content", "tasks[1].deadline"}
    assert svc.list_plans(workspace, Scope.own(workspace)) == []
    with pytest.raises(ValidationError):
        svc.save_task(workspace, PlanTask(plan_id="nope", content="x", deadline="Năm 2026"))


def test_linking_activities_drives_status_and_completion(workspace):
    ws = workspace  # today is 26/11/2026
    plan, tasks = _plan(ws)
    view = svc.plan_view(ws, plan.id)
    assert [r.status for r in view.rows] == [core.OVERDUE, core.OVERDUE, core.NOT_STARTED, core.NOT_STARTED]
    assert view.done_share == 0

    a1 = _activity(ws, date(2026, 5, 4))
    a2 = _activity(ws, date(2026, 3, 2), "Phát thanh Luật Giao thông")
    svc.link_activity(ws, a1.id, tasks[0].id)
    svc.link_activity(ws, a2.id, tasks[2].id)
    assert svc.task_of_activity(ws, a1.id).id == tasks[0].id
    view = svc.plan_view(ws, plan.id)
    by_section = {r.task.section: r for r in view.rows}
    assert by_section["1"].status == core.OVERDUE  # activities do not close a task: the officer does
    assert by_section["1"].activities == 1 and by_section["1"].last_activity == date(2026, 5, 4)
    assert by_section["3"].status == core.DONE  # an every-year task with an activity of 2026, the plan's only year

    # an activity moved to another task leaves the first one
    svc.link_activity(ws, a1.id, tasks[1].id)
    assert svc.plan_view(ws, plan.id).rows[0].activities == 0
    assert svc.task_of_activity(ws, a1.id).id == tasks[1].id
    svc.link_activity(ws, a1.id, None)
    assert svc.task_of_activity(ws, a1.id) is None

    t = tasks[0]
    t.state, t.done_date, t.activity_ids = "done", date(2026, 6, 20), [a1.id]
    svc.save_task(ws, t)
    view = svc.plan_view(ws, plan.id)
    assert view.done_share == pytest.approx(2 / 3)
    # a deleted activity no longer counts for its task
    logbook.delete_activity(ws, a2.id)
    assert {r.task.section: r.status for r in svc.plan_view(ws, plan.id).rows}["3"] == core.NOT_STARTED


def test_plan_indicators_for_the_assessment(workspace):
    ws = workspace
    plan, tasks = _plan(ws)
    a = _activity(ws, date(2026, 3, 2))
    svc.link_activity(ws, a.id, tasks[2].id)
    out = tasks[3]
    out.state, out.done_date = "done", date(2026, 10, 1)
    svc.save_task(ws, out)
    ind = svc.plan_indicators(ws, Scope.own(ws), 2026)
    assert ind.plan_number == "05/KH-UBND" and ind.on_time is True
    assert (ind.tasks, ind.done, ind.overdue, ind.outside, ind.outside_done) == (3, 1, 2, 1, 1)
    assert ind.budget_share == pytest.approx(1 / 3)
    assert svc.plan_indicators(ws, Scope.own(ws), 2025).plan_id is None
    with pytest.raises(UsageError):
        svc.plan_indicators(ws, Scope("under", None), 2026)


def test_task_search_ignores_accents(workspace):
    plan, tasks = _plan(workspace)
    found = svc.search_tasks(workspace, Scope.own(workspace), "dat dai")
    assert [t.section for t, _ in found] == ["1"]
    assert found[0][1].number == "05/KH-UBND"
    assert {t.section for t, _ in svc.search_tasks(workspace, Scope.own(workspace), "05/KH")} == {"1", "2", "3", "4"}


def test_delete_plan_takes_its_tasks(workspace):
    plan, tasks = _plan(workspace)
    svc.delete_plan(workspace, plan.id, "nhập nhầm")
    assert svc.list_plans(workspace, Scope.own(workspace)) == []
    assert svc.search_tasks(workspace, Scope.own(workspace)) == []
