"""Use cases on PBGDPL plans and their tasks: validated saves, links from activities to tasks, task status and
progress, the annual plan's figures for the assessment (``plan_indicators``) and the plans of all units side by
side at an upper level (``plans_side_by_side``). Every read takes an explicit :class:`app.services.read.Scope`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Iterable

from app.core import plans as core
from app.core.errors import UsageError, ValidationError
from app.core.plans import Plan, PlanIndicators, PlanTask
from app.core.text import fold
from app.services.read import Scope
from app.services.workspace import Workspace
from app.store import plans as repo
from app.store.records import SaveResult


def _refuse(kind: str, problems: list) -> None:
    raise ValidationError(
        f"the {kind} is not valid: " + "; ".join(f"{p.field}: {p.message}" for p in problems),
        problems=[p.to_dict() for p in problems],
    )


# -- writes ---------------------------------------------------------------------------------------------------


def save_plan(ws: Workspace, plan: Plan, source: str = "") -> SaveResult:
    """Validate and store a plan of this unit (nothing is written when a rule is broken)."""
    problems = core.validate_plan(plan, ws.catalogs, ws.today())
    if problems:
        _refuse("plan", problems)
    with ws.db.atomic():
        return repo.save_plan(ws.db, plan, ws.write_context(source))


def save_task(ws: Workspace, task: PlanTask, source: str = "") -> SaveResult:
    """Validate and store a task of one of this unit's plans."""
    problems = core.validate_task(task, ws.catalogs, ws.today())
    if problems:
        _refuse("plan task", problems)
    _own_plan(ws, task.plan_id)
    with ws.db.atomic():
        return repo.save_task(ws.db, task, ws.write_context(source))


def save_plan_with_tasks(ws: Workspace, plan: Plan, tasks: Iterable[PlanTask], source: str = "") -> list[SaveResult]:
    """Validate a plan and all its tasks, then store them in ONE transaction (an import: all or nothing)."""
    tasks = list(tasks)
    problems = core.validate_plan(plan, ws.catalogs, ws.today())
    for i, t in enumerate(tasks, 1):
        t.plan_id = plan.id
        t.position = t.position or i  # in the order given (a task without a section is named by its position)
        problems += [type(p)(f"tasks[{i}].{p.field}", p.code, p.message) for p in core.validate_task(t, ws.catalogs, ws.today())]
    if problems:
        _refuse("plan", problems)
    ctx = ws.write_context(source)
    with ws.db.atomic():
        return [repo.save_plan(ws.db, plan, ctx), *[repo.save_task(ws.db, t, ctx) for t in tasks]]


def delete_plan(ws: Workspace, plan_id: str, reason: str = "") -> None:
    """Tombstone a plan and its tasks."""
    _own_plan(ws, plan_id)
    ctx = ws.write_context()
    with ws.db.atomic():
        for t in repo.tasks_of(ws.db, [plan_id]):
            repo.delete(ws.db, "plan_tasks", t.id, ctx, reason)
        repo.delete(ws.db, "plans", plan_id, ctx, reason)


def delete_task(ws: Workspace, task_id: str, reason: str = "") -> SaveResult:
    with ws.db.atomic():
        return repo.delete(ws.db, "plan_tasks", task_id, ws.write_context(), reason)


def _own_plan(ws: Workspace, plan_id: str) -> Plan:
    from app.core.errors import RecordNotFoundError

    try:
        plan = repo.get_plan(ws.db, plan_id)
    except RecordNotFoundError:
        raise ValidationError(f"the plan {plan_id} does not exist", plan_id=plan_id) from None
    if plan.meta.owner_unit != ws.unit_code or plan.meta.deleted:
        raise ValidationError(f"the plan {plan.number} is not one of this unit's plans", plan_id=plan_id)
    return plan


