"""Who has reported a period: the completeness board of an upper level (units × one period).

One row per unit expected for the period (app.services.expected_units, dated), with its status:

- ``not_received``: no bundle of the unit (or of one of its aliases) for the period was imported;
- ``received``: a bundle for the period was imported and the unit has activities in the period;
- ``nothing_to_report``: a signed bundle for the period was imported, and the unit has no activity in the
  period: an explicit empty submission, not the same as a missing one;
- ``approved``: the upper level approved the period (app.services.approvals) and the records are still the
  ones judged;
- ``returned``: the period was returned for correction (``BoardRow.reason`` says why) and nothing has changed
  since;
- ``changed``: the records changed after the decision (a newer bundle arrived): it needs deciding again (after an
  approval: "changed after approval"; after a return: the corrected data has arrived).

:func:`_status` is the only place a row's status is chosen; :data:`STATUSES` lists the order shown. Every status
but ``not_received`` counts as reported in the rate.

A bundle counts for the period when one of its periods is the period or contains it (an annual bundle covers
its quarters). Timeliness compares the day the first such bundle was signed (its ``created_at``; the day it was
imported when that is missing) with the period's due date: period end + the days of its kind in
``reporting_deadlines`` (data, editable: ``pbgdpl units deadline``). A unit with no bundle after the due date
is ``overdue``.
"""

from __future__ import annotations

import json
import logging
import zipfile
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from app.core.errors import UsageError
from app.core.periods import Period, parse_period
from app.core.text import collation_key
from app.services import approvals, expected_units
from app.services import units as catalog_units
from app.services.workspace import Workspace
from app.store import expected_units as repo
from app.sync import keys as sync_keys

log = logging.getLogger(__name__)

NOT_RECEIVED, RECEIVED, NOTHING = "not_received", "received", "nothing_to_report"
APPROVED, RETURNED, CHANGED = "approved", "returned", "changed_after_approval"
STATUSES = (NOT_RECEIVED, CHANGED, RECEIVED, NOTHING, RETURNED, APPROVED)  # what needs the officer first
STATUS_VI = {
    NOT_RECEIVED: "Chưa nhận", RECEIVED: "Đã nhận", NOTHING: "Không có hoạt động", APPROVED: "Đã duyệt",
    RETURNED: "Trả lại", CHANGED: "Đã sửa sau khi duyệt — cần duyệt lại",
}  # fmt: skip
ON_TIME, LATE, OVERDUE, NOT_DUE = "on_time", "late", "overdue", ""
TIMELINESS_VI = {ON_TIME: "Đúng hạn", LATE: "Muộn", OVERDUE: "Quá hạn", NOT_DUE: ""}


@dataclass
class BoardRow:
    unit_code: str
    unit_name: str
    status: str
    timeliness: str = NOT_DUE
    received_at: str = ""  # when the last bundle for the period was imported (ISO)
    signed_at: str = ""  # when the first bundle for the period was signed (ISO), compared with the due date
    seq: int | None = None
    bundles: int = 0
    activities: int = 0  # live activities of the unit in the period
    app_version: str = ""
    fingerprint: str = ""
    officer: str = ""
    conflicts: int = 0
    decision: str = ""  # the current decision on the period: "approved" | "returned" | ""
    decided_at: str = ""  # ISO
    reason: str = ""  # why it was returned
    source_codes: list[str] = field(default_factory=list)  # codes the bundles came under (an alias shows here)

    @property
    def reported(self) -> bool:
        return self.status != NOT_RECEIVED

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "reported": self.reported}


@dataclass
class Board:
    period: str
    period_label: str
    due_date: str
    today: str
    rows: list[BoardRow]
    expected: int
    reported: int
    late: int
    others: list[dict[str, Any]] = field(default_factory=list)  # senders not on the expected list, and relays

    @property
    def rate(self) -> float:
        return self.reported / self.expected if self.expected else 0.0

    @property
    def rate_line(self) -> str:
        return f"{self.reported}/{self.expected} đơn vị đã báo cáo"

    def missing(self) -> list[BoardRow]:
        return [r for r in self.rows if not r.reported]

    def late_rows(self) -> list[BoardRow]:
        return [r for r in self.rows if r.timeliness in (LATE, OVERDUE)]

    def to_dict(self) -> dict[str, Any]:
        return {
            "period": self.period,
            "period_label": self.period_label,
            "due_date": self.due_date,
            "today": self.today,
            "expected": self.expected,
            "reported": self.reported,
            "late": self.late,
            "rate": round(self.rate, 4),
            "rate_line": self.rate_line,
            "counts": {s: sum(1 for r in self.rows if r.status == s) for s in STATUSES},
            "rows": [r.to_dict() for r in self.rows],
            "others": self.others,
        }


def due_date(ws: Workspace, period: Period) -> date:
    """The day the period's bundle is due here (period end + the kind's offset)."""
    rule = expected_units.deadlines(ws).get(period.kind)
    return period.end + timedelta(days=int(rule["due_offset_days"]) if rule else 15)


def covers(bundle_periods: list[str], period: Period) -> bool:
    """Whether a bundle of ``bundle_periods`` counts for ``period`` (same period, or one containing it)."""
    for text in bundle_periods:
        try:
            p = parse_period(text)
        except Exception:  # a period id this version does not read
            continue
        if p.start <= period.start and p.end >= period.end:
            return True
    return False


