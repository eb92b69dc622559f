"""PBGDPL plans (kế hoạch) and their tasks (nhiệm vụ): the records, deadlines and a task's status over time.

A plan has a number ("164/KH-UBND"), a date, an issuer, a period (years) and tasks. A task has its section
("II.2.1"), content, lead unit, cooperating units, a deadline and a status. A deadline is one of:

- a date ("30/6/2021", "ngày 15 tháng 3 năm 2021"): due that day;
- a quarter ("Quý I năm 2021", "quý 2/2021"): due on the quarter's last day;
- a half year ("6 tháng đầu năm 2021"): due on 30/6 or 31/12;
- one or more years ("Năm 2022", "Năm 2021, 2022"): due on 31/12 of each year named;
- every year ("Hằng năm", "Hàng năm") or continuous work ("Thường xuyên"): due on 31/12 of every year of the
  plan's period, judged year by year;
- none (empty text): never overdue.

The officer's status of a task is ``open`` (default), ``done`` or ``dropped``; what a list shows is the status at
a day (``task_status``): done, dropped, overdue (the deadline passed and it is not done), in progress (activities
carry it out) or not started. A recurring task (every year, several years) is done for a year when an activity
of that year carries it out or the officer marked it done on a day of that year.

Task progress comes from the activities linked to it (``activity_ids``, kept on the task so that an activity's
own record, its content hash and the bundles of older readers stay as they were) and the officer's note.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Iterable

from app.core.models import RecordMeta, new_id
from app.core.records import _date_in, _date_out
from app.core.text import clean, fold

PLAN_KINDS = ("annual", "thematic")  # kế hoạch PBGDPL hằng năm; kế hoạch chuyên đề / thực hiện một văn bản
TASK_STATES = ("open", "done", "dropped")  # what the officer records
# what a list shows at a day (``task_status``)
NOT_STARTED, IN_PROGRESS, DONE, OVERDUE, DROPPED = "not_started", "in_progress", "done", "overdue", "dropped"
TASK_STATUSES = (NOT_STARTED, IN_PROGRESS, DONE, OVERDUE, DROPPED)
STATUS_VI = {
    NOT_STARTED: "Chưa thực hiện",
    IN_PROGRESS: "Đang thực hiện",
    DONE: "Đã hoàn thành",
    OVERDUE: "Quá hạn",
    DROPPED: "Không thực hiện",
}

# Deadline kinds
D_NONE, D_DATE, D_QUARTER, D_HALF, D_YEARS, D_ANNUAL, D_CONTINUOUS = (
    "none", "date", "quarter", "half", "years", "annual", "continuous",
)  # fmt: skip
ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}
_ROMAN_OUT = {v: k for k, v in ROMAN.items()}
_QUARTER_END = {1: (3, 31), 2: (6, 30), 3: (9, 30), 4: (12, 31)}


class DeadlineError(ValueError):
    """A deadline text that is none of the kinds understood (the message says which ones are)."""


@dataclass(frozen=True)
class Deadline:
    """A parsed deadline: its kind and what it names (``due`` for a date; ``years`` and ``part`` otherwise)."""

    kind: str = D_NONE
    due: date | None = None  # D_DATE
    years: tuple[int, ...] = ()  # D_QUARTER, D_HALF: one year; D_YEARS: each year named
    part: int = 0  # D_QUARTER: 1–4; D_HALF: 1–2

    @property
    def recurring(self) -> bool:
        """Judged year by year (every year, continuous work, several years)."""
        return self.kind in (D_ANNUAL, D_CONTINUOUS) or (self.kind == D_YEARS and len(self.years) > 1)

    def due_dates(self, years: Iterable[int] = ()) -> list[date]:
        """The days the task is due on; ``years`` is the plan's period, used by every-year deadlines."""
        if self.kind == D_DATE and self.due is not None:
            return [self.due]
        if self.kind == D_QUARTER:
            m, d = _QUARTER_END[self.part]
            return [date(self.years[0], m, d)]
        if self.kind == D_HALF:
            return [date(self.years[0], 6, 30) if self.part == 1 else date(self.years[0], 12, 31)]
        if self.kind == D_YEARS:
            return [date(y, 12, 31) for y in self.years]
        if self.kind in (D_ANNUAL, D_CONTINUOUS):
            return [date(y, 12, 31) for y in sorted(set(years))]
        return []

    def text(self) -> str:
        """The canonical Vietnamese wording ("Quý I năm 2021", "Hằng năm"); what a plan stores and prints."""
        if self.kind == D_DATE and self.due is not None:
            return self.due.strftime("%d/%m/%Y")
        if self.kind == D_QUARTER:
            return f"Quý {_ROMAN_OUT[self.part]} năm {self.years[0]}"
        if self.kind == D_HALF:
            return f"6 tháng {'đầu' if self.part == 1 else 'cuối'} năm {self.years[0]}"
        if self.kind == D_YEARS:
            return "Năm " + ", ".join(str(y) for y in self.years)
        if self.kind == D_ANNUAL:
            return "Hằng năm"
        if self.kind == D_CONTINUOUS:
            return "Thường xuyên"
        return ""


