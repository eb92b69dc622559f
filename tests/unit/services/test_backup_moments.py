"""Automatic backups at the moments the officer cannot undo otherwise: before a catalog update is taken in, and
once a day when the window closes (docs/reliability.md); each is checked and rotated like the others."""

from __future__ import annotations

import json
import sqlite3
from datetime import timedelta
from pathlib import Path

from app.paths import AppPaths
from app.services import backups, criteria
from app.services.setup import initialise
from app.services.workspace import Workspace


def _kinds(ws) -> list[str]:
    return [backups.backup_kind(b.path) for b in backups.list_backups(ws.paths.backups)]


def test_a_catalog_update_is_preceded_by_a_checked_backup(tmp_path):
    up = Workspace.open(AppPaths(tmp_path / "upper"))
    try:
        initialise(up, "19", "Lê Văn Tám", level="province")
        data = json.loads(json.dumps(dict(criteria.get_set("QD25_2021", "2026.1").data)))
        data["version"] = "2026.3"
        path = tmp_path / "qd25.json"
        path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        before = _kinds(up)
        assert criteria.import_file(up, path)["outcome"] == "stored"
        assert _kinds(up).count("before-catalog-update") == before.count("before-catalog-update") + 1
        copy = next(b.path for b in backups.list_backups(up.paths.backups) if backups.backup_kind(b.path) == "before-catalog-update")
        con = sqlite3.connect(copy)
        assert con.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        con.close()
        # the same update again changes nothing, and makes no copy
        assert criteria.import_file(up, path)["outcome"] == "unchanged"
        assert _kinds(up).count("before-catalog-update") == before.count("before-catalog-update") + 1
    finally:
        up.close()


def test_one_daily_backup_a_day(workspace):
    first = backups.daily_backup(workspace)
    assert first is not None and backups.backup_kind(first) == "daily"
    assert backups.daily_backup(workspace) is None  # one today already
    now = workspace.clock()
    workspace.clock = lambda: now + timedelta(days=1)
    nxt = backups.daily_backup(workspace)
    assert nxt is not None and nxt != first


def test_any_copy_made_today_counts_as_the_days_backup(workspace):
    backups.make_backup(workspace.paths.db_file, workspace.paths.backups, workspace.clock, "manual")
    assert backups.daily_backup(workspace) is None


def test_kinds_of_copies():
    for name, kind in (
        ("pbgdpl-20261205-090000-manual.sqlite3", "manual"),
        ("pbgdpl-20261205-090000-daily-2.sqlite3", "daily"),
        ("pbgdpl-20261205-090000-before-bundle-import.sqlite3", "before-import"),
        ("pbgdpl-20261205-090000-before-activities-import.sqlite3", "before-import"),
        ("pbgdpl-20261205-090000-before-migration.sqlite3", "before-migration"),
        ("pbgdpl-20261205-090000-before-restore.sqlite3", "before-restore"),
        ("pbgdpl-20261205-090000-before-catalog-update.sqlite3", "before-catalog-update"),
        ("pbgdpl-20261205-090000-x.sqlite3", "other"),
    ):
        assert backups.backup_kind(Path(name)) == kind, name
    assert backups.total_size([])[1] == backups.CAP_BYTES
