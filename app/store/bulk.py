"""Batched inserts of new activities: the rows ``save_activity`` writes, at a fraction of the cost."""

from __future__ import annotations

import hashlib
import json
from typing import Any, Iterable

from app.core.errors import ValidationError
from app.core.models import Activity
from app.core.records import activity_natural_key, activity_payload
from app.store import audit
from app.store.activities import PAYLOAD_COLUMNS, search_key
from app.store.audit import WriteContext
from app.store.connection import Database

_COLUMNS = (
    "id", "owner_unit", "rev", "rev_by", "base_rev", "deleted", "created_at", "updated_at",
    *PAYLOAD_COLUMNS, "search_key", "natural_key",
)  # fmt: skip
_INSERT = f"INSERT INTO activities ({', '.join(_COLUMNS)}) VALUES ({', '.join('?' * len(_COLUMNS))})"


def insert_activities_bulk(db: Database, activities: Iterable[Activity], ctx: WriteContext) -> int:
    """Insert new activities owned by ``ctx.unit`` (call inside ``db.atomic()``); returns how many.

    Each row is what ``save_activity`` writes for a new record: revision 1 by ``ctx.installation``, the
    search and natural keys, the reporter index. One audit entry sums the batch up (count, first and
    last id, SHA-256 of the ids) instead of one entry per row.

    Raises:
        ValidationError: an id is already stored or repeated in the batch; nothing of the batch is written.
    """
    return insert_activity_payloads(db, ((a.id, activity_payload(a)) for a in activities), ctx)


def insert_activity_payloads(db: Database, items: Iterable[tuple[str, dict[str, Any]]], ctx: WriteContext) -> int:
    """:func:`insert_activities_bulk` for activities already turned into ``activity_payload`` data: (id, payload)."""
    rows: list[tuple] = []
    links: list[tuple[str, str]] = []
    ids: list[str] = []
    head = (ctx.unit, 1, ctx.installation, 0, 0, ctx.now, ctx.now)
    for record_id, payload in items:
        rows.append((record_id, *head, *encoded_columns(payload), search_key(payload), activity_natural_key(payload)))
        links.extend((record_id, rid) for rid in dict.fromkeys(payload["reporter_ids"]))
        ids.append(record_id)
    if not rows:
        return 0
    _refuse_known_ids(db, ids)
    conn = db.conn
    conn.executemany(_INSERT, rows)
    conn.executemany("INSERT INTO activity_reporters (activity_id, reporter_id) VALUES (?, ?)", links)
    digest = hashlib.sha256("\n".join(ids).encode("ascii")).hexdigest()
    summary = {"count": len(ids), "first_id": ids[0], "last_id": ids[-1], "ids_sha256": digest}
    audit.append(db, ctx, "bulk-create", "activities", "", 1, summary)
    return len(rows)


_JSON = json.JSONEncoder(ensure_ascii=False).encode  # what json.dumps(v, ensure_ascii=False) does, built once


def encoded_columns(payload: dict[str, Any]) -> tuple:
    """An activity payload's columns as stored (``records.encode``: lists as JSON text), in ``PAYLOAD_COLUMNS`` order."""
    return tuple(_JSON(v) if isinstance(v, (list, dict)) else v for v in map(payload.__getitem__, PAYLOAD_COLUMNS))


def stored_columns(db: Database, unit: str, ids: Iterable[str]) -> dict[str, tuple]:
    """Id → stored payload columns (as :func:`encoded_columns` gives them) of those of ``ids`` that are live
    activities of ``unit``, 500 ids per query.

    ``save_activity`` leaves a record unchanged exactly when its encoded payload equals these columns, so an
    import can skip such rows without a look-up each.
    """
    wanted = list(dict.fromkeys(ids))
    select = f"SELECT id, {', '.join(PAYLOAD_COLUMNS)} FROM activities WHERE owner_unit = ? AND deleted = 0 AND id IN "
    out: dict[str, tuple] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        for row in db.execute(f"{select}({','.join('?' * len(chunk))})", [unit, *chunk]):
            out[row[0]] = tuple(row[1:])
    return out


def _refuse_known_ids(db: Database, ids: list[str]) -> None:
    seen: set[str] = set()
    twice = next((i for i in ids if i in seen or seen.add(i)), None)
    if twice is not None:
        raise ValidationError(f"activity {twice} appears twice in the batch", record_id=twice)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        row = db.execute(f"SELECT id FROM activities WHERE id IN ({','.join('?' * len(chunk))}) LIMIT 1", chunk).fetchone()
        if row is not None:
            raise ValidationError(f"activity {row[0]} is already stored; a bulk load only adds new activities", record_id=row[0])
