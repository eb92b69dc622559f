"""Batched inserts of new records: the rows ``records.save_payload`` writes, at a fraction of the cost."""

from __future__ import annotations

import hashlib
from functools import lru_cache
from typing import Any, Iterable

from app.core.errors import ValidationError
from app.core.models import Activity
from app.core.records import activity_payload
from app.store import audit, tables
from app.store.audit import WriteContext
from app.store.connection import Database
from app.store.search_index import insert_rows
from app.store.tables import ACTIVITY_TABLE, META_COLUMNS

PAYLOAD_COLUMNS = ACTIVITY_TABLE.columns


@lru_cache(maxsize=None)
def _insert_sql(table: str) -> str:
    spec = tables.spec(table)
    names = (*META_COLUMNS, *spec.columns, *spec.derived_names)
    return f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"


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
    return insert_payloads(db, "activities", items, ctx)


def insert_payloads(db: Database, table: str, items: Iterable[tuple[str, dict[str, Any]]], ctx: WriteContext) -> int:
    """Insert new records of ``table`` owned by ``ctx.unit`` from (id, payload) items; returns how many.

    The rows and links are those of ``records.save_payload`` for a new record (the table spec builds both);
    one audit entry sums the batch up. Raises ValidationError as :func:`insert_activities_bulk`.
    """
    spec = tables.spec(table)
    values, link = spec.values, spec.link
    rows: list[tuple] = []
    links: list[tuple[str, Any]] = []
    ids: list[str] = []
    head = (ctx.unit, 1, ctx.installation, 0, 0, ctx.now, ctx.now)
    for record_id, payload in items:
        rows.append((record_id, *head, *values(payload)))
        if link is not None:
            links.extend(link.pairs(record_id, payload))
        ids.append(record_id)
    if not rows:
        return 0
    _refuse_known_ids(db, table, ids)
    insert_rows(db, table, _insert_sql(table), rows)
    if link is not None:
        link.insert(db, links)
    digest = hashlib.sha256("\n".join(ids).encode("ascii")).hexdigest()
    summary = {"count": len(ids), "first_id": ids[0], "last_id": ids[-1], "ids_sha256": digest}
    audit.append(db, ctx, "bulk-create", table, "", 1, summary)
    return len(rows)


def encoded_columns(payload: dict[str, Any]) -> tuple:
    """An activity payload's columns as stored (``records.encode``: lists as JSON text), in ``PAYLOAD_COLUMNS`` order."""
    return ACTIVITY_TABLE.encoded(payload)


def encoder(table: str):
    """payload -> its own columns as stored, in the spec's order (what :func:`stored_columns` gives for ``table``)."""
    return tables.spec(table).encoded


def stored_columns(db: Database, unit: str, ids: Iterable[str], table: str = "activities") -> dict[str, tuple]:
    """Id → stored own columns (as :func:`encoder` gives them) of those of ``ids`` that are live records of
    ``unit`` in ``table``, 500 ids per query.

    ``records.save_payload`` leaves a record unchanged exactly when its encoded payload equals these columns,
    so an import can skip such rows without a look-up each.
    """
    wanted = list(dict.fromkeys(ids))
    columns = tables.spec(table).columns
    select = f"SELECT id, {', '.join(columns)} FROM {table} WHERE owner_unit = ? AND deleted = 0 AND id IN "
    out: dict[str, tuple] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        for row in db.execute(f"{select}({','.join('?' * len(chunk))})", [unit, *chunk]):
            out[row[0]] = tuple(row[1:])
    return out


def _refuse_known_ids(db: Database, table: str, ids: list[str]) -> None:
    word = tables.spec(table).kind.label
    seen: set[str] = set()
    twice = next((i for i in ids if i in seen or seen.add(i)), None)
    if twice is not None:
        raise ValidationError(f"{word} {twice} appears twice in the batch", record_id=twice)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        row = db.execute(f"SELECT id FROM {table} WHERE id IN ({','.join('?' * len(chunk))}) LIMIT 1", chunk).fetchone()
        if row is not None:
            raise ValidationError(f"{word} {row[0]} is already stored; a bulk load only adds new {table}", record_id=row[0])