_YEAR = r"((?:19|20)\d{2})"
_Q_PATTERNS = (
    re.compile(r"\bquy\s+(iv|iii|ii|i|[1-4])\s*(?:nam\s*|/|-|\s)\s*" + _YEAR + r"\b"),
    re.compile(r"\bq([1-4])\s*[/-]?\s*" + _YEAR + r"\b"),
)
_HALF = re.compile(r"\b6\s+thang\s+(dau|cuoi)\s+nam\s+" + _YEAR + r"\b")
_DMY = re.compile(r"\b(\d{1,2})[/.-](\d{1,2})[/.-]" + _YEAR + r"\b")
_DMY_WORDS = re.compile(r"\bngay\s+(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+" + _YEAR + r"\b")
_ISO = re.compile(r"\b" + _YEAR + r"-(\d{2})-(\d{2})\b")
_YEARS = re.compile(r"\bnam\s+" + _YEAR + r"((?:\s*(?:,|va|-|–)\s*" + _YEAR + r")*)")
_BARE_YEARS = re.compile(r"^" + _YEAR + r"((?:\s*(?:,|va|-|–)\s*" + _YEAR + r")*)$")
_ANNUAL = re.compile(r"\b(hang|moi)\s+nam\b")
_CONTINUOUS = re.compile(r"\b(thuong xuyen|lien tuc)\b")

DEADLINE_HELP = (
    "a date (30/06/2021), a quarter (Quý I năm 2021), a half year (6 tháng đầu năm 2021), "
    "a year (Năm 2022 or Năm 2021, 2022), Hằng năm, Thường xuyên, or nothing"
)


def _years_of(first: str, rest: str) -> tuple[int, ...]:
    years = [int(first)] + [int(y) for y in re.findall(_YEAR, rest)]
    if re.search(r"[-–]", rest) and len(years) == 2 and years[0] < years[1]:
        years = list(range(years[0], years[1] + 1))  # "Năm 2021 - 2025": every year of the range
    return tuple(sorted(set(years)))


def parse_deadline(text: object) -> Deadline:
    """Read a deadline as plans write it ("Thời gian thực hiện: Hoàn thành trong Quý I năm 2021").

    Raises:
        DeadlineError: the text names no deadline of a known kind.
    """
    if isinstance(text, date):
        return Deadline(D_DATE, due=text)
    s = fold(text)
    s = re.sub(r"^(thoi gian thuc hien|thoi han|han)\b\s*:?\s*", "", s).strip(" .;:")
    if not s:
        return Deadline()
    for pattern in (_DMY, _DMY_WORDS):
        if m := pattern.search(s):
            return Deadline(D_DATE, due=_day(int(m.group(3)), int(m.group(2)), int(m.group(1)), text))
    if m := _ISO.search(s):
        return Deadline(D_DATE, due=_day(int(m.group(1)), int(m.group(2)), int(m.group(3)), text))
    for pattern in _Q_PATTERNS:
        if m := pattern.search(s):
            q = m.group(1)
            part = ROMAN[q.upper()] if q.upper() in ROMAN else int(q)
            return Deadline(D_QUARTER, years=(int(m.group(2)),), part=part)
    if re.search(r"\bquy\b", s):
        raise DeadlineError(f"'{clean(text)}' names no quarter I–IV of a year: write {DEADLINE_HELP}")
    if m := _HALF.search(s):
        return Deadline(D_HALF, years=(int(m.group(2)),), part=1 if m.group(1) == "dau" else 2)
    if m := (_YEARS.search(s) or _BARE_YEARS.search(s)):
        return Deadline(D_YEARS, years=_years_of(m.group(1), m.group(2) or ""))
    if _ANNUAL.search(s):
        return Deadline(D_ANNUAL)
    if _CONTINUOUS.search(s):
        return Deadline(D_CONTINUOUS)
    raise DeadlineError(f"'{clean(text)}' is not a deadline: write {DEADLINE_HELP}")


