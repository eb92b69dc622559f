"""Automatic backups: checked after writing, the newest per day, week and month kept within a size cap;
a restore keeps the exports' numbers and starts a new installation id (docs/reliability.md)."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from app.core.errors import DatabaseCorruptError
from app.store import backups


def _copy(folder: Path, when: datetime, reason: str, size: int = 1000) -> Path:
    path = folder / f"pbgdpl-{when:%Y%m%d-%H%M%S}-{reason}.sqlite3"
    path.write_bytes(b"x" * size)
    os.utime(path, (when.timestamp(), when.timestamp()))
    return path


def test_rotation_keeps_days_weeks_months_and_the_users_copies(tmp_path):
    now = datetime(2026, 12, 5, 9, 0)
    auto = [_copy(tmp_path, now - timedelta(hours=6 * i), "before-bundle-import") for i in range(400)]  # 100 days
    manual = _copy(tmp_path, now - timedelta(days=300), "manual")
    removed = backups.rotate(tmp_path, cap_bytes=10**9)
    kept = {b.path for b in backups.list_backups(tmp_path)}
    assert auto[0] in kept and manual in kept
    assert len([p for p in kept if "before" in p.name]) <= backups.KEEP_DAILY + backups.KEEP_WEEKLY + backups.KEEP_MONTHLY
    assert len(removed) + len(kept) == 401
    days = {datetime.fromtimestamp(p.stat().st_mtime).date() for p in kept}
    assert {(now - timedelta(days=d)).date() for d in range(7)} <= days  # each of the last 7 days


def test_rotation_respects_the_size_cap_but_keeps_the_newest(tmp_path):
    now = datetime(2026, 12, 5, 9, 0)
    copies = [_copy(tmp_path, now - timedelta(days=i), "daily", size=1000) for i in range(10)]
    backups.rotate(tmp_path, cap_bytes=2500)
    kept = [b.path for b in backups.list_backups(tmp_path)]
    assert kept == copies[:2]


def test_a_backup_that_fails_its_check_is_removed(tmp_path, monkeypatch):
    db = tmp_path / "db.sqlite3"
    sqlite3.connect(db).execute("CREATE TABLE t (x)").connection.close()

    def damaged(source, target):
        Path(target).write_bytes(b"SQLite format 3\x00" + b"\x00" * 4000)

    monkeypatch.setattr("app.store.database.online_copy", damaged)
    with pytest.raises(DatabaseCorruptError):
        backups.make_backup(db, tmp_path / "backups")
    assert not list((tmp_path / "backups").glob("*.sqlite3"))
