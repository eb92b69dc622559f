"""SQLite's own errors mapped to the app's errors at the store's boundary.

A full disk, a database held by another program, a write-protected file, a failing drive or a damaged file
are things the user can act on: they become ``AppError`` subclasses with stable codes (``E-DB-FULL``,
``E-DB-BUSY``, ``E-DB-READONLY``, ``E-DB-IO``, ``E-DB-CORRUPT``), shown as a message, never as a crash. Every
other SQLite error (a constraint or a trigger's refusal, a bug in a statement) goes on unchanged.

``Database.execute`` and ``Database.atomic`` (app.store.connection) apply the mapping, so do the store's own
read-only openers through ``mapped_errors()``.
"""

from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from typing import Iterator

from app.core.errors import (
    AppError,
    DatabaseBusyError,
    DatabaseCorruptError,
    DatabaseFullError,
    DatabaseIOError,
    DatabaseReadOnlyError,
)

# SQLite's primary result codes (https://sqlite.org/rescode.html); an extended code keeps them in its low byte.
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_NOTADB = 26

_BY_CODE: dict[int, type[AppError]] = {
    SQLITE_FULL: DatabaseFullError,
    SQLITE_BUSY: DatabaseBusyError,
    SQLITE_LOCKED: DatabaseBusyError,
    SQLITE_READONLY: DatabaseReadOnlyError,
    SQLITE_IOERR: DatabaseIOError,
    SQLITE_CORRUPT: DatabaseCorruptError,
    SQLITE_NOTADB: DatabaseCorruptError,
}
# SQLite's messages for the same codes, for an error that carries no code (raised by the sqlite3 module itself).
_BY_MESSAGE: tuple[tuple[str, type[AppError]], ...] = (
    ("database or disk is full", DatabaseFullError),
    ("database is locked", DatabaseBusyError),
    ("database table is locked", DatabaseBusyError),
    ("attempt to write a readonly database", DatabaseReadOnlyError),
    ("disk i/o error", DatabaseIOError),
    ("database disk image is malformed", DatabaseCorruptError),
    ("file is not a database", DatabaseCorruptError),
)

_MESSAGES = {
    DatabaseFullError: "the disk holding the database is full; nothing was saved. Free some space and try again",
    DatabaseBusyError: "the data folder is in use by another copy of pbgdpl (the window, or another command) "
    "or another program, which kept it busy too long; nothing was saved. Wait for it to finish (or close it) "
    "and try again",
    DatabaseReadOnlyError: "the database cannot be written (write-protected drive or file); nothing was saved",
    DatabaseIOError: "the drive failed to read or write the database; nothing was saved. Check the drive",
    DatabaseCorruptError: "the database file is damaged or is not a pbgdpl database; it was not changed",
}


def storage_error(exc: BaseException, path: object = None) -> AppError | None:
    """The app's error for an SQLite error the user can act on, or None for any other error."""
    if not isinstance(exc, sqlite3.Error):
        return None
    code = getattr(exc, "sqlite_errorcode", None)
    kind = _BY_CODE.get(code & 0xFF) if isinstance(code, int) else None
    if kind is None:
        text = str(exc).lower()
        kind = next((k for marker, k in _BY_MESSAGE if marker in text), None)
    if kind is None:
        return None
    details = {"sqlite": str(exc), "sqlite_code": getattr(exc, "sqlite_errorname", "")}
    if path is not None:
        details["path"] = str(path)
    return kind(f"{_MESSAGES[kind]} ({exc})", **details)


@contextmanager
def mapped_errors(path: object = None) -> Iterator[None]:
    """Raise the app's error instead of an SQLite error the user can act on (the original as its cause)."""
    try:
        yield
    except sqlite3.Error as exc:
        mapped = storage_error(exc, path)
        if mapped is None:
            raise
        raise mapped from exc
