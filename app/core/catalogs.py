"""Versioned catalogs (forms, target groups, dismissal grounds, reporting rules) parsed from plain data."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Mapping

from app.core.text import clean, fold

if TYPE_CHECKING:
    from app.core.periods import ReportingRule


@dataclass(frozen=True)
class CatalogEntry:
    """One coded entry; ``extra`` keeps every other field of the data file."""

    code: str
    name: str
    short: str = ""
    aliases: tuple[str, ...] = ()
    extra: Mapping[str, Any] = field(default_factory=dict)

    def get(self, key: str, default: Any = None) -> Any:
        return self.extra.get(key, default)


@dataclass(frozen=True)
class Catalog:
    """A named, versioned list of entries with lookup by code, name or alias (accent-insensitive)."""

    name: str
    version: str
    source: str
    entries: tuple[CatalogEntry, ...]

    def codes(self) -> list[str]:
        return [e.code for e in self.entries]

    def __contains__(self, code: object) -> bool:
        return any(e.code == code for e in self.entries)

    def get(self, code: str) -> CatalogEntry | None:
        for entry in self.entries:
            if entry.code == code:
                return entry
        return None

    def label(self, code: str) -> str:
        entry = self.get(code)
        return (entry.short or entry.name) if entry else code

    def match(self, text: str) -> CatalogEntry | None:
        """Find the entry whose code, name, short name or alias equals ``text`` ignoring accents and case.

        Falls back to the longest alias contained in ``text``.
        """
        key = fold(text)
        if not key:
            return None
        best: tuple[int, CatalogEntry] | None = None
        for entry in self.entries:
            names = [entry.code, entry.name, entry.short, *entry.aliases]
            folded = [fold(n.replace("_", " ")) for n in names if n]
            if key in folded or key == fold(entry.code):
                return entry
            for alias in folded:
                if alias and len(alias) >= 3 and alias in key:
                    if best is None or len(alias) > best[0]:
                        best = (len(alias), entry)
        return best[1] if best else None


def parse_catalog(data: Mapping[str, Any]) -> Catalog:
    """Build a Catalog from the decoded JSON of a catalog file."""
    entries = []
    for raw in data["entries"]:
        extra = {k: v for k, v in raw.items() if k not in ("code", "name", "short", "aliases")}
        entries.append(
            CatalogEntry(
                code=raw["code"],
                name=clean(raw["name"]),
                short=clean(raw.get("short", "")),
                aliases=tuple(clean(a) for a in raw.get("aliases", ())),
                extra=extra,
            )
        )
    return Catalog(data["catalog"], str(data["version"]), data.get("source", ""), tuple(entries))


def reporting_rules(catalog: Catalog) -> dict[str, ReportingRule]:
    """Return the reporting rules of the reporting_rules catalog by code."""
    from app.core.periods import ReportingRule  # here: the window opens without periods (~5 ms of start-up)

    return {
        e.code: ReportingRule(
            code=e.code,
            name=e.name,
            period_kind=e.get("period_kind", "Y"),
            window=e.get("window", "calendar"),
            actual_until=e.get("actual_until"),
            source=e.get("source", ""),
            certainty=e.get("certainty", ""),
        )
        for e in catalog.entries
    }


@dataclass(frozen=True)
class Catalogs:
    """All catalogs the domain rules need."""

    forms: Catalog
    target_groups: Catalog
    dismissal_grounds: Catalog
    reporting_rules: Catalog

    def versions(self) -> dict[str, str]:
        return {c.name: c.version for c in (self.forms, self.target_groups, self.dismissal_grounds, self.reporting_rules)}
