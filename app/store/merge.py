"""SQL of bundles: read what a unit owns for a period, write imported records with their own owner and
revision (never through ``records.save``, which stamps the importer), and keep merge conflicts.

Records travel as plain dicts: ``id, owner, rev, base_rev, rev_by, deleted, created_at, updated_at, payload``.
"""

from __future__ import annotations

import json
from typing import Any, Iterable, Iterator

from app.core.records import activity_natural_key, reporter_natural_key
from app.core.text import fold, name_sort_key
from app.store import activities as activity_repo
from app.store import reporters as reporter_repo
from app.store.connection import Database
from app.store.records import SHARED_TABLES

ATTACHMENT_COLUMNS = ("activity_id", "sha256", "filename", "size", "mime")
CHUNK = 500
_to_json = json.JSONEncoder(ensure_ascii=False).encode  # what json.dumps(v, ensure_ascii=False) gives, made once


_JSON_TYPES = (list, dict)


def encode(value: Any) -> Any:
    """``app.store.records.encode`` (lists and dicts as JSON text), without building an encoder per value."""
    if isinstance(value, (list, dict)):
        return _to_json(value) if value else ("[]" if isinstance(value, list) else "{}")
    return value


def row_payload(table: str, row: dict) -> dict[str, Any]:
    """The payload (as the domain's payload functions shape it) of a stored row."""
    if table == "activities":
        return {
            k: (json.loads(row[k]) if k in activity_repo.JSON_COLUMNS else row[k]) for k in activity_repo.PAYLOAD_COLUMNS
        }
    if table == "reporters":
        return reporter_repo._payload(row)
    if table == "attachments":
        return {k: row[k] for k in ATTACHMENT_COLUMNS}
    raise ValueError(table)


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


def owned_records(db: Database, unit: str, start: str, end: str) -> dict[str, list[dict[str, Any]]]:
    """Everything ``unit`` owns for the period ``start``–``end`` (ISO dates), tombstones included.

    Activities dated in the period, the whole roster, and the attachments of those activities.
    """
    acts = db.execute(
        "SELECT * FROM activities WHERE owner_unit = ? AND date >= ? AND date <= ? ORDER BY id", [unit, start, end]
    )
    reps = db.execute("SELECT * FROM reporters WHERE owner_unit = ? ORDER BY id", [unit])
    atts = db.execute(
        "SELECT t.* FROM attachments t JOIN activities a ON a.id = t.activity_id "
        "WHERE t.owner_unit = ? AND a.owner_unit = ? AND a.date >= ? AND a.date <= ? ORDER BY t.id",
        [unit, unit, start, end],
    )
    return {
        "activities": [_plain("activities", r) for r in _iter(acts)],
        "reporters": [_plain("reporters", r) for r in _iter(reps)],
        "attachments": [_plain("attachments", r) for r in _iter(atts)],
    }


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


def _columns(table: str, payload: dict[str, Any]) -> dict[str, Any]:
    """Stored columns (own and derived) for a payload."""
    if table == "activities":
        cols = {k: (encode(v) if isinstance(v := payload[k], _JSON_TYPES) else v) for k in activity_repo.PAYLOAD_COLUMNS}
        cols["search_key"] = activity_repo.search_key(payload)
        cols["natural_key"] = activity_natural_key(payload)
        return cols
    if table == "reporters":
        cols = {k: (encode(v) if isinstance(v, _JSON_TYPES) else v) for k, v in reporter_repo._columns(payload).items()}
        cols["sort_key"] = name_sort_key(payload["full_name"])
        cols["search_key"] = fold(
            " ".join([payload["full_name"], payload["area"], payload["organisation"], payload["phone"]])
        )
        cols["natural_key"] = reporter_natural_key(payload)
        return cols
    return {k: payload[k] for k in ATTACHMENT_COLUMNS}


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
        **_columns(table, rec["payload"]),
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
    db.conn.executemany(
        f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join(':' + n for n in names)})", rows_list
    )
    if table == "activities":
        _index(db, recs, fresh=True)


def update_records(
    db: Database, table: str, recs: list[dict[str, Any]], rows: dict[str, dict[str, Any]] | None = None
) -> None:
    """Replace stored records with newer revisions from their owner (the rev_up trigger checks the order)."""
    if not recs:
        return
    rows_list = _stored_rows(table, recs, rows)
    names = [n for n in rows_list[0] if n not in ("id", "created_at")]
    db.conn.executemany(f"UPDATE {table} SET {', '.join(f'{n} = :{n}' for n in names)} WHERE id = :id", rows_list)
    if table == "activities":
        _index(db, recs, fresh=False)


def _index(db: Database, recs: list[dict[str, Any]], fresh: bool) -> None:
    if not fresh:
        db.conn.executemany("DELETE FROM activity_reporters WHERE activity_id = ?", [(r["id"],) for r in recs])
    pairs = [(r["id"], rid) for r in recs for rid in dict.fromkeys(r["payload"]["reporter_ids"])]
    db.conn.executemany("INSERT INTO activity_reporters (activity_id, reporter_id) VALUES (?, ?)", pairs)


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
