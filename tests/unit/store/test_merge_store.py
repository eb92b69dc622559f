"""Store side of bundles: imported records keep their owner and revision; revisions only go up; conflicts once."""

import sqlite3

import pytest

from app.store import activities, merge

REC = {
    "id": "b3f1c2d4-0000-4000-8000-000000000001",
    "owner": "05443",
    "rev": 2,
    "base_rev": 1,
    "rev_by": "inst-commune",
    "deleted": False,
    "created_at": "2026-03-01T08:00:00+07:00",
    "updated_at": "2026-03-02T08:00:00+07:00",
    "payload": {
        "date": "2026-03-01", "title": "Tuyên truyền", "forms": ["LOA"], "topics": [], "place": "Tổ 1",
        "target_groups": [], "extra_groups": [], "participants": 5, "women": 1, "ethnic_minority": 0, "materials": 0,
        "reporter_ids": ["r-1", "r-2"], "cost": 0, "organiser": "", "notes": "",
    },
}  # fmt: skip


def test_insert_keeps_owner_revision_and_times(workspace):
    db = workspace.db
    with db.atomic():
        merge.insert_records(db, "activities", [REC])
    a = activities.get_activity(db, REC["id"])
    assert (a.meta.owner_unit, a.meta.rev, a.meta.base_rev, a.meta.rev_by) == ("05443", 2, 1, "inst-commune")
    assert a.meta.created_at == REC["created_at"] and a.title == "Tuyên truyền"
    assert activities.query_ids(db, activities.ActivityFilter(reporter_id="r-2")) == [REC["id"]]
    assert merge.stored_records(db, "activities", [REC["id"], "nope"])[REC["id"]] == REC


def test_update_needs_a_higher_revision(workspace):
    db = workspace.db
    with db.atomic():
        merge.insert_records(db, "activities", [REC])
    newer = {**REC, "rev": 3, "base_rev": 2, "payload": {**REC["payload"], "reporter_ids": ["r-3"]}}
    with db.atomic():
        merge.update_records(db, "activities", [newer])
    assert activities.query_ids(db, activities.ActivityFilter(reporter_id="r-1")) == []
    assert activities.query_ids(db, activities.ActivityFilter(reporter_id="r-3")) == [REC["id"]]
    with pytest.raises(sqlite3.DatabaseError, match="revision must increase"):
        with db.atomic():
            merge.update_records(db, "activities", [REC])


def test_owned_records_of_a_period(workspace):
    db = workspace.db
    other = {**REC, "id": "b3f1c2d4-0000-4000-8000-000000000002", "owner": "05533"}
    late = {**REC, "id": "b3f1c2d4-0000-4000-8000-000000000003", "payload": {**REC["payload"], "date": "2027-01-01"}}
    with db.atomic():
        merge.insert_records(db, "activities", [REC, other, late])
    got = merge.owned_records(db, "05443", "2026-01-01", "2026-12-31")
    assert [r["id"] for r in got["activities"]] == [REC["id"]]


def test_a_conflict_version_is_listed_once(workspace):
    db = workspace.db
    row = {
        "table_name": "activities", "record_id": REC["id"], "owner_unit": "05443", "stored_rev": 2, "incoming_rev": 2,
        "incoming_base_rev": 1, "incoming_rev_by": "b", "incoming_deleted": 0, "incoming_hash": "h", "incoming": REC,
        "reason": "r", "bundle_id": "x", "detected_at": "2026-12-01T00:00:00+07:00",
    }  # fmt: skip
    with db.atomic():
        assert merge.add_conflict(db, row) is True
        assert merge.add_conflict(db, {**row, "bundle_id": "y"}) is False
    [c] = merge.list_conflicts(db)
    assert c["incoming"] == REC and merge.count_open_conflicts(db) == 1
    with pytest.raises(sqlite3.DatabaseError, match="never removed"):
        db.execute("DELETE FROM merge_conflicts")
