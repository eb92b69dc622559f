"""What a killed run leaves beside the database, removed by the next one (docs/reliability.md).

- ``.part`` files (app.fileio's temporary files) whose writing process is gone, anywhere in the data folder
  and in the folder a bundle is exported to (a USB stick);
- kept copies in ``bundles/received/`` (and their ``.report.json``) of imports the database does not hold:
  the copy is written while the import's transaction is open, so a kill before its commit leaves the copy.

The sweep runs inside a write transaction (``BEGIN IMMEDIATE``): no other pbgdpl is in the middle of an import
then (an import writes its copies while it holds the write lock), so no copy of a running import is taken for
debris. Attachment files (``files/``) are left alone: a conflict kept for later may need them.
"""

from __future__ import annotations

import logging
from pathlib import Path

from app.fileio import sweep_parts
from app.store import sync_state

log = logging.getLogger("app.services.debris")
REPORT_SUFFIX = ".report.json"


def _received(ws) -> Path:
    return ws.paths.data / "bundles" / "received"


def _key(path: Path) -> tuple[str, str]:
    return path.parent.name, path.name


def sweep(ws, *, extra_folders: tuple[Path, ...] = ()) -> list[Path]:
    """Remove the debris of killed runs from the data folder (and ``extra_folders``); returns what was removed."""
    removed: list[Path] = []
    with ws.db.atomic():
        removed += sweep_parts(ws.paths.data, recursive=True)
        for folder in extra_folders:
            removed += sweep_parts(folder)
        received = _received(ws)
        if received.is_dir():
            held = {_key(Path(p)) for p in sync_state.held_copies(ws.db) if p}
            for path in sorted(received.glob("*/*")):
                if not path.is_file():
                    continue
                copy = path.with_name(path.name[: -len(REPORT_SUFFIX)]) if path.name.endswith(REPORT_SUFFIX) else path
                if copy.name.startswith(".") or _key(copy) in held:
                    continue
                try:
                    path.unlink()
                    removed.append(path)
                except OSError:  # pragma: no cover  (held open elsewhere on Windows): the next sweep tries again
                    continue
    if removed:
        log.info("removed %d file(s) left by an interrupted run: %s", len(removed), ", ".join(str(p) for p in removed[:20]))
    return removed
