"""The units expected to report to an upper-level installation: data the officer can correct.

Seeded from the administrative catalog (app.services.units) when a province is set up, or on first use of an
upper-level data folder made before this list existed: a province expects its communes and wards, valid from
the catalog's date (1 July 2025). The officer adds a unit (``pbgdpl units add``), gives it the old codes or
names of the units merged into it or renamed (``alias``: an old bundle lands on the unit that carries the
alias), or retires it (``retire``: still listed, no longer expected after that date).

A commune installation has no expected list: nothing reports to it, so the checks below do not apply. A
district office is not in the catalog and starts with an empty list; while it is empty the checks do not
apply either (its member communes are added by hand, or set up by the later three-tier work).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from app.core.errors import UnitNotExpectedError, UnknownUnitError, UsageError
from app.core.periods import Period
from app.core.text import clean, collation_key, fold
from app.services import units as catalog_units
from app.services.workspace import Workspace
from app.store import audit
from app.store import expected_units as repo
from app.store import settings as settings_repo

CATALOG_DATE = "2025-07-01"  # the administrative catalog in use: communes and wards since 1 July 2025
SEEDED_FLAG = "expected_units_seeded"


@dataclass
class ExpectedUnit:
    code: str
    name: str
    level: str = "commune"
    valid_from: str | None = None
    valid_until: str | None = None
    aliases: list[str] = field(default_factory=list)
    added_by: str = "catalog"
    added_at: str = ""
    note: str = ""

    @property
    def retired(self) -> bool:
        return bool(self.valid_until)

    def expected_during(self, start: date, end: date) -> bool:
        """True when the unit exists during some day of [start, end]."""
        if self.valid_from and self.valid_from > end.isoformat():
            return False
        return not (self.valid_until and self.valid_until < start.isoformat())

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "retired": self.retired}


def applies(ws: Workspace) -> bool:
    """Whether this installation keeps an expected list (an upper level does; a commune does not)."""
    return ws.settings.get("level", "commune") != "commune"


def seed(ws: Workspace, members: list[str] | None = None) -> int:
    """Fill the list from the catalog once (a province: its communes and wards; a district: the ``members``
    given at its set-up); return how many were added."""
    values = ws.settings
    if values.get("level", "commune") == "commune" or values.get(SEEDED_FLAG):
        return 0
    rows = []
    now = ws.now_iso()
    if values.get("level") == "province":
        units = catalog_units.communes_of(values["unit_code"])
    else:
        units = [u for u in (catalog_units.find_unit(c) for c in members or ()) if u is not None]
    rows = [
        {"code": u.code, "name": u.name, "level": u.level, "valid_from": CATALOG_DATE, "added_by": "catalog", "added_at": now}
        for u in units
    ]
    with ws.db.atomic():
        added = repo.insert_units(ws.db, rows)
        settings_repo.set_settings(ws.db, {SEEDED_FLAG: ws.now_iso()})
        if added:
            audit.append(ws.db, ws.write_context("units"), "units-seed", "expected_units", values["unit_code"], None, {"added": added})
    return added


def _all(ws: Workspace) -> list[ExpectedUnit]:
    if applies(ws):
        seed(ws)
    return [ExpectedUnit(**row) for row in repo.list_units(ws.db)]


def list_units(ws: Workspace, query: str = "", *, include_retired: bool = True) -> list[ExpectedUnit]:
    """The expected units sorted by name; ``query`` matches code, name or alias, accents ignored."""
    rows = _all(ws)
    q = fold(query.strip())
    if q:
        rows = [u for u in rows if u.code.startswith(query.strip()) or q in fold(u.name) or any(q in fold(a) for a in u.aliases)]
    if not include_retired:
        rows = [u for u in rows if not u.retired]
    return sorted(rows, key=lambda u: collation_key(u.name))


INTERMEDIATE = "district"  # an expected unit of this level relays its communes' bundles: not in the rate


def expected_for(ws: Workspace, period: Period) -> list[ExpectedUnit]:
    """The units expected to report for ``period`` (the denominator of its reporting rate). An intermediate
    unit (a district office relaying its communes' bundles) is accepted as a sender but is not counted: its
    communes are."""
    return [u for u in list_units(ws) if u.level != INTERMEDIATE and u.expected_during(period.start, period.end)]


def _find(ws: Workspace, code: str) -> ExpectedUnit:
    row = None
    if applies(ws):
        seed(ws)
        row = repo.get_unit(ws.db, catalog_units.normalise_code(code))
    if row is None:
        raise UnknownUnitError(f"unit {code} is not on the list of expected units (see 'pbgdpl units list')", unit=code)
    return ExpectedUnit(**row)


def resolve(ws: Workspace, code: str) -> ExpectedUnit | None:
    """The expected unit ``code`` lands on: the unit itself, or the unit carrying it as an alias (code or name)."""
    code = clean(code)
    norm = catalog_units.normalise_code(code)
    units = _all(ws)
    for u in units:
        if u.code == norm or (u.level == INTERMEDIATE and u.code == code):
            return u
    folded = fold(code)
    for u in units:
        if any(a == norm or fold(a) == folded for a in u.aliases):
            return u
    return None


def landing_map(ws: Workspace) -> dict[str, str]:
    """Every code and alias code -> the expected unit's code (for the completeness board)."""
    out: dict[str, str] = {}
    for u in _all(ws):
        out.setdefault(u.code, u.code)
        for alias in u.aliases:
            out.setdefault(catalog_units.normalise_code(alias), u.code)
    return out


def require_expected(ws: Workspace, code: str, *, during: tuple[date, date] | None = None, action: str = "import") -> str | None:
    """Refuse a unit outside the expected list (UnitNotExpectedError); return the code it lands on.

    Returns None when the checks do not apply (a commune installation, or an upper level whose list is empty).
    ``during``: the period of the bundle (a retired unit is still accepted for periods it existed in);
    by default today.
    """
    if not applies(ws):
        return None
    values = ws.settings
    if values.get("level") == "district" and code == values.get("province_code"):
        return None  # a district's own province: its key is enrolled for the decisions it sends down
    seed(ws)
    if repo.count(ws.db) == 0:
        return None
    unit = resolve(ws, code)
    name = catalog_units.find_unit(code)
    label = f"{code} ({name.name})" if name else str(code)
    if unit is None:
        raise UnitNotExpectedError(
            f"unit {label} is not on the list of units expected to report here, so the {action} was refused and "
            f"nothing was changed. If it really reports to you, add it first: pbgdpl units add {code}",
            unit=str(code),
            action=action,
        )
    start, end = during or (ws.today(), ws.today())
    if not unit.expected_during(start, end):
        raise UnitNotExpectedError(
            f"unit {label} is on the expected list only from {unit.valid_from or '…'} until {unit.valid_until or '…'}, "
            f"so the {action} was refused and nothing was changed. Correct its dates with pbgdpl units add {unit.code}",
            unit=str(code),
            action=action,
        )
    return unit.code


def add_unit(
    ws: Workspace, code: str, *, name: str = "", note: str = "", valid_from: str | None = None, level: str = "commune"
) -> ExpectedUnit:
    """Add a unit to the list (from the catalog, or by hand with a name), or bring a retired one back.

    ``level`` "district": an intermediate unit (not in the catalog since 1 July 2025) that relays its communes'
    bundles; its code is kept as typed and it needs a name."""
    if not applies(ws):
        raise UsageError("a commune installation has no list of expected units", unit=code)
    if level not in ("commune", INTERMEDIATE):
        raise UsageError(f"the level of an expected unit is commune or {INTERMEDIATE}", level=level)
    seed(ws)
    if level == INTERMEDIATE:
        return _add_intermediate(ws, clean(code), clean(name), clean(note))
    norm = catalog_units.normalise_code(code)
    found = catalog_units.find_unit(norm)
    name = clean(name) or (found.name if found else "")
    if not name:
        catalog_units.require_unit(code)  # raises UnknownUnitError with suggestions
    if valid_from is not None:
        _check_date(valid_from)
    existing = repo.get_unit(ws.db, norm)
    with ws.db.atomic():
        if existing is None:
            repo.insert_units(
                ws.db,
                [{"code": norm, "name": name, "level": found.level if found else "commune", "valid_from": valid_from,
                  "added_by": "officer", "added_at": ws.now_iso(), "note": clean(note)}],
            )  # fmt: skip
        else:
            repo.update_unit(ws.db, norm, {"valid_until": None, **({"valid_from": valid_from} if valid_from else {}), **({"note": clean(note)} if note else {})})
        audit.append(ws.db, ws.write_context("units"), "units-add", "expected_units", norm, None, {"name": name, "note": note})
    return _find(ws, norm)


def _add_intermediate(ws: Workspace, code: str, name: str, note: str) -> ExpectedUnit:
    if not code or not name:
        raise UsageError("an intermediate unit needs its code and --name (it is not in the unit catalog)", unit=code)
    with ws.db.atomic():
        if repo.get_unit(ws.db, code) is None:
            repo.insert_units(
                ws.db,
                [{"code": code, "name": name, "level": INTERMEDIATE, "added_by": "officer", "added_at": ws.now_iso(), "note": note}],
            )
        else:
            repo.update_unit(ws.db, code, {"valid_until": None, "name": name, "level": INTERMEDIATE})
        audit.append(ws.db, ws.write_context("units"), "units-add", "expected_units", code, None, {"name": name, "level": INTERMEDIATE})
    return ExpectedUnit(**repo.get_unit(ws.db, code))


def add_alias(ws: Workspace, code: str, alias: str) -> ExpectedUnit:
    """Record that bundles of ``alias`` (an old code or name) land on unit ``code``."""
    unit = _find(ws, code)
    alias = clean(alias)
    if not alias:
        raise UsageError("the alias is empty", unit=code)
    alias_code = catalog_units.normalise_code(alias)
    other = resolve(ws, alias_code)
    if other is not None and other.code != unit.code:
        raise UsageError(f"{alias} already lands on unit {other.code} ({other.name})", unit=code, alias=alias)
    if alias_code == unit.code or alias_code in unit.aliases:
        return unit
    with ws.db.atomic():
        repo.update_unit(ws.db, unit.code, {"aliases": [*unit.aliases, alias_code]})
        audit.append(ws.db, ws.write_context("units"), "units-alias", "expected_units", unit.code, None, {"alias": alias_code})
    return _find(ws, unit.code)


def retire_unit(ws: Workspace, code: str, until: str | None = None, note: str = "") -> ExpectedUnit:
    """No longer expect ``code`` after ``until`` (default today); the row stays, with its aliases."""
    unit = _find(ws, code)
    until = until or ws.today().isoformat()
    _check_date(until)
    with ws.db.atomic():
        repo.update_unit(ws.db, unit.code, {"valid_until": until, **({"note": clean(note)} if note else {})})
        audit.append(ws.db, ws.write_context("units"), "units-retire", "expected_units", unit.code, None, {"until": until})
    return _find(ws, unit.code)


def _check_date(text: str) -> None:
    try:
        date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"'{text}' is not a date; use YYYY-MM-DD", value=text) from None


# -- deadlines ------------------------------------------------------------------------------------------------


def deadlines(ws: Workspace) -> dict[str, dict]:
    """Per period kind: days after the period's end when its bundle is due (data; see db 0004)."""
    return repo.deadlines(ws.db)


def set_deadline(ws: Workspace, kind: str, days: int, source: str = "") -> dict:
    kind = kind.strip().upper()
    if kind not in ("Y", "H", "Q", "M"):
        raise UsageError("the period kind is one of Y, H, Q, M", kind=kind)
    with ws.db.atomic():
        repo.set_deadline(ws.db, kind, int(days), clean(source) or f"sửa bởi {ws.settings.get('officer', '')}")
        audit.append(ws.db, ws.write_context("units"), "deadline-set", "reporting_deadlines", kind, None, {"days": int(days)})
    return repo.deadlines(ws.db)[kind]
