"""SQL of bundles: read what a unit owns for a period, write imported records with their own owner and
revision (never through ``records.save``, which stamps the importer), and keep merge conflicts.

Records travel as plain dicts: ``id, owner, rev, base_rev, rev_by, deleted, created_at, updated_at, payload``.
"""

from __future__ import annotations

import json
from typing import Any, Iterable, Iterator

from app.core.kinds import KINDS
from app.store import tables
from app.store.connection import Database
from app.store.records import SHARED_TABLES
from app.store.search_index import insert_rows, update_rows
from app.store.tables import encode  # noqa: F401  (``app.store.records.encode``, built once)

CHUNK = 500
_STORED = {s.name: s.stored for s in tables.SPECS}  # table -> payload -> stored columns, looked up once per row


def row_payload(table: str, row: dict) -> dict[str, Any]:
    """The payload (as the domain's payload functions shape it) of a stored row."""
    return tables.spec(table).payload(row)


def _plain(table: str, row: dict) -> dict[str, Any]:
    return {
        "id": row["id"],
        "owner": row["owner_unit"],
        "rev": row["rev"],
        "base_rev": row["base_rev"],
        "rev_by": row["rev_by"],
        "deleted": bool(row["deleted"]),
        "created_at": row["created_at"],
        "updated_at": row["updated_at"],
        "payload": row_payload(table, row),
    }


def _iter(cur) -> Iterator[dict]:
    cols = [c[0] for c in cur.description]
    for values in cur:
        yield dict(zip(cols, values))


def _owned_query(table: str, unit: str, start: str, end: str) -> tuple[str, list]:
    """SQL (and parameters) of what ``unit`` owns of ``table`` for the period ``start``–``end``.

    A dated kind: its records dated in the period; a kind whose parent kind is dated: the records whose
    parent (owned by the same unit) is dated in the period; any other kind: all of them.
    """
    k = tables.spec(table).kind
    if k.period_field:
        p = k.period_field
        return f"SELECT * FROM {table} WHERE owner_unit = ? AND {p} >= ? AND {p} <= ? ORDER BY id", [unit, start, end]
    parent = tables.spec(k.parent.kind).kind if k.parent else None
    if parent is not None and parent.period_field:
        p = parent.period_field
        return (
            f"SELECT t.* FROM {table} t JOIN {parent.name} a ON a.id = t.{k.parent.field} "
            f"WHERE t.owner_unit = ? AND a.owner_unit = ? AND a.{p} >= ? AND a.{p} <= ? ORDER BY t.id",
            [unit, unit, start, end],
        )
    return f"SELECT * FROM {table} WHERE owner_unit = ? ORDER BY id", [unit]


def owned_records(db: Database, unit: str, start: str, end: str) -> dict[str, list[dict[str, Any]]]:
    """Everything ``unit`` owns for the period ``start``–``end`` (ISO dates), tombstones included, per kind.

    Activities dated in the period, the whole roster, and the attachments of those activities (see
    :func:`_owned_query`).
    """
    out: dict[str, list[dict[str, Any]]] = {}
    for k in KINDS:
        sql, params = _owned_query(k.name, unit, start, end)
        out[k.name] = [_plain(k.name, r) for r in _iter(db.execute(sql, params))]
    return out


