"""The record kind registry: lookups, payload keys, and the structural checks a kind owns."""

from __future__ import annotations

import pytest

from app.core.kinds import ACTIVITIES, ATTACHMENTS, KINDS, NAMES, REPORTERS, TRAININGS, kind
from app.core.models import Activity, Attachment, Reporter
from app.core.records import activity_payload, attachment_payload, reporter_payload


def test_kinds_in_bundle_apply_order_and_lookup():
    assert NAMES == ("reporters", "activities", "attachments", "plans", "plan_tasks", "assessments", "assessment_answers", "trainings")
    assert KINDS[:3] == (REPORTERS, ACTIVITIES, ATTACHMENTS)
    assert all(k.since_version > 1 for k in KINDS[3:]), "kinds added after format 1 declare their version"
    assert all(kind(k.name) is k for k in KINDS)
    assert [k.since_version for k in KINDS] == [1, 1, 1, 3, 3, 3, 3, 3]  # plans, tasks, assessments, trainings travel only when a bundle has some
    assert KINDS[-1] is TRAININGS
    with pytest.raises(KeyError):
        kind("budgets")


def test_payload_keys_are_the_payload_functions_fields():
    assert ACTIVITIES.payload_keys == frozenset(activity_payload(Activity()))
    assert REPORTERS.payload_keys == frozenset(reporter_payload(Reporter()))
    assert ATTACHMENTS.payload_keys == frozenset(attachment_payload(Attachment()))


def test_parent_and_references():
    assert ATTACHMENTS.parent is not None and (ATTACHMENTS.parent.kind, ATTACHMENTS.parent.field) == ("activities", "activity_id")
    assert ACTIVITIES.parent is None and ACTIVITIES.references == {"reporter_ids": "reporters"}
    assert ACTIVITIES.period_field == "date" and REPORTERS.period_field is None and ATTACHMENTS.period_field is None


GOOD = {"activity_id": "a1", "sha256": "0" * 64, "filename": "ảnh.jpg", "size": 3, "mime": "image/jpeg"}


@pytest.mark.parametrize(
    "change, reason",
    [
        ({"sha256": "A" * 64}, "sha256 must be 64 lower-case hex digits"),
        ({"activity_id": "../x"}, "activity_id is not a record id"),
        ({"filename": "  "}, "the file name is missing"),
        ({"size": -1}, "size must be a whole number ≥ 0"),
        ({"size": True}, "size must be a whole number ≥ 0"),
        ({"mime": None}, "mime must be text"),
    ],
)
def test_attachment_structural_checks_belong_to_the_kind(change, reason):
    assert ATTACHMENTS.check is not None
    assert ATTACHMENTS.check(GOOD) is None
    assert ATTACHMENTS.check({**GOOD, **change}) == reason


def test_normalise_round_trips_through_the_payload_functions():
    a = Activity(title="  Tuyên truyền  ", forms=["LOA"])
    p = activity_payload(a)
    assert ACTIVITIES.normalise(a.id, {**p, "participants": "12"})["participants"] == 12
    assert ATTACHMENTS.normalise("x", {**GOOD, "size": "3", "mime": None}) == {**GOOD, "mime": ""}