def _day(y: int, m: int, d: int, text: object) -> date:
    try:
        return date(y, m, d)
    except ValueError:
        raise DeadlineError(f"'{clean(text)}' names a day that does not exist") from None


def deadline_text(text: object) -> str:
    """The canonical wording of a deadline text (raises DeadlineError as ``parse_deadline``)."""
    return parse_deadline(text).text()


# -- records --------------------------------------------------------------------------------------------------


@dataclass
class Plan:
    """A PBGDPL plan (kế hoạch): the commune's annual plan, or a plan of an upper level its tasks come from."""

    id: str = field(default_factory=new_id)
    number: str = ""  # số, ký hiệu: "164/KH-UBND"
    date: date | None = None  # ngày ban hành
    issuer: str = ""  # "UBND tỉnh Thái Nguyên"
    title: str = ""  # trích yếu
    kind: str = "annual"  # one of PLAN_KINDS
    year_from: int = 0  # the period, in years (year_to 0: open-ended)
    year_to: int = 0
    issue_deadline: date | None = None  # the day it had to be issued by (đúng hạn), when known
    source: str = ""  # the upper plan or text it implements ("164/KH-UBND ngày 31/12/2020 của UBND tỉnh")
    budget: int = 0  # kinh phí PBGDPL of the plan's year(s), VND
    notes: str = ""
    meta: RecordMeta = field(default_factory=RecordMeta)

    def years(self, until: int | None = None) -> list[int]:
        """The plan's years (an open-ended one runs to ``until``, by default its first year)."""
        if not self.year_from:
            return []
        last = self.year_to or max(self.year_from, until or self.year_from)
        return list(range(self.year_from, last + 1))

    def period_text(self) -> str:
        if not self.year_from:
            return ""
        if self.year_to == self.year_from:
            return f"Năm {self.year_from}"
        return f"{self.year_from}–{self.year_to}" if self.year_to else f"Từ năm {self.year_from}"


@dataclass
class PlanTask:
    """One task (nhiệm vụ) of a plan."""

    id: str = field(default_factory=new_id)
    plan_id: str = ""
    position: int = 0  # order in the plan
    section: str = ""  # "II.2.1"
    content: str = ""
    lead: str = ""  # cơ quan, đơn vị chủ trì
    cooperating: list[str] = field(default_factory=list)  # phối hợp
    deadline: str = ""  # canonical text of a Deadline
    state: str = "open"  # one of TASK_STATES
    done_date: date | None = None  # when the officer marked it done
    outside_plan: bool = False  # nhiệm vụ phát sinh ngoài kế hoạch
    budget: int = 0  # kinh phí phân bổ, VND (0: none allocated)
    activity_ids: list[str] = field(default_factory=list)  # activities carrying it out
    progress_note: str = ""  # the officer's note on progress
    source_task: str = ""  # "164/KH-UBND II.2.1": the upper plan's task it was taken from
    meta: RecordMeta = field(default_factory=RecordMeta)

    def parsed_deadline(self) -> Deadline:
        """The task's deadline (an unreadable stored text counts as none: validation refuses it on save)."""
        try:
            return parse_deadline(self.deadline)
        except DeadlineError:
            return Deadline()


# -- status over time -----------------------------------------------------------------------------------------


def task_status(task: PlanTask, on: date, activity_dates: Iterable[date] = (), plan_years: Iterable[int] = (),
                year: int | None = None) -> str:  # fmt: skip
    """The status a list shows for ``task`` on the day ``on``.

    Args:
        activity_dates: the dates of the (live) activities that carry the task out.
        plan_years: the plan's years (for every-year deadlines).
        year: judge a recurring task for this year only (by default: every due year up to ``on``).
    """
    if task.state == "dropped":
        return DROPPED
    dl = task.parsed_deadline()
    acts = [d for d in activity_dates if d is not None and d <= on]
    if dl.recurring:
        due_years = list(dl.years) if dl.kind == D_YEARS else sorted(set(plan_years)) or [on.year]
        if year is not None:
            if year not in due_years and dl.kind == D_YEARS:
                return NOT_STARTED  # not due that year
            due_years = [year]
        if task.state == "done" and task.done_date is None:
            return DONE  # the officer says so, without a day
        done_years = {d.year for d in acts}
        if task.state == "done" and task.done_date is not None:
            done_years.add(task.done_date.year)
        if any(date(y, 12, 31) < on and y not in done_years for y in due_years):
            return OVERDUE
        if all(y in done_years for y in due_years):
            return DONE
        return IN_PROGRESS if done_years & set(due_years) else NOT_STARTED
    if task.state == "done":
        return DONE
    dues = dl.due_dates(plan_years)
    if dues and max(dues) < on:
        return OVERDUE
    return IN_PROGRESS if acts else NOT_STARTED




