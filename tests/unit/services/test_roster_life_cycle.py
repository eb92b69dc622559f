"""Roster life cycle: the district báo cáo viên after 1 July 2025, suspension (TT 10/2016 Điều 8.1.e), who may be
assigned; the roster PDF states each in words."""

from __future__ import annotations

from datetime import date

import pytest

from app.commands import run_job
from app.core import facts
from app.core.errors import UsageError
from app.core.models import Activity, Decision, Reporter
from app.core.periods import parse_period
from app.services import logbook, printing, read
from app.services import roster
from app.store import reporters as reporter_repo

from tests.unit.reports.report_helpers import pdf_text

REC = Decision("12/QĐ-UBND", date(2023, 4, 10), "Chủ tịch UBND huyện Phú Bình")


@pytest.fixture
def people(workspace):
    ws = workspace
    district = Reporter(kind="bcv", full_name="Dương Văn Quang", level="huyen", recognition=REC)
    province = Reporter(kind="bcv", full_name="Hà Thị Lan", level="tinh", recognition=Decision("3/QĐ-UBND", date(2022, 1, 5)))
    ttv = Reporter(kind="ttv", full_name="Ma Văn Sinh", recognition=Decision("8/QĐ-UBND", date(2024, 2, 1)))
    for r in (district, province, ttv):
        logbook.save_reporter(ws, r)
    logbook.save_activity(ws, Activity(date=date(2025, 3, 2), title="Hội nghị", forms=["TRUC_TIEP"], reporter_ids=[district.id]))
    return ws, district, province, ttv


def _roster_pdf(ws, period: str) -> str:
    out = run_job(printing.produce(ws, printing.ReportRequest("roster", parse_period(period), invariant=True)))
    return " ".join(" ".join(pdf_text(out.data)).split())


def test_a_district_bcv_is_not_active_from_1_july_2025_and_is_offered_for_review(people):
    ws, district, province, ttv = people
    scope = read.Scope.own(ws)
    assert [r.id for r in roster.district_reporters(ws, scope)] == [district.id]
    assert [r.id for r in roster.district_reporters(ws, scope, date(2025, 6, 30))] == []
    assert district.id not in {r.id for r in roster.assignable(ws, scope)}
    text = _roster_pdf(ws, "2026")
    assert "I. BÁO CÁO VIÊN PHÁP LUẬT (1 đang hoạt động, 0 đã miễn nhiệm/thôi, 1 cấp huyện đã kết thúc)" in text
    assert "Báo cáo viên cấp huyện, không còn hoạt động từ 01/07/2025 (chờ rà soát)" in text
    assert "(2 đang hoạt động" in _roster_pdf(ws, "2025-H1")  # before the district level ended


def test_recognised_again_as_commune_ttv_keeping_history_and_activities(people):
    ws, district, _, _ = people
    stats_before = read.reporter_stats(ws, read.Scope.own(ws))[district.id]
    again = roster.recognise_again(ws, district.id, "ttv", Decision("45/QĐ-UBND", date(2025, 9, 15), "Chủ tịch UBND xã"))
    stored = reporter_repo.get_reporter(ws.db, district.id)
    assert (stored.kind, stored.level, stored.recognition.number) == ("ttv", "", "45/QĐ-UBND")
    assert "báo cáo viên pháp luật cấp huyện, quyết định công nhận số 12/QĐ-UBND ngày 10/04/2023" in stored.notes
    assert facts.reporter_state(stored, ws.today()) == facts.ACTIVE and again.id == district.id
    assert read.reporter_stats(ws, read.Scope.own(ws))[district.id] == stats_before
    assert stored.meta.rev == 2  # a revision: the audit log keeps the former role


def test_recognised_again_as_provincial_bcv(people):
    ws, district, _, _ = people
    roster.recognise_again(ws, district.id, "bcv", Decision("900/QĐ-UBND", date(2025, 10, 1), "Chủ tịch UBND tỉnh"))
    assert reporter_repo.get_reporter(ws.db, district.id).level == "tinh"


@pytest.mark.parametrize("kind, decision", [("xx", Decision("1/QĐ", date(2025, 9, 1))), ("ttv", Decision("1/QĐ")), ("ttv", Decision(date=date(2025, 9, 1)))])
def test_recognise_again_refuses_bad_input_and_stores_nothing(people, kind, decision):
    ws, district, province, _ = people
    with pytest.raises(UsageError):
        roster.recognise_again(ws, district.id, kind, decision)
    with pytest.raises(UsageError):
        roster.recognise_again(ws, province.id, "ttv", Decision("1/QĐ", date(2025, 9, 1)))  # not a district BCV
    assert reporter_repo.get_reporter(ws.db, district.id).meta.rev == 1


def test_a_suspended_reporter_is_not_assigned_nor_dismissed(people):
    ws, _, province, ttv = people
    scope = read.Scope.own(ws)
    with pytest.raises(UsageError):
        roster.suspend(ws, ttv.id, date(2026, 5, 1), "  ")
    assert reporter_repo.get_reporter(ws.db, ttv.id).meta.rev == 1
    roster.suspend(ws, ttv.id, date(2026, 5, 1), "Bị khởi tố vụ án hình sự ngày 28/04/2026")
    assert ttv.id not in {r.id for r in roster.assignable(ws, scope)}
    stored = reporter_repo.get_reporter(ws.db, ttv.id)
    assert facts.reporter_state(stored, ws.today()) == facts.SUSPENDED and stored.dismissal.is_empty()
    assert [r.id for r in read.reporters(ws, scope, status="suspended")] == [ttv.id]
    text = _roster_pdf(ws, "2026")
    assert "Tạm không phân công từ 01/05/2026 (Điều 8 khoản 1 điểm e Thông tư 10/2016/TT-BTP)" in text
    assert "II. TUYÊN TRUYỀN VIÊN PHÁP LUẬT (0 đang hoạt động, 0 đã miễn nhiệm/thôi, 1 tạm không phân công)" in text
    roster.end_suspension(ws, ttv.id, date(2026, 8, 1))
    assert ttv.id in {r.id for r in roster.assignable(ws, scope)}
    with pytest.raises(UsageError):
        roster.end_suspension(ws, province.id, date(2026, 8, 1))
