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
    """Take a consistent copy of the live database with SQLite's online backup API, then check the copy.

    Raises:
        DatabaseCorruptError: the copy fails SQLite's check (it is removed); the database is unchanged.
    """
    copy = backup_file(db_file, backups, reason, clock)
    check_backup(copy)
    return copy


def check_backup(copy: Path) -> None:
    """SQLite's quick check of a written backup; a copy that fails is removed and the error raised."""
    try:
        con = sqlite3.connect(f"{copy.as_uri()}?mode=ro", uri=True)
        try:
            ok = con.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        finally:
            con.close()
    except sqlite3.DatabaseError:
        ok = False
    if not ok:
        copy.unlink(missing_ok=True)
        raise DatabaseCorruptError(f"the backup {copy.name} failed its check after writing and was removed", path=str(copy))


# Automatic copies kept (the newest of each day, week and month), and the room they may take together.
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 5, 12
AUTO_REASONS = ("before-", "daily")  # reasons of automatic copies; "manual" copies are the user's to delete


def rotate(backups: Path, cap_bytes: int, now: datetime | None = None) -> list[Path]:
    """Delete automatic copies beyond the newest per day (7 days), per week (5) and per month (12), then the
    oldest automatic ones while all copies together exceed ``cap_bytes``; the newest copy always stays.
    Returns the deleted files."""
    items = list_backups(backups)  # newest first
    auto = [b for b in items if reason_of(b.path).startswith(AUTO_REASONS)]
    keep: set[Path] = {items[0].path} if items else set()
    for key, count in ((lambda d: d.date(), KEEP_DAILY), (lambda d: d.isocalendar()[:2], KEEP_WEEKLY), (lambda d: (d.year, d.month), KEEP_MONTHLY)):
        seen: list = []
        for b in auto:
            k = key(b.modified)
            if k not in seen:
                seen.append(k)
                if len(seen) <= count:
                    keep.add(b.path)
    removed = [b for b in auto if b.path not in keep]
    total = sum(b.size for b in items) - sum(b.size for b in removed)
    for b in reversed([b for b in auto if b.path in keep and b.path != items[0].path]):  # oldest first
        if total <= cap_bytes:
            break
        removed.append(b)
        total -= b.size
    for b in removed:
        b.path.unlink(missing_ok=True)
    return [b.path for b in removed]


def reason_of(path: Path) -> str:
    """``pbgdpl-YYYYmmdd-HHMMSS-<reason>[-n].sqlite3`` -> reason."""
    parts = path.stem.split("-", 3)
    return parts[3] if len(parts) > 3 else ""


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


def restore_backup(
    backup: Path, db_file: Path, backups: Path, clock: Callable[[], datetime] = datetime.now, installation_id: str | None = None
) -> Path:
    """Replace the database with ``backup``; the current database is copied first. Returns that copy.

    The restored database starts a new revision epoch: it keeps the numbers of every bundle exported before
    (so the next export never reuses one that already travelled) and, with ``installation_id``, edits made
    from now on carry that new installation id, so a revision never repeats one sent before the restore.

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
        _new_epoch(tmp, safety, installation_id)
        for side in ("-wal", "-shm"):
            side_file = Path(str(db_file) + side)
            if side_file.exists():
                side_file.unlink()
    return safety


def _new_epoch(restored: Path, current: Path, installation_id: str | None) -> None:
    """Carry the exports' numbers of the database being replaced into the restored one; a new installation id."""
    con = sqlite3.connect(str(restored), isolation_level=None)
    try:
        con.execute("BEGIN IMMEDIATE")
        con.execute("ATTACH DATABASE ? AS replaced", [str(current)])
        tables = {r[0] for r in con.execute("SELECT name FROM replaced.sqlite_master WHERE type = 'table'")}
        if "bundle_exports" in tables:
            mine = [r[1] for r in con.execute("PRAGMA main.table_info(bundle_exports)")]
            theirs = {r[1] for r in con.execute("PRAGMA replaced.table_info(bundle_exports)")}
            cols = ", ".join(c for c in mine if c in theirs)
            con.execute(f"INSERT OR IGNORE INTO bundle_exports ({cols}) SELECT {cols} FROM replaced.bundle_exports")
        if installation_id:
            con.execute("UPDATE settings SET value = ? WHERE key = 'installation_id'", [installation_id])
        con.execute("COMMIT")
        con.execute("DETACH DATABASE replaced")
    finally:
        con.close()


def missing_in(db, backup: Path) -> dict[str, int]:
    """Per table, the rows of the open database ``db`` whose id the copy ``backup`` lacks (what a restore loses)."""
    from app.core.kinds import NAMES

    counts: dict[str, int] = {}
    with mapped_errors(backup):
        db.execute("ATTACH DATABASE ? AS copy", [str(backup)])
        try:
            names = {r[0] for r in db.execute("SELECT name FROM copy.sqlite_master WHERE type = 'table'")}
            for table, key in [*((t, "id") for t in NAMES), ("bundle_imports", "bundle_id"), ("bundle_exports", "bundle_id")]:
                if table in names:
                    counts[table] = db.execute(
                        f"SELECT COUNT(*) FROM main.{table} WHERE {key} NOT IN (SELECT {key} FROM copy.{table})"
                    ).fetchone()[0]
        finally:
            db.execute("DETACH DATABASE copy")
    return counts