# -- the commune's annual plan: the figures the assessment uses -----------------------------------------------


@dataclass(frozen=True)
class PlanIndicators:
    """QĐ 25/2021 indicator 2.3 / QĐ 27 indicator 2.4 figures of a unit's annual plan of one year.

    ``on_time`` is None when the plan has no issue deadline recorded (the rule for it is not verified:
    the An Giang app uses "7 ngày làm việc"; keep it as the officer's data).
    """

    year: int
    plan_id: str | None
    plan_number: str = ""
    plan_date: date | None = None
    issue_deadline: date | None = None
    on_time: bool | None = None
    tasks: int = 0  # tasks of the plan (outside-plan tasks apart)
    done: int = 0
    outside: int = 0  # tasks added outside the plan
    outside_done: int = 0
    overdue: int = 0
    with_budget: int = 0  # tasks of the plan with funds allocated (QĐ 27 2.6.2)

    @property
    def done_share(self) -> float | None:
        return self.done / self.tasks if self.tasks else None

    @property
    def outside_share(self) -> float | None:
        return self.outside_done / self.outside if self.outside else None

    @property
    def budget_share(self) -> float | None:
        return self.with_budget / self.tasks if self.tasks else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "year": self.year,
            "plan_id": self.plan_id,
            "plan_number": self.plan_number,
            "plan_date": self.plan_date.isoformat() if self.plan_date else None,
            "issue_deadline": self.issue_deadline.isoformat() if self.issue_deadline else None,
            "on_time": self.on_time,
            "tasks": self.tasks,
            "done": self.done,
            "done_share": self.done_share,
            "outside": self.outside,
            "outside_done": self.outside_done,
            "outside_share": self.outside_share,
            "overdue": self.overdue,
            "with_budget": self.with_budget,
            "budget_share": self.budget_share,
        }


def plan_indicators(plan: Plan | None, tasks: Iterable[PlanTask], activity_dates: dict[str, date], year: int,
                    on: date) -> PlanIndicators:  # fmt: skip
    """The figures of ``plan`` (a unit's annual plan of ``year``) on the day ``on``.

    ``activity_dates``: live activity id -> its date (links to deleted or unknown activities do not count).
    """
    if plan is None:
        return PlanIndicators(year=year, plan_id=None)
    on_time = None
    if plan.issue_deadline is not None and plan.date is not None:
        on_time = plan.date <= plan.issue_deadline
    counts = {"tasks": 0, "done": 0, "outside": 0, "outside_done": 0, "overdue": 0, "with_budget": 0}
    for t in tasks:
        status = task_status(t, on, task_activity_dates(t, activity_dates), plan.years(on.year), year=year)
        if t.outside_plan:
            counts["outside"] += 1
            counts["outside_done"] += status == DONE
            continue
        counts["tasks"] += 1
        counts["done"] += status == DONE
        counts["overdue"] += status == OVERDUE
        counts["with_budget"] += t.budget > 0
    return PlanIndicators(year=year, plan_id=plan.id, plan_number=plan.number, plan_date=plan.date,
                          issue_deadline=plan.issue_deadline, on_time=on_time, **counts)  # fmt: skip


def task_activity_dates(task: PlanTask, activity_dates: dict[str, date]) -> list[date]:
    """The dates of the task's live activities (``activity_dates``: id -> date of the live ones)."""
    return [activity_dates[i] for i in task.activity_ids if i in activity_dates]


# -- validation -----------------------------------------------------------------------------------------------

MAX_BUDGET = 100_000_000_000


def validate_plan(plan: Plan, catalogs: Any, today: date) -> list:
    """Check a plan: number, date not in the future, a sane period, a budget ≥ 0."""
    from app.core.rules import Problem

    p: list[Problem] = []
    if not plan.number:
        p.append(Problem("number", "required", "the plan's number is missing"))
    if plan.date is None:
        p.append(Problem("date", "required", "the plan's date is missing"))
    elif plan.date > today:
        p.append(Problem("date", "future", f"the plan's date {plan.date.isoformat()} is in the future"))
    if plan.kind not in PLAN_KINDS:
        p.append(Problem("kind", "unknown", f"kind must be one of {', '.join(PLAN_KINDS)}"))
    if not 2000 <= plan.year_from <= 2100:
        p.append(Problem("year_from", "invalid", "the plan's first year is missing or not a year"))
    elif plan.year_to and plan.year_to < plan.year_from:
        p.append(Problem("year_to", "before-start", "the period ends before it starts"))
    if not 0 <= plan.budget <= MAX_BUDGET:
        p.append(Problem("budget", "invalid", "the budget must be from 0 to 100,000,000,000 VND"))
    return p


