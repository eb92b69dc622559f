"""The yearly assessment as stored: answers and result kept together, values from the roster, evidence by hash,
and a catalog update that leaves an assessment made under the older version alone until it is re-scored."""

from __future__ import annotations

import json
from datetime import date

import pytest

from app.core.errors import AppError
from app.core.models import Decision, Reporter, Training
from app.services import assessments as svc
from app.services import criteria
from app.services.logbook import save_reporter
from app.store import assessments as repo
from app.store.attachments import blob_path


def _ttv(ws, name, trained_in=None):
    r = Reporter(kind="ttv", full_name=name, recognition=Decision("1/QĐ-UBND", date(2023, 1, 5), "Chủ tịch UBND xã"))
    if trained_in:
        r.trainings = [Training(date(trained_in, 5, 1), "Kỹ năng PBGDPL", "Sở Tư pháp")]
    save_reporter(ws, r)


def _dump(ws):
    return [list(ws.db.execute(f"SELECT * FROM {t} ORDER BY id")) for t in ("assessments", "assessment_answers")]


def test_trained_share_comes_from_the_roster_and_an_override_needs_a_reason(workspace):
    for i in range(4):
        _ttv(workspace, f"Nguyễn Văn {chr(65 + i)}", 2026 if i < 3 else 2024)
    v = svc.view(workspace, 2026)
    assert v.derived["2.6.3"].value == {"num": 3, "den": 4} and "3/4" in v.derived["2.6.3"].text
    assert v.result.indicator("2.6").rates["2.6.3"] == 75 and v.assessment is None
    before = _dump(workspace)
    with pytest.raises(AppError) as err:
        svc.set_answer(workspace, 2026, "2.6.3", "4/4")
    assert err.value.code == "E-ASSESS-REASON" and _dump(workspace) == before
    v = svc.set_answer(workspace, 2026, "2.6.3", "4/4", reason="Một người tập huấn ở huyện, chưa ghi trong danh sách")
    stored = v.answers["2.6.3"]
    assert stored.value == {"num": 4, "den": 4} and stored.source == "entered" and stored.reason.startswith("Một người")
    assert "3/4" in stored.derived_from and stored.entered_by == "Nguyễn Thị Hường" and stored.entered_at.startswith("2026-11-26")


def test_refused_values_store_nothing(workspace):
    before = _dump(workspace)
    for code, text, error in [("2.2", "11/10", "E-ASSESS-VALUE"), ("9.9", "1", "E-ASSESS-INDICATOR"), ("2.5", "FAX", "E-ASSESS-VALUE")]:
        with pytest.raises(AppError) as err:
            svc.set_answer(workspace, 2026, code, text)
        assert err.value.code == error
    with pytest.raises(AppError) as err:
        svc.view(workspace, 2019)
    assert err.value.code == "E-ASSESS-SET"
    assert _dump(workspace) == before


