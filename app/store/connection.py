"""The store's database handle: one sqlite3 connection in autocommit mode, with nested transactions.

Every repository takes a ``Database`` and uses four things of it: ``execute`` (a write outside a transaction
is committed at once, inside one it belongs to it), ``atomic()`` (a transaction; nested blocks are
savepoints), ``conn`` (the sqlite3 connection, for ``executemany``) and ``close()``. These are the rules of
sqlite-utils' ``Database``, which the store used before; sqlite-utils itself (with click, dateutil and pluggy)
takes about 90 ms to import, a quarter of the program's start-up budget, for nothing the store needed at
start-up. Like Datasette (``datasette/utils/internal_db.py``), the store now keeps its own connection and wraps
it in sqlite-utils' ``Database`` only to apply migrations (``app.store.migrations``), which imports sqlite-utils
only when a migration is pending.

The connection runs in SQLite's own autocommit mode (``isolation_level=None``): the sqlite3 module never
opens a transaction by itself, so a statement outside ``atomic()`` (or an explicit ``BEGIN``) commits on its
own, and a failing one leaves no transaction open.

Transactions start with ``BEGIN IMMEDIATE``: the write lock is taken at the start, waiting up to the busy
timeout for another writer (a second copy of pbgdpl, a command while the window is open). A deferred
transaction that read first could not upgrade to a write while another process wrote, and failed at once
with "database is locked" whatever the timeout; an immediate one waits its turn, or reports E-DB-BUSY.

A full disk, a locked, read-only, failing or damaged database raises the app's own error (``app.store.errors``)
from ``execute`` and from ``atomic()``: checked once per statement or per transaction, never per row.
"""

from __future__ import annotations

import itertools
import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator, NoReturn, Sequence

from app.store.errors import storage_error


_savepoints = itertools.count(1)  # savepoint names: unique within the process, nested blocks never clash


def _reraise(exc: BaseException) -> NoReturn:
    """Raise the app's error for an SQLite error the user can act on, else ``exc`` itself."""
    mapped = storage_error(exc)
    if mapped is None:
        raise exc
    raise mapped from exc


class Database:
    """An open SQLite database (a file path, ``":memory:"`` or an open sqlite3 connection).

    A connection passed in is switched to autocommit mode; it must not be inside a transaction.
    ``recursive_triggers`` is on, as sqlite-utils set it (the schema's triggers were written under it).
    """

    def __init__(self, target: str | Path | sqlite3.Connection, *, check_same_thread: bool = True) -> None:
        if isinstance(target, sqlite3.Connection):
            if target.in_transaction:
                raise ValueError("the connection is inside a transaction")
            self.conn = target
        else:
            self.conn = sqlite3.connect(str(target), check_same_thread=check_same_thread)
        self.conn.isolation_level = None
        self.conn.execute("PRAGMA recursive_triggers = ON")

    def execute(self, sql: str, parameters: Sequence[Any] | dict[str, Any] | None = None) -> sqlite3.Cursor:
        """Run one statement; a write outside a transaction is committed at once."""
        try:
            if parameters is None:
                return self.conn.execute(sql)
            return self.conn.execute(sql, parameters)
        except sqlite3.Error as exc:
            _reraise(exc)

    @contextmanager
    def atomic(self) -> Iterator["Database"]:
        """All or nothing: a transaction, or a savepoint inside the open one.

        On any exception (``GeneratorExit`` from a cancelled job included) the block's writes are undone and the
        exception goes on. When SQLite has already ended the whole transaction (a full disk, a trigger's
        ``RAISE(ROLLBACK)``), there is nothing left to undo and the original exception is kept.
        """
        if self.conn.in_transaction:
            name = f"pbgdpl_{next(_savepoints)}"
            self.conn.execute(f"SAVEPOINT {name}")
            try:
                yield self
            except BaseException as exc:
                if self.conn.in_transaction:
                    self.conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                    self.conn.execute(f"RELEASE SAVEPOINT {name}")
                _reraise(exc)
            else:
                self.conn.execute(f"RELEASE SAVEPOINT {name}")
        else:
            self.execute("BEGIN IMMEDIATE")  # the write lock now (waiting up to the busy timeout), never a failed upgrade later
            try:
                yield self
            except BaseException as exc:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                _reraise(exc)
            else:
                try:
                    self.conn.execute("COMMIT")
                except BaseException as exc:
                    if self.conn.in_transaction:
                        self.conn.execute("ROLLBACK")
                    _reraise(exc)

    @property
    def journal_mode(self) -> str:
        return self.execute("PRAGMA journal_mode").fetchone()[0]

    def enable_wal(self) -> None:
        """Write-ahead log mode (readers do not block the writer); outside a transaction only."""
        if self.journal_mode != "wal":
            if self.conn.in_transaction:
                raise sqlite3.OperationalError("cannot change into WAL mode from within a transaction")
            self.execute("PRAGMA journal_mode = wal")

    def table_names(self) -> list[str]:
        return [r[0] for r in self.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]

    def close(self) -> None:
        self.conn.close()
