"""Spreadsheet and JSON imports on record (table file_imports), and the bulk look-ups an import needs."""

from __future__ import annotations

import json
from typing import Any, Iterable

from app.core.kinds import NAMES, kind
from app.store.connection import Database


def record_import(
    db: Database,
    *,
    at: str,
    kind: str,
    filename: str,
    sha256: str,
    counts: dict[str, int],
    report: dict[str, Any],
) -> int:
    """Add one import to the record (call inside the import's transaction); returns its row id.

    Args:
        counts: ``rows``, ``created``, ``updated``, ``unchanged`` and ``skipped``.
    """
    cur = db.execute(
        "INSERT INTO file_imports (at, kind, filename, sha256, rows, created, updated, unchanged, skipped, report) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            at, kind, filename, sha256, counts.get("rows", 0), counts.get("created", 0), counts.get("updated", 0),
            counts.get("unchanged", 0), counts.get("skipped", 0), json.dumps(report, ensure_ascii=False, default=str),
        ],
    )  # fmt: skip
    return int(cur.lastrowid)


def last_import(db: Database, sha256: str, kind: str) -> dict | None:
    """The latest import of the same file content and kind, or None."""
    cur = db.execute(
        "SELECT id, at, kind, filename, rows, created, updated, unchanged, skipped FROM file_imports "
        "WHERE sha256 = ? AND kind = ? ORDER BY id DESC LIMIT 1",
        [sha256, kind],
    )
    row = cur.fetchone()
    return dict(zip((c[0] for c in cur.description), row)) if row else None


def list_imports(db: Database, limit: int = 50) -> list[dict]:
    """Newest imports first, without their reports."""
    cur = db.execute(
        "SELECT id, at, kind, filename, sha256, rows, created, updated, unchanged, skipped FROM file_imports "
        "ORDER BY id DESC LIMIT ?",
        [limit],
    )
    cols = [c[0] for c in cur.description]
    return [dict(zip(cols, r)) for r in cur.fetchall()]


def natural_keys(db: Database, table: str, unit: str) -> dict[str, str]:
    """Natural key → id of every live record of ``unit`` in ``table``, in one query."""
    assert kind(table).natural_key is not None
    rows = db.execute(f"SELECT natural_key, id FROM {table} WHERE owner_unit = ? AND deleted = 0 ORDER BY rowid", [unit])
    out: dict[str, str] = {}
    for key, record_id in rows:
        out.setdefault(key, record_id)
    return out


def reporter_names(db: Database, unit: str) -> dict[str, list[str]]:
    """Folded name → ids of the live reporters of ``unit`` (from their natural keys), in one query."""
    out: dict[str, list[str]] = {}
    rows = db.execute("SELECT natural_key, id FROM reporters WHERE owner_unit = ? AND deleted = 0 ORDER BY sort_key", [unit])
    for key, record_id in rows:
        out.setdefault(key.rsplit("|", 1)[0], []).append(record_id)
    return out


def reporter_labels(db: Database, unit: str) -> dict[str, str]:
    """Id → full name of every reporter of ``unit`` (deleted ones too, so old activities still show names)."""
    return dict(db.execute("SELECT id, full_name FROM reporters WHERE owner_unit = ?", [unit]).fetchall())


def owners(db: Database, table: str, ids: Iterable[str]) -> dict[str, tuple[str, bool]]:
    """Id → (owner unit, deleted) for those of ``ids`` that exist, 500 per query."""
    assert table in NAMES
    wanted = list(dict.fromkeys(ids))
    out: dict[str, tuple[str, bool]] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for record_id, owner, deleted in db.execute(f"SELECT id, owner_unit, deleted FROM {table} WHERE id IN ({marks})", chunk):
            out[record_id] = (owner, bool(deleted))
    return out
