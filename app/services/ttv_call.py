"""The September call for tuyên truyền viên pháp luật (TT 10/2016/TT-BTP Điều 5): the register of volunteers,
the eligible list, the recognition decision naming those recognised, and the law's time limits as reminders.

The time limits are data (resources/data/roster_time_limits.json); working days count Monday to Friday less the
public holidays of resources/catalogs/public_holidays.json (and of the data folder's catalogs/public_holidays.json,
where the officer adds a year's announced days); a year the list does not cover is said in the reminder.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from pathlib import Path

from app.core.errors import FileFormatError, UsageError
from app.core.holidays import HolidayCalendar
from app.core.models import Decision, Reporter, new_id
from app.core.text import clean
from app.paths import resource_path
from app.services import logbook, read
from app.services.workspace import Workspace
from app.store import reporters as reporter_repo
from app.store import volunteers as volunteer_repo
from app.store.volunteers import Volunteer

CALL_MONTH = 9  # TT 10/2016 Điều 5.2: the call is made in September every year


@lru_cache(maxsize=1)
def time_limits() -> dict[str, dict]:
    """The time limits of resources/data/roster_time_limits.json, by code."""
    data = json.loads(resource_path("data", "roster_time_limits.json").read_text(encoding="utf-8"))
    return {e["code"]: e for e in data["limits"]}


HOLIDAYS = ("catalogs", "public_holidays.json")


def holiday_calendar(ws: Workspace | None = None) -> HolidayCalendar:
    """The public holidays shipped, with the years the data folder's own catalogs/public_holidays.json lists.

    Raises:
        FileFormatError: a holidays file that cannot be read (its name and the reason said).
    """
    files = [resource_path(*HOLIDAYS)]
    if ws is not None and (own := ws.paths.data.joinpath(*HOLIDAYS)).is_file():
        files.append(own)
    return _calendar(tuple((str(f), f.stat().st_mtime_ns) for f in files))


@lru_cache(maxsize=4)
def _calendar(files: tuple[tuple[str, int], ...]) -> HolidayCalendar:
    data = []
    for name, _ in files:
        try:
            data.append(json.loads(Path(name).read_text(encoding="utf-8")))
        except (OSError, ValueError) as exc:
            raise FileFormatError(f"the public holidays file {name} cannot be read: {exc}", path=name) from exc
    try:
        return HolidayCalendar.from_data(data[0], data[1:])
    except (KeyError, TypeError, ValueError) as exc:
        raise FileFormatError(f"the public holidays file {files[-1][0]} is not valid: {exc}", path=files[-1][0]) from exc


def add_working_days(start: date, days: int, calendar: HolidayCalendar | None = None) -> date:
    """``start`` plus ``days`` working days: Monday to Friday less the public holidays (the shipped list unless
    ``calendar`` is given)."""
    return (calendar or holiday_calendar()).add_working_days(start, days)


@dataclass(frozen=True)
class Reminder:
    code: str
    text: str
    law_item: str
    due: date | None  # None: a standing reminder (the month of the call, publication)
    note: str = ""  # the holidays of the time limit's year are not listed: check the day


def reminders(ws: Workspace, on: date | None = None, proposal: date | None = None) -> list[Reminder]:
    """What the law asks next: the September call (in August and September), and, when a proposal was received on
    ``proposal``, the day each decision is due (TT 10/2016 Điều 3.6, 4.3, 5.4, 6.3)."""
    day = on or ws.today()
    limits = time_limits()
    out = []
    call = limits["TTV_CALL"]
    if day.month in (CALL_MONTH - 1, CALL_MONTH):
        out.append(Reminder(call["code"], call["text"], call["law_item"], date(day.year, CALL_MONTH, 30)))
    if proposal is not None:
        calendar = holiday_calendar(ws)
        for code in ("TTV_DECISION", "TTV_LEAVE", "BCV_MISSING", "BCV_DECISION", "BCV_DISMISSAL"):
            e = limits[code]
            due = calendar.add_working_days(proposal, e["working_days"])
            missing = sorted({y for y in (proposal.year, due.year) if not calendar.covers(y)})
            note = (f"Danh mục ngày nghỉ lễ, tết chưa có ngày nghỉ Tết Âm lịch, Giỗ Tổ năm {', '.join(map(str, missing))}: "
                    "hạn chỉ trừ các ngày lễ dương lịch, cần kiểm tra lại.") if missing else ""  # fmt: skip
            out.append(Reminder(code, e["text"], e["law_item"], due, note))
    e = limits["PUBLISH"]
    out.append(Reminder(e["code"], e["text"], e["law_item"], None))
    return out


def register(ws: Workspace, year: int, full_name: str, registered_on: date, *, gender: str = "", birth_year: int | None = None,
             area: str = "", occupation: str = "", proposer: str = "") -> Volunteer:
    """Add a volunteer to the register of ``year``'s call. Raises UsageError (nothing stored) on bad input."""
    name = clean(full_name)
    today = ws.today()
    if not name:
        raise UsageError("the volunteer's name is missing", field="full_name")
    if not 2000 <= year <= today.year + 1:
        raise UsageError(f"the call's year {year} is not plausible", field="year")
    if registered_on > today:
        raise UsageError("the registration date is in the future", field="registered_on")
    if gender not in ("", "nam", "nu"):
        raise UsageError("gender must be 'nam', 'nu' or empty", field="gender")
    if birth_year is not None and not today.year - 100 <= birth_year <= today.year - 16:
        raise UsageError(f"birth year {birth_year} gives an age below 16 or above 100", field="birth_year")
    v = Volunteer(new_id(), ws.unit_code, year, name, gender, birth_year, clean(area), clean(occupation), clean(proposer),
                  registered_on.isoformat(), None, "", "", ws.clock().isoformat(timespec="seconds"))  # fmt: skip
    with ws.db.atomic():
        volunteer_repo.add(ws.db, v)
    return v


