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

from app.core.assessment import CriteriaSet, CriteriaSetError, version_key, parse_criteria_set, pick_set
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


# -- listing, updates -------------------------------------------------------------------------------------------


def listing(data_dir: Path | None = None) -> list[dict]:
    """Every known version of every criteria set: origin (shipped / received), years, points still unknown."""
    received = {(s.set_id, s.version) for s in _read_folder(data_folder(data_dir), "*/*.json")} if data_dir else set()
    rows = []
    for s in sorted(all_sets(data_dir), key=lambda s: (s.set_id, s.version)):
        rows.append({
            "set": s.set_id, "version": s.version, "name": s.name, "regime": s.regime,
            "years": list(s.years), "origin": "received" if (s.set_id, s.version) in received else "shipped",
            "indicators": len(s.indicators()), "missing_points": s.missing_points(),
        })  # fmt: skip
    return rows


class CatalogConflictError(UserFixableError):
    code = "E-CATALOG-CONFLICT"


def _store(ws, cset: CriteriaSet, data: dict) -> tuple[str, Path]:
    """Keep ``data`` as ``<data>/catalogs/criteria/<set>/<version>.json``; "stored" or "unchanged"."""
    from app.fileio import atomic_write

    for known in all_sets(ws.paths.data):
        if known.set_id == cset.set_id and known.version == cset.version:
            if json.dumps(dict(known.data), sort_keys=True) == json.dumps(data, sort_keys=True):
                return "unchanged", data_folder(ws.paths.data) / cset.set_id / f"{cset.version}.json"
            raise CatalogConflictError(
                f"{cset.set_id} version {cset.version} is already known here with other content; a changed set needs a new version",
                set=cset.set_id, version=cset.version,
            )  # fmt: skip
    target = data_folder(ws.paths.data) / cset.set_id / f"{cset.version}.json"
    if ws.initialised:
        from app.services.backups import auto_backup

        auto_backup(ws, "before-catalog-update")  # checked and rotated: the way back from an update the officer regrets
    target.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(target, json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"))
    return "stored", target


def import_file(ws, path: Path) -> dict:
    """Take in a criteria set: a signed update from a trusted upper level, or (upper level only) a plain set file
    the province edited itself. Nothing is stored when anything is refused.

    Raises:
        FileMissingError; BundleFormatError / BundleSignatureError / BundleUntrustedError / BundleRevokedError (a
        signed update); CatalogUnsignedError (a plain file at a commune); CriteriaSetError as E-CATALOG-INVALID;
        CatalogConflictError (same version, other content).
    """
    from app.core.errors import FileMissingError
    from app.services.keys import entries_from_rows
    from app.services.read import is_upper
    from app.store import trust as trust_repo
    from app.sync import catalog_update
    from app.sync.trust import check_trust

    path = Path(path)
    if not path.is_file():
        raise FileMissingError(f"no file {path}", path=str(path))
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise InvalidCatalogError(f"{path.name} is not JSON: {exc}", path=str(path)) from None
    signer = ""
    if isinstance(raw, dict) and raw.get("format") == catalog_update.FORMAT:
        doc = catalog_update.read_update(path)
        unit = str(doc["source"].get("unit_code", ""))
        check_trust(unit, doc["key"]["fingerprint"], str(doc.get("created_at", "")), entries_from_rows(trust_repo.list_trusted(ws.db)))
        data, signer = doc["set"], unit
    elif is_upper(ws):
        data = raw
    else:
        raise CatalogUnsignedError(f"{path.name} is not signed: a commune takes only signed catalog updates from its upper level", path=str(path))
    try:
        cset = parse_criteria_set(data)
    except CriteriaSetError as exc:
        raise InvalidCatalogError(f"{path.name}: {exc}", path=str(path)) from None
    outcome, target = _store(ws, cset, data)
    return {"set": cset.set_id, "version": cset.version, "outcome": outcome, "path": str(target), "signed_by": signer, "missing_points": cset.missing_points()}


class InvalidCatalogError(UserFixableError):
    code = "E-CATALOG-INVALID"


class CatalogUnsignedError(UserFixableError):
    """A plain criteria file offered to a commune (it takes only updates signed by its upper level)."""

    code = "E-CATALOG-UNSIGNED"


def export_update(ws, set_id: str, version: str | None, out: Path, passphrase: str | None) -> dict:
    """Write ``set_id`` (its newest known version, or ``version``) as an update file signed with this installation's key."""
    from app.services.keys import load_signing_key
    from app.sync import catalog_update

    known = [s for s in all_sets(ws.paths.data) if s.set_id == set_id and (version is None or s.version == version)]
    if not known:
        raise UnknownCriteriaSetError(f"criteria set {set_id}" + (f" version {version}" if version else "") + " is not known here", set=set_id)
    cset = max(known, key=lambda s: version_key(s.version))
    key, key_row = load_signing_key(ws, passphrase)
    values = ws.require_initialised()
    out = Path(out)
    if out.is_dir():
        out = out / f"{cset.set_id}_{cset.version}{catalog_update.EXTENSION}"
    catalog_update.write_update(
        out, source={"unit_code": values["unit_code"], "unit_name": values.get("unit_name", "")},
        created_at=ws.now_iso(), key=key, data=dict(cset.data),
    )  # fmt: skip
    return {"set": cset.set_id, "version": cset.version, "path": str(out), "fingerprint": key_row["fingerprint"]}
