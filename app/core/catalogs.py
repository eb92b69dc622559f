"""Versioned catalogs (forms, target groups, dismissal grounds, reporting rules) parsed from plain data."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, Iterable, Mapping

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
    retired: tuple[CatalogEntry, ...] = ()  # entries of other known versions: they only give labels

    def codes(self) -> list[str]:
        return [e.code for e in self.entries]

    def __contains__(self, code: object) -> bool:
        return any(e.code == code for e in self.entries)

    def get(self, code: str) -> CatalogEntry | None:
        for entry in self.entries:
            if entry.code == code:
                return entry
        return None

    def lookup(self, code: str) -> CatalogEntry | None:
        """The entry of ``code`` in this version, else in another known version (retired or newer), else None.

        The lookup across versions for everything that shows or counts a stored code; ``get`` and ``in`` stay
        with this version's entries (what a new record may use).
        """
        entry = self.get(code)
        if entry is None:
            entry = next((e for e in self.retired if e.code == code), None)
        return entry

    def label(self, code: str) -> str:
        """The short name (else the name) of ``code``; a code of another known version keeps its label."""
        entry = self.lookup(code)
        return (entry.short or entry.name) if entry else code

    def name_of(self, code: str) -> str:
        """The full name of ``code`` (of any known version), else the code itself."""
        entry = self.lookup(code)
        return entry.name if entry else code

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
            index=e.get("index"),
        )
        for e in catalog.entries
    }


CATALOG_NAMES = ("forms", "target_groups", "dismissal_grounds", "reporting_rules")


def union_catalog(name: str, versions: Iterable[Catalog]) -> Catalog:
    """Every code of every given version of one catalog, the first version's entry winning; version ``*``."""
    seen: dict[str, CatalogEntry] = {}
    for catalog in versions:
        for entry in catalog.entries:
            seen.setdefault(entry.code, entry)
    return Catalog(name, "*", "union of the known versions", tuple(seen.values()))


@dataclass(frozen=True)
class VersionNote:
    """A bundle named catalog ``catalog`` in ``version``, which is not known here (``known`` are): its codes were
    checked against every known version. Structured so that each screen renders it in its own language."""

    catalog: str
    version: str
    known: tuple[str, ...]
    code = "W-CATALOG-VERSION"

    def text(self) -> str:
        """The English line (command line, kept reports)."""
        return (
            f"catalog {self.catalog} version {self.version} is not known here (known: "
            f"{', '.join(self.known)}); its codes were checked against every known version"
        )

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "catalog": self.catalog, "version": self.version, "known": list(self.known)}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "VersionNote":
        return cls(str(data.get("catalog", "")), str(data.get("version", "")), tuple(str(v) for v in data.get("known") or ()))


@dataclass(frozen=True)
class Catalogs:
    """All catalogs the domain rules need, in their current version.

    ``known`` holds every version this installation knows of each catalog (the current one included), by
    catalog name then version: the versions travel with bundles (the manifest's ``catalogs``), and a bundle is
    validated against the versions it names (``for_versions``).
    """

    forms: Catalog
    target_groups: Catalog
    dismissal_grounds: Catalog
    reporting_rules: Catalog
    known: Mapping[str, Mapping[str, Catalog]] = field(default_factory=dict, compare=False, repr=False)

    def versions(self) -> dict[str, str]:
        return {c.name: c.version for c in (self.forms, self.target_groups, self.dismissal_grounds, self.reporting_rules)}

    def catalog(self, name: str) -> Catalog:
        return getattr(self, name)

    def known_versions(self, name: str) -> list[str]:
        """The versions of catalog ``name`` this installation knows, the current one included."""
        return sorted({self.catalog(name).version, *self.known.get(name, {})})

    def version(self, name: str, version: str) -> Catalog | None:
        """Catalog ``name`` in ``version``, or None when that version is not known here."""
        current = self.catalog(name)
        if version == current.version:
            return current
        return self.known.get(name, {}).get(version)

    def for_versions(self, versions: Mapping[str, Any] | None) -> tuple["Catalogs", list[VersionNote]]:
        """The catalogs a bundle written under ``versions`` (its manifest's ``catalogs``) is checked against.

        A named version that is known here is used as it is; an unnamed catalog is the current one; a version
        not known here is replaced by the union of every known version's codes, and a line saying so is
        returned as a :class:`VersionNote` (so a commune on a newer catalog is not refused for it; a code that no known version has is
        still refused, naming the missing version).
        """
        if not versions:
            return self, []
        cache = self.__dict__.setdefault("_chosen", {})
        key = tuple(sorted((str(k), str(v)) for k, v in versions.items()))
        hit = cache.get(key)
        if hit is None:
            chosen: dict[str, Catalog] = {}
            notes: list[VersionNote] = []
            for name in CATALOG_NAMES:
                wanted = versions.get(name)
                current = self.catalog(name)
                if wanted is None or str(wanted) == current.version:
                    chosen[name] = current
                    continue
                found = self.version(name, str(wanted))
                if found is not None:
                    chosen[name] = with_retired(found, self.all_versions(name))
                else:
                    chosen[name] = replace(self.union(name), version=str(wanted))
                    notes.append(VersionNote(name, str(wanted), tuple(self.known_versions(name))))
            if len(cache) > 16:
                cache.clear()
            hit = cache[key] = (replace(self, **chosen), notes)
        return hit[0], list(hit[1])

    def all_versions(self, name: str) -> list[Catalog]:
        """Every known version of catalog ``name``, the current one first, then newest first."""
        current = self.catalog(name)
        others = [c for v, c in sorted(self.known.get(name, {}).items(), reverse=True) if v != current.version]
        return [current, *others]

    def union(self, name: str) -> Catalog:
        return union_catalog(name, self.all_versions(name))


def with_retired(catalog: Catalog, versions: Iterable[Catalog]) -> Catalog:
    """``catalog`` whose ``label`` also resolves the codes of the other ``versions`` (retired or newer codes)."""
    own = {e.code for e in catalog.entries}
    extra: dict[str, CatalogEntry] = {}
    for other in versions:
        for entry in other.entries:
            if entry.code not in own:
                extra.setdefault(entry.code, entry)
    return replace(catalog, retired=tuple(extra.values())) if extra else catalog


def with_history(current: Catalogs, history: Iterable[Catalog]) -> Catalogs:
    """``current`` knowing the other versions in ``history``; every label resolves a code of any known version."""
    known: dict[str, dict[str, Catalog]] = {name: {current.catalog(name).version: current.catalog(name)} for name in CATALOG_NAMES}
    for catalog in history:
        if catalog.name in known:
            known[catalog.name].setdefault(catalog.version, catalog)
    labelled = {name: with_retired(current.catalog(name), known[name].values()) for name in CATALOG_NAMES}
    return replace(current, **labelled, known=known)
