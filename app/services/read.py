"""Reads through a scope: which units' records a screen, a document, an export or a count covers.

A commune reads its own records. An upper level (province, district) reads the records of the units under it,
which it holds because it imported their bundles: by default all of them, or one chosen unit, or its own.
Every read of records below the GUI and the CLI goes through here with an explicit :class:`Scope`, so no read
is welded to the installation's own unit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Iterator

from app.core.errors import UnknownUnitError
from app.core.facts import priority_group_codes
from app.core.models import Activity, Reporter
from app.services.workspace import Workspace
from app.store import activities as activity_repo
from app.store import queries
from app.store import reporters as reporter_repo

# The log's row queries, re-exported so that the GUI reads through this module (the filter carries the scope).
ActivityFilter = activity_repo.ActivityFilter
ReporterFilter = reporter_repo.ReporterFilter
query_rowids = activity_repo.query_rowids
fetch_by_rowids = activity_repo.fetch_by_rowids
rowid_of = activity_repo.rowid_of
totals = activity_repo.totals
fts_available = activity_repo.fts_available
database_file = activity_repo.database_file
open_reader = activity_repo.open_reader
interrupt_reader = activity_repo.interrupt_reader
close_reader = activity_repo.close_reader


@dataclass(frozen=True)
class Scope:
    """The owner units a read covers.

    ``kind`` is "own", "unit" or "under"; ``units`` the owner unit codes, or None for every unit stored (see
    :func:`units_under`).
    """

    kind: str
    units: tuple[str, ...] | None

    @classmethod
    def own(cls, ws: Workspace) -> "Scope":
        """The installation's own records."""
        return cls("own", (ws.unit_code,))

    @classmethod
    def unit(cls, code: str) -> "Scope":
        """The records of one unit (check it with :func:`scope_for` when it comes from a person)."""
        from app.services.units import normalise_code  # the unit catalog loads only when a unit is named

        return cls("unit", (normalise_code(code),))

    @classmethod
    def under(cls, ws: Workspace) -> "Scope":
        """All units under this installation (a commune: itself)."""
        return cls("under", units_under(ws))

    @property
    def many(self) -> bool:
        """Whether records of several units may appear (then their owner unit is shown)."""
        return self.units is None or len(self.units) > 1

    def covers(self, unit: str) -> bool:
        return self.units is None or unit in self.units


def is_upper(ws: Workspace) -> bool:
    """Whether this installation is an upper level (it receives the bundles of the units under it)."""
    return ws.settings.get("level", "commune") != "commune"


def units_under(ws: Workspace) -> tuple[str, ...] | None:
    """The owner units "under me", the one rule: a commune has only itself; an upper level holds only its own
    records and those it imported from the units under it, so it reads every stored unit (None)."""
    if not is_upper(ws):
        return (ws.unit_code,)
    return None


def has_own_decisions(ws: Workspace) -> bool:
    """Whether the upper level's decisions (approve / return) on this unit's periods are stored here; screens
    load the decisions themselves (app.services.approvals) only then."""
    from app.store import approvals as approvals_repo

    return ws.initialised and approvals_repo.has_decisions_on(ws.db, ws.unit_code)


def default_scope(ws: Workspace) -> Scope:
    """What a screen, a document or a command reads when not told: a commune its own, an upper level all under it."""
    return Scope.under(ws) if is_upper(ws) else Scope.own(ws)


def scope_for(ws: Workspace, unit: str | None = None, all_units: bool = False) -> Scope:
    """The scope asked for by a person (``--unit CODE`` / ``--all-units``; neither: :func:`default_scope`).

    Raises:
        UnknownUnitError: ``unit`` is not this installation's unit nor a unit under it.
    """
    from app.services.units import find_unit, normalise_code

    if unit is None:
        return Scope.under(ws) if all_units else default_scope(ws)
    code = normalise_code(unit)
    own = ws.unit_code
    if code == own:
        return Scope.own(ws)
    if is_upper(ws):
        code = landing(ws).get(code, code)  # an old code (alias) reads the unit it landed on
        if code in activity_repo.owner_units(ws.db):
            return unit_scope(ws, code)
        found = find_unit(code)
        province = ws.settings.get("province_code") or own
        if found is not None and found.level == "commune" and found.province_code == province:
            return unit_scope(ws, code)
    raise UnknownUnitError(
        f"unit {unit} is not under this installation ({own}); the units with records here: "
        + (", ".join(activity_repo.owner_units(ws.db)) or "none"),
        unit=unit,
    )