def _officer(stored_path: str) -> str:
    """The officer named in a kept bundle's manifest (the import report does not carry it)."""
    try:
        with zipfile.ZipFile(Path(stored_path)) as zf:
            manifest = json.loads(zf.read("manifest.json"))
        return str((manifest.get("source") or {}).get("officer", ""))
    except (OSError, KeyError, ValueError, zipfile.BadZipFile):
        return ""


def _status(received: bool, activities: int, decision: approvals.Decision | None = None) -> str:
    """The row's status: a decision on the period (approved / returned, or changed since) takes precedence over
    what was received."""
    if decision is not None:
        if decision.changed:
            return CHANGED
        return APPROVED if decision.decision == approvals.APPROVED else RETURNED
    if not received:
        return NOT_RECEIVED
    return RECEIVED if activities else NOTHING


def _name(code: str) -> str:
    found = catalog_units.find_unit(code)
    return found.name if found is not None else code


def _day(iso: str) -> str:
    return iso[:10]


def bundles_by_unit(
    ws: Workspace, period: Period, units: Any = None, landing: dict[str, str] | None = None
) -> tuple[dict[str, list[dict]], dict[str, list[dict]]]:
    """The imported bundles that count for ``period``: by the expected unit they land on (of ``units``; default:
    those expected for the period), and the others by their sender's code."""
    landing = landing if landing is not None else expected_units.landing_map(ws)
    units = units if units is not None else {u.code for u in expected_units.expected_for(ws, period)}
    bundles: dict[str, list[dict]] = {}
    others: dict[str, list[dict]] = {}
    for row in repo.list_imports(ws.db):
        if not covers(json.loads(row["periods"] or "[]"), period):
            continue
        target = landing.get(row["source_unit"])
        (bundles if target in units else others).setdefault(target if target in units else row["source_unit"], []).append(row)
    return bundles, others


def board(ws: Workspace, period: str | Period, status: str | None = None) -> Board:
    """The completeness board of ``period``; ``status`` keeps only the rows with that status.

    Raises:
        PeriodError: ``period`` is not a period id. UsageError: ``status`` is not a status.
    """
    p = period if isinstance(period, Period) else parse_period(period)
    if status is not None and status not in STATUSES:
        raise UsageError(f"status must be one of {', '.join(STATUSES)}", status=status)
    today = ws.today()
    due = due_date(ws, p)
    expected = expected_units.expected_for(ws, p)
    landing = expected_units.landing_map(ws)
    names = {u.code: u.name for u in expected}
    bundles, others = bundles_by_unit(ws, p, names, landing)
    counts = repo.live_activities_per_unit(ws.db, p.start.isoformat(), p.end.isoformat())
    conflicts = repo.open_conflicts_by_unit(ws.db)
    aliases = {code: [c for c, t in landing.items() if t == code] for code in names}
    decided = approvals.decisions_for_period(ws, p.id)
    rows = []
    for unit in expected:
        got = bundles.get(unit.code, [])
        codes = aliases.get(unit.code, [unit.code])
        activities = sum(counts.get(c, 0) for c in codes)
        decision = next((decided[c] for c in [unit.code, *codes] if c in decided), None)
        row = BoardRow(
            unit_code=unit.code,
            unit_name=unit.name,
            status=_status(bool(got), activities, decision),
            activities=activities,
            conflicts=sum(conflicts.get(c, 0) for c in codes),
            bundles=len(got),
        )
        if decision is not None:
            row.decision, row.decided_at, row.reason = decision.decision, decision.decided_at, decision.reason
        if got:
            last = max(got, key=lambda r: (r["imported_at"], r["seq"]))
            first_signed = min(_day(r["created_at"] or r["imported_at"]) for r in got)
            row.received_at = last["imported_at"]
            row.signed_at = first_signed
            row.seq = last["seq"]
            row.app_version = last["app_version"]
            row.fingerprint = sync_keys.checked_fingerprint(last["fingerprint"]) if last["fingerprint"] else ""
            row.officer = _officer(last["stored_path"])
            row.source_codes = sorted({r["source_unit"] for r in got})
            row.timeliness = ON_TIME if first_signed <= due.isoformat() else LATE
        elif today > due:
            row.timeliness = OVERDUE
        rows.append(row)
    order = {s: i for i, s in enumerate(STATUSES)}
    rows.sort(key=lambda r: (order.get(r.status, len(order)), collation_key(r.unit_name)))
    reported = sum(1 for r in rows if r.reported)
    late = sum(1 for r in rows if r.timeliness in (LATE, OVERDUE))
    shown = [r for r in rows if status is None or r.status == status]
    relays = {u.code: u.name for u in expected_units.list_units(ws) if u.level == expected_units.INTERMEDIATE}
    other_rows = [
        {"unit_code": code, "unit_name": relays.get(code) or _name(code), "bundles": len(rs),
         "last_imported_at": max(r["imported_at"] for r in rs), "relay": code in relays}
        for code, rs in sorted(others.items())
    ]  # fmt: skip
    return Board(
        period=p.id,
        period_label=p.label_vi(),
        due_date=due.isoformat(),
        today=today.isoformat(),
        rows=shown,
        expected=len(expected),
        reported=reported,
        late=late,
        others=other_rows,
    )
