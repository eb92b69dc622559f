"""The roster's legal life cycle (TT 10/2016/TT-BTP) as use cases: suspension (Điều 8.1.e), the review of district
báo cáo viên after 1 July 2025, and the facts other screens ask (who may be assigned).

Every change goes through ``logbook.save_reporter`` (the rules, the audit log, one transaction each).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from app.core import facts
from app.core.errors import UsageError
from app.core.models import Decision, Reporter
from app.core.text import clean
from app.services import logbook, read
from app.services.workspace import Workspace
from app.store import reporters as reporter_repo


def _ddmmyyyy(day: date | None) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}" if day else ""


def assignable(ws: Workspace, scope: read.Scope, on: date | None = None) -> list[Reporter]:
    """The reporters of ``scope`` that may be offered for a new activity on ``on`` (default today)."""
    day = on or ws.today()
    return [r for r in read.reporters(ws, scope) if facts.is_assignable(r, day)]


def suspend(ws: Workspace, reporter_id: str, start: date, reason: str) -> Reporter:
    """Suspend a reporter from ``start`` (TT 10/2016 Điều 8.1.e: prosecuted, investigated, tried or awaiting a
    conclusion): not assigned, not dismissed. ``reason`` says which proceeding (required)."""
    if not clean(reason):
        raise UsageError("say why the person is suspended (the proceeding of TT 10/2016 Điều 8.1.e)", field="suspension_reason")
    r = reporter_repo.get_reporter(ws.db, reporter_id)
    changed = replace(r, suspended_from=start, suspended_until=None, suspension_reason=clean(reason))
    logbook.save_reporter(ws, changed, source="roster")
    return changed


def end_suspension(ws: Workspace, reporter_id: str, end: date) -> Reporter:
    """The suspension ends on ``end`` (the proceeding closed without a ground for dismissal): assignable again."""
    r = reporter_repo.get_reporter(ws.db, reporter_id)
    if r.suspended_from is None:
        raise UsageError(f"{r.full_name} is not suspended", field="suspended_until")
    changed = replace(r, suspended_until=end)
    logbook.save_reporter(ws, changed, source="roster")
    return changed


def district_reporters(ws: Workspace, scope: read.Scope, on: date | None = None) -> list[Reporter]:
    """District báo cáo viên whose level ended (1 July 2025) and who await review: recognition as a provincial
    báo cáo viên or as a commune tuyên truyền viên (``recognise_again``), or a decision on a legal ground."""
    day = on or ws.today()
    return [r for r in read.reporters(ws, scope) if facts.reporter_state(r, day) == facts.LEVEL_ENDED]


def recognise_again(ws: Workspace, reporter_id: str, kind: str, decision: Decision) -> Reporter:
    """Record the new recognition of a district báo cáo viên: as provincial báo cáo viên (``kind`` "bcv") or as
    the commune's tuyên truyền viên ("ttv"). The record (and its activities) stays the same; the former role
    and recognition are kept in the notes and in the audit log."""
    if kind not in ("bcv", "ttv"):
        raise UsageError("choose bcv (provincial báo cáo viên) or ttv (commune tuyên truyền viên)", field="kind")
    if decision.date is None or not decision.number:
        raise UsageError("the new recognition needs its decision number and date", field="recognition")
    r = reporter_repo.get_reporter(ws.db, reporter_id)
    if not (r.kind == "bcv" and r.level == facts.DISTRICT_LEVEL):
        raise UsageError(f"{r.full_name} is not a district báo cáo viên", field="level")
    old = r.recognition
    history = (
        f"Trước {_ddmmyyyy(facts.DISTRICT_LEVEL_END)}: báo cáo viên pháp luật cấp huyện"
        + (f", quyết định công nhận số {old.number}" if old.number else "")
        + (f" ngày {_ddmmyyyy(old.date)}" if old.date else "")
        + (f" ({old.authority})" if old.authority else "")
        + "."
    )
    changed = replace(
        r, kind=kind, level="tinh" if kind == "bcv" else "", recognition=decision,
        notes="\n".join(x for x in (r.notes, history) if x),
    )  # fmt: skip
    logbook.save_reporter(ws, changed, source="roster")
    return changed