def link_activity(ws: Workspace, activity_id: str, task_id: str | None) -> None:
    """Make ``task_id`` the task the activity carries out (None: no task), in one transaction: the activity is
    taken off any other task of this unit first."""
    ctx = ws.write_context()
    with ws.db.atomic():
        for t in repo.tasks_of_activity(ws.db, activity_id):
            if t.id != task_id and t.meta.owner_unit == ws.unit_code:
                t.activity_ids = [i for i in t.activity_ids if i != activity_id]
                repo.save_task(ws.db, t, ctx)
        if task_id:
            task = repo.get_task(ws.db, task_id)
            if task.meta.owner_unit != ws.unit_code or task.meta.deleted:
                raise ValidationError("an activity can carry out only a live task of this unit's plans", task_id=task_id)
            if activity_id not in task.activity_ids:
                task.activity_ids = [*task.activity_ids, activity_id]
                repo.save_task(ws.db, task, ctx)


def task_of_activity(ws: Workspace, activity_id: str) -> PlanTask | None:
    """The task (of this unit) the activity carries out, if any."""
    own = [t for t in repo.tasks_of_activity(ws.db, activity_id) if t.meta.owner_unit == ws.unit_code]
    return own[0] if own else None


def take_tasks(ws: Workspace, source: Plan, tasks: Iterable[PlanTask], into_plan_id: str) -> int:
    """Copy tasks of another plan (an upper level's, or the example plan) into one of this unit's plans, each
    naming the task it came from; returns how many were added."""
    plan = _own_plan(ws, into_plan_id)
    have = repo.tasks_of(ws.db, [plan.id])
    start = max((t.position for t in have), default=0)
    ref = f"{source.number}"
    new = [
        PlanTask(plan_id=plan.id, position=start + i, section=t.section, content=t.content, lead=t.lead,
                 cooperating=list(t.cooperating), deadline=t.deadline, source_task=f"{ref} {t.section}".strip())
        for i, t in enumerate(tasks, 1)
    ]  # fmt: skip
    ctx = ws.write_context()
    with ws.db.atomic():
        for t in new:
            repo.save_task(ws.db, t, ctx)
    return len(new)


# -- reads ----------------------------------------------------------------------------------------------------


def list_plans(ws: Workspace, scope: Scope, year: int | None = None, text: str = "") -> list[Plan]:
    return repo.list_plans(ws.db, scope.units, year, text)


def get_plan(ws: Workspace, plan_id: str) -> Plan:
    return repo.get_plan(ws.db, plan_id)


def search_tasks(ws: Workspace, scope: Scope, text: str = "", limit: int = 200) -> list[tuple[PlanTask, Plan]]:
    """Tasks to pick from (the activity editor), words matched accent-insensitively."""
    return repo.search_tasks(ws.db, scope.units, text, limit)


@dataclass(frozen=True)
class TaskRow:
    """A task as the plan screen and the plan report show it on a day."""

    task: PlanTask
    status: str  # one of core.TASK_STATUSES
    activities: int  # live activities carrying it out
    last_activity: date | None
    due: date | None  # the last due day (every-year tasks: 31/12 of the plan's last year so far)
    activity_ids: tuple[str, ...] = ()

    @property
    def overdue(self) -> bool:
        return self.status == core.OVERDUE

    @property
    def status_vi(self) -> str:
        return core.STATUS_VI[self.status]


@dataclass(frozen=True)
class PlanView:
    plan: Plan
    rows: list[TaskRow] = field(default_factory=list)

    def count(self, status: str, outside: bool | None = False) -> int:
        return sum(1 for r in self.rows if r.status == status and (outside is None or r.task.outside_plan == outside))

    @property
    def in_plan(self) -> int:
        return sum(1 for r in self.rows if not r.task.outside_plan)

    @property
    def done_share(self) -> float | None:
        return self.count(core.DONE) / self.in_plan if self.in_plan else None


def plan_view(ws: Workspace, plan_id: str, on: date | None = None, year: int | None = None) -> PlanView:
    """A plan with each task's status on ``on`` (today by default), its activities and due day."""
    on = on or ws.today()
    plan = repo.get_plan(ws.db, plan_id)
    tasks = repo.tasks_of(ws.db, [plan_id])
    dates = repo.activity_dates(ws.db, [i for t in tasks for i in t.activity_ids])
    return PlanView(plan, [_row(t, plan, dates, on, year) for t in tasks])


