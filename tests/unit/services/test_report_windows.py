"""Report windows follow reporting_rules.json (TT 03/2019 Điều 6: calendar periods with an actual-data cut-off);
NĐ 09/2019's 15th–14th windows are for administrative reports, which it says exclude statistics."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from app.core.catalogs import reporting_rules
from app.core.errors import PeriodError
from app.core.models import Activity
from app.core.periods import ReportingRule, data_window, parse_period, statistics_rule
from app.services import logbook
from app.services.printing import build_summary, compute_period_tables
from app.services.catalogs import load_catalogs

RULES = list(reporting_rules(load_catalogs().reporting_rules).values())


@pytest.mark.parametrize(
    ("period", "made_on", "code"),
    [
        ("2026-H1", date(2026, 6, 10), "TK_6T"),
        ("2026-H1", date(2026, 8, 1), "TK_6T"),  # the 6-month report always has actual data to 31/5
        ("2026", date(2026, 11, 26), "TK_NAM"),  # before the year ends: actual to 31/10
        ("2026", date(2027, 1, 20), "TK_NAM_CT"),  # after it: the official report, all actual
        ("2026-Q3", date(2026, 10, 1), None),
        ("2026-M05", date(2026, 6, 1), None),
    ],
)
def test_the_statistics_rule_of_a_period(period, made_on, code):
    rule = statistics_rule(RULES, parse_period(period), made_on)
    assert (rule.code if rule else None) == code


def test_nd09_has_no_second_half_year_window():
    rule = ReportingRule("HC_6T", "6 tháng", "H", "nd09")
    assert data_window(parse_period("2026-H1"), rule).start == date(2025, 12, 15)
    with pytest.raises(PeriodError):
        data_window(parse_period("2026-H2"), rule)


def _summary_intro(ws, period: str) -> str:
    return build_summary(ws, parse_period(period)).intro[0]


def test_the_summary_states_the_actual_data_cut_off_of_the_rule(workspace):
    # the workspace's clock is 26/11/2026: the 2026 year report is the preliminary one (actual to 31/10)
    assert "(số liệu từ ngày 01/01/2026 đến ngày 31/12/2026, trong đó số liệu thực tế đến ngày 31/10/2026)" in _summary_intro(workspace, "2026")
    assert "đến ngày 30/06/2026, trong đó số liệu thực tế đến ngày 31/05/2026)" in _summary_intro(workspace, "2026-H1")
    assert "(số liệu từ ngày 01/07/2026 đến ngày 30/09/2026) như sau" in _summary_intro(workspace, "2026-Q3")
    # after the year: the official report, every figure actual
    assert "(số liệu từ ngày 01/01/2025 đến ngày 31/12/2025) như sau" in _summary_intro(workspace, "2025")


def test_the_rule_is_data(workspace):
    logbook.save_activity(workspace, Activity(date=date(2026, 6, 20), title="Hội nghị", forms=["TRUC_TIEP"], participants=10))
    cats = workspace.catalogs
    rules = cats.reporting_rules
    edited = tuple(
        replace(e, extra={**e.extra, "actual_until": "04-30"}) if e.code == "TK_6T" else e for e in rules.entries
    )
    workspace.catalogs = replace(cats, reporting_rules=replace(rules, entries=edited))
    assert "trong đó số liệu thực tế đến ngày 30/04/2026" in _summary_intro(workspace, "2026-H1")
    # the window itself stays the calendar period: June's activity is counted
    main = next(t for t in compute_period_tables(workspace, parse_period("2026-H1")) if t.code == "ket_qua_chung")
    assert main.value("tt_cuoc", 2) == 1
