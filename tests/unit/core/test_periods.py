"""Periods as data and the data windows of reporting rules."""

from datetime import date

import pytest

from app.core.errors import PeriodError
from app.core.periods import Period, ReportingRule, data_window, parse_period, period_of


@pytest.mark.parametrize(
    "text, start, end",
    [
        ("2026", date(2026, 1, 1), date(2026, 12, 31)),
        ("2026-h2", date(2026, 7, 1), date(2026, 12, 31)),
        ("2026-Q1", date(2026, 1, 1), date(2026, 3, 31)),
        ("2024-M02", date(2024, 2, 1), date(2024, 2, 29)),
        ("2026-5", date(2026, 5, 1), date(2026, 5, 31)),  # a month as people write it
        ("2026-05", date(2026, 5, 1), date(2026, 5, 31)),
        ("2026-m5", date(2026, 5, 1), date(2026, 5, 31)),
        ("2026-12", date(2026, 12, 1), date(2026, 12, 31)),
    ],
)
def test_parse_period_gives_calendar_bounds(text, start, end):
    p = parse_period(text)
    assert (p.start, p.end) == (start, end)
    assert parse_period(p.id) == p


@pytest.mark.parametrize("text", ["", "26", "2026-Q5", "2026-M13", "2026-H3", "năm 2026", "1800", "2026-13", "2026-0", "2026/05", "05/2026"])
def test_bad_period_is_refused(text):
    with pytest.raises(PeriodError):
        parse_period(text)


def test_period_of_and_labels():
    assert period_of(date(2026, 8, 9), "Q") == Period(2026, "Q", 3)
    assert Period(2026, "H", 1).label_vi() == "6 tháng đầu năm 2026"
    assert Period(2026, "Q", 4).label_vi() == "Quý IV năm 2026"


def test_statistics_six_month_window_has_actual_data_to_31_may():
    rule = ReportingRule("TK_6T", "6 tháng", "H", "calendar", "05-31")
    w = data_window(parse_period("2026-H1"), rule)
    assert (w.start, w.end, w.actual_end) == (date(2026, 1, 1), date(2026, 6, 30), date(2026, 5, 31))


def test_nd09_annual_window_runs_15_december_to_14_december():
    rule = ReportingRule("HC_NAM", "năm", "Y", "nd09")
    w = data_window(parse_period("2026"), rule)
    assert (w.start, w.end) == (date(2025, 12, 15), date(2026, 12, 14))
    assert w.start <= date(2025, 12, 20) <= w.end and not w.start <= date(2026, 12, 20) <= w.end
