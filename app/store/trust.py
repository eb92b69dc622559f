"""The trust list (which key signs for which unit) and this installation's own signing keys."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from app.store.connection import Database

TRUST_COLUMNS = (
    "id", "unit_code", "fingerprint", "enrolled_at", "enrolled_by", "valid_from", "valid_until", "revoked_at",
    "revoked_by", "revoke_reason", "note",
)  # fmt: skip


def _rows(cur) -> list[dict]:
    cols = [c[0] for c in cur.description]
    return [dict(zip(cols, r)) for r in cur.fetchall()]


def list_trusted(db: Database, unit: str | None = None) -> list[dict]:
    """Trust-list rows, by unit then enrolment time."""
    if unit:
        return _rows(db.execute("SELECT * FROM trusted_keys WHERE unit_code = ? ORDER BY enrolled_at, id", [unit]))
    return _rows(db.execute("SELECT * FROM trusted_keys ORDER BY unit_code, enrolled_at, id"))


def trusted_for(db: Database, unit: str, fingerprint: str) -> list[dict]:
    """The rows that can decide whether ``fingerprint`` signs for ``unit`` (that unit's keys and that key's
    enrolments), in the order of ``list_trusted``: an import reads these, not the whole country's list."""
    return _rows(
        db.execute(
            "SELECT * FROM trusted_keys WHERE unit_code = ? OR fingerprint = ? ORDER BY unit_code, enrolled_at, id",
            [unit, fingerprint],
        )
    )


def find_trusted(db: Database, unit: str, fingerprint: str) -> dict | None:
    rows = _rows(db.execute("SELECT * FROM trusted_keys WHERE unit_code = ? AND fingerprint = ?", [unit, fingerprint]))
    return rows[0] if rows else None


def add_trusted(db: Database, row: dict) -> None:
    """Insert one enrolment (call inside ``db.atomic()``)."""
    values = {"valid_from": None, "valid_until": None, "note": "", **row}
    db.execute(
        "INSERT INTO trusted_keys (unit_code, fingerprint, enrolled_at, enrolled_by, valid_from, valid_until, note) "
        "VALUES (:unit_code, :fingerprint, :enrolled_at, :enrolled_by, :valid_from, :valid_until, :note)",
        values,
    )


def retire_current(db: Database, unit: str, until: str) -> int:
    """End the validity of the unit's current keys at ``until``; returns how many were retired."""
    cur = db.execute(
        "UPDATE trusted_keys SET valid_until = ? WHERE unit_code = ? AND valid_until IS NULL AND revoked_at IS NULL",
        [until, unit],
    )
    return cur.rowcount


def revoke(db: Database, unit: str, fingerprint: str, at: str, by: str, reason: str) -> None:
    db.execute(
        "UPDATE trusted_keys SET revoked_at = ?, revoked_by = ?, revoke_reason = ? WHERE unit_code = ? AND fingerprint = ?",
        [at, by, reason, unit, fingerprint],
    )


def read_trust_list(db_file: Path) -> list[dict] | None:
    """The trust list read from a database file opened read-only, or None when there is none."""
    if not db_file.exists() or db_file.stat().st_size == 0:
        return None
    try:
        con = sqlite3.connect(f"{db_file.as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        cur = con.execute("SELECT * FROM trusted_keys ORDER BY unit_code, enrolled_at, id")
        return _rows(cur)
    except sqlite3.Error:
        return None
    finally:
        con.close()


# -- own signing keys ----------------------------------------------------------------------------------------


def current_signing_key(db: Database) -> dict | None:
    rows = _rows(db.execute("SELECT * FROM signing_keys WHERE retired_at IS NULL ORDER BY created_at DESC LIMIT 1"))
    return rows[0] if rows else None


def list_signing_keys(db: Database) -> list[dict]:
    return _rows(db.execute("SELECT * FROM signing_keys ORDER BY created_at"))


def add_signing_key(db: Database, row: dict) -> None:
    """Record a new key and retire the previous one (call inside ``db.atomic()``)."""
    db.execute("UPDATE signing_keys SET retired_at = ? WHERE retired_at IS NULL", [row["created_at"]])
    db.execute(
        "INSERT INTO signing_keys (fingerprint, public_key, file, encrypted, created_at) "
        "VALUES (:fingerprint, :public_key, :file, :encrypted, :created_at)",
        row,
    )
