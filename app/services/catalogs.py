"""Load the versioned catalogs shipped in resources/catalogs, with the other versions kept as data.

The files ``resources/catalogs/<name>.json`` are the current versions. Other versions of a catalog (older ones a
commune may still write under, or newer ones published before this program ships them) are kept side by side
as ``resources/catalogs/history/<name>/<version>.json``; a data folder may add its own in
``<data folder>/catalogs/<name>/<version>.json`` (``load_catalogs(extra)``). Every known version serves to
validate bundles written under it and to label codes it has.
"""

from __future__ import annotations

import json
import logging
from functools import lru_cache
from pathlib import Path

from app.core.catalogs import CATALOG_NAMES, Catalog, Catalogs, parse_catalog, with_history
from app.paths import resource_path

CATALOG_FILES = CATALOG_NAMES
HISTORY = "history"

log = logging.getLogger(__name__)


def load_catalog(name: str) -> Catalog:
    """Read resources/catalogs/<name>.json."""
    path = resource_path("catalogs", f"{name}.json")
    return parse_catalog(json.loads(path.read_text(encoding="utf-8")))


def load_history(root: Path) -> list[Catalog]:
    """Every ``<root>/<name>/<version>.json`` of a known catalog name; an unreadable file is logged and skipped."""
    found: list[Catalog] = []
    for name in CATALOG_NAMES:
        folder = Path(root) / name
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.json")):
            try:
                catalog = parse_catalog(json.loads(path.read_text(encoding="utf-8")))
            except (OSError, ValueError, KeyError, TypeError) as exc:
                log.warning("catalog file %s skipped: %s", path, exc)
                continue
            if catalog.name != name:
                log.warning("catalog file %s names catalog %r, not %r: skipped", path, catalog.name, name)
                continue
            found.append(catalog)
    return found


@lru_cache(maxsize=1)
def _shipped() -> tuple[Catalogs, Catalogs, tuple[Catalog, ...]]:
    """The shipped catalogs knowing their history; and the parts they were built from."""
    current = Catalogs(*(load_catalog(name) for name in CATALOG_FILES))
    history = tuple(load_history(resource_path("catalogs", HISTORY)))
    return with_history(current, history), current, history


@lru_cache(maxsize=4)
def _with_extra(folder: str) -> Catalogs:
    _, current, history = _shipped()
    return with_history(current, [*history, *load_history(Path(folder))])


def load_catalogs(extra: Path | None = None) -> Catalogs:
    """All catalogs, read once per process: the current versions knowing every version kept as data.

    ``extra``: a folder of more versions (``<name>/<version>.json``), e.g. the data folder's ``catalogs``;
    ignored when it does not exist.
    """
    if extra is not None and Path(extra).is_dir():
        return _with_extra(str(extra))
    return _shipped()[0]
