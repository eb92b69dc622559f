"""Dismissal only on the closed legal lists of TT 10/2016 (Điều 4.1 a–g báo cáo viên, Điều 6.1 a–d tuyên truyền
viên); "Không hoạt động" and "Lý do khác" are review flags on which no decision is recorded."""

from datetime import date

import pytest

from app.core.models import Decision, Reporter
from app.core.records import reporter_from_payload, reporter_payload
from app.core.roster import REVIEW_FLAGS, ground_citation, legal_grounds
from app.core.rules import validate_reporter
from app.core.tabular_rows import RowContext, build_reporter
from app.services.catalogs import load_catalogs

TODAY = date(2026, 11, 26)
DECISION = Decision("7/QĐ-UBND", date(2025, 3, 1), "Chủ tịch UBND xã")


@pytest.fixture(scope="module")
def catalogs():
    return load_catalogs()


def codes(problems):
    return {(p.field, p.code) for p in problems}


def test_the_grounds_are_the_closed_lists_cited_to_the_point(catalogs):
    bcv = [ground_citation(e, "bcv").rsplit("điểm ", 1)[1] for e in legal_grounds(catalogs.dismissal_grounds, "bcv")]
    ttv = [ground_citation(e, "ttv").rsplit("điểm ", 1)[1] for e in legal_grounds(catalogs.dismissal_grounds, "ttv")]
    assert bcv == ["a", "b", "c", "d", "đ", "e", "g"]
    assert ttv == ["a", "b", "c", "d"]
    for e in legal_grounds(catalogs.dismissal_grounds, "ttv"):
        assert ground_citation(e, "ttv").startswith("Thông tư 10/2016/TT-BTP Điều 6 khoản 1")
    for e in legal_grounds(catalogs.dismissal_grounds, "bcv"):
        assert ground_citation(e, "bcv").startswith("Thông tư 10/2016/TT-BTP Điều 4 khoản 1")
    assert not set(REVIEW_FLAGS) & set(catalogs.dismissal_grounds.codes())
    # a stored code of the old version still has its label (history/dismissal_grounds/2026.1.json)
    assert catalogs.dismissal_grounds.label("KHONG_HOAT_DONG").startswith("Không hoạt động")


@pytest.mark.parametrize("flag", sorted(REVIEW_FLAGS))
def test_no_decision_is_recorded_on_a_review_flag(catalogs, flag):
    as_ground = Reporter(kind="ttv", full_name="A", dismissal=DECISION, dismissal_ground=flag)
    assert ("dismissal_ground", "not-legal") in codes(validate_reporter(as_ground, catalogs, TODAY, recording=True))
    new = Reporter(kind="ttv", full_name="A", dismissal=DECISION, review_flag=flag)
    assert ("dismissal_ground", "required") in codes(validate_reporter(new, catalogs, TODAY, None, recording=True))
    # a flag without a decision is what a review flag is for
    assert validate_reporter(Reporter(kind="ttv", full_name="A", review_flag=flag), catalogs, TODAY, recording=True) == []


def test_a_migrated_decision_is_kept_but_cannot_be_changed_without_a_legal_ground(catalogs):
    stored = Reporter(kind="ttv", full_name="A", dismissal=DECISION, review_flag="KHONG_HOAT_DONG", dismissal_reason="Không tham gia")
    assert validate_reporter(stored, catalogs, TODAY) == []  # as a bundle or the store reads it
    edited = Reporter(**{**stored.__dict__, "notes": "đã gặp"})
    assert validate_reporter(edited, catalogs, TODAY, stored, recording=True) == []  # other fields may change
    changed = Reporter(**{**stored.__dict__, "dismissal": Decision("8/QĐ-UBND", date(2025, 4, 1), "Chủ tịch UBND xã")})
    assert ("dismissal_ground", "required") in codes(validate_reporter(changed, catalogs, TODAY, stored, recording=True))
    legal = Reporter(**{**changed.__dict__, "dismissal_ground": "TU_NGUYEN"})
    assert validate_reporter(legal, catalogs, TODAY, stored, recording=True) == []


def test_grounds_of_the_other_role_are_refused(catalogs):
    ttv = Reporter(kind="ttv", full_name="A", dismissal=DECISION, dismissal_ground="TU_CHOI_3_LAN")  # Điều 4.1.d: BCV only
    assert ("dismissal_ground", "wrong-kind") in codes(validate_reporter(ttv, catalogs, TODAY, recording=True))


@pytest.mark.parametrize("flag", sorted(REVIEW_FLAGS))
def test_an_older_programs_payload_becomes_a_review_flag_keeping_the_decision(flag):
    payload = reporter_payload(Reporter(kind="ttv", full_name="A", dismissal=DECISION, dismissal_ground=flag, dismissal_reason="lý do ghi"))
    for key in ("level", "review_flag", "suspended_from", "suspended_until", "suspension_reason", "id_number"):
        payload.pop(key)
    payload["dismissal_ground"] = flag
    r = reporter_from_payload("x", payload)
    assert (r.review_flag, r.dismissal_ground, r.dismissal, r.dismissal_reason) == (flag, "", DECISION, "lý do ghi")


@pytest.mark.parametrize("text", ["Không hoạt động", "khong hoat dong", "Lý do khác"])
def test_a_spreadsheet_row_on_a_review_flag_is_refused_with_the_reason(catalogs, text):
    cells = {"full_name": "Lò Văn Páo", "kind": "TTV", "dismissal": "30/QĐ-UBND, 01/06/2026", "dismissal_ground": text}
    row = build_reporter(4, cells, {"dismissal_ground": "Lý do"}, RowContext(catalogs, TODAY, {}, {}))
    assert [(p.column, p.code) for p in row.problems] == [("Lý do", "not-legal")]
