"""Shared-record writes: create, update with a new revision, tombstone; each with its audit entry."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from app.core.errors import RecordNotFoundError, ValidationError
from app.core.kinds import NAMES
from app.core.models import RecordMeta
from app.store import audit
from app.store import tables
from app.store.audit import WriteContext
from app.store.connection import Database
from app.store.tables import META_COLUMNS, encode  # noqa: F401  (both were defined here; callers import them from here)

SHARED_TABLES = NAMES


@dataclass(frozen=True)
class SaveResult:
    """What a save did: ``created``, ``updated`` or ``unchanged``, and the revision now stored."""

    outcome: str
    rev: int


def meta_from_row(row: dict) -> RecordMeta:
    """The sync metadata of a stored row."""
    return RecordMeta(
        owner_unit=row["owner_unit"],
        rev=row["rev"],
        rev_by=row["rev_by"],
        base_rev=row["base_rev"],
        deleted=bool(row["deleted"]),
        created_at=row["created_at"],
        updated_at=row["updated_at"],
    )


def fetch_row(db: Database, table: str, record_id: str) -> dict | None:
    assert table in SHARED_TABLES
    cur = db.execute(f"SELECT * FROM {table} WHERE id = ?", [record_id])
    row = cur.fetchone()
    if row is None:
        return None
    return dict(zip((c[0] for c in cur.description), row))


def require_row(db: Database, table: str, record_id: str) -> dict:
    """The stored row of ``record_id``; raises RecordNotFoundError when there is none."""
    row = fetch_row(db, table, record_id)
    if row is None:
        raise RecordNotFoundError(f"no record {record_id} in {table}", record_id=record_id, table=table)
    return row


def id_by_natural_key(db: Database, table: str, unit: str, key: str) -> str | None:
    """The live record of ``unit`` in ``table`` whose natural key is ``key``, if any."""
    assert table in SHARED_TABLES
    row = db.execute(
        f"SELECT id FROM {table} WHERE owner_unit = ? AND natural_key = ? AND deleted = 0 LIMIT 1", [unit, key]
    ).fetchone()
    return row[0] if row else None


def save(
    db: Database,
    table: str,
    record_id: str,
    columns: dict[str, Any],
    ctx: WriteContext,
    derived: dict[str, Any] | None = None,
) -> SaveResult:
    """Create or update one record owned by ``ctx.unit``; call inside ``db.atomic()``.

    Args:
        columns: the record's own columns (compared to decide whether anything changed).
        derived: columns computed from them (search and sort keys), written but not compared.

    Raises:
        ValidationError: the record belongs to another unit (one writer per record) or is deleted.
    """
    assert table in SHARED_TABLES
    stored = {k: encode(v) for k, v in columns.items()}
    extra = {k: encode(v) for k, v in (derived or {}).items()}
    old = fetch_row(db, table, record_id)
    if old is None:
        row = {
            "id": record_id,
            "owner_unit": ctx.unit,
            "rev": 1,
            "rev_by": ctx.installation,
            "base_rev": 0,
            "deleted": 0,
            "created_at": ctx.now,
            "updated_at": ctx.now,
            **stored,
            **extra,
        }
        names = ", ".join(row)
        marks = ", ".join(f":{k}" for k in row)
        db.execute(f"INSERT INTO {table} ({names}) VALUES ({marks})", row)
        audit.append(db, ctx, "create", table, record_id, 1, columns)
        return SaveResult("created", 1)
    if old["owner_unit"] != ctx.unit:
        raise ValidationError(
            f"record {record_id} belongs to unit {old['owner_unit']}; only that unit may change it",
            record_id=record_id,
            owner=old["owner_unit"],
        )
    if old["deleted"]:
        raise ValidationError(f"record {record_id} was deleted; it cannot be edited", record_id=record_id)
    changes = {k: [_decode(old[k]), columns[k]] for k, v in stored.items() if old[k] != v}
    if not changes:
        return SaveResult("unchanged", old["rev"])
    rev = old["rev"] + 1
    row = {**stored, **extra, "rev": rev, "base_rev": old["rev"], "rev_by": ctx.installation, "updated_at": ctx.now}
    sets = ", ".join(f"{k} = :{k}" for k in row)
    db.execute(f"UPDATE {table} SET {sets} WHERE id = :id", {**row, "id": record_id})
    audit.append(db, ctx, "update", table, record_id, rev, changes)
    return SaveResult("updated", rev)


def save_payload(db: Database, table: str, record_id: str, payload: dict[str, Any], ctx: WriteContext) -> SaveResult:
    """Create or update one record from its payload (the single-record write path of every kind).

    The table spec turns the payload into its own and derived columns; a record whose links changed has
    them rewritten. Call inside ``db.atomic()``; raises as :func:`save`.
    """
    spec = tables.spec(table)
    result = save(db, table, record_id, spec.own(payload), ctx, spec.keys(payload))
    if spec.link is not None and result.outcome != "unchanged":
        spec.link.write(db, [(record_id, payload)], fresh=False)
    return result


def tombstone(db: Database, table: str, record_id: str, ctx: WriteContext, reason: str = "") -> SaveResult:
    """Mark a record deleted with a new revision; call inside ``db.atomic()``."""
    old = fetch_row(db, table, record_id)
    if old is None:
        raise RecordNotFoundError(f"no record {record_id} in {table}", record_id=record_id)
    if old["owner_unit"] != ctx.unit:
        raise ValidationError(f"record {record_id} belongs to unit {old['owner_unit']}", record_id=record_id)
    if old["deleted"]:
        return SaveResult("unchanged", old["rev"])
    rev = old["rev"] + 1
    db.execute(
        f"UPDATE {table} SET deleted = 1, rev = ?, base_rev = ?, rev_by = ?, updated_at = ? WHERE id = ?",
        [rev, old["rev"], ctx.installation, ctx.now, record_id],
    )
    audit.append(db, ctx, "delete", table, record_id, rev, {"reason": reason} if reason else {})
    return SaveResult("updated", rev)


def _decode(value: Any) -> Any:
    if isinstance(value, str) and value[:1] in "[{":
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value