# -- units ------------------------------------------------------------------------------------------------------
def landing(ws: Workspace) -> dict[str, str]:
    """Upper level: ``{old code: unit code}`` of every alias (a merged or renamed unit's old code,
    app.services.expected_units); records that arrived under an old code keep it as their owner, and every read
    counts them as the unit's. Empty at a commune."""
    if not is_upper(ws):
        return {}
    from app.services import expected_units  # the list loads only at an upper level

    return {code: target for code, target in expected_units.landing_map(ws).items() if code != target}


def unit_scope(ws: Workspace, code: str) -> Scope:
    """The records of one unit under this installation, with those that arrived under its old codes (aliases)."""
    if code == ws.unit_code:
        return Scope.own(ws)
    base = Scope.unit(code).units[0]
    old = sorted(c for c, target in landing(ws).items() if target == base)
    return Scope("unit", (base, *old))


@dataclass(frozen=True)
class UnitName:
    code: str
    name: str


def unit_name(ws: Workspace, code: str) -> str:
    """The name of unit ``code``: the catalog's, this installation's own, else the code."""
    from app.core.unit_names import unit_name as compose_name
    from app.services.units import find_unit  # the unit catalog loads only when another unit is named

    if code == ws.settings.get("unit_code"):
        stored = ws.settings.get("unit_name") or ""
        return compose_name("", stored).full if stored else code
    found = find_unit(code)
    return found.name if found is not None else code


def units_present(ws: Workspace) -> list[UnitName]:
    """The units whose records are stored here (the own unit first), with their names, for the unit filter."""
    from app.core.text import collation_key

    own = ws.unit_code
    moved = landing(ws)
    codes = {moved.get(c, c) for c in activity_repo.owner_units(ws.db)} - {own}  # an old code is its unit
    others = [UnitName(c, unit_name(ws, c)) for c in codes]
    return [UnitName(own, unit_name(ws, own)), *sorted(others, key=lambda u: collation_key(u.name))]


def unit_names(ws: Workspace, scope: Scope | None = None) -> dict[str, str]:
    """``{owner code: name}`` of the units present (within ``scope`` when given); an old code (alias) present
    as an owner is named as the unit it landed on."""
    names = {u.code: u.name for u in units_present(ws)}
    for old, target in landing(ws).items():
        if target in names:
            names[old] = names[target]
    return {c: n for c, n in names.items() if scope is None or scope.covers(c)}


# -- activities -------------------------------------------------------------------------------------------------
def log_filter(scope: Scope, **criteria) -> activity_repo.ActivityFilter:
    """The log's filter over ``scope`` (``criteria``: the fields of ``ActivityFilter`` but ``units``)."""
    return activity_repo.ActivityFilter(units=scope.units, **criteria)


def places(ws: Workspace, scope: Scope) -> list[str]:
    return activity_repo.places(ws.db, scope.units)


def activities(ws: Workspace, scope: Scope, start: date | None = None, end: date | None = None) -> Iterator[Activity]:
    """Live activities of ``scope`` dated from ``start`` to ``end`` (inclusive, open when None), oldest first."""
    return activity_repo.iter_activities(ws.db, activity_repo.ActivityFilter(start=start, end=end, units=scope.units))


def fetch_activity(ws: Workspace, activity_id: str) -> Activity | None:
    found = activity_repo.fetch_activities(ws.db, [activity_id])
    return found[0] if found else None


# -- reporters --------------------------------------------------------------------------------------------------
def reporters(
    ws: Workspace,
    scope: Scope,
    text: str = "",
    kind: str | None = None,
    status: str | None = None,
    include_deleted: bool = False,
) -> list[Reporter]:
    """Reporters of ``scope`` in Vietnamese name order."""
    flt = reporter_repo.ReporterFilter(
        text=text, kind=kind, status=status, on=ws.today(), units=scope.units, include_deleted=include_deleted
    )  # status: app.core.facts.reporter_state on the workspace's today
    return list(reporter_repo.iter_reporters(ws.db, flt))


def reporter_names(ws: Workspace, scope: Scope) -> dict[str, str]:
    """``{id: full name}`` of every reporter of ``scope``, deleted ones included (activities may name them)."""
    return {r.id: r.full_name for r in reporters(ws, scope, include_deleted=True)}


def reporter_stats(ws: Workspace, scope: Scope) -> dict[str, tuple[int, str | None]]:
    """Per reporter id: live activities of ``scope`` naming them, and the date of the last one."""
    return reporter_repo.activity_stats(ws.db, scope.units)


# -- dashboard --------------------------------------------------------------------------------------------------
def months_back(today: date, count: int) -> list[tuple[int, int]]:
    """The ``count`` months ending with ``today``'s month, oldest first, as (year, month)."""
    out = []
    year, month = today.year, today.month
    for _ in range(count):
        out.append((year, month))
        month -= 1
        if month == 0:
            year, month = year - 1, 12
    return out[::-1]


DASHBOARD_MONTHS = 12


