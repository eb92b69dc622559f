"""Many new activities at once: the trigram search index filled once after the rows, not by a trigger per row.

The index (db/migrations/0003) is kept in step by triggers. Inserting a large batch of rows, each firing its
trigger, costs most of a fresh import (the index's pending terms are flushed and merged again and again);
filling the index from the new rows in one statement afterwards gives the same index at a fraction of it.
The insert trigger is dropped and created again *inside the caller's transaction*: another connection never
sees the schema without it, and a rollback (a refused bundle, a full disk) puts everything back as it was.
"""

from __future__ import annotations

import sqlite3
from typing import Any, Sequence

from app.store.connection import Database

# table -> (its trigram index, the trigger that indexes each new row)
INDEXED = {"activities": ("activities_search", "activities_search_insert")}
# Fewer new rows than this: the trigger per row (a schema change has its own cost for every connection).
BULK_MIN = 1000


def insert_rows(db: Database, table: str, sql: str, rows: Sequence[Any]) -> None:
    """``db.conn.executemany(sql, rows)`` for an INSERT of new rows into ``table``; a large batch of a table with
    a search index (inside a transaction) is indexed once after the rows instead of by the trigger per row.
    The index holds exactly what the trigger would have put in it."""
    spec = INDEXED.get(table)
    if spec is None or len(rows) < BULK_MIN or not db.conn.in_transaction:
        db.conn.executemany(sql, rows)
        return
    index, trigger = spec
    found = db.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", [trigger]).fetchone()
    if found is None:  # a database without the index (SQLite without FTS5 trigrams): nothing to keep in step
        db.conn.executemany(sql, rows)
        return
    top = db.execute(f"SELECT COALESCE(MAX(rowid), 0) FROM {table}").fetchone()[0]
    try:
        db.execute(f"DROP TRIGGER {trigger}")
    except sqlite3.OperationalError:  # pragma: no cover  a statement of this connection still reads the schema
        db.conn.executemany(sql, rows)
        return
    try:
        db.conn.executemany(sql, rows)
        # New rows take rowids above the largest one (a table at the largest rowid SQLite allows picks free
        # ones at random instead): when the count does not add up, the index is rebuilt from the table.
        added = db.execute(
            f"INSERT INTO {index} (rowid, search_key) SELECT rowid, search_key FROM {table} WHERE rowid > ? ORDER BY rowid",
            [top],
        ).rowcount
        if added != len(rows):  # pragma: no cover  see above
            db.execute(f"INSERT INTO {index} ({index}) VALUES ('rebuild')")
    finally:
        db.execute(found[0])  # the trigger exactly as it was
