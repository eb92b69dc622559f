"""Working days for the law's time limits: Monday to Friday less the public holidays (Bộ luật Lao động 2019
Điều 112), with the day off in lieu of a holiday that falls on a weekly rest day (khoản 3) and the working days
swapped by an announcement.

The holidays are data (resources/catalogs/public_holidays.json, see its "source"): the solar-calendar ones every
year, and per year the lunar-calendar and announced ones. A year without its own list counts only the solar ones;
:meth:`HolidayCalendar.covers` says so, and the reminders ask the officer to check.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, Iterable, Mapping


@dataclass(frozen=True)
class HolidayCalendar:
    """The days off and swapped working days the catalog names."""

    fixed: tuple[tuple[int, int, str], ...] = ()  # (month, day, name), every year
    listed: Mapping[date, str] = field(default_factory=dict)  # per-year days off, by date
    workdays: frozenset[date] = frozenset()  # a weekend day worked in exchange for a day off
    years: frozenset[int] = frozenset()  # the years with their own list
    weekly_rest: frozenset[int] = frozenset({5, 6})  # date.weekday(): Saturday, Sunday
    notes: Mapping[int, str] = field(default_factory=dict)
    _by_year: dict[int, dict[date, str]] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def from_data(cls, data: Mapping[str, Any], more: Iterable[Mapping[str, Any]] = ()) -> "HolidayCalendar":
        """Build from the decoded catalog; each of ``more`` (an officer's own file) replaces the years it lists.

        Raises:
            ValueError: a date that is not ISO (yyyy-mm-dd), a day of another year than its entry's, or a
                fixed holiday that is not a day of the year.
        """
        years: dict[str, Mapping[str, Any]] = dict(data.get("years") or {})
        for extra in more:
            years.update(extra.get("years") or {})
        fixed = tuple((int(f["month"]), int(f["day"]), str(f.get("name", ""))) for f in data.get("fixed") or [])
        for month, day, _ in fixed:
            date(2024, month, day)  # raises ValueError for 31/4 and the like
        listed: dict[date, str] = {}
        worked: set[date] = set()
        notes: dict[int, str] = {}
        for key, entry in years.items():
            year = int(key)
            for item in entry.get("days") or []:
                listed[_day_of(item["date"], year)] = str(item.get("name", ""))
            worked.update(_day_of(d, year) for d in entry.get("workdays") or [])
            if entry.get("note"):
                notes[year] = str(entry["note"])
        rest = frozenset(int(d) for d in data.get("weekly_rest", (5, 6)))
        return cls(fixed, listed, frozenset(worked), frozenset(int(y) for y in years), rest, notes)

    def covers(self, year: int) -> bool:
        """Whether ``year`` has its own list (Tết, Giỗ Tổ…); without it only the solar holidays count."""
        return year in self.years

    def holiday(self, day: date) -> str:
        """The holiday's name when ``day`` is one (or the day off in lieu of one), else ""."""
        if day.year not in self._by_year:
            self._by_year[day.year] = _days_off(self, day.year)
        return self._by_year[day.year].get(day, "")

    def is_working_day(self, day: date) -> bool:
        if day in self.workdays:
            return True
        return day.weekday() not in self.weekly_rest and not self.holiday(day)

    def add_working_days(self, start: date, days: int) -> date:
        """``start`` plus ``days`` working days (the day of ``start`` does not count)."""
        day = start
        while days > 0:
            day += timedelta(days=1)
            if self.is_working_day(day):
                days -= 1
        return day


def _day_of(text: str, year: int) -> date:
    day = date.fromisoformat(str(text))
    if day.year != year:
        raise ValueError(f"{text} is listed under the year {year}")
    return day


def _days_off(calendar: HolidayCalendar, year: int) -> dict[date, str]:
    """The holidays of ``year`` and the days off in lieu of those on a weekly rest day (the next working day)."""
    days = {date(year, m, d): name for m, d, name in calendar.fixed}
    days.update({d: name for d, name in calendar.listed.items() if d.year == year})
    for day, name in sorted(days.copy().items()):
        if day.weekday() in calendar.weekly_rest and day not in calendar.workdays:
            lieu = day + timedelta(days=1)
            while lieu.weekday() in calendar.weekly_rest or lieu in days:
                lieu += timedelta(days=1)
            days[lieu] = f"Nghỉ bù {name}"
    return days