@dataclass(frozen=True)
class DashboardFigures:
    """The dashboard's numbers over the last ``DASHBOARD_MONTHS`` months of a scope."""

    start: date
    end: date
    months: tuple[tuple[int, int], ...]  # (year, month), oldest first
    per_month: tuple[tuple[int, int], ...]  # (activities, participants) of each month of ``months``
    by_form: dict[str, int]  # form code -> activities
    by_target_group: dict[str, int]  # target-group code -> activities
    priority_groups: tuple[str, ...]  # codes of the Law's priority target groups
    reached: int  # activities reaching at least one priority group
    idle: tuple[tuple[str, str, str | None], ...]  # (id, name, last activity date) of reporters without activity
    idle_units: dict[str, str] = field(default_factory=dict)  # id -> the unit's name, when the scope has several
    active_reporters: int = 0  # reporters active today (the idle ones among them)
    # Several units (upper mode): (unit name, activities, participants) of each unit present, most activities first
    per_unit: tuple[tuple[str, int, int], ...] = ()

    @property
    def activities(self) -> int:
        return sum(n for n, _people in self.per_month)

    @property
    def participants(self) -> int:
        return sum(people for _n, people in self.per_month)

    @property
    def priority_share(self) -> int:
        """Percentage of the activities that reached a priority group (0 without activities)."""
        return round(100 * self.reached / self.activities) if self.activities else 0


def dashboard_figures(ws: Workspace, scope: Scope, today: date) -> DashboardFigures:
    """The dashboard's numbers of ``scope`` for the 12 months ending with ``today``'s month."""
    db, units = ws.db, scope.units
    months = months_back(today, DASHBOARD_MONTHS)
    start = date(months[0][0], months[0][1], 1)
    per_month = queries.per_month(db, units, start, today)
    priority = priority_group_codes(ws.catalogs)
    reached, _all = queries.reaching_groups(db, units, start, today, priority)
    idle = tuple(queries.idle_reporters(db, units, start, today))
    return DashboardFigures(
        start=start,
        end=today,
        months=tuple(months),
        per_month=tuple(per_month.get(f"{y:04d}-{m:02d}", (0, 0)) for y, m in months),
        by_form=queries.by_form(db, units, start, today),
        by_target_group=queries.by_target_group(db, units, start, today),
        priority_groups=priority,
        reached=reached,
        idle=idle,
        idle_units=_unit_names_of(ws, idle) if scope.many else {},
        active_reporters=queries.active_reporter_count(db, units, today),
        per_unit=_per_unit(ws, scope, start, today) if scope.many else (),
    )


def unit_counts(ws: Workspace, scope: Scope, start: date, end: date) -> dict[str, tuple[int, int]]:
    """``{unit: (activities, participants)}`` of ``scope`` in [start, end], the units that have activities;
    records under an old code (alias) count for their unit."""
    counts: dict[str, tuple[int, int]] = {}
    moved = landing(ws)
    for code, (n, people) in queries.per_unit(ws.db, scope.units, start, end).items():
        n0, p0 = counts.get(moved.get(code, code), (0, 0))
        counts[moved.get(code, code)] = (n0 + n, p0 + people)
    return counts


def active_reporters_per_unit(ws: Workspace, scope: Scope, on: date) -> dict[str, int]:
    """``{unit: reporters active on ``on``}`` of ``scope``; old codes (aliases) count for their unit."""
    out: dict[str, int] = {}
    moved = landing(ws)
    for code, n in queries.active_reporters_per_unit(ws.db, scope.units, on).items():
        out[moved.get(code, code)] = out.get(moved.get(code, code), 0) + n
    return out


def _per_unit(ws: Workspace, scope: Scope, start: date, end: date) -> tuple[tuple[str, int, int], ...]:
    """Every unit of ``scope`` present here (the own one only when it has activities), with its activities and
    participants in [start, end]: a unit that sent nothing for the months shows 0."""
    from app.core.text import collation_key

    counts = unit_counts(ws, scope, start, end)
    moved = landing(ws)
    names = {c: n for c, n in unit_names(ws, scope).items() if c not in moved}
    rows = [(names.get(c, c), *counts.get(c, (0, 0))) for c in set(names) | set(counts) if c != ws.unit_code or c in counts]
    return tuple(sorted(rows, key=lambda r: (-r[1], collation_key(r[0]))))


def _unit_names_of(ws: Workspace, idle: tuple[tuple[str, str, str | None], ...]) -> dict[str, str]:
    """``{reporter id: name of its unit}`` of the idle reporters (upper mode: whose reporter each one is)."""
    owners = queries.reporter_units(ws.db, [rid for rid, _name, _last in idle])
    names = unit_names(ws)
    return {rid: names.get(unit, unit) for rid, unit in owners.items()}
