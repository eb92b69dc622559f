"""Read-only aggregates for the dashboard: activities per month, by form, by target group, idle reporters.

Each takes ``units``: the owner units read (a tuple; None: every unit stored), see app.services.read.Scope.
"""

from __future__ import annotations

from datetime import date
from typing import Iterable

from app.core.facts import (
    ACTIVE,
    DISMISSED,
    DISTRICT_LEVEL,
    DISTRICT_LEVEL_END,
    LEVEL_ENDED,
    NOT_YET,
    REPORTER_STATES,
    SUSPENDED,
)
from app.store.connection import Database


def unit_clause(column: str, units: tuple[str, ...]) -> tuple[str, list]:
    """``column = ?`` for one unit (so the indexes starting with the owner unit serve it), ``IN`` for several."""
    if len(units) == 1:
        return f"{column} = ?", [units[0]]
    if not units:
        return "0", []
    return f"{column} IN ({','.join('?' * len(units))})", list(units)


def state_sql(state: str, on: date, alias: str = "") -> tuple[str, list]:
    """A WHERE condition true for the reporters whose ``app.core.facts.reporter_state(r, on)`` is ``state``.

    The SQL copy of that one rule (tests/unit/store/test_reporter_state.py checks that they agree): recognised
    after ``on`` is not yet; a dismissal counts from its date, and one recorded without a date (number or
    authority only) is in force.
    """
    if state not in REPORTER_STATES:
        raise ValueError(f"unknown reporter state {state!r}")
    r = f"{alias}." if alias else ""
    day = on.isoformat()
    not_yet = f"({r}recognition_date IS NOT NULL AND {r}recognition_date > ?)"
    dismissed = (
        f"(({r}dismissal_date IS NOT NULL AND {r}dismissal_date <= ?) "
        f"OR ({r}dismissal_date IS NULL AND ({r}dismissal_number != '' OR {r}dismissal_authority != '')))"
    )
    ended = f"({r}kind = 'bcv' AND {r}level = '{DISTRICT_LEVEL}')" if on >= DISTRICT_LEVEL_END else "(0)"
    suspended = (
        f"({r}suspended_from IS NOT NULL AND {r}suspended_from <= ? AND ({r}suspended_until IS NULL OR {r}suspended_until > ?))"
    )
    if state == NOT_YET:
        return not_yet, [day]
    if state == DISMISSED:
        return f"NOT {not_yet} AND {dismissed}", [day, day]
    if state == LEVEL_ENDED:
        return f"NOT {not_yet} AND NOT {dismissed} AND {ended}", [day, day]
    if state == SUSPENDED:
        return f"NOT {not_yet} AND NOT {dismissed} AND NOT {ended} AND {suspended}", [day, day, day, day]
    return f"NOT {not_yet} AND NOT {dismissed} AND NOT {ended} AND NOT {suspended}", [day, day, day, day]


def _units(column: str, units: tuple[str, ...] | None) -> tuple[str, list]:
    """`` AND <unit clause>`` of ``units`` (nothing when None)."""
    if units is None:
        return "", []
    clause, params = unit_clause(column, units)
    return f" AND {clause}", params


def _window(units: tuple[str, ...] | None, start: date, end: date) -> tuple[str, list]:
    clause, params = _units("a.owner_unit", units)
    return f"a.deleted = 0{clause} AND a.date >= ? AND a.date <= ?", [*params, start.isoformat(), end.isoformat()]


def per_month(db: Database, units: tuple[str, ...] | None, start: date, end: date) -> dict[str, tuple[int, int]]:
    """``{"2026-03": (activities, participants)}`` for the months that have activities."""
    where, params = _window(units, start, end)
    rows = db.execute(
        f"SELECT substr(a.date, 1, 7), COUNT(*), COALESCE(SUM(a.participants), 0) FROM activities a WHERE {where} "
        "GROUP BY substr(a.date, 1, 7)",
        params,
    )
    return {month: (n, people) for month, n, people in rows}


