"""Read-only aggregates for the dashboard: activities per month, by form, by target group, idle reporters."""

from __future__ import annotations

from datetime import date
from typing import Iterable

from app.core.facts import ACTIVE
from app.store.connection import Database
from app.store.reporters import state_sql


def _window(unit: str, start: date, end: date) -> tuple[str, list]:
    return "a.deleted = 0 AND a.owner_unit = ? AND a.date >= ? AND a.date <= ?", [unit, start.isoformat(), end.isoformat()]


def per_month(db: Database, unit: str, start: date, end: date) -> dict[str, tuple[int, int]]:
    """``{"2026-03": (activities, participants)}`` for the months that have activities."""
    where, params = _window(unit, start, end)
    rows = db.execute(
        f"SELECT substr(a.date, 1, 7), COUNT(*), COALESCE(SUM(a.participants), 0) FROM activities a WHERE {where} "
        "GROUP BY substr(a.date, 1, 7)",
        params,
    )
    return {month: (n, people) for month, n, people in rows}


def by_form(db: Database, unit: str, start: date, end: date) -> dict[str, int]:
    """Activities per form code (an activity with two forms counts for both)."""
    where, params = _window(unit, start, end)
    rows = db.execute(f"SELECT f.value, COUNT(*) FROM activities a, json_each(a.forms) f WHERE {where} GROUP BY f.value", params)
    return dict(rows.fetchall())


def by_target_group(db: Database, unit: str, start: date, end: date) -> dict[str, int]:
    """Activities per target-group code."""
    where, params = _window(unit, start, end)
    rows = db.execute(
        f"SELECT g.value, COUNT(*) FROM activities a, json_each(a.target_groups) g WHERE {where} GROUP BY g.value", params
    )
    return dict(rows.fetchall())


def reaching_groups(db: Database, unit: str, start: date, end: date, codes: Iterable[str]) -> tuple[int, int]:
    """(activities reaching at least one of ``codes``, all activities) in the window."""
    codes = list(codes)
    where, params = _window(unit, start, end)
    marks = ",".join("?" * len(codes)) or "NULL"
    row = db.execute(
        f"SELECT COALESCE(SUM(EXISTS (SELECT 1 FROM json_each(a.target_groups) g WHERE g.value IN ({marks}))), 0), COUNT(*) "
        f"FROM activities a WHERE {where}",
        [*codes, *params],
    ).fetchone()
    return int(row[0]), int(row[1])


def idle_reporters(db: Database, unit: str, since: date, on: date) -> list[tuple[str, str, str | None]]:
    """Live reporters active on ``on`` without an activity since ``since``: (id, full name, last activity date).

    Ordered by name (Vietnamese order through ``sort_key``). Active is ``app.core.facts.reporter_state``,
    written in SQL by ``reporters.state_sql``.
    """
    active, active_params = state_sql(ACTIVE, on, "r")
    rows = db.execute(
        "SELECT r.id, r.full_name, (SELECT MAX(a.date) FROM activity_reporters ar JOIN activities a "
        "ON a.id = ar.activity_id AND a.deleted = 0 WHERE ar.reporter_id = r.id) AS last "
        "FROM reporters r WHERE r.deleted = 0 AND r.owner_unit = ? "
        f"AND {active} "
        "ORDER BY r.sort_key",
        [unit, *active_params],
    )
    return [(rid, name, last) for rid, name, last in rows if last is None or last < since.isoformat()]
