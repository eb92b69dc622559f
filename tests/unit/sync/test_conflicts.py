"""Two laptops of one commune edit the same revision: the upper level keeps both and a person resolves it."""

from __future__ import annotations

import shutil
import sqlite3

import pytest

from app.core.errors import UsageError
from app.paths import AppPaths
from app.services import logbook
from app.services.bundles import import_bundle, list_conflicts, resolve_conflict
from app.services.workspace import Workspace
from app.store import activities, audit
from app.store.database import backup_file
from sync_helpers import PASSPHRASE, dump


@pytest.fixture
def laptop_b(commune, tmp_path):
    """A second laptop restored from the commune's backup (same installation, same key)."""
    paths = AppPaths(tmp_path / "laptop-b")
    paths.ensure()
    copy = backup_file(commune.paths.db_file, tmp_path / "bk", "copy")
    shutil.copy(copy, paths.db_file)
    shutil.copytree(commune.paths.keys, paths.keys, dirs_exist_ok=True)
    shutil.copytree(commune.paths.files, paths.files, dirs_exist_ok=True)
    ws = Workspace.open(paths, clock=commune.clock)
    yield ws
    ws.close()


def _export(ws, out):
    from app.commands import run_job
    from app.services.bundles import export_bundle

    from pathlib import Path

    return Path(run_job(export_bundle(ws, "2026", out, PASSPHRASE, include_reports=False))["path"])


def test_divergent_edits_are_kept_beside_and_resolved(commune, laptop_b, upper, tmp_path):
    aid = commune.sample["a2"].id
    import_bundle(upper, _export(commune, tmp_path / "a0"))
    a = activities.get_activity(commune.db, aid)
    a.place = "Nhà văn hoá tổ 5"
    logbook.save_activity(commune, a)
    b = activities.get_activity(laptop_b.db, aid)
    b.place = "Hội trường phường"
    logbook.save_activity(laptop_b, b)
    import_bundle(upper, _export(commune, tmp_path / "a1"))
    b_bundle = _export(laptop_b, tmp_path / "b1")
    report = import_bundle(upper, b_bundle)
    t = report.tables["activities"]
    assert t.conflicts == 1 and t.reasons[0].id == aid
    assert "two different versions of revision 2" in t.reasons[0].reason
    assert activities.get_activity(upper.db, aid).place == "Nhà văn hoá tổ 5"  # the current version stays
    [c] = list_conflicts(upper)
    assert c["fields"] == ["place"] and c["mine"]["payload"]["place"] == "Nhà văn hoá tổ 5"
    assert c["theirs"]["payload"]["place"] == "Hội trường phường"
    # the same conflicting version arriving again is not listed twice
    laptop_b.clock = lambda: commune.clock().replace(hour=11)
    import_bundle(upper, _export(laptop_b, tmp_path / "b2"))
    assert len(list_conflicts(upper)) == 1

    done = resolve_conflict(upper, c["id"], "theirs")
    stored = activities.get_activity(upper.db, aid)
    # the received version is current as the commune wrote it: no revision of the province's own
    assert (done["status"], stored.place, stored.meta.rev, stored.meta.base_rev) == ("took_theirs", "Hội trường phường", 2, 1)
    assert stored.meta.owner_unit == "05443" and stored.meta.rev_by != upper.settings["installation_id"]
    assert list_conflicts(upper) == []
    assert audit.entries(upper.db, aid)[0]["action"] == "conflict-took-theirs"
    assert audit.verify_chain(upper.db) is None
    with pytest.raises(UsageError, match="already resolved"):
        resolve_conflict(upper, c["id"], "mine")
    # the commune's next edit on that laptop applies at the province without a new conflict
    b = activities.get_activity(laptop_b.db, aid)
    b.participants = 77
    logbook.save_activity(laptop_b, b)
    laptop_b.clock = lambda: commune.clock().replace(hour=15)
    t = import_bundle(upper, _export(laptop_b, tmp_path / "b3")).tables["activities"]
    assert (t.updated, t.conflicts, t.stale) == (1, 0, 0)
    now = activities.get_activity(upper.db, aid)
    assert (now.place, now.participants, now.meta.rev) == ("Hội trường phường", 77, 3)
    # outside a resolution, a change that does not count the revision up is still refused by the database
    assert upper.db.execute("SELECT COUNT(*) FROM rev_override").fetchone()[0] == 0
    with pytest.raises(sqlite3.IntegrityError, match="revision must increase"):
        upper.db.execute("UPDATE activities SET place = 'x' WHERE id = ?", [aid])


def _phone_conflict(commune, laptop_b, upper, tmp_path):
    """Both laptops change the same reporter's phone at revision 1; the province receives both."""
    rid = commune.sample["r2"].id
    r = logbook.reporter_repo.get_reporter(commune.db, rid)
    r.phone = "0987654321"
    logbook.save_reporter(commune, r)
    r = logbook.reporter_repo.get_reporter(laptop_b.db, rid)
    r.phone = "0911111111"
    logbook.save_reporter(laptop_b, r)
    import_bundle(upper, _export(commune, tmp_path / "a"))
    import_bundle(upper, _export(laptop_b, tmp_path / "b"))
    [c] = list_conflicts(upper)
    return rid, c


def test_keep_mine_changes_no_record(commune, laptop_b, upper, tmp_path):
    rid, c = _phone_conflict(commune, laptop_b, upper, tmp_path)
    before = [row for row in dump(upper) if "INSERT INTO \"reporters\"" in row]
    assert resolve_conflict(upper, c["id"], "mine")["status"] == "kept_mine"
    assert [row for row in dump(upper) if "INSERT INTO \"reporters\"" in row] == before
    assert list_conflicts(upper, None)[0]["status"] == "kept_mine"


def test_take_theirs_on_a_reporter(commune, laptop_b, upper, tmp_path):
    """The reporter roster's conflicts resolve like activities' (its revision trigger was re-made by a later
    migration and had lost the resolution's exception)."""
    rid, c = _phone_conflict(commune, laptop_b, upper, tmp_path)
    assert resolve_conflict(upper, c["id"], "theirs")["status"] == "took_theirs"
    stored = logbook.reporter_repo.get_reporter(upper.db, rid)
    assert (stored.phone, stored.meta.rev) == ("0911111111", 2)
    assert list_conflicts(upper) == []


def test_every_revision_trigger_lets_a_resolution_through(upper):
    """Each shared table whose revisions must count up names the resolution's exception (rev_override)."""
    rows = upper.db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%\\_rev\\_up' ESCAPE '\\'").fetchall()
    assert {name for name, _ in rows} >= {"activities_rev_up", "reporters_rev_up", "attachments_rev_up", "plans_rev_up", "plan_tasks_rev_up", "trainings_rev_up", "assessments_rev_up", "assessment_answers_rev_up"}
    assert [name for name, sql in rows if "rev_override" not in sql] == []
