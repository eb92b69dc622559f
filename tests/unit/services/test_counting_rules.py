"""Counting as the law counts (forms 2026.2, report_tables 2026.2) and the move of existing data.

Ngày Pháp luật is an occasion, not a form (Luật PBGDPL Điều 8; NĐ 28/2013 Điều 6.2): a contest held for it is
counted once, as a contest. A "cuộc phổ biến pháp luật trực tiếp" has many participants (TT 10/2017): advice to
one person or an ordinary citizen reception is not a session unless the officer also ticks a direct form.
"""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

import pytest

from app.core.models import Activity
from app.core.periods import parse_period
from app.paths import migrations_dir
from app.services import logbook, printing
from app.services.catalog_moves import NGAY_PL_MARKER, apply_pending
from app.store import activities as activity_repo
from app.store import audit
from app.store import settings as settings_repo


@pytest.fixture
def catalogs():
    from app.services.catalogs import load_catalogs

    return load_catalogs()


def act(day: int, title: str, forms: list[str], participants: int, materials: int = 0) -> Activity:
    return Activity(date=date(2026, 11, day), title=title, forms=forms, participants=participants, materials=materials,
                    target_groups=["NHAN_DAN"])  # fmt: skip


def main_table(ws):
    tables = {t.code: t for t in printing.compute_period_tables(ws, parse_period("2026"))}
    return tables["ket_qua_chung"], tables["theo_hinh_thuc"]


def test_a_ngay_phap_luat_contest_is_counted_once_and_one_person_is_not_a_session(workspace):
    for a in (
        act(9, "Hội thi tìm hiểu pháp luật hưởng ứng Ngày Pháp luật", ["THI", "NGAY_PL"], 200),
        act(10, "Tư vấn pháp luật cho một người dân", ["TU_VAN"], 1),
        act(11, "Tiếp công dân định kỳ kết hợp phổ biến pháp luật", ["DOI_THOAI"], 1),
        act(12, "Đối thoại với Nhân dân về Luật Đất đai", ["DOI_THOAI", "TRUC_TIEP"], 60),  # the officer says so
        act(13, "Sinh hoạt Câu lạc bộ pháp luật tổ dân phố", ["CLB_PL"], 25),
        act(14, "Đăng tải tài liệu trên trang thông tin điện tử", ["DIEN_TU"], 0, materials=4),
        act(15, "Phát tờ gấp", ["TAI_LIEU"], 0, materials=100),
    ):
        logbook.save_activity(workspace, a)
    main, forms = main_table(workspace)
    assert main.value("tt_cuoc", 2) == 2 and main.value("tt_nguoi", 2) == 85  # the dialogue meeting and the club
    assert main.value("thi_cuoc", 2) == 1 and main.value("thi_nguoi", 2) == 200
    assert main.value("ngay_pl", 2) == 1
    assert main.value("tai_lieu", 2) == 104 and main.value("tai_lieu_internet", 2) == 4
    assert "NGAY_PL" not in forms.row_codes and forms.value("CLB_PL") == 1
    assert forms.value("total") == 7


def test_internal_rows_are_marked_on_the_printed_summary(workspace, tmp_path):
    from app.commands import run_job

    logbook.save_activity(workspace, act(9, "Hội thi hưởng ứng Ngày Pháp luật", ["THI", "NGAY_PL"], 200))
    out = run_job(printing.produce(workspace, printing.ReportRequest("summary", parse_period("2026"), invariant=True)))
    pdftotext = __import__("shutil").which("pdftotext")
    if pdftotext is None:
        pytest.skip("pdftotext is not installed (apt-get install poppler-utils)")
    path = tmp_path / "summary.pdf"
    path.write_bytes(out.data)
    text = " ".join(subprocess.run([pdftotext, str(path), "-"], capture_output=True, text=True, check=True).stdout.split())
    for s in ("Trong đó: nữ (*)", "Trong đó: tài liệu đăng tải trên Internet", "Kinh phí đã sử dụng (*)",
              "(*) Chỉ tiêu theo dõi nội bộ, không có trong biểu mẫu thống kê chính thức.",
              "0 cuộc phổ biến pháp luật trực tiếp", "1 cuộc thi tìm hiểu pháp luật với 200 lượt người dự thi"):  # fmt: skip
        assert s in text, s