def _row(t: PlanTask, plan: Plan, dates: dict[str, date], on: date, year: int | None) -> TaskRow:
    years = plan.years(on.year)
    mine = core.task_activity_dates(t, dates)
    dues = t.parsed_deadline().due_dates([year] if year else years)
    return TaskRow(
        task=t,
        status=core.task_status(t, on, mine, years, year=year),
        activities=len(mine),
        last_activity=max(mine) if mine else None,
        due=max(dues) if dues else None,
        activity_ids=tuple(i for i in t.activity_ids if i in dates),
    )


def plan_owners(ws: Workspace) -> list[str]:
    """The units whose plans are stored here."""
    return repo.plan_owners(ws.db)


def annual_plan(ws: Workspace, unit: str, year: int) -> Plan | None:
    """The unit's annual PBGDPL plan of ``year`` (the latest issued when several cover the year)."""
    plans = [p for p in repo.list_plans(ws.db, (unit,), year) if p.kind == "annual"]
    return max(plans, key=lambda p: (p.date or date.min, p.number)) if plans else None


def plan_indicators(ws: Workspace, scope: Scope, year: int, on: date | None = None) -> PlanIndicators:
    """The annual plan figures of the ONE unit of ``scope`` for ``year`` (QĐ 25/2021 indicator 2.3, QĐ 27/2025
    indicator 2.4: issued on time, share of its tasks done, tasks outside the plan done; 2.6.2: tasks with funds)
    as of ``on`` (today by default; after the year, its last day counts)."""
    if scope.units is None or len(scope.units) != 1:
        raise UsageError("the plan figures are those of one unit: choose the unit")
    return _indicators(ws, scope.units[0], year, on or ws.today())


def _indicators(ws: Workspace, unit: str, year: int, on: date) -> PlanIndicators:
    plan = annual_plan(ws, unit, year)
    if plan is None:
        return PlanIndicators(year=year, plan_id=None)
    tasks = repo.tasks_of(ws.db, [plan.id])
    dates = repo.activity_dates(ws.db, [i for t in tasks for i in t.activity_ids])
    return core.plan_indicators(plan, tasks, dates, year, on)


@dataclass(frozen=True)
class UnitPlanRow:
    """One unit's line of the side-by-side board (upper level)."""

    unit: str
    unit_name: str
    indicators: PlanIndicators


def plans_side_by_side(ws: Workspace, scope: Scope, year: int, on: date | None = None) -> list[UnitPlanRow]:
    """Every unit of ``scope`` (an upper level's whole scope: its expected units of the year, then any other
    unit whose plans are stored here) with its annual plan's figures of ``year``; a unit without a plan has a
    row with no plan (``indicators.plan_id`` None)."""
    on = on or ws.today()
    if scope.units is not None:
        names = {u: _catalog_name(u) for u in scope.units}
    else:
        names = _units_here(ws, year)
    return [UnitPlanRow(u, name, _indicators(ws, u, year, on)) for u, name in names.items()]


def _catalog_name(code: str) -> str:
    from app.services.units import find_unit

    unit = find_unit(code)
    return unit.name if unit else code


def _units_here(ws: Workspace, year: int) -> dict[str, str]:
    from app.services import expected_units

    start, end = date(year, 1, 1), date(year, 12, 31)
    names: dict[str, str] = {}
    if expected_units.applies(ws):
        names = {u.code: u.name for u in expected_units.list_units(ws) if u.expected_during(start, end)}
    for u in repo.plan_owners(ws.db):
        if u != ws.unit_code and u not in names:
            names[u] = _catalog_name(u)
    return names


# -- the task column of activity spreadsheets -----------------------------------------------------------------


def _section_key(text: str) -> str:
    return "".join(fold(text).split()).rstrip(".")


