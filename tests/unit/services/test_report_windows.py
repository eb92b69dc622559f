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
RULES_BY_CODE = {r.code: r for r in RULES}


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
    assert ("(số liệu từ ngày 01/01/2026 đến ngày 31/12/2026, trong đó số liệu thực tế đến ngày 31/10/2026, từ ngày "
            "01/11/2026 đến hết kỳ là số liệu ước tính; theo kỳ báo cáo thống kê năm, Thông tư 03/2019/TT-BTP Điều 6 "
            "khoản 1) như sau") in _summary_intro(workspace, "2026")  # fmt: skip
    assert "đến ngày 30/06/2026, trong đó số liệu thực tế đến ngày 31/05/2026, từ ngày 01/06/2026" in _summary_intro(workspace, "2026-H1")
    assert "(số liệu từ ngày 01/07/2026 đến ngày 30/09/2026) như sau" in _summary_intro(workspace, "2026-Q3")
    # after the year: the official report, every figure actual
    assert ("(số liệu từ ngày 01/01/2025 đến ngày 31/12/2025; theo kỳ báo cáo thống kê năm chính thức, Thông tư "
            "03/2019/TT-BTP Điều 6 khoản 1) như sau") in _summary_intro(workspace, "2025")  # fmt: skip


def test_a_report_dated_mid_period_says_what_date_its_data_reaches(workspace):
    # 26/11/2026, inside the quarter and the second half-year: the data reach the day the report is made
    intro = _summary_intro(workspace, "2026-Q4")
    assert "(số liệu từ ngày 01/10/2026 đến ngày 31/12/2026, số liệu thực tế đến ngày lập báo cáo 26/11/2026) như sau" in intro
    # a 6-month report made before 31/5 never claims actual data to a later day
    early = RULES_BY_CODE["TK_6T"]
    from app.services.printing import cut_off_text

    text = cut_off_text(data_window(parse_period("2026-H1"), early), early, date(2026, 4, 20))
    assert "số liệu thực tế đến ngày 20/04/2026, từ ngày 21/04/2026 đến hết kỳ là số liệu ước tính" in text
    assert "31/05/2026" not in text


def test_there_is_no_invented_second_half_year_report():
    # TT 03/2019 has a 6-month statistical report of 01/01–30/6 only; NĐ 09/2019 a 6-month report 15/12–14/6 only
    assert statistics_rule(RULES, parse_period("2026-H2"), date(2026, 11, 26)) is None
    with pytest.raises(PeriodError):
        data_window(parse_period("2026-H2"), RULES_BY_CODE["HC_6T"])
    assert data_window(parse_period("2026-H1"), RULES_BY_CODE["HC_6T"]).start == date(2025, 12, 15)


def test_the_rules_cite_the_justice_sectors_circulars():
    assert {RULES_BY_CODE[c].source for c in ("TK_6T", "TK_NAM", "TK_NAM_CT")} == {"Thông tư 03/2019/TT-BTP Điều 6 khoản 1"}
    assert all(RULES_BY_CODE[c].source.startswith("Thông tư 12/2019/TT-BTP") for c in ("HC_NAM", "HC_6T", "HC_QUY"))
    assert "TT 03/2019 (mẫu cũ" in load_catalogs().reporting_rules.get("TK_NAM").get("model")


def test_the_rule_is_data(workspace):
    logbook.save_activity(workspace, Activity(date=date(2026, 6, 20), title="Hội nghị", forms=["TRUC_TIEP"], participants=10))
    cats = workspace.catalogs
    rules = cats.reporting_rules
    edited = tuple(
        replace(e, extra={**e.extra, "actual_until": "04-30"}) if e.code == "TK_6T" else e for e in rules.entries
    )
    workspace.catalogs = replace(cats, reporting_rules=replace(rules, entries=edited))
    assert "trong đó số liệu thực tế đến ngày 30/04/2026, từ ngày 01/05/2026" in _summary_intro(workspace, "2026-H1")
    # the window itself stays the calendar period: June's activity is counted
    main = next(t for t in compute_period_tables(workspace, parse_period("2026-H1")) if t.code == "ket_qua_chung")
    assert main.value("tt_cuoc", 2) == 1
