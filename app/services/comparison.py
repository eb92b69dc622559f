"""The units under an upper level side by side (the dashboard's comparison table): per unit its activities and
participants of the dashboard's 12 months, its active reporters today, and its reporting status for the last
quarter that has ended (from the completeness board: not received, received, returned …, on time or late).

Every expected unit has a row (a unit that sent nothing shows zeros and "not received"); a unit whose records
are here but that is not on the expected list has one too, without a status. Records that arrived under an old
code (alias) count for their unit. Read through a scope: all units under this installation, or one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.core.periods import Period, parse_period
from app.core.text import collation_key
from app.services import completeness, read
from app.services.read import Scope
from app.services.workspace import Workspace


@dataclass(frozen=True)
class UnitFigures:
    code: str
    name: str
    activities: int
    participants: int
    reporters: int  # active on the roster today
    status: str  # completeness status for the quarter, "" when the unit is not expected here
    timeliness: str = ""
    reason: str = ""  # why the quarter was returned


@dataclass(frozen=True)
class Comparison:
    start: date
    end: date
    period: str  # the quarter whose reporting status is shown
    period_label: str
    rows: tuple[UnitFigures, ...]  # most activities first


def last_ended_quarter(today: date) -> Period:
    """The quarter before the one ``today`` is in (the one the units are reporting on)."""
    q = (today.month - 1) // 3  # 0-based quarter of today
    year, quarter = (today.year - 1, 4) if q == 0 else (today.year, q)
    return parse_period(f"{year}-Q{quarter}")


def compare_units(ws: Workspace, scope: Scope, today: date) -> Comparison:
    """The comparison of the units of ``scope`` (an upper level; a commune gets no rows)."""
    months = read.months_back(today, read.DASHBOARD_MONTHS)
    start = date(months[0][0], months[0][1], 1)
    quarter = last_ended_quarter(today)
    if not read.is_upper(ws):
        return Comparison(start, today, quarter.id, quarter.label_vi(), ())
    moved = read.landing(ws)
    figures = read.unit_counts(ws, scope, start, today)
    reporters = read.active_reporters_per_unit(ws, scope, today)
    board = {r.unit_code: r for r in completeness.board(ws, quarter).rows}
    names = {c: n for c, n in read.unit_names(ws).items() if c not in moved}
    codes = ({c for c in board if scope.covers(c)} | set(figures) | set(reporters)) - {ws.unit_code}
    rows = []
    for code in codes:
        row = board.get(code)
        n, people = figures.get(code, (0, 0))
        rows.append(UnitFigures(
            code, row.unit_name if row else names.get(code, read.unit_name(ws, code)), n, people, reporters.get(code, 0),
            row.status if row else "", row.timeliness if row else "", row.reason if row else "",
        ))  # fmt: skip
    rows.sort(key=lambda r: (-r.activities, collation_key(r.name)))
    return Comparison(start, today, quarter.id, quarter.label_vi(), tuple(rows))