def set_eligibility(ws: Workspace, volunteer_id: str, eligible: bool, reason: str = "") -> None:
    """Record whether a volunteer meets the standards (TT 10/2016 Điều 5.1: good conduct, standing in the
    community, volunteering); one found not eligible needs the reason."""
    if not eligible and not clean(reason):
        raise UsageError("say why the volunteer is not eligible", field="reason")
    with ws.db.atomic():
        if volunteer_repo.set_eligibility(ws.db, volunteer_id, eligible, clean(reason)) != 1:
            raise UsageError(f"no volunteer {volunteer_id}", field="volunteer_id")


def volunteers(ws: Workspace, year: int) -> list[Volunteer]:
    return volunteer_repo.of_year(ws.db, ws.unit_code, year)


def eligible(ws: Workspace, year: int) -> list[Volunteer]:
    """The eligible list of ``year``'s call: found eligible and not yet recognised."""
    return [v for v in volunteers(ws, year) if v.eligible and not v.reporter_id]


def recognise(ws: Workspace, year: int, decision: Decision) -> list[Reporter]:
    """Recognise everyone on the eligible list by one decision: each becomes a tuyên truyền viên of the roster
    (``decision`` is their recognition). Raises UsageError (nothing stored) without the decision's number and date
    or with nobody eligible."""
    if not decision.number or decision.date is None:
        raise UsageError("the recognition decision needs its number and date", field="decision")
    if decision.date > ws.today():
        raise UsageError("the decision date is in the future", field="decision.date")
    chosen = eligible(ws, year)
    if not chosen:
        raise UsageError(f"nobody of the {year} call is on the eligible list", field="year")
    made = []
    for v in chosen:
        r = Reporter(kind="ttv", full_name=v.full_name, gender=v.gender, birth_date=date(v.birth_year, 1, 1) if v.birth_year else None,
                     title=v.occupation, area=v.area, proposer=v.proposer, recognition=replace(decision))  # fmt: skip
        made.append((v, r))
    for v, r in made:  # each saved through the rules; the register remembers who became whom
        logbook.save_reporter(ws, r, source="ttv-call")
        with ws.db.atomic():
            volunteer_repo.set_reporter(ws.db, v.id, r.id)
    return [r for _, r in made]


def recognised(ws: Workspace, year: int) -> list[Reporter]:
    """The tuyên truyền viên recognised through ``year``'s call, in the roster's name order."""
    ids = {v.reporter_id for v in volunteers(ws, year) if v.reporter_id}
    return [r for r in read.reporters(ws, read.Scope.own(ws)) if r.id in ids]
