"""Bundles written here (with their per-source sequence numbers) and bundles imported here."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from app.store.connection import Database


def _rows(cur) -> list[dict]:
    cols = [c[0] for c in cur.description]
    return [dict(zip(cols, r)) for r in cur.fetchall()]


def next_export_seq(db: Database) -> int:
    """The next bundle number: after every bundle written here, and after ``export_seq_floor`` (the highest
    number the upper level had received from this unit when its data was restored: app.services.restore)."""
    return db.execute(
        "SELECT MAX(COALESCE(MAX(seq), 0), COALESCE((SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'export_seq_floor'), 0)) + 1 "
        "FROM bundle_exports"
    ).fetchone()[0]


def reserve_export_seq(db: Database, row: dict) -> int:
    """Take the next sequence number before the bundle's file is written (a row with an empty sha256).

    A run killed after this keeps the number used up, so no two different bundles ever carry the same number;
    ``record_export`` fills the row in, ``release_export_seq`` gives the number back when no file was written.
    """
    with db.atomic():
        seq = next_export_seq(db)
        db.execute(
            "INSERT INTO bundle_exports (seq, bundle_id, unit_code, period, fingerprint, filename, path, sha256, size, "
            "counts, created_at) VALUES (?, ?, ?, ?, ?, '', ?, '', 0, '{}', ?)",
            [seq, row["bundle_id"], row["unit_code"], row["period"], row["fingerprint"], row.get("path", ""), row["created_at"]],
        )
    return seq


def release_export_seq(db: Database, seq: int) -> None:
    """Give back a reserved number whose bundle was never written (the write failed and was cleaned up)."""
    with db.atomic():
        db.execute("DELETE FROM bundle_exports WHERE seq = ? AND sha256 = ''", [seq])


def record_export(db: Database, row: dict) -> None:
    """``row["relayed_ids"]``: the ids of the received bundles it carried (a relay bundle), else none."""
    values = {
        **row, "counts": json.dumps(row.get("counts", {}), sort_keys=True), "relayed": json.dumps(sorted(row.get("relayed_ids") or ())),
    }  # fmt: skip
    with db.atomic():
        db.execute(
            "INSERT INTO bundle_exports (seq, bundle_id, unit_code, period, fingerprint, filename, path, sha256, size, "
            "counts, created_at, relayed) VALUES (:seq, :bundle_id, :unit_code, :period, :fingerprint, :filename, :path, "
            ":sha256, :size, :counts, :created_at, :relayed) ON CONFLICT (seq) DO UPDATE SET bundle_id = excluded.bundle_id, "
            "filename = excluded.filename, path = excluded.path, sha256 = excluded.sha256, size = excluded.size, "
            "counts = excluded.counts, created_at = excluded.created_at, relayed = excluded.relayed",
            values,
        )


def relayed_ids(db: Database) -> set[str]:
    """The ids of the received bundles that a bundle written here carried upward (relay bundles)."""
    return {r[0] for r in db.execute("SELECT j.value FROM bundle_exports e, json_each(e.relayed) j WHERE e.sha256 != ''")}


def list_exports(db: Database) -> list[dict]:
    """Bundles written here (a number reserved by an export that never finished is left out)."""
    return _rows(db.execute("SELECT * FROM bundle_exports WHERE sha256 != '' ORDER BY seq DESC"))


def held_copies(db: Database) -> set[str]:
    """The kept copies of bundle imports the database holds (their stored paths)."""
    return {r[0] for r in db.execute("SELECT stored_path FROM bundle_imports WHERE stored_path IS NOT NULL")}


def attachment_shas(db: Database) -> set[str]:
    """Every file (SHA-256) an attachment row names, deleted ones included."""
    return {r[0] for r in db.execute("SELECT DISTINCT sha256 FROM attachments")}


IMPORT_COLUMNS = (
    "bundle_id", "source_unit", "seq", "periods", "fingerprint", "created_at", "app_version", "imported_at",
    "imported_by", "filename", "sha256", "size", "stored_path", "report",
)  # fmt: skip


def find_import(db: Database, bundle_id: str) -> dict | None:
    rows = _rows(db.execute("SELECT * FROM bundle_imports WHERE bundle_id = ?", [bundle_id]))
    return rows[0] if rows else None


def imported_bundle_ids(db: Database) -> set[str]:
    """The ids of every bundle imported here (an import decides a known one right after its signature)."""
    return {r[0] for r in db.execute("SELECT bundle_id FROM bundle_imports")}


def record_import(db: Database, row: dict) -> None:
    """Register an imported bundle (call inside the import's transaction)."""
    values = {k: row.get(k, "") for k in IMPORT_COLUMNS}
    for k in ("periods", "report"):
        if not isinstance(values[k], str):
            values[k] = json.dumps(values[k], ensure_ascii=False, sort_keys=True)
    db.execute(
        f"INSERT INTO bundle_imports ({', '.join(IMPORT_COLUMNS)}) VALUES ({', '.join(':' + k for k in IMPORT_COLUMNS)})",
        values,
    )


def import_seqs(db: Database, unit: str) -> list[int]:
    return [r[0] for r in db.execute("SELECT seq FROM bundle_imports WHERE source_unit = ? ORDER BY seq", [unit])]


def list_imports(db: Database, unit: str | None = None) -> list[dict]:
    sql = (
        "SELECT bundle_id, source_unit, seq, periods, fingerprint, created_at, app_version, imported_at, imported_by, filename, sha256, size, stored_path, "
        "COALESCE(json_extract(report, '$.sent_by'), '') AS sent_by, "
        "COALESCE(json_extract(report, '$.installation_id'), '') AS installation_id, "
        "COALESCE(json_extract(report, '$.earlier'), '[]') AS earlier, rowid AS received_no FROM bundle_imports"
    )
    params: list = []
    if unit:
        sql += " WHERE source_unit = ?"
        params.append(unit)
    return _rows(db.execute(sql + " ORDER BY source_unit, seq", params))


def installations(db: Database, units: list[str]) -> dict[str, set[str]]:
    """unit -> the installation ids its imported bundles came from (the manifests' ``source.installation_id``)."""
    out: dict[str, set[str]] = {u: set() for u in units}
    if units:
        cur = db.execute(
            "SELECT DISTINCT source_unit, json_extract(report, '$.installation_id') FROM bundle_imports "
            f"WHERE source_unit IN ({','.join('?' * len(units))})",
            list(units),
        )
        for unit, installation in cur:
            if installation:
                out[unit].add(installation)
    return out


def import_report(db: Database, bundle_id: str) -> dict | None:
    row = db.execute("SELECT report FROM bundle_imports WHERE bundle_id = ?", [bundle_id]).fetchone()
    return json.loads(row[0]) if row else None


def read_import(db_file: Path, bundle_id: str) -> dict | None:
    """Look up an import in a database file opened read-only (for ``bundle verify``)."""
    if not db_file.exists() or db_file.stat().st_size == 0:
        return None
    try:
        con = sqlite3.connect(f"{db_file.as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        rows = _rows(con.execute("SELECT bundle_id, imported_at, imported_by FROM bundle_imports WHERE bundle_id = ?", [bundle_id]))
        return rows[0] if rows else None
    except sqlite3.Error:
        return None
    finally:
        con.close()


def last_seq_before(db: Database, unit: str, fingerprint: str, until: str) -> int | None:
    """The highest sequence number received from ``unit`` signed by ``fingerprint`` up to ``until`` (this level's
    time, ISO 8601), or None."""
    row = db.execute(
        "SELECT MAX(seq) FROM bundle_imports WHERE source_unit = ? AND fingerprint = ? AND imported_at <= ?",
        [unit, fingerprint, until or "9999"],
    ).fetchone()
    return row[0] if row and row[0] is not None else None
