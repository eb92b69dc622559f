"""Plans and tasks travel in a bundle only when the unit has some; such a bundle asks for a reader of version 3,
and the province finds the tasks with their links to activities."""

from __future__ import annotations

import json
from datetime import date

from app.core.plans import Plan, PlanTask
from app.services import plans as plan_svc
from app.services.bundles import import_bundle
from app.services.read import Scope
from app.sync import manifest as fmt
from sync_helpers import COMMUNE, read_members


def test_plans_travel_only_when_present_and_raise_the_reader_version(commune, upper, export, tmp_path):
    first = read_members(export("2026", tmp_path / "a"))
    manifest = json.loads(first[fmt.MANIFEST])
    assert manifest["min_reader_version"] == 1 and "plans" not in manifest["counts"]
    assert "data/plans.jsonl" not in first

    plan = Plan(number="05/KH-UBND", date=date(2026, 1, 10), year_from=2026, year_to=2026, issue_deadline=date(2026, 1, 15))
    task = PlanTask(section="1", content="Tuyên truyền Luật Đất đai", deadline="Quý II năm 2026")
    plan_svc.save_plan_with_tasks(commune, plan, [task])
    activity_id = commune.sample["a1"].id
    plan_svc.link_activity(commune, activity_id, task.id)

    path = export("2026", tmp_path / "b")
    manifest = json.loads(read_members(path)[fmt.MANIFEST])
    assert manifest["min_reader_version"] == 3
    assert manifest["counts"]["plans"] == 1 and manifest["counts"]["plan_tasks"] == 1
    import_bundle(upper, path)
    rows = plan_svc.plans_side_by_side(upper, Scope("under", None), 2026, on=date(2026, 12, 1))
    mine = {r.unit: r for r in rows}[COMMUNE]
    assert mine.indicators.plan_number == "05/KH-UBND" and mine.indicators.tasks == 1
    view = plan_svc.plan_view(upper, plan.id, on=date(2026, 12, 1))
    assert view.rows[0].activities == 1 and view.rows[0].status == "overdue"
