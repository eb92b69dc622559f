"""Set up an installation for one unit (pbgdpl init) and report its status."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from app import __version__
from app.core.errors import AlreadyInitialisedError, OfficerChangeError, UsageError
from app.core.kinds import NAMES
from app.core.models import LEVELS, Unit, new_id
from app.core.text import clean
from app.services.units import require_unit
from app.services.workspace import Workspace
from app.store import audit, backups
from app.store import settings as settings_repo


def initialise(
    ws: Workspace,
    unit_code: str,
    officer: str,
    level: str = "commune",
    officer_title: str = "",
    unit_name: str = "",
    officer_change: bool = False,
    province: str = "",
    communes: list[str] | tuple[str, ...] = (),
) -> Unit:
    """Record which unit this installation serves; refuse a second, different set-up.

    District units (an intermediate office between communes and the province) are not in the national catalog
    since 1 July 2025: their code and name are entered by hand, with their parent ``province`` (its name gives
    the documents' place) and their member ``communes`` (communes of that province), which become the units
    expected to report to it (more later with ``pbgdpl units add``).
    Set up again for the same unit, only the officer's name and title change, and another officer's name only
    with ``officer_change`` (a hand-over is said, never done by a repeated ``init``).
    """
    unit = check_unit(unit_code, officer, level, unit_name, province, communes)
    members = _district_members(province, communes)[1] if level == "district" else []
    officer = clean(officer)
    existing = ws.settings
    if "unit_code" in existing:
        if existing["unit_code"] == unit.code and existing.get("level") == level:
            if existing.get("officer") != officer and not officer_change:
                raise OfficerChangeError(
                    f"this data folder is kept by {existing.get('officer')}; to hand it over to {officer}, "
                    "say --officer-change",
                    officer=existing.get("officer"),
                    new_officer=officer,
                )
            set_officer(ws, officer, officer_title or existing.get("officer_title", ""))
            return unit
        raise AlreadyInitialisedError(
            f"this data folder already belongs to {existing.get('unit_name')} ({existing['unit_code']}); "
            "use another --data-dir for another unit",
            unit_code=existing["unit_code"],
        )
    values = {
        "installation_id": new_id(),
        "unit_code": unit.code,
        "unit_name": unit.name,
        "level": level,
        "province_code": unit.province_code,
        "officer": officer,
        "officer_title": clean(officer_title),
        "initialised_at": ws.now_iso(),
    }
    with ws.db.atomic():
        settings_repo.set_settings(ws.db, values)
        settings_repo.upsert_unit(ws.db, {**asdict(unit), "source": "manual" if level == "district" else "catalog"})
        audit.append(ws.db, ws.write_context("init"), "init", "settings", unit.code, None, values)
    from app.services import expected_units  # an upper level starts with the units expected to report to it

    expected_units.seed(ws, [u.code for u in members])
    return unit


def _district_members(province: str, communes: list[str] | tuple[str, ...]) -> tuple[Unit, list[Unit]]:
    """A district's parent province and member communes, checked (the communes must be of that province)."""
    if not province.strip():
        raise UsageError("a district unit needs its parent province: --province CODE", field="province")
    parent = require_unit(province, "province")
    members = [require_unit(c, "commune") for c in communes if c.strip()]
    outside = [u for u in members if u.province_code != parent.code]
    if outside:
        raise UsageError(
            f"commune {outside[0].code} {outside[0].name} is not in {parent.name}; a district's communes belong to its province",
            unit=outside[0].code,
        )
    return parent, members


def check_unit(
    unit_code: str, officer: str, level: str = "commune", unit_name: str = "", province: str = "",
    communes: list[str] | tuple[str, ...] = (),
) -> Unit:  # fmt: skip
    """The unit a set-up names, checked before anything is written (a refused ``init`` leaves no folder behind).

    Raises:
        UsageError: an unknown level, no officer, a district without its code, name or province (or with a
            commune of another province); ``province``/``communes`` given for another level.
        UnknownUnitError: a code that is not in the catalog at that level.
    """
    if level not in LEVELS:
        raise UsageError(f"level must be one of {', '.join(LEVELS)}", level=level)
    officer = clean(officer)
    if not officer:
        raise UsageError("the officer's name is required", field="officer")
    if level == "district":
        if not unit_name.strip() or not unit_code.strip():
            raise UsageError("a district unit needs --unit CODE and --name NAME (districts are entered by hand)")
        parent, _members = _district_members(province, communes)
        unit = Unit(code=clean(unit_code), name=clean(unit_name), level="district", division_type="huyện", province_code=parent.code)
    elif province.strip() or communes:
        raise UsageError("--province and --communes are for a district unit (--level district) only")
    else:
        unit = require_unit(unit_code, level)
    return unit


def set_officer(ws: Workspace, officer: str, officer_title: str) -> None:
    """Change the name and title of the officer in charge (a hand-over, or a corrected spelling); audited."""
    officer, officer_title = clean(officer), clean(officer_title)
    if not officer:
        raise UsageError("the officer's name is required", field="officer")
    before = {k: ws.settings.get(k, "") for k in ("officer", "officer_title")}
    after = {"officer": officer, "officer_title": officer_title}
    if before == after:
        return
    ctx = ws.write_context("settings")  # the change is signed by the officer who was in charge
    with ws.db.atomic():
        settings_repo.set_settings(ws.db, after)
        audit.append(ws.db, ctx, "officer-change", "settings", ctx.unit, None, {"before": before, "after": after})


def status_without_database(data_dir: str) -> dict[str, Any]:
    """What ``status`` says of a data folder that holds no database yet (it is not created to say so)."""
    return {
        "data_dir": data_dir, "initialised": False, "unit_code": None, "unit_name": None, "level": None,
        "mode": None, "officer": None, "installation_id": None, "counts": {}, "units": [], "units_total": {},
        "last_backup": None, "schema_version": None, "app_version": __version__, "catalogs": {},
        "document_font": document_font(),
    }  # fmt: skip


def document_font() -> dict[str, str]:
    """The typeface official documents are printed in here and why (Times New Roman when installed)."""
    from app.reports import fonts

    chosen = fonts.choice()
    return {"family": chosen.family, "reason": chosen.reason, "file": str(chosen.files[fonts.REGULAR])}


def status(ws: Workspace, scope: Any = None) -> dict[str, Any]:
    """Unit, mode, counts per table, last backup and schema version.

    ``units`` counts the records of each unit of ``scope`` (an ``app.services.read.Scope``; default: the default
    scope, so an upper level lists every unit under it), with its name; ``units_total`` adds them up.
    ``counts`` stays the whole database's.
    """
    values = ws.settings
    last = backups.last_backup(ws.paths.backups)
    per_unit: list[dict[str, Any]] = []
    total: dict[str, dict[str, int]] = {}
    if "unit_code" in values:
        from app.services import read

        scope = scope or read.default_scope(ws)
        found = settings_repo.unit_counts(ws.db, scope.units)
        if scope.units is not None:  # a unit named with nothing stored yet is listed with zeros
            for code in scope.units:
                found.setdefault(code, {t: {"live": 0, "deleted": 0} for t in NAMES})
        names = {u.code: u.name for u in read.units_present(ws)}
        order = [u for u in names if u in found] + sorted(u for u in found if u not in names)
        for code in order:
            name = names.get(code) or read.unit_name(ws, code)
            per_unit.append({"code": code, "name": name, "counts": found[code]})
            for table, counts in found[code].items():
                into = total.setdefault(table, {"live": 0, "deleted": 0})
                into["live"] += counts["live"]
                into["deleted"] += counts["deleted"]
    return {
        "data_dir": str(ws.paths.data),
        "initialised": "unit_code" in values,
        "unit_code": values.get("unit_code"),
        "unit_name": values.get("unit_name"),
        "level": values.get("level"),
        "mode": ("commune" if values.get("level") == "commune" else "upper") if "level" in values else None,
        "officer": values.get("officer"),
        "installation_id": values.get("installation_id"),
        "counts": settings_repo.table_counts(ws.db),
        "units": per_unit,
        "units_total": total,
        "last_backup": {"path": str(last.path), "at": last.modified.isoformat(timespec="seconds")} if last else None,
        "document_font": document_font(),
        "schema_version": settings_repo.schema_version(ws.db),
        "app_version": __version__,
        "catalogs": ws.catalogs.versions(),
    }