def per_unit(db: Database, units: tuple[str, ...] | None, start: date, end: date) -> dict[str, tuple[int, int]]:
    """``{owner unit: (activities, participants)}`` for the units that have activities (upper mode's comparison)."""
    where, params = _window(units, start, end)
    rows = db.execute(
        f"SELECT a.owner_unit, COUNT(*), COALESCE(SUM(a.participants), 0) FROM activities a WHERE {where} GROUP BY a.owner_unit",
        params,
    )
    return {unit: (n, people) for unit, n, people in rows}


def by_form(db: Database, units: tuple[str, ...] | None, start: date, end: date) -> dict[str, int]:
    """Activities per form code (an activity with two forms counts for both)."""
    where, params = _window(units, start, end)
    rows = db.execute(f"SELECT f.value, COUNT(*) FROM activities a, json_each(a.forms) f WHERE {where} GROUP BY f.value", params)
    return dict(rows.fetchall())


def by_target_group(db: Database, units: tuple[str, ...] | None, start: date, end: date) -> dict[str, int]:
    """Activities per target-group code."""
    where, params = _window(units, start, end)
    rows = db.execute(
        f"SELECT g.value, COUNT(*) FROM activities a, json_each(a.target_groups) g WHERE {where} GROUP BY g.value", params
    )
    return dict(rows.fetchall())


def reaching_groups(db: Database, units: tuple[str, ...] | None, start: date, end: date, codes: Iterable[str]) -> tuple[int, int]:
    """(activities reaching at least one of ``codes``, all activities) in the window."""
    codes = list(codes)
    where, params = _window(units, start, end)
    marks = ",".join("?" * len(codes)) or "NULL"
    row = db.execute(
        f"SELECT COALESCE(SUM(EXISTS (SELECT 1 FROM json_each(a.target_groups) g WHERE g.value IN ({marks}))), 0), COUNT(*) "
        f"FROM activities a WHERE {where}",
        [*codes, *params],
    ).fetchone()
    return int(row[0]), int(row[1])


def idle_reporters(db: Database, units: tuple[str, ...] | None, since: date, on: date) -> list[tuple[str, str, str | None]]:
    """Live reporters active on ``on`` without an activity since ``since``: (id, full name, last activity date).

    Ordered by name (Vietnamese order through ``sort_key``). Active is ``app.core.facts.reporter_state``,
    written in SQL by ``state_sql``.
    """
    active, active_params = state_sql(ACTIVE, on, "r")
    clause, params = _units("r.owner_unit", units)
    rows = db.execute(
        "SELECT r.id, r.full_name, (SELECT MAX(a.date) FROM activity_reporters ar JOIN activities a "
        "ON a.id = ar.activity_id AND a.deleted = 0 WHERE ar.reporter_id = r.id) AS last "
        f"FROM reporters r WHERE r.deleted = 0{clause} "
        f"AND {active} "
        "ORDER BY r.sort_key",
        [*params, *active_params],
    )
    return [(rid, name, last) for rid, name, last in rows if last is None or last < since.isoformat()]


def active_reporter_count(db: Database, units: tuple[str, ...] | None, on: date) -> int:
    """How many live reporters are active on ``on`` (what ``idle_reporters`` chooses among)."""
    active, active_params = state_sql(ACTIVE, on, "r")
    clause, params = _units("r.owner_unit", units)
    row = db.execute(f"SELECT COUNT(*) FROM reporters r WHERE r.deleted = 0{clause} AND {active}", [*params, *active_params]).fetchone()
    return int(row[0])


def active_reporters_per_unit(db: Database, units: tuple[str, ...] | None, on: date) -> dict[str, int]:
    """``{owner unit: live reporters active on ``on``}`` (the units that have some)."""
    active, active_params = state_sql(ACTIVE, on, "r")
    clause, params = _units("r.owner_unit", units)
    rows = db.execute(
        f"SELECT r.owner_unit, COUNT(*) FROM reporters r WHERE r.deleted = 0{clause} AND {active} GROUP BY r.owner_unit",
        [*params, *active_params],
    )
    return dict(rows.fetchall())


def reporter_units(db: Database, ids: Iterable[str]) -> dict[str, str]:
    """``{reporter id: owner unit}`` of ``ids`` (unknown ids are left out)."""
    ids = list(ids)
    out: dict[str, str] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        out.update(db.execute(f"SELECT id, owner_unit FROM reporters WHERE id IN ({marks})", chunk).fetchall())
    return out
