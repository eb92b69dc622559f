"""The roster's review: no activity in 12 months, báo cáo viên with 3 refusals or more, incomplete details, review
flags, the district báo cáo viên, suspensions; the review report the chairman acts on (PDF read with pdftotext)."""

from __future__ import annotations

import subprocess
from datetime import date

import pytest

from app.commands import run_job
from app.core.models import Activity, Decision, Reporter
from app.core.periods import parse_period
from app.services import logbook, printing, read, roster
from app.services.demo import create_demo

from tests.unit.reports.report_helpers import need_tool, pdf_text

REC = Decision("12/QĐ-UBND", date(2024, 3, 1), "Chủ tịch UBND xã")


def _person(ws, **fields):
    base = {"kind": "ttv", "gender": "nu", "area": "Thôn Na Hoàng", "recognition": REC}
    r = Reporter(**{**base, **fields})
    logbook.save_reporter(ws, r)
    return r


@pytest.fixture
def cases(workspace):
    ws = workspace
    busy = _person(ws, full_name="Hà Thị Bận")
    idle = _person(ws, full_name="Lục Văn Nhàn", gender="nam")
    new = _person(ws, full_name="Mới Công Nhận", recognition=Decision("30/QĐ-UBND", date(2026, 6, 1), "Chủ tịch UBND xã"))
    refuser = _person(ws, full_name="Tô Văn Từ", kind="bcv", level="tinh", organisation="Công an xã", refusals=3)
    incomplete = _person(ws, full_name="Thiếu Thông Tin", gender="", area="", recognition=Decision())
    flagged = _person(ws, full_name="Đề Nghị Rà", review_flag="KHONG_HOAT_DONG")
    logbook.save_activity(ws, Activity(date=date(2026, 10, 2), title="Hội nghị", forms=["TRUC_TIEP"], reporter_ids=[busy.id, refuser.id, flagged.id]))
    logbook.save_activity(ws, Activity(date=date(2025, 8, 2), title="Hội nghị cũ", forms=["TRUC_TIEP"], reporter_ids=[idle.id]))
    return ws, {"busy": busy, "idle": idle, "new": new, "refuser": refuser, "incomplete": incomplete, "flagged": flagged}


def test_review_rules(cases):
    ws, p = cases
    items = roster.review(ws, read.Scope.own(ws))
    found = {(i.full_name, i.rule) for i in items}
    assert found == {
        ("Lục Văn Nhàn", "inactive"), ("Tô Văn Từ", "refusals"), ("Thiếu Thông Tin", "incomplete"),
        ("Thiếu Thông Tin", "inactive"), ("Đề Nghị Rà", "flag"),
    }  # fmt: skip  # the busy one and the one recognised this year are not listed
    by = {(i.full_name, i.rule): i for i in items}
    assert "hoạt động gần nhất ngày 02/08/2025" in by[("Lục Văn Nhàn", "inactive")].finding
    assert "Điều 6 khoản 1 điểm a" in by[("Lục Văn Nhàn", "inactive")].proposal
    assert "Điều 4 khoản 1 điểm d" in by[("Tô Văn Từ", "refusals")].proposal
    assert "số, ngày quyết định công nhận, giới tính, địa bàn phụ trách" in by[("Thiếu Thông Tin", "incomplete")].finding
    assert [i.rule for i in items] == sorted((i.rule for i in items), key=roster.REVIEW_RULES.index)


def _pdftotext(data: bytes, tmp_path) -> str:
    path = tmp_path / "ra-soat.pdf"
    path.write_bytes(data)
    done = subprocess.run([need_tool("pdftotext"), str(path), "-"], capture_output=True, check=True)
    return " ".join(done.stdout.decode("utf-8").split())


def test_review_report_pdf_lists_each_case_with_its_legal_ground(cases, tmp_path):
    ws, _ = cases
    out = run_job(printing.produce(ws, printing.ReportRequest("roster-review", parse_period("2026"), invariant=True)))
    text = _pdftotext(out.data, tmp_path)
    assert "KẾT QUẢ RÀ SOÁT BÁO CÁO VIÊN PHÁP LUẬT, TUYÊN TRUYỀN VIÊN PHÁP LUẬT" in text.upper()
    assert "có 4 người cần xem xét (5 nội dung)" in text
    assert "TỪ CHỐI PHÂN CÔNG TỪ 03 LẦN TRỞ LÊN (1)" in text
    assert "Lục Văn Nhàn (Tuyên truyền viên)" in text and "Ý kiến của Chủ tịch" in text
    assert "Hà Thị Bận" not in text
    xlsx = run_job(printing.produce(ws, printing.ReportRequest("roster-review", parse_period("2026"), fmt="xlsx")))
    from io import BytesIO

    from openpyxl import load_workbook

    sheet = load_workbook(BytesIO(xlsx.data)).active
    values = [c.value for row in sheet.iter_rows() for c in row if c.value]
    assert "Không có hoạt động trong 12 tháng" in values


def test_review_on_demo_data(workspace):
    ws = workspace
    run_job(create_demo(ws, seed=1))
    items = roster.review(ws, read.Scope.own(ws))
    assert {i.rule for i in items} <= set(roster.REVIEW_RULES)
    district = [i for i in items if i.rule == "district"]
    assert len(district) == 1 and "cấp tỉnh hoặc tuyên truyền viên pháp luật cấp xã" in district[0].proposal
    active = {r.id for r in roster.assignable(ws, read.Scope.own(ws))}
    stats = read.reporter_stats(ws, read.Scope.own(ws))
    for i in items:
        if i.rule == "inactive":  # every one listed is active and has no activity in the 12 months before today
            last = stats.get(i.reporter_id, (0, None))[1]
            assert i.reporter_id in active and (last is None or (ws.today() - date.fromisoformat(last)).days > 365)


def test_an_empty_review_says_so(workspace):
    from app.services.setup import initialise  # noqa: F401 - the workspace fixture is set up already

    out = run_job(printing.produce(workspace, printing.ReportRequest("roster-review", parse_period("2026"), invariant=True)))
    assert "Không có báo cáo viên, tuyên truyền viên pháp luật nào cần xem xét." in " ".join(" ".join(pdf_text(out.data)).split())
