"""Backups of the database: make one now, list them, restore one (after a safety copy)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Callable

from app.core.errors import DatabaseCorruptError
from app.fileio import atomic_path
from app.store.database import backup_file, check_not_too_new, online_copy
from app.store.errors import mapped_errors


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    size: int
    modified: datetime


def make_backup(db_file: Path, backups: Path, reason: str = "manual", clock: Callable[[], datetime] = datetime.now) -> Path:
    """Take a consistent copy of the live database with SQLite's online backup API."""
    return backup_file(db_file, backups, reason, clock)


def list_backups(backups: Path) -> list[BackupInfo]:
    """Newest first."""
    if not backups.exists():
        return []
    items = [
        BackupInfo(p, p.stat().st_size, datetime.fromtimestamp(p.stat().st_mtime))
        for p in backups.glob("pbgdpl-*.sqlite3")
    ]
    return sorted(items, key=lambda b: b.modified, reverse=True)


def last_backup(backups: Path) -> BackupInfo | None:
    items = list_backups(backups)
    return items[0] if items else None


def restore_backup(backup: Path, db_file: Path, backups: Path, clock: Callable[[], datetime] = datetime.now) -> Path:
    """Replace the database with ``backup``; the current database is copied first. Returns that copy.

    The caller must have closed every connection to ``db_file``.

    Raises:
        DatabaseCorruptError: ``backup`` is damaged (fails SQLite's integrity check); nothing was changed.
        SchemaTooNewError: a newer pbgdpl wrote ``backup``.
    """
    check_not_too_new(backup)
    with mapped_errors(backup):
        con = sqlite3.connect(f"{backup.as_uri()}?mode=ro", uri=True)
        try:
            if con.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                raise DatabaseCorruptError(f"{backup} fails the integrity check; nothing was restored", path=str(backup))
        finally:
            con.close()
    with mapped_errors(db_file), atomic_path(db_file) as tmp:  # a full disk while copying leaves the database
        safety = backup_file(db_file, backups, "before-restore", clock)
        online_copy(backup, tmp)
        for side in ("-wal", "-shm"):
            side_file = Path(str(db_file) + side)
            if side_file.exists():
                side_file.unlink()
    return safety