def validate_task(task: PlanTask, catalogs: Any, today: date) -> list:
    """Check a task: content, a readable deadline, a known state, a done date not in the future."""
    from app.core.rules import Problem

    p: list[Problem] = []
    if not task.plan_id:
        p.append(Problem("plan_id", "required", "the task belongs to no plan"))
    if not task.content:
        p.append(Problem("content", "required", "the task's content is missing"))
    try:
        parse_deadline(task.deadline)
    except DeadlineError as exc:
        p.append(Problem("deadline", "invalid", str(exc)))
    if task.state not in TASK_STATES:
        p.append(Problem("state", "unknown", f"state must be one of {', '.join(TASK_STATES)}"))
    if task.done_date is not None and task.done_date > today:
        p.append(Problem("done_date", "future", "the done date is in the future"))
    if not 0 <= task.budget <= MAX_BUDGET:
        p.append(Problem("budget", "invalid", "the budget must be from 0 to 100,000,000,000 VND"))
    return p


# -- payloads -------------------------------------------------------------------------------------------------


def _canonical_deadline(text: object) -> str:
    try:
        return deadline_text(text)
    except DeadlineError:
        return clean(text)  # kept as typed; validation names the problem


def plan_payload(p: Plan) -> dict[str, Any]:
    return {
        "number": clean(p.number),
        "date": _date_out(p.date),
        "issuer": clean(p.issuer),
        "title": clean(p.title),
        "kind": p.kind,
        "year_from": int(p.year_from),
        "year_to": int(p.year_to),
        "issue_deadline": _date_out(p.issue_deadline),
        "source": clean(p.source),
        "budget": int(p.budget),
        "notes": clean(p.notes),
    }


def plan_from_payload(record_id: str, payload: dict[str, Any], meta: RecordMeta | None = None) -> Plan:
    get = payload.get
    return Plan(
        id=record_id,
        number=clean(get("number")),
        date=_date_in(get("date")),
        issuer=clean(get("issuer")),
        title=clean(get("title")),
        kind=get("kind") or "annual",
        year_from=int(get("year_from") or 0),
        year_to=int(get("year_to") or 0),
        issue_deadline=_date_in(get("issue_deadline")),
        source=clean(get("source")),
        budget=int(get("budget") or 0),
        notes=clean(get("notes")),
        meta=meta or RecordMeta(),
    )


def task_payload(t: PlanTask) -> dict[str, Any]:
    return {
        "plan_id": t.plan_id,
        "position": int(t.position),
        "section": clean(t.section),
        "content": clean(t.content),
        "lead": clean(t.lead),
        "cooperating": [c for v in t.cooperating if (c := clean(v))],
        "deadline": _canonical_deadline(t.deadline),
        "state": t.state,
        "done_date": _date_out(t.done_date),
        "outside_plan": bool(t.outside_plan),
        "budget": int(t.budget),
        "activity_ids": list(dict.fromkeys(t.activity_ids)),
        "progress_note": clean(t.progress_note),
        "source_task": clean(t.source_task),
    }


def task_from_payload(record_id: str, payload: dict[str, Any], meta: RecordMeta | None = None) -> PlanTask:
    get = payload.get
    return PlanTask(
        id=record_id,
        plan_id=str(get("plan_id") or ""),
        position=int(get("position") or 0),
        section=clean(get("section")),
        content=clean(get("content")),
        lead=clean(get("lead")),
        cooperating=[c for v in get("cooperating") or [] if (c := clean(v))],
        deadline=_canonical_deadline(get("deadline")),
        state=get("state") or "open",
        done_date=_date_in(get("done_date")),
        outside_plan=bool(get("outside_plan")),
        budget=int(get("budget") or 0),
        activity_ids=[str(i) for i in get("activity_ids") or []],
        progress_note=clean(get("progress_note")),
        source_task=clean(get("source_task")),
        meta=meta or RecordMeta(),
    )


def plan_natural_key(payload: dict[str, Any]) -> str:
    """The same plan typed again: its number and date."""
    return f"{fold(payload.get('number'))}|{payload.get('date') or ''}"


def task_natural_key(payload: dict[str, Any]) -> str:
    """The same task typed again: its plan, section and content (accents ignored)."""
    return f"{payload.get('plan_id')}|{fold(payload.get('section'))}|{fold(payload.get('content'))[:200]}"
