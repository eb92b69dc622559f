"""Many activities written at once: the trigram search index kept in step once after the rows, not by a trigger
per row.

The index (db/migrations/0003) is kept in step by triggers. A large batch of rows, each firing its trigger,
costs most of an import: FTS5 collects the terms of ascending rowids in memory and writes them out whenever a
rowid is not above the last one, so an update (the old row's terms deleted, the new ones added, for the same
rowid) writes the index out once per row. Filling the index from the batch afterwards, in rowid order, gives the
same index at a fraction of it. The trigger is dropped and created again *inside the caller's transaction*:
another connection never sees the schema without it, and a rollback (a refused bundle, a full disk) puts
everything back as it was.
"""

from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from typing import Any, Iterator, Sequence

from app.store.connection import Database

# table -> (its trigram index, the trigger that indexes each new row, the one that follows each update)
INDEXED = {"activities": ("activities_search", "activities_search_insert", "activities_search_update")}
# Fewer rows than this: the trigger per row (a schema change has its own cost for every connection).
BULK_MIN = 1000
UPDATE_MIN = 200
CHUNK = 500


@contextmanager
def _without(db: Database, trigger: str) -> Iterator[bool]:
    """Drop ``trigger`` for the block and create it again exactly as it was; yields False (and drops nothing)
    when there is no such trigger or it cannot be dropped now."""
    found = db.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", [trigger]).fetchone()
    if found is None:  # a database without the index (SQLite without FTS5 trigrams): nothing to keep in step
        yield False
        return
    try:
        db.execute(f"DROP TRIGGER {trigger}")
    except sqlite3.OperationalError:  # pragma: no cover  a statement of this connection still reads the schema
        yield False
        return
    try:
        yield True
    finally:
        # (a failure SQLite answered by rolling the whole transaction back, a full disk, brought it back already)
        if db.execute("SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND name = ?", [trigger]).fetchone() is None:
            db.execute(found[0])


# FTS5 keeps the terms of the rows being added in memory and writes them out as a new segment of the index each
# time they pass its ``hashsize`` (1 MB by default), then merges those segments: for a large batch most of the
# index's cost. A batch fills it with a larger buffer, and the default comes back in the same transaction.
HASHSIZE_DEFAULT = 1 << 20
HASHSIZE_BATCH = 64 << 20


@contextmanager
def _batch_buffer(db: Database, index: str) -> Iterator[None]:
    row = db.execute(f"SELECT v FROM {index}_config WHERE k = 'hashsize'").fetchone()
    db.execute(f"INSERT INTO {index} ({index}, rank) VALUES ('hashsize', ?)", [HASHSIZE_BATCH])
    try:
        yield
    finally:
        if db.conn.in_transaction:  # (a failure SQLite answered by rolling back put the setting back already)
            db.execute(f"INSERT INTO {index} ({index}, rank) VALUES ('hashsize', ?)", [row[0] if row else HASHSIZE_DEFAULT])


def _keys(db: Database, table: str, ids: Sequence[str]) -> dict[int, str]:
    """rowid -> search_key of the rows ``ids``."""
    out: dict[int, str] = {}
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        out.update(db.execute(f"SELECT rowid, search_key FROM {table} WHERE id IN ({','.join('?' * len(chunk))})", chunk))
    return out


def insert_rows(db: Database, table: str, sql: str, rows: Sequence[Any]) -> None:
    """``db.conn.executemany(sql, rows)`` for an INSERT of new rows into ``table``; a large batch of a table with
    a search index (inside a transaction) is indexed once after the rows instead of by the trigger per row.
    The index holds exactly what the trigger would have put in it."""
    spec = INDEXED.get(table)
    if spec is None or len(rows) < BULK_MIN or not db.conn.in_transaction:
        db.conn.executemany(sql, rows)
        return
    index, trigger, _ = spec
    top = db.execute(f"SELECT COALESCE(MAX(rowid), 0) FROM {table}").fetchone()[0]
    with _without(db, trigger) as dropped:
        db.conn.executemany(sql, rows)
        if not dropped:
            return
        # New rows take rowids above the largest one (a table at the largest rowid SQLite allows picks free
        # ones at random instead): when the count does not add up, the index is rebuilt from the table.
        with _batch_buffer(db, index):
            added = db.execute(
                f"INSERT INTO {index} (rowid, search_key) SELECT rowid, search_key FROM {table} WHERE rowid > ? ORDER BY rowid",
                [top],
            ).rowcount
        if added != len(rows):  # pragma: no cover  see above
            db.execute(f"INSERT INTO {index} ({index}) VALUES ('rebuild')")


def update_rows(db: Database, table: str, sql: str, rows: Sequence[Any], ids: Sequence[str]) -> None:
    """``db.conn.executemany(sql, rows)`` for an UPDATE of the rows ``ids`` of ``table`` (rowids unchanged); a
    large batch of a table with a search index (inside a transaction) has the index follow once after the rows,
    in rowid order: the old terms of each changed key deleted, the new ones added, as the trigger does."""
    spec = INDEXED.get(table)
    if spec is None or len(rows) < UPDATE_MIN or not db.conn.in_transaction:
        db.conn.executemany(sql, rows)
        return
    index, _, trigger = spec
    ids = list(dict.fromkeys(ids))
    with _without(db, trigger) as dropped:
        old = _keys(db, table, ids) if dropped else {}
        db.conn.executemany(sql, rows)
        if not dropped:
            return
        new = _keys(db, table, ids)
        changed = sorted(r for r in new if old[r] != new[r])  # the trigger's WHEN: the key is not the same
        with _batch_buffer(db, index):
            db.conn.executemany(
                f"INSERT INTO {index} ({index}, rowid, search_key) VALUES ('delete', ?, ?)",
                [(r, old[r]) for r in changed],
            )
            db.conn.executemany(f"INSERT INTO {index} (rowid, search_key) VALUES (?, ?)", [(r, new[r]) for r in changed])