def stored_records(db: Database, table: str, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
    """The stored copies of ``ids`` (plain form), looked up in chunks."""
    assert table in SHARED_TABLES
    ids = list(ids)
    out: dict[str, dict[str, Any]] = {}
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        cur = db.execute(f"SELECT * FROM {table} WHERE id IN ({','.join('?' * len(chunk))})", chunk)
        for row in _iter(cur):
            out[row["id"]] = _plain(table, row)
    return out


def owners(db: Database, table: str, ids: Iterable[str]) -> dict[str, str]:
    """id -> owner unit of those of ``ids`` stored in ``table``, looked up in chunks."""
    assert table in SHARED_TABLES
    ids = list(ids)
    out: dict[str, str] = {}
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        out.update(db.execute(f"SELECT id, owner_unit FROM {table} WHERE id IN ({','.join('?' * len(chunk))})", chunk).fetchall())
    return out


def stored_row(table: str, rec: dict[str, Any]) -> dict[str, Any]:
    """The row ``insert_records`` writes for the plain record ``rec`` (no database: any thread may build it)."""
    return {
        "id": rec["id"],
        "owner_unit": rec["owner"],
        "rev": rec["rev"],
        "rev_by": rec["rev_by"],
        "base_rev": rec["base_rev"],
        "deleted": 1 if rec["deleted"] else 0,
        "created_at": rec["created_at"],
        "updated_at": rec["updated_at"],
        **_STORED[table](rec["payload"]),
    }


def _stored_rows(table: str, recs: list[dict[str, Any]], rows: dict[str, dict[str, Any]] | None) -> list[dict[str, Any]]:
    """``stored_row`` of each record, taken from ``rows`` (by id) when built beforehand."""
    return [(rows.get(r["id"]) if rows else None) or stored_row(table, r) for r in recs]


def insert_records(
    db: Database, table: str, recs: list[dict[str, Any]], rows: dict[str, dict[str, Any]] | None = None
) -> None:
    """Insert records received from their owner, keeping their owner, revision and times.

    ``rows``: ``stored_row`` of records by id, when built beforehand (others are built here).
    """
    if not recs:
        return
    rows_list = _stored_rows(table, recs, rows)
    names = list(rows_list[0])
    insert_rows(db, table, f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join(':' + n for n in names)})", rows_list)
    link = tables.spec(table).link
    if link is not None:
        link.write(db, [(r["id"], r["payload"]) for r in recs], fresh=True)


def update_records(
    db: Database, table: str, recs: list[dict[str, Any]], rows: dict[str, dict[str, Any]] | None = None
) -> None:
    """Replace stored records with newer revisions from their owner (the rev_up trigger checks the order).

    The lines these records were received from before no longer describe them (:func:`seen_lines`): a trigger
    forgets them (an import remembers its own lines after this)."""
    if not recs:
        return
    rows_list = _stored_rows(table, recs, rows)
    names = [n for n in rows_list[0] if n not in ("id", "created_at")]
    update_rows(db, table, f"UPDATE {table} SET {', '.join(f'{n} = :{n}' for n in names)} WHERE id = :id", rows_list, [r["id"] for r in recs])
    link = tables.spec(table).link
    if link is not None:
        link.write(db, [(r["id"], r["payload"]) for r in recs], fresh=False)


# -- conflicts ----------------------------------------------------------------------------------------------


def add_conflict(db: Database, row: dict[str, Any]) -> bool:
    """Keep an incoming version beside the stored one; False when this very version is already listed."""
    values = {**row, "incoming": json.dumps(row["incoming"], ensure_ascii=False, sort_keys=True)}
    cur = db.execute(
        "INSERT OR IGNORE INTO merge_conflicts (table_name, record_id, owner_unit, stored_rev, incoming_rev, "
        "incoming_base_rev, incoming_rev_by, incoming_deleted, incoming_hash, incoming, reason, bundle_id, detected_at) "
        "VALUES (:table_name, :record_id, :owner_unit, :stored_rev, :incoming_rev, :incoming_base_rev, :incoming_rev_by, "
        ":incoming_deleted, :incoming_hash, :incoming, :reason, :bundle_id, :detected_at)",
        values,
    )
    return cur.rowcount == 1


def list_conflicts(db: Database, status: str | None = "open") -> list[dict[str, Any]]:
    sql = "SELECT * FROM merge_conflicts"
    params: list = []
    if status:
        sql += " WHERE status = ?"
        params.append(status)
    rows = list(_iter(db.execute(sql + " ORDER BY owner_unit, table_name, detected_at, id", params)))
    for r in rows:
        r["incoming"] = json.loads(r["incoming"])
    return rows


