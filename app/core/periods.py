"""Reporting periods as data: years, half-years, quarters, months, and the data windows of reporting rules."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Iterable

from app.core.errors import PeriodError

KINDS = ("Y", "H", "Q", "M")
_PATTERN = re.compile(r"^(\d{4})(?:-(H[12]|Q[1-4]|M?(?:0?[1-9]|1[0-2])))?$")  # a month may be 2026-5 or 2026-05


@dataclass(frozen=True, order=True)
class Period:
    """A calendar period: ``kind`` Y, H, Q or M with its 1-based ``index`` inside ``year``."""

    year: int
    kind: str = "Y"
    index: int = 1

    @property
    def id(self) -> str:
        if self.kind == "Y":
            return f"{self.year:04d}"
        if self.kind == "M":
            return f"{self.year:04d}-M{self.index:02d}"
        return f"{self.year:04d}-{self.kind}{self.index}"

    @property
    def first_month(self) -> int:
        return {"Y": 1, "H": 6 * (self.index - 1) + 1, "Q": 3 * (self.index - 1) + 1, "M": self.index}[self.kind]

    @property
    def months(self) -> int:
        return {"Y": 12, "H": 6, "Q": 3, "M": 1}[self.kind]

    @property
    def start(self) -> date:
        return date(self.year, self.first_month, 1)

    @property
    def end(self) -> date:
        last = self.first_month + self.months - 1
        return date(self.year, last, calendar.monthrange(self.year, last)[1])

    def label_vi(self) -> str:
        """Vietnamese label used in documents ("6 tháng đầu năm 2026", "Quý II năm 2026")."""
        if self.kind == "Y":
            return f"năm {self.year}"
        if self.kind == "H":
            return f"6 tháng {'đầu' if self.index == 1 else 'cuối'} năm {self.year}"
        if self.kind == "Q":
            return f"Quý {'I II III IV'.split()[self.index - 1]} năm {self.year}"
        return f"tháng {self.index:02d} năm {self.year}"

    def __str__(self) -> str:
        return self.id


def parse_period(text: str) -> Period:
    """Parse ``2026``, ``2026-H1``, ``2026-Q3`` or ``2026-M05`` (case-insensitive); ``2026-5``, ``2026-05`` and
    ``2026-M5`` are the month 2026-M05 too.

    Raises:
        PeriodError: the text is not a period id.
    """
    m = _PATTERN.match(str(text).strip().upper())
    if not m:
        raise PeriodError(
            f"'{text}' is not a period; use YYYY, YYYY-H1, YYYY-Q1 … YYYY-Q4 or YYYY-M01 … YYYY-M12 (or YYYY-5 for a month)",
            value=str(text),
        )
    year = int(m.group(1))
    if not 1990 <= year <= 2100:
        raise PeriodError(f"year {year} is out of range", value=str(text))
    part = m.group(2)
    if not part:
        return Period(year)
    if part[0].isdigit():
        return Period(year, "M", int(part))
    return Period(year, part[0], int(part[1:]))


def period_of(day: date, kind: str) -> Period:
    """Return the period of ``kind`` that contains ``day``."""
    if kind == "Y":
        return Period(day.year)
    if kind == "H":
        return Period(day.year, "H", 1 if day.month <= 6 else 2)
    if kind == "Q":
        return Period(day.year, "Q", (day.month - 1) // 3 + 1)
    if kind == "M":
        return Period(day.year, "M", day.month)
    raise PeriodError(f"unknown period kind {kind!r}", value=kind)


@dataclass(frozen=True)
class ReportingRule:
    """How one kind of report cuts its data (from resources/catalogs/reporting_rules.json).

    ``window`` is ``calendar`` (data inside the period itself, actual figures up to ``actual_until``,
    estimates after it) or ``nd09`` (Nghị định 09/2019: from the 15th of the month before the period
    to the 14th of its last month).
    """

    code: str
    name: str
    period_kind: str
    window: str = "calendar"
    actual_until: str | None = None  # "MM-DD" inside the period's year
    source: str = ""
    certainty: str = ""
    index: int | None = None  # only this period of the kind (the 6-month reports: the first half only)

    def covers(self, period: Period) -> bool:
        """Whether the rule has a report for ``period`` (its kind, and its index when the rule names one)."""
        return self.period_kind == period.kind and (self.index is None or self.index == period.index)


@dataclass(frozen=True)
class DataWindow:
    """The days whose data a report counts: ``start``–``end``, actual figures up to ``actual_end``."""

    start: date
    end: date
    actual_end: date


def data_window(period: Period, rule: ReportingRule | None = None) -> DataWindow:
    """Return the data window of ``period`` under ``rule`` (the plain calendar period when None)."""
    if rule is None or rule.window == "calendar":
        end = period.end
        actual = end
        if rule is not None and rule.actual_until:
            month, day = (int(x) for x in rule.actual_until.split("-"))
            actual = min(end, date(period.year, month, day))
        return DataWindow(period.start, end, actual)
    if rule.window == "nd09":
        if not rule.covers(period) or (period.kind == "H" and period.index == 2):
            # NĐ 09/2019 has a 6-month report (15/12 – 14/6) and a year report, no second-half report
            raise PeriodError(f"{rule.code}: an administrative report has no window for {period.id}; use the year", value=period.id)
        start = (period.start - timedelta(days=1)).replace(day=15)
        last = period.end.replace(day=14)
        return DataWindow(start, last, last)
    raise PeriodError(f"unknown data window {rule.window!r}", value=rule.window)


def statistics_rule(rules: Iterable[ReportingRule], period: Period, made_on: date) -> ReportingRule | None:
    """The statistical reporting rule (``calendar`` window, TT 03/2019 Điều 6) of ``period``'s kind, or None.

    The PBGDPL results this program prints are statistics of the justice sector: NĐ 09/2019 (the 15th–14th
    windows) does not govern statistical reports (its Điều 1.2.a), so only ``calendar`` rules apply. Of the
    rules of the period's kind, a report made after the period has ended takes the one with every figure
    actual (no ``actual_until``: the official year report) when there is one; before that, the one with an
    actual-data cut-off (6-month: to 31/5; year: to 31/10). A period without a rule (quarter, month, the second
    half-year: TT 03/2019 has a 6-month report of 01/01–30/6 only) has none: its window is the plain calendar
    period.
    """
    fitting = [r for r in rules if r.window == "calendar" and r.covers(period)]
    if not fitting:
        return None
    final = [r for r in fitting if not r.actual_until]
    early = [r for r in fitting if r.actual_until]
    if made_on > period.end:
        return (final or early)[0]
    return (early or final)[0]
