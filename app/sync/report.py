"""The result of importing a bundle, typed: what happened to each table, the source unit's sequence gaps, and
whether the bundle was imported before. ``to_dict``/``from_dict`` give the JSON kept beside each received
bundle and in the database (reports stored by earlier versions load as well)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping

from app.core.catalogs import VersionNote
from app.core.kinds import RecordKind, record_title
from app.sync.merge import OUTCOMES, TablePlan

MAX_DETAILS = 200  # reasons kept per table; the rest are counted in ``more_details``
MAX_RECORDS = 500  # records listed per table in a report; the rest are counted in ``more_records``


@dataclass(frozen=True)
class FieldChange:
    """One field of a changed record: its value before and after the import."""

    field: str
    old: Any
    new: Any

    def to_dict(self) -> dict[str, Any]:
        return {"field": self.field, "old": self.old, "new": self.new}


@dataclass(frozen=True)
class RecordChange:
    """One record as a person reads it in an import report: what happened, its date and title, and for a
    changed record which fields went from what to what."""

    id: str
    outcome: str  # new, updated, deleted, stale, conflicts
    date: str = ""
    title: str = ""
    changes: tuple[FieldChange, ...] = ()
    reason: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "outcome": self.outcome, "date": self.date, "title": self.title,
                "changes": [c.to_dict() for c in self.changes], "reason": self.reason}  # fmt: skip

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "RecordChange":
        changes = tuple(FieldChange(str(c.get("field", "")), c.get("old"), c.get("new")) for c in data.get("changes") or ())
        return cls(str(data.get("id", "")), str(data.get("outcome", "")), str(data.get("date", "") or ""),
                   str(data.get("title", "") or ""), changes, str(data.get("reason", "") or ""))  # fmt: skip


def record_changes(
    kind: RecordKind, plan: TablePlan, stored: Mapping[str, Mapping[str, Any]], limit: int = MAX_RECORDS
) -> tuple[list[RecordChange], int]:
    """The records of ``plan`` that are not unchanged, as a person reads them (at most ``limit``; the number
    left out second). ``stored``: the stored copies (plain form, with ``payload``) by id, before the import."""
    out = []
    for rec, decision in plan.named[:limit]:
        before = stored.get(rec.id)
        old = dict(before["payload"]) if before else {}
        payload = rec.payload or old
        changes: tuple[FieldChange, ...] = ()
        if decision.outcome in ("updated", "conflicts", "stale") and before:
            changes = tuple(FieldChange(f, old.get(f), rec.payload.get(f)) for f in sorted(rec.payload) if rec.payload.get(f) != old.get(f))
        when = payload.get(kind.period_field, "") if kind.period_field else ""
        out.append(RecordChange(rec.id, decision.outcome, when if isinstance(when, str) else "", record_title(kind, payload) or record_title(kind, old), changes, decision.reason))
    return out, max(0, len(plan.named) - limit)


@dataclass(frozen=True)
class RecordReason:
    """One record worth naming in a report: its outcome (stale, conflicts, …) and why."""

    id: str
    outcome: str
    rev: int | None
    reason: str

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "outcome": self.outcome, "rev": self.rev, "reason": self.reason}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "RecordReason":
        return cls(str(data.get("id", "")), str(data.get("outcome", "")), data.get("rev"), str(data.get("reason", "")))


@dataclass
class TableOutcome:
    """What an import did (or would do) to one table: a count per outcome and the records worth naming."""

    new: int = 0
    updated: int = 0
    deleted: int = 0
    unchanged: int = 0
    stale: int = 0
    conflicts: int = 0
    rejected: int = 0
    reasons: list[RecordReason] = field(default_factory=list)
    more_reasons: int = 0  # reasons left out of ``reasons``
    records: list[RecordChange] = field(default_factory=list)  # every record not unchanged, as a person reads it
    more_records: int = 0  # records left out of ``records``

    def count(self, outcome: str) -> int:
        if outcome not in OUTCOMES:
            raise KeyError(outcome)
        return getattr(self, outcome)

    def counts(self) -> dict[str, int]:
        return {o: self.count(o) for o in OUTCOMES}

    @classmethod
    def from_plan(cls, plan: TablePlan, max_details: int = MAX_DETAILS) -> "TableOutcome":
        return cls(
            **{o: plan.counts[o] for o in OUTCOMES},
            reasons=[RecordReason.from_dict(d) for d in plan.details[:max_details]],
            more_reasons=max(0, len(plan.details) - max_details),
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            **self.counts(), "details": [r.to_dict() for r in self.reasons], "more_details": self.more_reasons,
            "records": [r.to_dict() for r in self.records], "more_records": self.more_records,
        }  # fmt: skip

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "TableOutcome":
        return cls(
            **{o: int(data.get(o, 0) or 0) for o in OUTCOMES},
            reasons=[RecordReason.from_dict(d) for d in data.get("details") or ()],
            more_reasons=int(data.get("more_details", 0) or 0),
            records=[RecordChange.from_dict(d) for d in data.get("records") or ()],
            more_records=int(data.get("more_records", 0) or 0),
        )


@dataclass(frozen=True)
class AlreadyImported:
    """When, by whom and into which kept file the same bundle id was imported before."""

    at: str
    by: str
    file: str

    def to_dict(self) -> dict[str, str]:
        return {"at": self.at, "by": self.by, "file": self.file}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any] | None) -> "AlreadyImported | None":
        if not data:
            return None
        return cls(str(data.get("at", "")), str(data.get("by", "")), str(data.get("file", "")))


@dataclass
class ImportReport:
    """The report of one bundle's import (or dry run)."""

    file: str
    filename: str
    bundle_id: str
    source_unit: str
    seq: int
    periods: list[str]
    source_name: str = ""
    fingerprint: str = ""  # grouped for reading
    created_at: str = ""
    app_version: str = ""
    sent_by: str = ""  # the officer of the sending unit, from the manifest
    installation_id: str = ""  # the sending installation (numbers count per installation)
    earlier: list[list] = field(default_factory=list)  # (number, period) of that installation's earlier bundles
    superseded_gaps: list[int] = field(default_factory=list)  # numbers never received whose period a later bundle covers
    dry_run: bool = False
    tables: dict[str, TableOutcome] = field(default_factory=dict)
    sequence_gaps: list[int] = field(default_factory=list)
    already_imported: AlreadyImported | None = None
    duplicate_seq: bool = False
    message: str = ""
    imported_at: str = ""
    stored_path: str = ""
    warnings: list[str] = field(default_factory=list)  # e.g. a catalog version not known here
    catalog_notes: list[VersionNote] = field(default_factory=list)  # those catalog lines, structured (the GUI's)
    changed_after_approval: list[str] = field(default_factory=list)  # periods approved before this bundle changed them
    kind: str = "data"  # "decisions": a decision bundle from the upper level (``decisions`` says what it held)
    decisions: list[dict[str, Any]] = field(default_factory=list)
    relayed: list[dict[str, Any]] = field(default_factory=list)  # a relay bundle: each carried bundle's outcome (JSON)

    def total(self, outcome: str) -> int:
        return sum(t.count(outcome) for t in self.tables.values())

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "file": self.file,
            "filename": self.filename,
            "bundle_id": self.bundle_id,
            "source_unit": self.source_unit,
            "source_name": self.source_name,
            "seq": self.seq,
            "periods": list(self.periods),
            "fingerprint": self.fingerprint,
            "created_at": self.created_at,
            "app_version": self.app_version,
            "sent_by": self.sent_by,
            "installation_id": self.installation_id,
            "earlier": [list(x) for x in self.earlier],
            "superseded_gaps": list(self.superseded_gaps),
            "dry_run": self.dry_run,
            "already_imported": self.already_imported.to_dict() if self.already_imported else None,
            "tables": {t: o.to_dict() for t, o in self.tables.items()},
            "sequence_gaps": list(self.sequence_gaps),
            "warnings": list(self.warnings),
        }
        if self.catalog_notes:  # written only when there are some (reports without them keep their shape)
            out["catalog_notes"] = [n.to_dict() for n in self.catalog_notes]
        if self.changed_after_approval:  # keys added later are written only when set (older reports stay equal)
            out["changed_after_approval"] = list(self.changed_after_approval)
        if self.kind != "data":
            out["kind"] = self.kind
            out["decisions"] = [dict(d) for d in self.decisions]
        if self.relayed:
            out["relayed"] = [dict(d) for d in self.relayed]
        if self.already_imported:
            out["message"] = self.message
        else:
            out["duplicate_seq"] = self.duplicate_seq
        if self.imported_at:
            out["imported_at"] = self.imported_at
            out["stored_path"] = self.stored_path
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "ImportReport":
        """A report as ``to_dict`` wrote it, or as an earlier version stored it (missing keys take defaults)."""
        return cls(
            file=str(data.get("file", "")),
            filename=str(data.get("filename", "")),
            bundle_id=str(data.get("bundle_id", "")),
            source_unit=str(data.get("source_unit", "")),
            seq=int(data.get("seq", 0) or 0),
            periods=list(data.get("periods") or []),
            source_name=str(data.get("source_name", "")),
            fingerprint=str(data.get("fingerprint", "")),
            created_at=str(data.get("created_at", "")),
            app_version=str(data.get("app_version", "")),
            sent_by=str(data.get("sent_by", "") or ""),
            installation_id=str(data.get("installation_id", "") or ""),
            earlier=[list(x) for x in data.get("earlier") or []],
            superseded_gaps=[int(x) for x in data.get("superseded_gaps") or []],
            dry_run=bool(data.get("dry_run", False)),
            tables={str(t): TableOutcome.from_dict(o) for t, o in (data.get("tables") or {}).items()},
            sequence_gaps=[int(n) for n in data.get("sequence_gaps") or []],
            already_imported=AlreadyImported.from_dict(data.get("already_imported")),
            duplicate_seq=bool(data.get("duplicate_seq", False)),
            message=str(data.get("message", "")),
            imported_at=str(data.get("imported_at", "")),
            stored_path=str(data.get("stored_path", "")),
            warnings=[str(w) for w in data.get("warnings") or []],
            catalog_notes=[VersionNote.from_dict(n) for n in data.get("catalog_notes") or []],
            changed_after_approval=[str(p) for p in data.get("changed_after_approval") or []],
            kind=str(data.get("kind") or "data"),
            decisions=[dict(d) for d in data.get("decisions") or []],
            relayed=[dict(d) for d in data.get("relayed") or []],
        )