def get_conflict(db: Database, conflict_id: int) -> dict[str, Any] | None:
    rows = list(_iter(db.execute("SELECT * FROM merge_conflicts WHERE id = ?", [conflict_id])))
    if not rows:
        return None
    rows[0]["incoming"] = json.loads(rows[0]["incoming"])
    return rows[0]


def close_conflict(db: Database, conflict_id: int, status: str, at: str, by: str) -> None:
    db.execute(
        "UPDATE merge_conflicts SET status = ?, resolved_at = ?, resolved_by = ? WHERE id = ?",
        [status, at, by, conflict_id],
    )


def max_rev(db: Database, table: str, record_id: str) -> int:
    assert table in SHARED_TABLES
    row = db.execute(f"SELECT rev FROM {table} WHERE id = ?", [record_id]).fetchone()
    return row[0] if row else 0


def count_open_conflicts(db: Database) -> int:
    return db.execute("SELECT COUNT(*) FROM merge_conflicts WHERE status = 'open'").fetchone()[0]


# -- lines of bundles seen before (db/migrations/0007) ------------------------------------------------------


# The kinds whose received lines are forgotten by a trigger when their record is written otherwise
# (db/migrations/0013): only these are matched by their line.
LINE_TRACKED = frozenset({"activities", "reporters"})


def seen_lines(db: Database, unit: str, tables_: Iterable[str]) -> dict[str, dict[bytes, tuple[str, int]]]:
    """Per table: line key -> (record id, rev) of ``unit``'s records imported from that very line and not
    written since (a trigger forgets the line of a record written otherwise); kinds not tracked: none."""
    out: dict[str, dict[bytes, tuple[str, int]]] = {}
    for table in tables_:
        assert table in SHARED_TABLES
        if table not in LINE_TRACKED:
            out[table] = {}
            continue
        cur = db.execute(
            "SELECT line_key, record_id, rev FROM received_lines WHERE owner_unit = ? AND table_name = ?", [unit, table]
        )
        out[table] = {key: (rid, rev) for key, rid, rev in cur}
    return out


def read_seen_lines(db_file, unit: str, tables_: Iterable[str]) -> dict[str, dict[bytes, tuple[str, int]]]:
    """:func:`seen_lines` through a read-only connection of its own (what is committed; any thread)."""
    import sqlite3
    from pathlib import Path

    con = sqlite3.connect(f"{Path(db_file).resolve().as_uri()}?mode=ro", uri=True)
    try:
        return seen_lines(Database(con), unit, tables_)
    except sqlite3.OperationalError:  # no such table yet (an older file being migrated): nothing was seen
        return {t: {} for t in tables_}
    finally:
        con.close()


def remember_lines(db: Database, unit: str, table: str, items: Iterable[tuple[str, int, bytes]]) -> None:
    """Keep (record id, rev, line key) of records just stored from those lines (inside the import's transaction)."""
    db.conn.executemany(
        "INSERT INTO received_lines (owner_unit, table_name, record_id, rev, line_key) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (owner_unit, table_name, record_id) DO UPDATE SET rev = excluded.rev, line_key = excluded.line_key",
        [(unit, table, rid, rev, key) for rid, rev, key in items],
    )


def make_current(db: Database, table: str, rec: dict[str, Any]) -> None:
    """Make the plain record ``rec`` (a received version, as its owner wrote it) the stored one, even at the
    stored revision: the one case where a revision does not count up (a person resolving a conflict). A record
    never stored (kept for review from the start: an id another unit held) is stored now."""
    assert table in SHARED_TABLES
    if not max_rev(db, table, rec["id"]):
        insert_records(db, table, [rec])
        return
    key = [table, rec["id"]]
    db.execute("INSERT OR IGNORE INTO rev_override (table_name, record_id) VALUES (?, ?)", key)
    try:
        update_records(db, table, [rec])
    finally:
        db.execute("DELETE FROM rev_override WHERE table_name = ? AND record_id = ?", key)