def test_existing_ngay_phap_luat_activities_move_once_as_audited_revisions(workspace):
    alone = act(9, "Mít tinh hưởng ứng Ngày Pháp luật", ["NGAY_PL"], 150)
    contest = act(9, "Hội thi hưởng ứng Ngày Pháp luật", ["THI", "NGAY_PL"], 80)
    for a in (alone, contest):
        logbook.save_activity(workspace, a)
    before = main_table(workspace)[0].value("tt_cuoc", 2)
    assert before == 0  # logged under 2026.1, not yet moved: the occasion alone is no session
    # What migration 0007 does to a database written before it: it announces the move.
    sql = next(p for p in sorted(Path(migrations_dir()).glob("*_ngay_phap_luat_occasion.sql"))).read_text(encoding="utf-8")
    workspace.db.execute("".join(line for line in sql.splitlines(True) if not line.startswith("--")))
    assert settings_repo.get_setting(workspace.db, NGAY_PL_MARKER) == "1"
    assert apply_pending(workspace) == 1
    moved = activity_repo.get_activity(workspace.db, alone.id)
    assert moved.forms == ["TRUC_TIEP", "NGAY_PL"] and moved.meta.rev == 2  # travels upward again
    assert activity_repo.get_activity(workspace.db, contest.id).forms == ["THI", "NGAY_PL"]
    assert main_table(workspace)[0].value("tt_cuoc", 2) == 1  # counted as before, through its form
    entries = audit.entries(workspace.db, alone.id)
    assert entries[0]["source"] == "catalog:forms-2026.2" and audit.verify_chain(workspace.db) is None
    assert apply_pending(workspace) == 0 and settings_repo.get_setting(workspace.db, NGAY_PL_MARKER) is None


def test_another_units_records_are_not_moved(workspace):
    from dataclasses import replace

    from app.core.records import activity_payload
    from app.store import records

    other = act(9, "Ngày Pháp luật của xã khác", ["NGAY_PL"], 90)
    ctx = replace(workspace.write_context("bundle:test"), unit="02104")  # a record received from another unit
    with workspace.db.atomic():
        records.save_payload(workspace.db, "activities", other.id, activity_payload(other), ctx)
    settings_repo.set_settings(workspace.db, {NGAY_PL_MARKER: "1"})
    assert apply_pending(workspace) == 0
    assert activity_repo.get_activity(workspace.db, other.id).forms == ["NGAY_PL"]


def test_target_groups_and_citations_in_the_laws_words(catalogs):
    groups = catalogs.target_groups
    article17 = groups.get("DTTS_VUNG_KHO")
    assert "biên giới, ven biển, hải đảo, vùng có điều kiện kinh tế - xã hội đặc biệt khó khăn và ngư dân" in article17.name
    assert groups.match("ngư dân").code == "DTTS_VUNG_KHO" and groups.match("hải đảo").code == "DTTS_VUNG_KHO"
    assert "người đang bị áp dụng biện pháp đưa vào trường giáo dưỡng" in groups.get("CHAP_HANH_AN").name
    assert "tại xã, phường, thị trấn (nay là xã, phường, đặc khu)" in groups.get("GIAO_DUC_TAI_XA").name
    assert groups.get("HOC_SINH").get("law_item") == "Chương II Mục 3"
    grounds = catalogs.dismissal_grounds
    assert [grounds.get(c).get("law_items")["ttv"] for c in ("TU_NGUYEN", "VI_PHAM_CAM", "BI_KET_AN", "MAT_NANG_LUC")] == [
        f"Thông tư 10/2016/TT-BTP Điều 6 khoản 1 điểm {p}" for p in "abcd"]  # fmt: skip
    forms = catalogs.forms
    assert forms.get("NGAY_PL").get("occasion") and not forms.get("NGAY_PL").get("direct")
    assert forms.match("câu lạc bộ pháp luật").code == "CLB_PL"
    # the previous versions stay known: a bundle written under 2026.1 is checked against 2026.1
    assert {"2026.1", "2026.2"} <= set(catalogs.known_versions("forms"))
    old, _notes = catalogs.for_versions({"forms": "2026.1"})
    assert old.forms.get("NGAY_PL").get("direct") is True


def test_the_demo_logs_ngay_phap_luat_as_an_occasion_beside_a_form():
    """New demo data follows catalog forms 2026.2 as the move does for stored data: no activity has the occasion
    as its only form code (a newcomer's first log never shows Ngày Pháp luật as a form)."""
    from datetime import date

    from app.core.demo_data import generate_activities

    acts = list(generate_activities(1, "05443", [], 600, date(2025, 1, 1), date(2026, 11, 30)))
    occasion = [a for a in acts if "NGAY_PL" in a.forms]
    assert occasion and all(set(a.forms) - {"NGAY_PL"} for a in occasion)
