"""The administrative catalog (34 provinces, 3,321 communes since 1 July 2025) from vietnam-provinces."""

from __future__ import annotations

import difflib
from functools import lru_cache

from vietnam_provinces import Province, Ward

from app.core.errors import UnknownUnitError
from app.core.models import Unit
from app.core.text import collation_key, fold
from app.core.unit_names import UnitName, unit_name


def _division(value: object) -> str:
    return str(getattr(value, "value", value))


@lru_cache(maxsize=1)
def all_units() -> dict[str, Unit]:
    """Every province and commune by code (provinces as 2-digit, communes as 5-digit codes)."""
    units: dict[str, Unit] = {}
    provinces = {}
    for ward in Ward.iter_all():
        pcode = int(ward.province_code)
        if pcode not in provinces:
            provinces[pcode] = Province.from_code(ward.province_code)
        units[f"{int(ward.code):05d}"] = Unit(
            code=f"{int(ward.code):05d}",
            name=unit_name(_division(ward.division_type), ward.name).full,
            level="commune",
            division_type=_division(ward.division_type),
            province_code=f"{pcode:02d}",
        )
    for pcode, province in provinces.items():
        units[f"{pcode:02d}"] = Unit(
            code=f"{pcode:02d}",
            name=unit_name(_division(province.division_type), province.name).full,
            level="province",
            division_type=_division(province.division_type),
            province_code=f"{pcode:02d}",
        )
    return units


def normalise_code(code: str) -> str:
    code = str(code).strip()
    if code.isdigit():
        return f"{int(code):02d}" if len(code) <= 2 else f"{int(code):05d}"
    return code


def find_unit(code: str) -> Unit | None:
    return all_units().get(normalise_code(code))


def provinces() -> list[Unit]:
    return sorted((u for u in all_units().values() if u.level == "province"), key=lambda u: collation_key(u.name))


def communes_of(province_code: str) -> list[Unit]:
    pcode = normalise_code(province_code)
    return sorted(
        (u for u in all_units().values() if u.level == "commune" and u.province_code == pcode),
        key=lambda u: collation_key(u.name),
    )


def find_communes(query: str, province_code: str | None = None, limit: int = 200) -> list[Unit]:
    """Communes whose name contains ``query`` (accents ignored) or whose code starts with it, in Vietnamese order;
    only those of ``province_code`` when given, else those of every province (no near misses added)."""
    q, code = fold(query), query.strip()
    if not q:
        return []
    pool = communes_of(province_code) if province_code else _communes()
    return [u for u in pool if (code.isdigit() and u.code.startswith(code)) or q in fold(u.name)][:limit]


@lru_cache(maxsize=1)
def _communes() -> tuple[Unit, ...]:
    return tuple(sorted((u for u in all_units().values() if u.level == "commune"), key=lambda u: (collation_key(u.name), u.province_code)))


def search_units(query: str, limit: int = 10, level: str | None = None) -> list[Unit]:
    """Units whose code starts with, or whose name contains, ``query`` (accents ignored); closest names next."""
    q = fold(query)
    pool = [u for u in all_units().values() if level is None or u.level == level]
    hits = [u for u in pool if u.code.startswith(query.strip()) or (q and q in fold(u.name))]
    if len(hits) < limit and query.strip().isdigit():
        target = int(query)
        for u in sorted(pool, key=lambda u: abs(int(u.code) - target)):
            if len(hits) >= limit:
                break
            if u not in hits:
                hits.append(u)
    elif len(hits) < limit and q:
        names = {fold(u.name): u for u in pool}
        for key in difflib.get_close_matches(q, list(names), n=limit, cutoff=0.6):
            if names[key] not in hits:
                hits.append(names[key])
    return hits[:limit]


def require_unit(code: str, level: str = "commune") -> Unit:
    """Return the catalog unit for ``code`` or raise UnknownUnitError with suggestions."""
    unit = find_unit(code)
    if unit is not None and (level == "district" or unit.level == level):
        return unit
    suggestions = search_units(code, 8, level if level != "district" else None)
    hint = "; ".join(f"{u.code} {u.name}" for u in suggestions)
    raise UnknownUnitError(
        f"unknown {level} code '{code}'" + (f"; did you mean: {hint}" if hint else ""),
        unit=code,
        suggestions=[{"code": u.code, "name": u.name} for u in suggestions],
    )


def names_of(code: str, stored_name: str = "", division_type: str = "") -> UnitName:
    """The composed name of unit ``code`` (the catalog's type and name; ``stored_name`` for a unit the catalog
    does not know, such as a district entered by hand, with ``division_type`` when known)."""
    unit = find_unit(code) if code else None
    if unit is not None and unit.name:
        return unit_name(unit.division_type, unit.name)
    return unit_name(division_type, stored_name)