class PlanNotStored(Exception):
    """A task cell of a year whose annual plan this installation does not hold (a file from another computer):
    the activity is imported without the link, and the report says so."""


class TaskCells:
    """The tasks of the live plans of ``units``, named as a spreadsheet's task column names them: the task's
    section ("II.4") in the unit's annual plan of the activity's year, or the plan's number then the section
    ("164/KH-UBND II.1") for a task of another plan; a task without a section by its position ("3")."""

    def __init__(self, ws: Workspace, units: tuple[str, ...] | None) -> None:
        self.ws = ws
        self.plans = {p.id: p for p in repo.list_plans(ws.db, units)}
        self.tasks = repo.tasks_of(ws.db, list(self.plans))
        self._annual: dict[tuple[str, int], Plan | None] = {}

    def annual(self, unit: str, year: int) -> Plan | None:
        if (unit, year) not in self._annual:
            self._annual[(unit, year)] = annual_plan(self.ws, unit, year)
        return self._annual[(unit, year)]

    def cell(self, task: PlanTask, unit: str, year: int | None) -> str:
        """How the column names ``task`` for an activity of ``unit`` dated in ``year``."""
        label = task.section or str(task.position)
        annual = self.annual(unit, year) if year else None
        return label if annual is not None and annual.id == task.plan_id else f"{self.plans[task.plan_id].number} {label}"

    def cells(self, activities: Iterable) -> dict[str, str]:
        """activity id → its task's cell, for the activities that carry out a task."""
        by_activity = {i: t for t in self.tasks for i in t.activity_ids}
        return {a.id: self.cell(t, a.meta.owner_unit, a.date.year if a.date else None)
                for a in activities if (t := by_activity.get(a.id)) is not None}  # fmt: skip

    def resolve(self, text: str, unit: str, year: int | None) -> str | None:
        """The id of the task a cell names for an activity of ``unit`` dated in ``year`` (None: an empty cell).

        Raises:
            ValidationError: no task, or several, of the plan answer to the cell.
            PlanNotStored: the cell names no plan and the year has no annual plan here.
        """
        words = " ".join(str(text or "").split())
        if not words:
            return None
        mine = {pid: p for pid, p in self.plans.items() if p.meta.owner_unit == unit}
        plan = next((p for p in sorted(mine.values(), key=lambda p: -len(p.number))
                     if fold(words).startswith(fold(p.number) + " ")), None)  # fmt: skip
        if plan is not None:
            label = words[len(plan.number):]
        else:
            plan = self.annual(unit, year) if year else None
            label = words
            if plan is None:
                raise PlanNotStored(f"no annual plan of {year} is stored here: enter it (or write the plan's number "
                                    "before the task, '12/KH-UBND II.4'), then import the file again to link")  # fmt: skip
        key = _section_key(label)
        tasks = [t for t in self.tasks if t.plan_id == plan.id]
        found = [t for t in tasks if t.section and _section_key(t.section) == key]
        if not found and key.isdigit():
            found = [t for t in tasks if t.position == int(key)]
        if len(found) != 1:
            sections = ", ".join(t.section or str(t.position) for t in tasks[:40])
            what = "several tasks" if found else "no task"
            raise ValidationError(f"plan {plan.number} has {what} '{label.strip()}' (its tasks: {sections})", task=words)
        return found[0].id


def set_task_links(ws: Workspace, links: dict[str, str | None], ctx) -> int:
    """Make each activity of ``links`` carry out the task named (None: no task), inside the caller's transaction;
    returns how many tasks changed."""
    changed = 0
    tasks = repo.tasks_of(ws.db, [p.id for p in repo.list_plans(ws.db, (ws.unit_code,))])
    for t in tasks:
        keep = [i for i in t.activity_ids if links.get(i, t.id) == t.id]
        ids = keep + [a for a, tid in links.items() if tid == t.id and a not in keep]
        if ids != t.activity_ids:
            t.activity_ids = ids
            repo.save_task(ws.db, t, ctx)
            changed += 1
    return changed
