"""Open the SQLite database: refuse foreign or too-new files, back up, migrate, set WAL and foreign keys."""

from __future__ import annotations

import logging
import os
import sqlite3
import time
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Callable, Iterator

from app import __version__
from app.core.errors import DatabaseCorruptError, SchemaTooNewError
from app.store import migrations as mig
from app.store.connection import Database
from app.store.errors import storage_error

log = logging.getLogger("app.store")
SQLITE_HEADER = b"SQLite format 3\x00"


def _inspect(path: Path) -> tuple[int, list[str], str]:
    """Read user_version, applied migration names and the last writer's version without writing."""
    with path.open("rb") as fh:
        header = fh.read(16)
    if header != SQLITE_HEADER:
        raise DatabaseCorruptError(f"{path} is not a pbgdpl database (not an SQLite file)", path=str(path))
    try:
        con = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            version = con.execute("PRAGMA user_version").fetchone()[0]
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            names = mig.applied_names(con)
            writer = ""
            if "settings" in tables:
                row = con.execute("SELECT value FROM settings WHERE key = 'app_version'").fetchone()
                writer = row[0] if row else ""
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        _raise_unless_corrupt(exc, path)
        raise DatabaseCorruptError(f"{path} cannot be read: {exc}", path=str(path)) from exc
    return version, names, writer


def check_not_too_new(path: Path) -> None:
    """Raise SchemaTooNewError when ``path`` was written by a newer pbgdpl; never writes to the file."""
    if not path.exists() or path.stat().st_size == 0:
        return
    version, names, writer = _inspect(path)
    known = set(mig.known_names())
    unknown = [n for n in names if n not in known]
    if version > mig.latest_version() or unknown:
        found = max(version, len(names))
        raise SchemaTooNewError(
            f"the database has schema version {found}"
            + (f" (written by pbgdpl {writer})" if writer else "")
            + f"; this pbgdpl {__version__} reads schema versions up to {mig.latest_version()}. "
            "Install a newer pbgdpl; the database was left untouched.",
            found=found,
            supported=mig.latest_version(),
            written_by=writer,
            path=str(path),
        )


def backup_file(path: Path, backups: Path, reason: str, clock: Callable[[], datetime] = datetime.now) -> Path:
    """Copy the database (with the SQLite online backup API) into ``backups``; returns the copy's path."""
    backups.mkdir(parents=True, exist_ok=True)
    stamp = clock().strftime("%Y%m%d-%H%M%S")
    target = backups / f"pbgdpl-{stamp}-{reason}.sqlite3"
    n = 1
    while target.exists():
        n += 1
        target = backups / f"pbgdpl-{stamp}-{reason}-{n}.sqlite3"
    online_copy(path, target)
    return target


def online_copy(source: Path, target: Path) -> None:
    """Copy a database consistently, even while it is open elsewhere (SQLite's online backup API)."""
    src = sqlite3.connect(str(source))
    try:
        dst = sqlite3.connect(str(target))
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()


# How long a writer waits for another one (a second copy of pbgdpl, a command while the window is open) before
# it reports E-DB-BUSY ("the data folder is in use"): long enough for a typical import or export to finish.
BUSY_TIMEOUT_MS = 30_000


def busy_timeout_ms() -> int:
    """``BUSY_TIMEOUT_MS``, or ``$PBGDPL_BUSY_TIMEOUT_MS`` (tests, and a site that wants another wait)."""
    try:
        return max(0, int(os.environ.get("PBGDPL_BUSY_TIMEOUT_MS", BUSY_TIMEOUT_MS)))
    except ValueError:
        return BUSY_TIMEOUT_MS


def connect(path: Path) -> Database:
    """Open a connection with the project's pragmas (no migration)."""
    db = Database(path)
    db.execute("PRAGMA foreign_keys = ON")
    db.execute(f"PRAGMA busy_timeout = {busy_timeout_ms()}")
    return db


