"""Validation rules of activities and reporters, with the shipped catalogs."""

from datetime import date

import pytest

from app.core.models import Activity, Decision, Reporter, Training
from app.core.rules import validate_activity, validate_reporter
from app.services.catalogs import load_catalogs

TODAY = date(2026, 11, 26)


@pytest.fixture(scope="module")
def catalogs():
    return load_catalogs()


def good_activity(**changes):
    a = Activity(date=date(2026, 11, 9), title="Hưởng ứng Ngày Pháp luật", forms=["NGAY_PL"], participants=120, women=70, ethnic_minority=30)
    for k, v in changes.items():
        setattr(a, k, v)
    return a


def codes(problems):
    return {(p.field, p.code) for p in problems}


def test_a_good_activity_passes(catalogs):
    assert validate_activity(good_activity(), catalogs, TODAY) == []


@pytest.mark.parametrize(
    "changes, expected",
    [
        ({"date": date(2026, 11, 27)}, ("date", "future")),
        ({"date": None}, ("date", "required")),
        ({"forms": []}, ("forms", "required")),
        ({"forms": ["NOPE"]}, ("forms", "unknown")),
        ({"target_groups": ["NOPE"]}, ("target_groups", "unknown")),
        ({"women": 121}, ("women", "exceeds-participants")),
        ({"ethnic_minority": 200}, ("ethnic_minority", "exceeds-participants")),
        ({"cost": -1}, ("cost", "negative")),
        ({"participants": -5, "women": 0, "ethnic_minority": 0}, ("participants", "negative")),
        ({"title": "", "topics": []}, ("title", "required")),
    ],
)
def test_each_broken_rule_is_named(catalogs, changes, expected):
    assert expected in codes(validate_activity(good_activity(**changes), catalogs, TODAY))


def test_women_and_minorities_may_overlap(catalogs):
    a = good_activity(participants=50, women=50, ethnic_minority=50)
    assert validate_activity(a, catalogs, TODAY) == []


def test_reporter_rules(catalogs):
    r = Reporter(full_name="Hoàng Thị Lan", kind="ttv", recognition=Decision("05/QĐ-UBND", date(2024, 9, 20)))
    assert validate_reporter(r, catalogs, TODAY) == []
    r.dismissal = Decision("09/QĐ-UBND", date(2024, 1, 1))
    found = codes(validate_reporter(r, catalogs, TODAY))
    assert ("dismissal.date", "before-recognition") in found
    assert ("dismissal_ground", "required") in found
    r.dismissal = Decision("09/QĐ-UBND", date(2025, 3, 1))
    r.dismissal_ground = "TU_CHOI_3_LAN"  # a BCV-only ground
    assert ("dismissal_ground", "wrong-kind") in codes(validate_reporter(r, catalogs, TODAY))
    r.dismissal_ground = "TU_NGUYEN"
    assert validate_reporter(r, catalogs, TODAY) == []
    assert not r.is_active(TODAY) and r.is_active(date(2025, 1, 1))


def test_reporter_needs_name_and_plausible_data(catalogs):
    r = Reporter(full_name="", kind="xyz", birth_date=date(2020, 1, 1), phone="abc", trainings=[Training(date(2027, 1, 1), "")])
    found = codes(validate_reporter(r, catalogs, TODAY))
    assert {("full_name", "required"), ("kind", "unknown"), ("birth_date", "implausible"), ("phone", "invalid"),
            ("trainings[0].date", "future"), ("trainings[0].title", "required")} <= found
