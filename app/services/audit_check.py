"""``pbgdpl audit verify``: the hash chain of the audit log, checked entry by entry (docs/reliability.md)."""

from __future__ import annotations

from typing import Any

from app.services.workspace import Workspace
from app.store import audit


def verify(ws: Workspace) -> dict[str, Any]:
    """``{"ok": True, "entries": n}``, or the first entry whose hash does not follow from the one before it."""
    broken = audit.verify_chain(ws.db)
    total = ws.db.execute("SELECT COUNT(*) FROM audit_log").fetchone()[0]
    if broken is None:
        return {"ok": True, "entries": total}
    row = ws.db.execute("SELECT seq, at, actor, action, table_name, record_id FROM audit_log WHERE seq = ?", [broken]).fetchone()
    keys = ("seq", "at", "actor", "action", "table_name", "record_id")
    return {"ok": False, "entries": total, "first_broken": dict(zip(keys, row))}
