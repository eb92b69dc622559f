"""One rule per fact: a reporter's state at a date, direct sessions, priority target groups."""

from __future__ import annotations

from datetime import date

import pytest

from app.core import facts
from app.core.models import Activity, Decision, Reporter
from app.services.catalogs import load_catalogs

ON = date(2026, 6, 30)


@pytest.fixture(scope="module")
def catalogs():
    return load_catalogs()

# (name, recognition, dismissal, state on ON)
CASES = [
    ("no dates", Decision("05/QĐ-UBND"), Decision(), facts.ACTIVE),
    ("nothing at all", Decision(), Decision(), facts.ACTIVE),
    ("dismissal number only", Decision("05/QĐ-UBND", date(2024, 1, 2)), Decision("7/QĐ-UBND"), facts.DISMISSED),
    ("dismissal authority only", Decision("05/QĐ-UBND", date(2024, 1, 2)), Decision(authority="Chủ tịch UBND"), facts.DISMISSED),
    ("dismissal dated after ON", Decision("05/QĐ-UBND", date(2024, 1, 2)), Decision("7/QĐ-UBND", date(2026, 7, 1)), facts.ACTIVE),
    ("dismissal dated ON", Decision("05/QĐ-UBND", date(2024, 1, 2)), Decision("7/QĐ-UBND", ON), facts.DISMISSED),
    ("dismissal dated before ON", Decision("05/QĐ-UBND", date(2024, 1, 2)), Decision("7/QĐ-UBND", date(2025, 3, 1)), facts.DISMISSED),
    ("recognised after ON", Decision("05/QĐ-UBND", date(2026, 7, 1)), Decision(), facts.NOT_YET),
    ("recognised ON", Decision("05/QĐ-UBND", ON), Decision(), facts.ACTIVE),
    ("recognised after ON, undated dismissal", Decision("05/QĐ-UBND", date(2026, 8, 1)), Decision("9/QĐ-UBND"), facts.NOT_YET),
]


def reporter(recognition: Decision, dismissal: Decision, name: str = "Đặng Văn Lợi", **extra) -> Reporter:
    return Reporter(kind=extra.pop("kind", "ttv"), full_name=name, recognition=recognition, dismissal=dismissal,
                    dismissal_ground="TU_NGUYEN" if not dismissal.is_empty() else "", **extra)  # fmt: skip


REC = Decision("05/QĐ-UBND", date(2024, 1, 2))
# (name, recognition, dismissal, other fields, state on ON): levels and suspension (TT 10/2016 Điều 2, Điều 8.1.e)
LIFE_CASES = [
    ("district BCV after 1/7/2025", REC, Decision(), {"kind": "bcv", "level": "huyen"}, facts.LEVEL_ENDED),
    ("provincial BCV", REC, Decision(), {"kind": "bcv", "level": "tinh"}, facts.ACTIVE),
    ("district BCV dismissed", REC, Decision("8/QĐ", date(2025, 1, 5)), {"kind": "bcv", "level": "huyen"}, facts.DISMISSED),
    ("suspended, open", REC, Decision(), {"suspended_from": date(2026, 3, 1)}, facts.SUSPENDED),
    ("suspended from ON", REC, Decision(), {"suspended_from": ON}, facts.SUSPENDED),
    ("suspension ended ON", REC, Decision(), {"suspended_from": date(2026, 3, 1), "suspended_until": ON}, facts.ACTIVE),
    ("suspended after ON", REC, Decision(), {"suspended_from": date(2026, 7, 1)}, facts.ACTIVE),
    ("suspended then dismissed", REC, Decision("9/QĐ", date(2026, 5, 1)), {"suspended_from": date(2026, 3, 1)}, facts.DISMISSED),
    ("suspended district BCV", REC, Decision(), {"kind": "bcv", "level": "huyen", "suspended_from": date(2026, 3, 1)}, facts.LEVEL_ENDED),
]


@pytest.mark.parametrize("name,recognition,dismissal,extra,state", LIFE_CASES, ids=[c[0] for c in LIFE_CASES])
def test_levels_and_suspension(name, recognition, dismissal, extra, state):
    r = reporter(recognition, dismissal, **dict(extra))
    assert facts.reporter_state(r, ON) == state
    assert facts.is_assignable(r, ON) is (state == facts.ACTIVE) is r.is_active(ON)


def test_a_district_bcv_was_active_before_1_july_2025():
    r = reporter(REC, Decision(), kind="bcv", level="huyen")
    assert facts.reporter_state(r, date(2025, 6, 30)) == facts.ACTIVE
    assert facts.reporter_state(r, date(2025, 7, 1)) == facts.LEVEL_ENDED


@pytest.mark.parametrize("name,recognition,dismissal,state", CASES, ids=[c[0] for c in CASES])
def test_reporter_state_on_a_date(name, recognition, dismissal, state):
    r = reporter(recognition, dismissal)
    assert facts.reporter_state(r, ON) == state
    assert r.state(ON) == state
    assert r.is_active(ON) is (state == facts.ACTIVE) is facts.is_active(r, ON)


def test_a_dismissal_without_a_date_is_in_force_today():
    r = reporter(Decision("05/QĐ-UBND", date(2024, 1, 2)), Decision("7/QĐ-UBND"))
    assert r.status == "dismissed" and not r.is_active(date.today())
    assert reporter(Decision("05/QĐ-UBND", date(2024, 1, 2)), Decision()).status == "active"


def test_direct_sessions_come_from_the_forms_catalog(catalogs):
    direct = facts.direct_form_codes(catalogs)
    assert direct == {e.code for e in catalogs.forms.entries if e.get("direct")}
    assert {"TRUC_TIEP", "TAP_HUAN", "CLB_PL"} <= direct and not {"TAI_LIEU", "NGAY_PL", "DOI_THOAI", "TU_VAN"} & direct
    # Ngày Pháp luật is an occasion: a contest held for it is a contest, not also a direct session
    assert not facts.is_direct_session(Activity(forms=["THI", "NGAY_PL"]), catalogs)
    assert facts.is_direct_session(Activity(forms=["TRUC_TIEP", "NGAY_PL"]), catalogs)
    assert not facts.is_direct_session(Activity(forms=["TAI_LIEU", "THI"]), catalogs)
    assert facts.form_codes_with(catalogs.forms, "contest") == {"THI"}


def test_priority_groups_come_from_the_target_groups_catalog(catalogs):
    priority = facts.priority_group_codes(catalogs)
    assert list(priority) == [e.code for e in catalogs.target_groups.entries if e.get("priority")]
    assert "KHUYET_TAT" in priority and "NHAN_DAN" not in priority
    assert facts.reaches_priority_group(["NHAN_DAN", "KHUYET_TAT"], catalogs)
    assert not facts.reaches_priority_group(["NHAN_DAN"], catalogs)
