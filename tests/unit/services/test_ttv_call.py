"""The September call for tuyên truyền viên (TT 10/2016 Điều 5): register, eligible list, the recognition decision
(PDF read with pdftotext), and the time limits as reminders with working days."""

from __future__ import annotations

import subprocess
from datetime import date

import pytest

from app.commands import run_job
from app.core import facts
from app.core.errors import UsageError
from app.core.models import Decision
from app.core.periods import parse_period
from app.services import printing, read, ttv_call

from tests.unit.reports.report_helpers import need_tool

DECISION = Decision("45/QĐ-UBND", date(2026, 10, 6), "Chủ tịch UBND xã")


@pytest.fixture
def call(workspace):
    ws = workspace
    a = ttv_call.register(ws, 2026, "Lương Thị Thu", date(2026, 9, 8), gender="nu", birth_year=1985, area="Thôn Bản Chang", proposer="Ban công tác Mặt trận thôn")
    b = ttv_call.register(ws, 2026, "Hoàng Văn Dũng", date(2026, 9, 10), gender="nam", birth_year=1979, area="Thôn Nà Tắm")
    c = ttv_call.register(ws, 2026, "Nông Văn Kiên", date(2026, 9, 12), gender="nam", birth_year=1990, area="Thôn Khuổi Ly")
    ttv_call.set_eligibility(ws, a.id, True)
    ttv_call.set_eligibility(ws, b.id, True)
    ttv_call.set_eligibility(ws, c.id, False, "Chưa đủ uy tín trong cộng đồng dân cư theo ý kiến của thôn")
    return ws, a, b, c


def test_register_eligible_list_and_recognition(call):
    ws, a, b, c = call
    assert [v.full_name for v in ttv_call.volunteers(ws, 2026)] == ["Lương Thị Thu", "Hoàng Văn Dũng", "Nông Văn Kiên"]
    assert [v.id for v in ttv_call.eligible(ws, 2026)] == [a.id, b.id]
    made = ttv_call.recognise(ws, 2026, DECISION)
    assert {r.full_name for r in made} == {"Lương Thị Thu", "Hoàng Văn Dũng"}
    people = {r.full_name: r for r in read.reporters(ws, read.Scope.own(ws))}
    assert people["Lương Thị Thu"].kind == "ttv" and people["Lương Thị Thu"].recognition == DECISION
    assert facts.is_assignable(people["Hoàng Văn Dũng"], date(2026, 11, 1)) and "Nông Văn Kiên" not in people
    assert ttv_call.eligible(ws, 2026) == []  # once recognised they leave the eligible list
    with pytest.raises(UsageError):
        ttv_call.recognise(ws, 2026, DECISION)  # nobody left


def test_the_decision_names_those_recognised(call, tmp_path):
    ws, *_ = call
    with pytest.raises(UsageError):
        run_job(printing.produce(ws, printing.ReportRequest("ttv-decision", parse_period("2026"))))
    ttv_call.recognise(ws, 2026, DECISION)
    out = run_job(printing.produce(ws, printing.ReportRequest("ttv-decision", parse_period("2026"), invariant=True)))
    path = tmp_path / "qd.pdf"
    path.write_bytes(out.data)
    text = " ".join(subprocess.run([need_tool("pdftotext"), str(path), "-"], capture_output=True, check=True).stdout.decode().split())
    assert "QUYẾT ĐỊNH" in text and "Về việc công nhận tuyên truyền viên pháp luật năm 2026" in text
    assert "Số: 45/QĐ-UBND" in text and "ngày 06 tháng 10 năm 2026" in text
    assert "Điều 1. Công nhận 2 ông (bà)" in text
    assert "Lương Thị Thu" in text and "Hoàng Văn Dũng" in text and "Nông Văn Kiên" not in text
    assert "Thông tư số 10/2016/TT-BTP" in text


@pytest.mark.parametrize("call_args, field", [
    ((2026, "  ", date(2026, 9, 8)), "full_name"),
    ((1990, "A", date(2026, 9, 8)), "year"),
    ((2026, "A", date(2027, 1, 8)), "registered_on"),
])  # fmt: skip
def test_bad_registrations_are_refused_and_nothing_stored(workspace, call_args, field):
    with pytest.raises(UsageError) as err:
        ttv_call.register(workspace, *call_args)
    assert err.value.details["field"] == field
    assert ttv_call.volunteers(workspace, 2026) == []


def test_refusals_without_reason_and_decisions_without_number(call):
    ws, a, *_ = call
    with pytest.raises(UsageError):
        ttv_call.set_eligibility(ws, a.id, False, " ")
    with pytest.raises(UsageError):
        ttv_call.recognise(ws, 2026, Decision("", date(2026, 10, 6)))
    assert read.reporters(ws, read.Scope.own(ws)) == []


def test_time_limits_are_reminders_in_working_days(workspace):
    assert ttv_call.add_working_days(date(2026, 10, 2), 5) == date(2026, 10, 9)  # Friday + 5 working days
    due = {r.code: r for r in ttv_call.reminders(workspace, date(2026, 9, 3), proposal=date(2026, 10, 2))}
    assert due["TTV_CALL"].law_item == "Thông tư 10/2016/TT-BTP Điều 5 khoản 2"
    assert due["TTV_DECISION"].due == date(2026, 10, 9) and due["TTV_LEAVE"].due == date(2026, 10, 7)
    assert due["BCV_MISSING"].due == date(2026, 10, 6)
    assert "TTV_CALL" not in {r.code for r in ttv_call.reminders(workspace, date(2026, 11, 3))}
