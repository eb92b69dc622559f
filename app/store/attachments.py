"""Attachments: files stored once by SHA-256 under the data folder, with a shared record each."""

from __future__ import annotations

import hashlib
import mimetypes
import shutil
from pathlib import Path

from app.core.models import Attachment
from app.core.records import attachment_payload
from app.fileio import atomic_writer
from app.store import records
from app.store.audit import WriteContext
from app.store.connection import Database


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def blob_path(files_dir: Path, sha256: str) -> Path:
    return files_dir / sha256[:2] / sha256


def store_blob(files_dir: Path, source: Path) -> tuple[str, int]:
    """Copy ``source`` into the content store (once per content); returns (sha256, size)."""
    sha = file_sha256(source)
    target = blob_path(files_dir, sha)
    if not target.exists():
        with open(source, "rb") as src, atomic_writer(target) as out:
            shutil.copyfileobj(src, out.file, 1 << 20)
    return sha, target.stat().st_size


def add_attachment(db: Database, files_dir: Path, activity_id: str, source: Path, ctx: WriteContext) -> Attachment:
    """Store ``source`` and attach it to an activity (call inside ``db.atomic()``)."""
    sha, size = store_blob(files_dir, Path(source))
    return record_attachment(db, activity_id, Path(source).name, sha, size, ctx)


def record_attachment(db: Database, activity_id: str, filename: str, sha: str, size: int, ctx: WriteContext) -> Attachment:
    """Attach the stored blob ``sha`` (see :func:`store_blob`) to an activity (call inside ``db.atomic()``)."""
    att = Attachment(
        activity_id=activity_id,
        sha256=sha,
        filename=filename,
        size=size,
        mime=mimetypes.guess_type(filename)[0] or "application/octet-stream",
    )
    records.save_payload(db, "attachments", att.id, attachment_payload(att), ctx)
    return att


def list_attachments(db: Database, activity_id: str) -> list[Attachment]:
    cur = db.execute(
        "SELECT * FROM attachments WHERE activity_id = ? AND deleted = 0 ORDER BY created_at, rowid", [activity_id]
    )
    cols = [c[0] for c in cur.description]
    out = []
    for values in cur:
        row = dict(zip(cols, values))
        out.append(
            Attachment(
                row["id"], row["activity_id"], row["sha256"], row["filename"], row["size"], row["mime"],
                records.meta_from_row(row),
            )
        )
    return out
