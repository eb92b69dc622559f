"""Load the versioned catalogs shipped in resources/catalogs."""

from __future__ import annotations

import json
from functools import lru_cache

from app.core.catalogs import Catalog, Catalogs, parse_catalog
from app.paths import resource_path

CATALOG_FILES = ("forms", "target_groups", "dismissal_grounds", "reporting_rules")


def load_catalog(name: str) -> Catalog:
    """Read resources/catalogs/<name>.json."""
    path = resource_path("catalogs", f"{name}.json")
    return parse_catalog(json.loads(path.read_text(encoding="utf-8")))


@lru_cache(maxsize=1)
def load_catalogs() -> Catalogs:
    """All catalogs, read once per process."""
    return Catalogs(*(load_catalog(name) for name in CATALOG_FILES))
