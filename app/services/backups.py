"""Backups of the data folder's database as use cases: make one, list them, restore one."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Callable

from app.services.workspace import Workspace
from app.store import backups as backup_repo
from app.store.backups import BackupInfo

__all__ = ["BackupInfo", "list_backups", "make_backup", "restore_backup"]


def make_backup(db_file: Path, folder: Path, clock: Callable[[], datetime] = datetime.now, reason: str = "manual") -> Path:
    """A consistent copy of the database ``db_file`` in ``folder`` (callable from a worker thread)."""
    return backup_repo.make_backup(db_file, folder, reason, clock)


def list_backups(folder: Path) -> list[BackupInfo]:
    """The backups in ``folder``, newest first."""
    return backup_repo.list_backups(folder)


def restore_backup(ws: Workspace, backup: Path) -> Path:
    """Close ``ws`` and replace its database with ``backup`` (checked first); returns the safety copy of the
    data as it was. ``ws`` cannot be used afterwards: the program reopens the data folder (the GUI quits).

    The caller must have stopped every other use of the database (the GUI waits for its jobs).
    """
    paths, clock = ws.paths, ws.clock
    ws.close()
    return backup_repo.restore_backup(Path(backup), paths.db_file, paths.backups, clock)
