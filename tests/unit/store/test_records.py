"""Shared records: revisions, tombstones, one writer, the audit chain."""

import sqlite3
from datetime import date

import pytest

from app.core.errors import ValidationError
from app.core.models import Activity, Reporter
from app.store import activities, audit, reporters
from app.store.audit import WriteContext


def ctx(unit="05443", installation="inst-1", now="2026-11-26T09:30:00+07:00"):
    return WriteContext(installation=installation, actor="Nguyễn Thị Hường", unit=unit, now=now)


def make_activity(**kw):
    base = dict(date=date(2026, 3, 8), title="Tuyên truyền Luật Bình đẳng giới", forms=["TRUC_TIEP"], place="Tổ dân phố số 3", participants=40, women=30)
    base.update(kw)
    return Activity(**base)


def test_create_update_unchanged_count_revisions(workspace):
    db = workspace.db
    a = make_activity()
    with db.atomic():
        assert activities.save_activity(db, a, ctx()).outcome == "created"
    a.participants = 45
    with db.atomic():
        r = activities.save_activity(db, a, ctx(installation="inst-2"))
    assert (r.outcome, r.rev) == ("updated", 2)
    with db.atomic():
        assert activities.save_activity(db, a, ctx()).outcome == "unchanged"
    stored = activities.get_activity(db, a.id)
    assert (stored.meta.rev, stored.meta.base_rev, stored.meta.rev_by) == (2, 1, "inst-2")
    assert stored.participants == 45


def test_delete_is_a_tombstone_with_a_new_revision(workspace):
    db = workspace.db
    a = make_activity()
    with db.atomic():
        activities.save_activity(db, a, ctx())
        activities.delete_activity(db, a.id, ctx(), "nhập trùng")
    stored = activities.get_activity(db, a.id)
    assert stored.meta.deleted and stored.meta.rev == 2
    assert activities.query_ids(db, activities.ActivityFilter()) == []
    assert activities.query_ids(db, activities.ActivityFilter(include_deleted=True)) == [a.id]
    with pytest.raises(sqlite3.DatabaseError, match="never removed"):
        db.execute("DELETE FROM activities WHERE id = ?", [a.id])
    with pytest.raises(ValidationError):
        with db.atomic():
            activities.save_activity(db, a, ctx())


def test_only_the_owner_may_change_a_record(workspace):
    db = workspace.db
    a = make_activity()
    with db.atomic():
        activities.save_activity(db, a, ctx())
    a.title = "đổi bởi đơn vị khác"
    with pytest.raises(ValidationError):
        with db.atomic():
            activities.save_activity(db, a, ctx(unit="05455"))
    assert activities.get_activity(db, a.id).title == "Tuyên truyền Luật Bình đẳng giới"


def test_revision_must_count_up(workspace):
    db = workspace.db
    a = make_activity()
    with db.atomic():
        activities.save_activity(db, a, ctx())
    with pytest.raises(sqlite3.DatabaseError, match="revision must increase"):
        db.execute("UPDATE activities SET title = 'x' WHERE id = ?", [a.id])


def test_audit_log_is_append_only_and_chained(workspace):
    db = workspace.db
    a = make_activity()
    with db.atomic():
        activities.save_activity(db, a, ctx())
    a.cost = 500_000
    with db.atomic():
        activities.save_activity(db, a, ctx())
    entries = audit.entries(db, a.id)
    assert [e["action"] for e in entries] == ["update", "create"]
    assert '"cost": [0, 500000]' in entries[0]["changes"]
    assert audit.verify_chain(db) is None
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        db.execute("UPDATE audit_log SET actor = 'x'")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        db.execute("DELETE FROM audit_log")


def test_search_ignores_accents_and_filters_in_sql(workspace):
    db = workspace.db
    r = Reporter(full_name="Nguyễn Thị Hường", kind="ttv")
    with db.atomic():
        reporters.save_reporter(db, r, ctx())
        activities.save_activity(db, make_activity(reporter_ids=[r.id], target_groups=["PHU_NU"]), ctx())
        activities.save_activity(db, make_activity(title="Phát thanh Luật Đất đai", forms=["LOA"], date=date(2025, 5, 1)), ctx())
    F = activities.ActivityFilter
    assert len(activities.query_ids(db, F(text="BINH DANG gioi"))) == 1
    assert len(activities.query_ids(db, F(text="luat"))) == 2
    assert len(activities.query_ids(db, F(form="LOA"))) == 1
    assert len(activities.query_ids(db, F(target_group="PHU_NU"))) == 1
    assert len(activities.query_ids(db, F(reporter_id=r.id))) == 1
    assert len(activities.query_ids(db, F(start=date(2026, 1, 1), end=date(2026, 12, 31)))) == 1
    assert len(activities.query_ids(db, F(text="100%_"))) == 0
    assert activities.totals(db, F())["participants"] == 80
    assert reporters.activity_stats(db)[r.id] == (1, "2026-03-08")
    assert [x.full_name for x in reporters.iter_reporters(db, reporters.ReporterFilter(text="nguyen thi huong"))] == ["Nguyễn Thị Hường"]


def test_roster_lists_in_vietnamese_name_order(workspace):
    db = workspace.db
    with db.atomic():
        for name in ["Nguyễn Thị Hường", "Trần Văn An", "Lê Thị Ánh", "Đỗ Thị Ân"]:
            reporters.save_reporter(db, Reporter(full_name=name), ctx())
    names = [r.full_name for r in reporters.iter_reporters(db)]
    assert names == ["Trần Văn An", "Lê Thị Ánh", "Đỗ Thị Ân", "Nguyễn Thị Hường"]
