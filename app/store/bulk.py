"""Batched inserts of new activities: the rows ``save_activity`` writes, at a fraction of the cost."""

from __future__ import annotations

import hashlib
from typing import Iterable

from sqlite_utils import Database

from app.core.errors import ValidationError
from app.core.models import Activity
from app.core.records import activity_natural_key, activity_payload
from app.store import audit
from app.store.activities import PAYLOAD_COLUMNS, search_key
from app.store.audit import WriteContext
from app.store.records import encode

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
    rows: list[tuple] = []
    links: list[tuple[str, str]] = []
    ids: list[str] = []
    head = (ctx.unit, 1, ctx.installation, 0, 0, ctx.now, ctx.now)
    for activity in activities:
        payload = activity_payload(activity)
        values = tuple(encode(payload[k]) for k in PAYLOAD_COLUMNS)
        rows.append((activity.id, *head, *values, search_key(payload), activity_natural_key(payload)))
        links.extend((activity.id, rid) for rid in dict.fromkeys(payload["reporter_ids"]))
        ids.append(activity.id)
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