def test_stored_result_is_what_the_stored_answers_give_and_evidence_is_kept_by_hash(workspace, tmp_path):
    pdf = tmp_path / "bien-ban.pdf"
    pdf.write_bytes(b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")
    svc.set_answer(workspace, 2026, "2.2", "9/10", evidence=pdf)
    v = svc.set_answer(workspace, 2026, "2.1.1", "có")
    assert v.assessment.set_id == "QD27_2025" and v.assessment.set_version == "2026.1"
    assert v.assessment.status == "not_recognised" and v.result.failing[0].about == "2.2"
    assert svc.recompute(workspace, v.assessment).to_dict() == v.assessment.result
    evidence = v.answers["2.2"].evidence[0]
    assert evidence["filename"] == "bien-ban.pdf" and evidence["signatures"] == []
    assert blob_path(workspace.paths.files, evidence["sha256"]).read_bytes() == pdf.read_bytes()
    # derived values the result used are stored with it (the result stays reproducible when the log changes)
    assert all(c in v.answers for c, d in v.derived.items() if d.value is not None)


def _newer_qd25_on_disk(ws) -> None:
    """QĐ 25's set as version 2026.2 with TC2's maximum (30) filled in, kept in the data folder."""
    data = json.loads(json.dumps(dict(criteria.get_set("QD25_2021", "2026.1").data)))
    data["version"] = "2026.2"
    data["criteria"][1]["max_points"] = 30
    folder = criteria.data_folder(ws.paths.data) / "QD25_2021"
    folder.mkdir(parents=True)
    (folder / "2026.2.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def test_catalog_update_keeps_an_old_assessment_until_it_is_rescored(workspace):
    svc.set_answer(workspace, 2024, "DK3", "no")
    old = svc.set_answer(workspace, 2024, "2.1", "4")
    assert "TC2" in {m.about for m in old.result.missing}
    _newer_qd25_on_disk(workspace)
    kept = svc.view(workspace, 2024)
    assert kept.cset.version == "2026.1" and kept.newest_version == "2026.2"
    assert kept.assessment.result == old.assessment.result and kept.assessment.set_version == "2026.1"
    assert svc.view(workspace, 2023).cset.version == "2026.2"  # a new assessment starts under the newest version
    moved = svc.rescore(workspace, 2024)
    assert moved.assessment.set_version == "2026.2" and "TC2" not in {m.about for m in moved.result.missing}
    assert moved.result.criterion("TC2").max_points == 30


def test_upper_scoring_sits_beside_the_commune_self_scoring(workspace, tmp_path):
    from app.paths import AppPaths
    from app.services.read import Scope
    from app.services.setup import initialise
    from app.services.workspace import Workspace

    up = Workspace.open(AppPaths(tmp_path / "upper"))
    initialise(up, "19", "Lê Văn Tám", level="province")
    try:
        with pytest.raises(AppError) as err:
            svc.set_answer(up, 2026, "2.2", "1/1")
        assert err.value.code == "E-USAGE"
        v = svc.set_answer(up, 2026, "2.2", "1/1", unit="05443")
        assert v.scorer == "upper" and v.assessment.meta.owner_unit == "19" and v.assessment.unit_code == "05443"
        assert v.other is not None and v.other.assessment is None
        rows = {r.unit_code: r for r in svc.overview(up, 2026, Scope.under(up))}
        assert (rows["05443"].self_status, rows["05443"].upper_status, rows["05443"].sent) == ("", "incomplete", False)
        assert repo.find(up.db, "19", "05443", 2026, "upper") is not None
    finally:
        up.close()


def test_plan_figures_fill_qd27_indicators_2_4_and_2_6_2(workspace):
    from app.core.plans import Plan, PlanTask
    from app.services.plans import save_plan_with_tasks

    plan = Plan(number="05/KH-UBND", date=date(2026, 1, 10), issuer="UBND phường", title="Kế hoạch PBGDPL năm 2026",
                kind="annual", year_from=2026, year_to=2026, issue_deadline=date(2026, 1, 15))  # fmt: skip
    tasks = [
        PlanTask(content="Tuyên truyền Luật Đất đai", deadline="Quý I năm 2026", state="done", done_date=date(2026, 3, 1), budget=2_000_000),
        PlanTask(content="Ngày Pháp luật", deadline="Quý IV năm 2026", state="open"),
        PlanTask(content="Đối thoại phát sinh", deadline="Quý II năm 2026", state="done", done_date=date(2026, 5, 2), outside_plan=True),
    ]
    save_plan_with_tasks(workspace, plan, tasks)
    v = svc.view(workspace, 2026)
    assert v.derived["2.4.1"].value == {"yes": True} and "đúng hạn" in v.derived["2.4.1"].text
    assert v.derived["2.4.2"].value == {"num": 1, "den": 2} and "05/KH-UBND" in v.derived["2.4.2"].text
    assert v.derived["2.4.3"].value == {"num": 1, "den": 1}
    assert v.derived["2.6.2"].value == {"num": 1, "den": 2} and "đồng" in v.derived["2.6.2"].text
    assert v.result.indicator("2.4").met is False  # half the plan's tasks done
    assert svc.view(workspace, 2025).derived["2.3"].text.startswith("Chưa có kế hoạch PBGDPL hằng năm 2025")


def test_the_province_lists_every_expected_commune_sent_or_not(workspace, tmp_path):
    """The province's list for a year is its list of expected units: a commune that sent nothing is there as
    "not sent"; a unit retired before the year is not; one added by hand is; counts add up."""
    from app.paths import AppPaths
    from app.services import expected_units
    from app.services.read import Scope
    from app.services.setup import initialise
    from app.services.workspace import Workspace

    up = Workspace.open(AppPaths(tmp_path / "upper"))
    initialise(up, "19", "Lê Văn Tám", level="province")
    try:
        expected = [u.code for u in expected_units.list_units(up, include_retired=False)]
        assert len(expected) > 10 and "05443" in expected
        gone = next(c for c in expected if c != "05443")
        expected_units.retire_unit(up, gone, until="2025-12-31")
        svc.set_answer(up, 2026, "2.2", "1/1", unit="05443")  # the province's own scoring of one commune
        rows = svc.overview(up, 2026, Scope.under(up))
        codes = [r.unit_code for r in rows]
        assert gone not in codes and "05443" in codes and len(codes) == len(expected) - 1
        assert all(r.expected for r in rows) and all(r.unit_name for r in rows)
        assert not any(r.sent for r in rows) and all(r.self_status == "" for r in rows)
        mine = next(r for r in rows if r.unit_code == "05443")
        assert mine.status == "incomplete" and not mine.recognised and mine.to_dict()["sent"] is False
        c = svc.counts(rows)
        assert c == {"units": len(rows), "sent": 0, "not_sent": len(rows), "recognised": 0, "not_recognised": 0, "incomplete": 1}
        assert [r.unit_code for r in svc.overview(up, 2026, Scope.unit("05443"))] == ["05443"]
        assert gone in [r.unit_code for r in svc.overview(up, 2025, Scope.under(up))]  # still expected in 2025
        assert svc.overview(up, 2024, Scope.under(up)) == []  # the catalog of these units starts on 1 July 2025
    finally:
        up.close()


def test_a_commune_has_no_expected_list(workspace):
    from app.services.read import Scope

    assert svc.overview(workspace, 2026, Scope.own(workspace)) == []


def test_evidence_alone_keeps_the_answer_and_needs_one(workspace, tmp_path):
    pdf = tmp_path / "quyet-dinh.pdf"
    pdf.write_bytes(b"%PDF-1.4\n%%EOF\n")
    before = _dump(workspace)
    with pytest.raises(AppError) as err:
        svc.set_answer(workspace, 2026, "2.2", None, evidence=pdf)
    assert err.value.code == "E-ASSESS-NO-ANSWER" and _dump(workspace) == before
    svc.set_answer(workspace, 2026, "2.2", "9/10")
    v = svc.set_answer(workspace, 2026, "2.2", None, evidence=pdf)
    a = v.answers["2.2"]
    assert a.value == {"num": 9, "den": 10} and [e["filename"] for e in a.evidence] == ["quyet-dinh.pdf"]
    again = svc.set_answer(workspace, 2026, "2.2", None, evidence=pdf)  # the same file twice is kept once
    assert len(again.answers["2.2"].evidence) == 1


def test_rescore_preview_says_what_changes_and_stores_nothing(workspace):
    svc.set_answer(workspace, 2024, "DK3", "no")
    svc.set_answer(workspace, 2024, "2.1", "4")
    with pytest.raises(AppError):
        svc.rescore_preview(workspace, 2023)  # nothing stored for 2023
    same = svc.rescore_preview(workspace, 2024)
    assert not same.needed and same.changes == []
    _newer_qd25_on_disk(workspace)
    before = _dump(workspace)
    p = svc.rescore_preview(workspace, 2024)
    assert p.needed and (p.old_version, p.new_version) == ("2026.1", "2026.2")
    assert ("TC2", "4/?", "4/30") in p.changes
    assert "TC2" in {m.about for m in p.before.missing} and "TC2" not in {m.about for m in p.after.missing}
    assert _dump(workspace) == before


def test_calendar_reminder_gives_only_the_dates_the_data_has(workspace):
    """QĐ 25 (year 2025, seen in December): the file is due 10/01/2026, the steps without a date stay without one;
    QĐ 27 (2026) has no date in the data: nothing is invented until the officer types one, which is audited."""
    r = svc.reminder(workspace, date(2025, 12, 26))
    assert r.year == 2025 and [(s["code"], s["due"], s["days_left"]) for s in r.dated] == [("FILE", "2026-01-10", 15)]
    assert [s["code"] for s in r.undated] == ["PUBLISH", "OPINIONS", "MEETING"]  # commune steps only, no district
    assert svc.reminder(workspace, date(2026, 1, 20)).dated[0]["days_left"] == -10  # still the 2025 assessment, overdue
    now = svc.reminder(workspace, date(2026, 11, 26))
    assert now.year == 2026 and now.dated == [] and [s["code"] for s in now.undated] == ["SELF", "FILE"]
    before = _dump(workspace)
    for step, when in [("NOPE", "2027-01-15"), ("FILE", "31/02/2027")]:
        with pytest.raises(AppError) as err:
            svc.set_calendar_date(workspace, 2026, step, when)
        assert err.value.code == "E-USAGE"
    assert _dump(workspace) == before and svc.CALENDAR_SETTING not in workspace.settings
    steps = svc.set_calendar_date(workspace, 2026, "FILE", "15/01/2027")
    assert next(s for s in steps if s["code"] == "FILE") == {**next(s for s in steps if s["code"] == "FILE"), "due": "2027-01-15", "origin": "local"}
    assert svc.reminder(workspace, date(2026, 11, 26)).dated[0]["days_left"] == 50
    assert svc.view(workspace, 2026).calendar[1]["due"] == "2027-01-15"
    assert svc.calendar_of(workspace, 2025)[3]["origin"] == "set"  # another year is untouched
    rows = list(workspace.db.execute("SELECT action, record_id FROM audit_log WHERE action = 'assessment-calendar'"))
    assert rows == [("assessment-calendar", "QD27_2025/2026/FILE")]
    svc.set_calendar_date(workspace, 2026, "FILE", "")
    assert svc.reminder(workspace, date(2026, 11, 26)).dated == []