def open_database(
    path: Path,
    *,
    backups: Path | None = None,
    migrate: bool = True,
    clock: Callable[[], datetime] = datetime.now,
) -> Database:
    """Open (and create or migrate) the pbgdpl database at ``path``.

    Args:
        path: the database file; created when missing.
        backups: folder for the copy taken before migrating an existing database.
        migrate: apply pending migrations (off for read-only inspection).
        clock: time source for backup names.

    Returns:
        An open ``Database`` (app.store.connection) in WAL mode with foreign keys on.

    Raises:
        SchemaTooNewError: a newer pbgdpl wrote the file (it is left untouched).
        DatabaseCorruptError: the file is not a readable SQLite database.
    """
    path = Path(path)
    existed = path.exists() and path.stat().st_size > 0
    check_not_too_new(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        db = connect(path)
        if migrate:
            if mig.pending_names(db):
                if existed and backups is not None:
                    copy = backup_file(path, backups, "before-migration", clock)
                    log.info("copied %s to %s before migrating", path, copy)
                db.enable_wal()
                mig.apply_pending(db)
                db.execute(f"PRAGMA user_version = {mig.latest_version()}")
                with db.atomic():
                    db.execute(
                        "INSERT INTO settings (key, value) VALUES ('app_version', ?) "
                        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                        [__version__],
                    )
            else:
                db.enable_wal()  # nothing to do once the file is in WAL mode
        return db
    except DatabaseCorruptError as exc:
        raise DatabaseCorruptError(f"{path} cannot be opened: {exc.details.get('sqlite', exc)}", path=str(path)) from exc
    except sqlite3.DatabaseError as exc:  # from the migrations, which use the connection without the store's wrapper
        _raise_unless_corrupt(exc, path)
        raise DatabaseCorruptError(f"{path} cannot be opened: {exc}", path=str(path)) from exc


def _raise_unless_corrupt(exc: sqlite3.Error, path: Path) -> None:
    """A full disk, a locked, read-only or failing file is not a damaged one: raise its own error."""
    mapped = storage_error(exc, path)
    if mapped is not None and not isinstance(mapped, DatabaseCorruptError):
        raise mapped from exc


# Pages the write-ahead log may hold before SQLite copies them into the database during a batch of imports
# (SQLite's default is 1,000 pages, 4 MB). Each copy rewrites every page changed since the last one; fewer,
# larger copies write pages that many imports change (indexes on random ids) once instead of many times.
BATCH_CHECKPOINT_PAGES = 10_000  # 40 MB of log at most
# Page cache during a batch (SQLite's default is 2 MB): the indexes on random ids of a province's database do
# not fit in 2 MB, so each import would read most of the pages it changes back from the file.
BATCH_CACHE_KIB = 65_536


@contextmanager
def batch_writes(db: Database) -> Iterator[None]:
    """Many transactions in a row (bundle imports): copy the log into the database less often meanwhile.

    Every transaction stays committed as it was (durability and atomicity do not change); at the end the
    usual setting is restored and the log copied in without waiting for readers (a passive checkpoint).
    """
    before = db.execute("PRAGMA wal_autocheckpoint").fetchone()[0]
    cache = db.execute("PRAGMA cache_size").fetchone()[0]
    db.execute(f"PRAGMA wal_autocheckpoint = {max(int(before), BATCH_CHECKPOINT_PAGES)}")
    if BATCH_CACHE_KIB:
        db.execute(f"PRAGMA cache_size = {-int(BATCH_CACHE_KIB)}")
    try:
        yield
    finally:
        db.execute(f"PRAGMA wal_autocheckpoint = {int(before)}")
        db.execute(f"PRAGMA cache_size = {int(cache)}")
        try:
            db.execute("PRAGMA wal_checkpoint(PASSIVE)")
        except sqlite3.Error:  # pragma: no cover  (busy): the next commit's automatic checkpoint does it
            log.warning("checkpoint after a batch of writes failed", exc_info=True)


class CommitGroups:
    """Units of work (one bundle import each) grouped into fewer transactions.

    Each unit runs in its own savepoint (``db.atomic()`` nested in the open transaction), so a unit that fails
    is undone alone; the transaction is committed every ``size`` units or ``seconds``, and at the end, failure
    or cancel included (the units completed so far are kept). Fewer commits write the pages that consecutive
    units change (indexes on random ids, the search index) once per group instead of once per unit.

    If SQLite itself ends the transaction (a full disk or an I/O error rolls it back whole), the units of the
    group completed before are lost with it: ``lost()`` names them, so the caller can report them as failed.
    """

    def __init__(self, db: Database, size: int = 10, seconds: float = 2.0, before_commit: Callable[[], None] | None = None) -> None:
        """``before_commit``: run before each commit (files the units wrote made durable); if it raises, the
        group is rolled back (its units are lost, ``lost()`` names them) and the error raised."""
        self.db, self.size, self.seconds = db, size, seconds
        self.before_commit = before_commit
        self._pending: list[object] = []
        self._started = 0.0

    def begin(self) -> None:
        """Before a unit: open the group's transaction when none is open."""
        if not self.db.conn.in_transaction:
            self._pending = []
            self.db.execute("BEGIN IMMEDIATE")  # see app.store.connection: wait for another writer, never fail to upgrade
            self._started = time.monotonic()

    def lost(self) -> list[object]:
        """The completed units of this group when SQLite ended its transaction (empty while it stands)."""
        if self._pending and not self.db.conn.in_transaction:
            lost, self._pending = self._pending, []
            return lost
        return []

    def done(self, unit: object) -> None:
        """After a unit completed: commit the group when it is full or old enough."""
        self._pending.append(unit)
        if len(self._pending) >= self.size or time.monotonic() - self._started >= self.seconds:
            self.commit()

    def commit(self) -> None:
        if self.db.conn.in_transaction:
            if self.before_commit is not None:
                try:
                    self.before_commit()
                except BaseException:
                    self.db.conn.rollback()
                    raise
            self.db.execute("COMMIT")
        self._pending = []

    def __enter__(self) -> "CommitGroups":
        return self

    def __exit__(self, *exc: object) -> None:
        self.commit()
