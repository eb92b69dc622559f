"""Append-only, hash-chained audit log of who changed what and when."""

from __future__ import annotations

import json
from dataclasses import dataclass

from app.store.connection import Database

GENESIS = "0" * 64


@dataclass(frozen=True)
class WriteContext:
    """Who writes, from which installation, for which unit, at what time (ISO 8601)."""

    installation: str
    actor: str
    unit: str
    now: str
    source: str = ""  # e.g. "import:activities.xlsx" or "bundle:<id>"


def _entry_hash(prev_hash: str, fields: dict) -> str:
    import hashlib  # here: opening the program writes nothing, and loading OpenSSL costs ~3 ms of start-up

    text = prev_hash + json.dumps(fields, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def append(
    db: Database,
    ctx: WriteContext,
    action: str,
    table: str = "",
    record_id: str = "",
    rev: int | None = None,
    changes: dict | None = None,
) -> None:
    """Append one event; call inside the transaction of the change it records."""
    row = db.execute("SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    prev = row[0] if row else GENESIS
    fields = {
        "at": ctx.now,
        "actor": ctx.actor,
        "installation": ctx.installation,
        "action": action,
        "table_name": table,
        "record_id": record_id,
        "rev": rev,
        "changes": json.dumps(changes or {}, ensure_ascii=False, sort_keys=True),
        "source": ctx.source,
    }
    db.execute(
        "INSERT INTO audit_log (at, actor, installation, action, table_name, record_id, rev, changes, source, "
        "prev_hash, hash) VALUES (:at, :actor, :installation, :action, :table_name, :record_id, :rev, :changes, "
        ":source, :prev_hash, :hash)",
        {**fields, "prev_hash": prev, "hash": _entry_hash(prev, fields)},
    )


def verify_chain(db: Database) -> int | None:
    """Return the seq of the first entry whose hash does not match, or None when the chain is whole."""
    prev = GENESIS
    for row in db.execute(
        "SELECT seq, at, actor, installation, action, table_name, record_id, rev, changes, source, prev_hash, hash "
        "FROM audit_log ORDER BY seq"
    ):
        seq, *values, prev_hash, digest = row
        fields = dict(
            zip(("at", "actor", "installation", "action", "table_name", "record_id", "rev", "changes", "source"), values)
        )
        if prev_hash != prev or _entry_hash(prev, fields) != digest:
            return seq
        prev = digest
    return None


def entries(db: Database, record_id: str | None = None, limit: int = 200) -> list[dict]:
    """Newest entries first, optionally for one record."""
    sql = "SELECT * FROM audit_log"
    params: list = []
    if record_id:
        sql += " WHERE record_id = ?"
        params.append(record_id)
    sql += " ORDER BY seq DESC LIMIT ?"
    params.append(limit)
    cur = db.execute(sql, params)
    cols = [c[0] for c in cur.description]
    return [dict(zip(cols, r)) for r in cur.fetchall()]
