"""Plans and plan tasks repository: save, tombstone, list by owner units, tasks of a plan, links to activities."""

from __future__ import annotations

from datetime import date
from typing import Iterable

from app.core.plans import Plan, PlanTask, plan_from_payload, plan_payload, task_from_payload, task_payload
from app.core.text import search_terms
from app.store import records
from app.store.audit import WriteContext
from app.store.connection import Database
from app.store.errors import mapped_errors
from app.store.queries import unit_clause
from app.store.tables import PLAN_TABLE, TASK_TABLE


def save_plan(db: Database, plan: Plan, ctx: WriteContext) -> records.SaveResult:
    """Create or update a plan (call inside ``db.atomic()``)."""
    return records.save_payload(db, "plans", plan.id, plan_payload(plan), ctx)


def save_task(db: Database, task: PlanTask, ctx: WriteContext) -> records.SaveResult:
    """Create or update a task (call inside ``db.atomic()``); keeps ``task_activities`` in step."""
    return records.save_payload(db, "plan_tasks", task.id, task_payload(task), ctx)


def delete(db: Database, table: str, record_id: str, ctx: WriteContext, reason: str = "") -> records.SaveResult:
    assert table in ("plans", "plan_tasks")
    return records.tombstone(db, table, record_id, ctx, reason)


def _plan(row: dict) -> Plan:
    return plan_from_payload(row["id"], PLAN_TABLE.payload(row), records.meta_from_row(row))


def _task(row: dict) -> PlanTask:
    return task_from_payload(row["id"], TASK_TABLE.payload(row), records.meta_from_row(row))


def _rows(db: Database, sql: str, params: list) -> list[dict]:
    cur = db.execute(sql, params)
    names = [c[0] for c in cur.description]
    return [dict(zip(names, r)) for r in cur.fetchall()]


def get_plan(db: Database, plan_id: str) -> Plan:
    return _plan(records.require_row(db, "plans", plan_id))


def get_task(db: Database, task_id: str) -> PlanTask:
    return _task(records.require_row(db, "plan_tasks", task_id))


@mapped_errors()
def list_plans(db: Database, units: tuple[str, ...] | None, year: int | None = None, text: str = "") -> list[Plan]:
    """Live plans of ``units`` (None: every unit), newest first; ``year``: plans whose period covers it."""
    clauses, params = ["deleted = 0"], []
    if units is not None:
        c, p = unit_clause("owner_unit", units)
        clauses.append(c)
        params += p
    if year is not None:
        clauses.append("year_from <= ? AND (year_to = 0 OR year_to >= ?)")
        params += [year, year]
    for term in search_terms(text):
        clauses.append("search_key LIKE ?")
        params.append(f"%{term}%")
    sql = f"SELECT * FROM plans WHERE {' AND '.join(clauses)} ORDER BY year_from DESC, date DESC, number"
    return [_plan(r) for r in _rows(db, sql, params)]


@mapped_errors()
def tasks_of(db: Database, plan_ids: Iterable[str]) -> list[PlanTask]:
    """Live tasks of the plans, in plan order (position)."""
    ids = list(plan_ids)
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    sql = f"SELECT * FROM plan_tasks WHERE deleted = 0 AND plan_id IN ({marks}) ORDER BY plan_id, position, section"
    return [_task(r) for r in _rows(db, sql, ids)]


@mapped_errors()
def search_tasks(db: Database, units: tuple[str, ...] | None, text: str = "", limit: int = 200) -> list[tuple[PlanTask, Plan]]:
    """Live tasks of live plans of ``units`` whose section, content, lead or deadline holds every word of
    ``text`` (accents ignored), newest plan first: what the activity editor offers to pick from."""
    clauses, params = ["t.deleted = 0", "p.deleted = 0"], []
    if units is not None:
        c, p = unit_clause("t.owner_unit", units)
        clauses.append(c)
        params += p
    for term in search_terms(text):
        clauses.append("(t.search_key LIKE ? OR p.search_key LIKE ?)")
        params += [f"%{term}%"] * 2
    sql = (
        "SELECT t.id FROM plan_tasks t JOIN plans p ON p.id = t.plan_id WHERE " + " AND ".join(clauses)
        + " ORDER BY p.year_from DESC, p.date DESC, t.position LIMIT ?"
    )  # fmt: skip
    ids = [r[0] for r in db.execute(sql, [*params, limit])]
    tasks = {t.id: t for t in _by_ids(db, "plan_tasks", ids, _task)}
    plans = {p.id: p for p in _by_ids(db, "plans", {t.plan_id for t in tasks.values()}, _plan)}
    return [(tasks[i], plans[tasks[i].plan_id]) for i in ids]


def _by_ids(db: Database, table: str, ids: Iterable[str], make) -> list:
    ids = list(ids)
    out = []
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        out += [make(r) for r in _rows(db, f"SELECT * FROM {table} WHERE id IN ({','.join('?' * len(chunk))})", chunk)]
    return out


@mapped_errors()
def tasks_of_activity(db: Database, activity_id: str) -> list[PlanTask]:
    """Live tasks that list ``activity_id`` (through the derived index ``task_activities``)."""
    ids = [r[0] for r in db.execute("SELECT task_id FROM task_activities WHERE activity_id = ?", [activity_id])]
    return [t for t in _by_ids(db, "plan_tasks", ids, _task) if not t.meta.deleted]


@mapped_errors()
def activity_dates(db: Database, ids: Iterable[str]) -> dict[str, date]:
    """id -> date of the live activities among ``ids`` (deleted and unknown ones are left out)."""
    ids = list(dict.fromkeys(ids))
    out: dict[str, date] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        sql = f"SELECT id, date FROM activities WHERE deleted = 0 AND id IN ({','.join('?' * len(chunk))})"
        out.update({r[0]: date.fromisoformat(r[1]) for r in db.execute(sql, chunk)})
    return out


@mapped_errors()
def plan_owners(db: Database) -> list[str]:
    """The units that have live plans stored here."""
    return [r[0] for r in db.execute("SELECT DISTINCT owner_unit FROM plans WHERE deleted = 0 ORDER BY owner_unit")]
