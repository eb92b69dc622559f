"""The criteria sets of chuẩn tiếp cận pháp luật, read from data: shipped, kept versions, and the data folder's.

``resources/catalogs/criteria/<SET>.json`` is the shipped current version of each set; other shipped versions are
kept as ``resources/catalogs/criteria/history/<SET>/<version>.json``; a data folder holds the versions it received
(a province's signed catalog update) as ``<data>/catalogs/criteria/<SET>/<version>.json``. An assessment names the
set and version it was made under, so every version it may name stays readable.
"""

from __future__ import annotations

import json
import logging
from functools import lru_cache
from pathlib import Path

from app.core.assessment import CriteriaSet, CriteriaSetError, parse_criteria_set, pick_set
from app.core.errors import UserFixableError
from app.paths import resource_path

log = logging.getLogger(__name__)
FOLDER = "criteria"


class UnknownCriteriaSetError(UserFixableError):
    code = "E-ASSESS-SET"


def read_set(path: Path) -> CriteriaSet:
    """One criteria set file (CriteriaSetError / OSError / ValueError when unreadable)."""
    return parse_criteria_set(json.loads(Path(path).read_text(encoding="utf-8")))


def _read_folder(folder: Path, pattern: str) -> list[CriteriaSet]:
    found = []
    for path in sorted(folder.glob(pattern)) if folder.is_dir() else ():
        try:
            found.append(read_set(path))
        except (OSError, ValueError, KeyError, TypeError, CriteriaSetError) as exc:
            log.warning("criteria set %s skipped: %s", path, exc)
    return found


@lru_cache(maxsize=1)
def shipped_sets() -> tuple[CriteriaSet, ...]:
    root = resource_path("catalogs", FOLDER)
    return tuple(_read_folder(root, "*.json") + _read_folder(root / "history", "*/*.json"))


def data_folder(data_dir: Path) -> Path:
    return Path(data_dir) / "catalogs" / FOLDER


def all_sets(data_dir: Path | None = None) -> list[CriteriaSet]:
    """Every known version of every set (shipped first, then the data folder's), one per set and version."""
    found: dict[tuple[str, str], CriteriaSet] = {(s.set_id, s.version): s for s in shipped_sets()}
    if data_dir is not None:
        for s in _read_folder(data_folder(data_dir), "*/*.json"):
            found[(s.set_id, s.version)] = s  # a received version of a shipped one: the received text
    return list(found.values())


def get_set(set_id: str, version: str, data_dir: Path | None = None) -> CriteriaSet:
    for s in all_sets(data_dir):
        if s.set_id == set_id and s.version == version:
            return s
    raise UnknownCriteriaSetError(f"criteria set {set_id} version {version} is not known here", set=set_id, version=version)


def set_for_year(year: int, data_dir: Path | None = None) -> CriteriaSet:
    """The newest known version of the set for evaluation ``year``."""
    found = pick_set(all_sets(data_dir), year)
    if found is None:
        raise UnknownCriteriaSetError(f"no criteria set is known for the evaluation year {year} (QĐ 25/2021: 2022-2025; QĐ 27/2025: from 2026)", year=year)
    return found
