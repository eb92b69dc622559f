"""Public holidays in the law's time limits (issue 16): the holidays are data (resources/catalogs/public_holidays.json,
and the data folder's own file for a year's announced days); a working-day limit skips them and the day off in lieu
of one on a weekend; a year without its list is said in the reminder."""

from __future__ import annotations

import json
from datetime import date

import pytest

from app.core.errors import FileFormatError
from app.core.holidays import HolidayCalendar
from app.paths import resource_path
from app.services import ttv_call

SHIPPED = json.loads(resource_path("catalogs", "public_holidays.json").read_text(encoding="utf-8"))


def test_the_catalog_is_versioned_and_cites_the_labour_code():
    assert SHIPPED["catalog"] == "public_holidays" and SHIPPED["version"]
    assert "Bộ luật Lao động 2019 Điều 112" in SHIPPED["source"]
    assert {(f["month"], f["day"]) for f in SHIPPED["fixed"]} == {(1, 1), (4, 30), (5, 1), (9, 2)}


@pytest.mark.parametrize(
    "start, days, due, why",
    [
        (date(2026, 10, 2), 5, date(2026, 10, 9), "no holiday: Friday + 5 working days"),
        (date(2026, 4, 28), 3, date(2026, 5, 5), "30/4 and 1/5 (Thursday, Friday) are skipped"),
        (date(2026, 4, 24), 1, date(2026, 4, 28), "Giỗ Tổ on Sunday 26/4: Monday 27/4 off in lieu"),
        (date(2026, 2, 13), 5, date(2026, 2, 27), "Tết Bính Ngọ: 16–20/2 off"),
        (date(2026, 8, 31), 3, date(2026, 9, 4), "Quốc khánh 2/9 (Wednesday)"),
        (date(2025, 8, 29), 1, date(2025, 9, 3), "Quốc khánh 2025: Monday 1/9 and Tuesday 2/9 off"),
    ],
)  # fmt: skip
def test_working_days_skip_the_public_holidays(start, days, due, why):
    assert ttv_call.add_working_days(start, days) == due, why


def test_a_day_off_swapped_for_a_weekend_day_counts_that_weekend_day():
    data = {**SHIPPED, "years": {"2027": {"days": [{"date": "2027-02-05", "name": "Tết"}], "workdays": ["2027-02-13"]}}}
    calendar = HolidayCalendar.from_data(data)
    assert not calendar.is_working_day(date(2027, 2, 5)) and calendar.is_working_day(date(2027, 2, 13))
    assert calendar.covers(2027) and not calendar.covers(2028)
    assert calendar.holiday(date(2027, 5, 3)) == "Nghỉ bù Ngày Quốc tế lao động"  # 1/5/2027 is a Saturday


def test_the_data_folders_file_adds_a_year_and_the_reminder_stops_warning(workspace):
    ws = workspace
    due = {r.code: r for r in ttv_call.reminders(ws, date(2027, 2, 1), proposal=date(2027, 2, 3))}
    assert due["TTV_DECISION"].due == date(2027, 2, 10) and "năm 2027" in due["TTV_DECISION"].note  # Tết 2027 not listed
    own = ws.paths.data / "catalogs" / "public_holidays.json"
    own.parent.mkdir(parents=True, exist_ok=True)
    tet = [{"date": f"2027-02-{d:02d}", "name": "Tết Nguyên đán Đinh Mùi"} for d in (5, 8, 9, 10, 11)]
    own.write_text(json.dumps({"years": {"2027": {"days": tet, "workdays": []}}}), encoding="utf-8")
    due = {r.code: r for r in ttv_call.reminders(ws, date(2027, 2, 1), proposal=date(2027, 2, 3))}
    assert due["TTV_DECISION"].due == date(2027, 2, 17) and due["TTV_DECISION"].note == ""  # 4, 12, 15, 16, 17 Feb
    assert ttv_call.holiday_calendar(ws).covers(2026)  # the shipped years stay


def test_a_broken_holidays_file_is_a_clear_error(workspace):
    own = workspace.paths.data / "catalogs" / "public_holidays.json"
    own.parent.mkdir(parents=True, exist_ok=True)
    own.write_text(json.dumps({"years": {"2027": {"days": [{"date": "05/02/2027"}]}}}), encoding="utf-8")
    with pytest.raises(FileFormatError, match="public_holidays.json is not valid"):
        ttv_call.reminders(workspace, date(2027, 2, 1), proposal=date(2027, 2, 3))
    own.write_text("{", encoding="utf-8")
    with pytest.raises(FileFormatError, match="cannot be read"):
        ttv_call.holiday_calendar(workspace)
