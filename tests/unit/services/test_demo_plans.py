"""The demo commune's annual plans (issue 16): a newcomer opening the demo sees the Plans screen populated with a
plan a year adapted from 164/KH-UBND, tasks of every status, links to the demo's activities and the assessment's
plan figures; the roster review and the trainings have something to show too."""

from datetime import date

import pytest

from app.commands import run_job
from app.core import plans as core
from app.services import plans, roster
from app.services.demo import create_demo
from app.services.read import Scope
from app.store import activities as activity_repo


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    from app.paths import AppPaths
    from app.services.workspace import Workspace
    from tests.conftest import FIXED_NOW

    ws = Workspace.open(AppPaths(tmp_path_factory.mktemp("demo")), clock=lambda: FIXED_NOW)
    run_job(create_demo(ws, seed=1))
    yield ws
    ws.close()


def test_one_annual_plan_a_year_issued_in_january_by_the_commune(demo):
    found = plans.list_plans(demo, Scope.own(demo))
    assert sorted(p.year_from for p in found) == [2025, 2026]
    unit = demo.settings["unit_name"]
    for p in found:
        assert p.kind == "annual" and p.year_to == p.year_from and p.number.endswith("/KH-UBND")
        assert p.date.month == 1 and p.date.weekday() < 5 and p.issuer.lower() == f"ubnd {unit.lower()}"
        assert "164/KH-UBND" in p.source and p.budget > 0
        assert plans.annual_plan(demo, demo.unit_code, p.year_from).id == p.id
    assert len({p.number for p in found}) == 2


def test_tasks_take_the_example_plan_to_the_commune_with_every_status(demo):
    statuses = set()
    for p in plans.list_plans(demo, Scope.own(demo)):
        view = plans.plan_view(demo, p.id)
        assert [r.task.position for r in view.rows] == list(range(1, len(view.rows) + 1))
        assert all(r.task.source_task.startswith("164/KH-UBND II.") for r in view.rows if not r.task.outside_plan)
        assert sum(r.task.outside_plan for r in view.rows) == 1
        statuses |= {r.status for r in view.rows}
        assert sum(r.activities for r in view.rows) > 200  # most of the year's work carries a task out
    assert statuses == set(core.TASK_STATUSES)  # done, in progress, not started, overdue, dropped


def test_links_are_live_activities_of_the_plans_year_and_each_activity_carries_one_task(demo):
    live = {a.id: a.date for a in activity_repo.iter_activities(demo.db)}
    seen = set()
    for p in plans.list_plans(demo, Scope.own(demo)):
        for row in plans.plan_view(demo, p.id).rows:
            ids = row.task.activity_ids
            assert all(i in live and live[i].year == p.year_from for i in ids)
            assert not seen & set(ids)
            seen |= set(ids)
    some = next(iter(seen))
    assert plans.task_of_activity(demo, some).activity_ids.count(some) == 1


def test_the_assessment_figures_come_from_the_demo_plan(demo):
    last = plans.plan_indicators(demo, Scope.own(demo), 2025)
    this = plans.plan_indicators(demo, Scope.own(demo), 2026)
    assert last.tasks == this.tasks == 12 and last.outside == this.outside == 1
    assert last.overdue == 0 and last.done == 11  # the one task not carried out was dropped
    assert this.overdue >= 1 and this.done < this.tasks  # the year is not over: work still open
    assert 0 < last.budget_share < 1


def test_trainings_and_the_roster_review_have_something_to_show(demo):
    for year in (2025, 2026):
        share = roster.trained_share(demo, Scope.own(demo), year)
        assert 0 < share.trained < share.active
    rules = {item.rule for item in roster.review(demo, Scope.own(demo))}
    assert {"district", "inactive", "incomplete"} <= rules  # the former district báo cáo viên, the idle propagandist
