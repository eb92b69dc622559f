"""Backups of the data folder's database as use cases: make one, list them, restore one."""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path
from typing import Callable

from app.core.errors import AppError
from app.services.workspace import Workspace
from app.store import backups as backup_repo
from app.store.backups import BackupInfo

__all__ = ["BackupInfo", "auto_backup", "backup_kind", "daily_backup", "list_backups", "make_backup", "restore_backup", "total_size"]

log = logging.getLogger("app.services.backups")
CAP_BYTES = 2 << 30  # all copies together; the oldest automatic ones go first (Settings shows the total)


def make_backup(db_file: Path, folder: Path, clock: Callable[[], datetime] = datetime.now, reason: str = "manual") -> Path:
    """A consistent copy of the database ``db_file`` in ``folder`` (callable from a worker thread)."""
    return backup_repo.make_backup(db_file, folder, reason, clock)


def auto_backup(ws: Workspace, reason: str) -> Path | None:
    """The automatic copy before a risky batch (``reason`` "before-…"), checked, then the old ones rotated.

    A copy that cannot be made (a full disk) is logged and the work goes on: the database itself is
    protected by its transactions; the copy is the way back from a batch the user regrets.
    """
    try:
        copy = backup_repo.make_backup(ws.paths.db_file, ws.paths.backups, reason, ws.clock)
        removed = backup_repo.rotate(ws.paths.backups, CAP_BYTES)
    except (AppError, OSError):
        log.warning("no automatic backup %s could be made", reason, exc_info=True)
        return None
    if removed:
        log.info("removed %d old automatic backup(s)", len(removed))
    return copy


def daily_backup(ws: Workspace) -> Path | None:
    """Once a day (when the window closes): an automatic copy unless one was made today (by the copy's name,
    stamped with the workspace's clock), checked and rotated like the others; None when none was needed."""
    today = ws.clock().strftime("%Y%m%d")
    if any(b.path.name.startswith(f"pbgdpl-{today}-") for b in backup_repo.list_backups(ws.paths.backups)):
        return None
    if not ws.paths.db_file.exists():
        return None
    return auto_backup(ws, "daily")


def backup_kind(path: Path) -> str:
    """Why a copy was made: ``manual``, ``daily``, ``before-restore``, ``before-migration``, ``before-import``
    (a bundle batch or a spreadsheet), ``before-catalog-update``, or ``other``."""
    reason = backup_repo.reason_of(path)
    for kind in ("manual", "daily", "before-restore", "before-migration", "before-catalog-update"):
        if reason == kind or reason.startswith(kind + "-"):
            return kind
    return "before-import" if reason.startswith("before-") and "-import" in reason else "other"


def total_size(items: list[BackupInfo]) -> tuple[int, int]:
    """(bytes all copies take together, the cap beyond which the oldest automatic ones are deleted)."""
    return sum(b.size for b in items), CAP_BYTES


def list_backups(folder: Path) -> list[BackupInfo]:
    """The backups in ``folder``, newest first."""
    return backup_repo.list_backups(folder)


def restore_backup(ws: Workspace, backup: Path) -> Path:
    """Close ``ws`` and replace its database with ``backup`` (checked first); returns the safety copy of the
    data as it was. ``ws`` cannot be used afterwards: the program reopens the data folder (the GUI quits).

    The caller must have stopped every other use of the database (the GUI waits for its jobs).
    """
    from app.core.models import new_id

    paths, clock = ws.paths, ws.clock
    ws.close()
    return backup_repo.restore_backup(Path(backup), paths.db_file, paths.backups, clock, installation_id=new_id())


def what_restore_loses(ws: Workspace, backup: Path) -> dict[str, int]:
    """Records, imports and exports the current database has that the copy has not (by id)."""
    return backup_repo.missing_in(ws.db, Path(backup))