@dataclass(frozen=True)
class PreviousImport:
    """The import of the same bundle id found in the data folder's database (``bundle verify``)."""

    imported_at: str
    imported_by: str

    def to_dict(self) -> dict[str, str]:
        return {"imported_at": self.imported_at, "imported_by": self.imported_by}


@dataclass
class VerifyResult:
    """What ``verify_file`` found in a bundle it checked completely without writing anything."""

    file: str
    bundle_id: str
    source_unit: str
    source_name: str
    seq: int
    periods: list[str]
    fingerprint: str  # grouped for reading
    created_at: str
    app_version: str
    format_version: Any
    counts: dict[str, int]
    files: int  # files/ members
    sha256: str
    size: int
    trusted: bool
    warnings: list[str] = field(default_factory=list)  # English lines
    catalog_notes: list[VersionNote] = field(default_factory=list)  # the catalog lines among them, structured
    already_imported: PreviousImport | None = None
    kind: str = "data"  # "decisions": a decision bundle (app.sync.decisions), addressed to ``target_unit``
    target_unit: str = ""
    relayed: list[dict[str, Any]] = field(default_factory=list)  # a relay bundle: the manifest's ``relay`` entries

    def to_dict(self) -> dict[str, Any]:
        """The JSON of ``pbgdpl bundle verify --json`` (the keys of the earlier dict)."""
        out = {
            "file": self.file, "bundle_id": self.bundle_id, "source_unit": self.source_unit,
            "source_name": self.source_name, "seq": self.seq, "periods": list(self.periods),
            "fingerprint": self.fingerprint, "created_at": self.created_at, "app_version": self.app_version,
            "format_version": self.format_version, "counts": dict(self.counts), "files": self.files,
            "sha256": self.sha256, "size": self.size, "trusted": self.trusted, "warnings": list(self.warnings),
            "catalog_notes": [n.to_dict() for n in self.catalog_notes], "already_imported": None,
        }  # fmt: skip
        if self.already_imported is not None:
            out["already_imported"] = {"bundle_id": self.bundle_id, **self.already_imported.to_dict()}
        if self.kind != "data":
            out["kind"], out["target_unit"] = self.kind, self.target_unit
        if self.relayed:
            out["relayed"] = [dict(e) for e in self.relayed]
        return out
