"""Merge decisions over plain records: revisions decide, never clocks; one writer per record.

For each incoming record and the stored copy (if any):

- no stored copy → ``new``;
- the stored copy belongs to another unit (an id collision: ids are random, so one unit copied the other's
  record, a malicious or cloned installation) → who really owns the id is read from the installation that made
  each version (``rev_by``) against the installations each unit's bundles came from (``installations``):
  ``rejected`` when the incoming version was made by a computer of the stored owner and never of the sender
  (the sender's whole bundle is refused); ``updated`` with ``takes_from`` when the stored version was made by a
  computer of the sender and never of its stored owner (the genuine owner takes its id back; the squatter's
  version is kept for review); otherwise ``conflicts``: the stored record stays, the incoming one is kept
  beside it with both units named, and the rest of the bundle is imported. A collision never refuses the
  genuine owner's bundle;
- same revision, same content → ``unchanged``;
- same revision, different content (a restored backup, two laptops) → ``conflict``: the stored version stays,
  the incoming one is kept beside it for a person to resolve;
- newer revision built on the stored one (``base_rev == stored rev``) → ``updated`` (``deleted`` when it is the
  record's deletion);
- newer revision built on a later revision we never received (``base_rev > stored rev``; bundles are full
  snapshots, so a lost bundle is superseded) → ``updated``, with the skipped revisions named;
- newer revision built on an older revision than the stored one (``base_rev < stored rev``) → ``conflict``;
- older revision → ``stale`` (ignored; a stored tombstone therefore wins over every stale edit), except a
  record made again elsewhere (another ``created_at``, other content: a reinstall and a spreadsheet
  re-import restart revisions) → ``conflict``, both versions kept for a person.

A bundle signed by a key the upper level has replaced (``retired_key``) never overrides a version made by
another installation of the unit (the new computer): such an update or deletion becomes a ``conflict``. When
the newer key has itself sent files from the same installation (``shared_installation``: the new computer
continues a copied data folder, so the two computers' versions carry the same ``rev_by``), no version can be
told apart, and every update or deletion of the replaced key becomes a ``conflict``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import AbstractSet, Any, Iterable, Mapping

from app.sync.manifest import MAX_SEQ
from app.sync.records import BundleRecord

OUTCOMES = ("new", "updated", "deleted", "unchanged", "stale", "conflicts", "rejected")
WRITTEN = frozenset({"new", "updated", "deleted"})  # outcomes that write the incoming record


@dataclass(frozen=True)
class StoredState:
    """What the importer holds for one record id."""

    owner: str
    rev: int
    base_rev: int
    rev_by: str
    deleted: bool
    content_hash: str
    created_at: str = ""  # when the record was first made (a record made again elsewhere has another time)


@dataclass(frozen=True)
class Decision:
    outcome: str  # one of OUTCOMES
    reason: str = ""
    takes_from: str = ""  # the unit whose copy of the id this record takes back (its genuine owner's version)
    collision: str = ""  # the other unit holding the record id (a conflict of two units), else ""


Installations = Mapping[str, AbstractSet[str]]  # unit -> the installations its bundles (or this computer) came from


def decide(
    stored: StoredState | None,
    incoming: BundleRecord,
    retired_key: str = "",
    installations: Installations | None = None,
    shared_installation: bool = False,
) -> Decision:
    """Apply the rules above to one record (``retired_key``: the replaced key that signed it, else "";
    ``installations``: what is known of each unit's computers, for an id held by another unit;
    ``shared_installation``: the newer key has sent files from the replaced key's installation too)."""
    if stored is not None and stored.owner != incoming.owner:
        return _foreign(stored, incoming, installations or {})
    decision = _decide(stored, incoming)
    if not retired_key or stored is None or decision.outcome not in ("updated", "deleted"):
        return decision
    if stored.rev_by != incoming.rev_by:
        return Decision(
            "conflicts",
            f"signed with key {retired_key} after it was replaced, and the stored version was made by another "
            "computer of the unit; the stored version stays, the other is kept for review",
        )
    if shared_installation:
        return Decision(
            "conflicts",
            f"signed with key {retired_key} after it was replaced, and the newer key sends from the same "
            "installation (a copied data folder), so which computer made the stored version cannot be told; the "
            "stored version stays, the other is kept for review",
        )
    return decision


def _decide(stored: StoredState | None, incoming: BundleRecord) -> Decision:
    if stored is None:
        return Decision("new", "deleted before it was first received" if incoming.deleted else "")
    if incoming.rev == stored.rev:
        if incoming.content_hash == stored.content_hash:
            return Decision("unchanged")
        return Decision(
            "conflicts",
            f"two different versions of revision {stored.rev} (made by {stored.rev_by[:8]} and {incoming.rev_by[:8]}: "
            "a restored backup or a second computer?); the stored version stays, the other is kept for review",
        )
    if incoming.rev > stored.rev:
        outcome = "deleted" if incoming.deleted and not stored.deleted else "updated"
        if incoming.base_rev == stored.rev:
            return Decision(outcome, f"revision {stored.rev} → {incoming.rev}")
        if incoming.base_rev > stored.rev:
            return Decision(
                outcome,
                f"revision {stored.rev} → {incoming.rev} (revisions {stored.rev + 1}–{incoming.base_rev} were never "
                "received; this snapshot supersedes them)",
            )
        return Decision(
            "conflicts",
            f"revision {incoming.rev} was made from revision {incoming.base_rev}, not from the stored revision "
            f"{stored.rev}; the stored version stays, the other is kept for review",
        )
    if stored.created_at and incoming.created_at and incoming.created_at != stored.created_at and incoming.content_hash != stored.content_hash:
        # the same id made again on another computer from an earlier copy (a reinstall, then a spreadsheet
        # re-import restarting its revisions): never dropped silently as stale
        return Decision(
            "conflicts",
            f"revision {incoming.rev} was made again on another computer (first made {incoming.created_at[:10]}, the stored "
            f"record {stored.created_at[:10]}; a reinstall and a spreadsheet import?); the stored revision {stored.rev} "
            "stays, the other is kept for review",
        )
    if stored.deleted:
        return Decision("stale", f"revision {incoming.rev} is older than the deletion (revision {stored.rev})")
    return Decision("stale", f"revision {incoming.rev} is older than the stored revision {stored.rev}")


def _foreign(stored: StoredState, incoming: BundleRecord, installations: Installations) -> Decision:
    """An id the importer holds under another unit (see the module docstring)."""
    holder, sender = stored.owner, incoming.owner
    of_holder, of_sender = installations.get(holder, frozenset()), installations.get(sender, frozenset())
    if incoming.rev_by in of_holder and incoming.rev_by not in of_sender:
        return Decision(
            "rejected",
            f"record id already belongs to unit {holder}, and this version of it was made by a computer of unit "
            f"{holder}, not of unit {sender}; an import never changes another unit's record",
            collision=holder,
        )
    if stored.rev_by in of_sender and stored.rev_by not in of_holder:
        return Decision(
            "updated",
            f"unit {holder} sent this record id first, but its copy was made by a computer of unit {sender}: the record "
            f"goes back to unit {sender}; the copy unit {holder} sent is kept for review",
            takes_from=holder,
        )
    return Decision(
        "conflicts",
        f"id collision: unit {holder} already holds this record id, and unit {sender} sends it too; the record of unit "
        f"{holder} stays, the one of unit {sender} is kept for review (choose which unit it belongs to)",
        collision=holder,
    )


@dataclass
class TablePlan:
    """What an import does to one table: the records per outcome and the reasons worth showing."""

    table: str
    counts: dict[str, int] = field(default_factory=lambda: {o: 0 for o in OUTCOMES})
    new: list[BundleRecord] = field(default_factory=list)
    updated: list[BundleRecord] = field(default_factory=list)
    unchanged: list[BundleRecord] = field(default_factory=list)
    conflicts: list[tuple[BundleRecord, str]] = field(default_factory=list)
    taken: list[tuple[BundleRecord, str]] = field(default_factory=list)  # (record, unit whose copy it replaces)
    collided: dict[str, str] = field(default_factory=dict)  # id -> the other unit holding it (kept for review or refused)
    details: list[dict[str, Any]] = field(default_factory=list)
    named: list[tuple[BundleRecord, Decision]] = field(default_factory=list)  # every record not unchanged, in order

    def to_dict(self, max_details: int = 200) -> dict[str, Any]:
        return {**self.counts, "details": self.details[:max_details], "more_details": max(0, len(self.details) - max_details)}


def plan_table(
    table: str,
    records: Iterable[BundleRecord],
    stored: Mapping[str, StoredState],
    retired_key: str = "",
    installations: Installations | None = None,
    held_parents: tuple[str, str, Mapping[str, str]] = ("", "", {}),
    shared_installation: bool = False,
) -> TablePlan:
    """Decide every record of one table (no writes); ``retired_key``, ``installations``, ``shared_installation``
    as in ``decide``.

    ``held_parents``: (parent field, parent label, parent id -> the other unit holding it): a record of such a parent
    is kept for review with it, never stored under another unit's record."""
    plan = TablePlan(table)
    parent_field, parent_label, held = held_parents
    for rec in records:
        if held and rec.payload.get(parent_field) in held:
            holder = held[rec.payload[parent_field]]
            decision = Decision(
                "conflicts",
                f"its {parent_label} {rec.payload[parent_field]} has an id unit {holder} holds too (an id collision); "
                "kept for review with it",
                collision=holder,
            )
        else:
            decision = decide(stored.get(rec.id), rec, retired_key, installations, shared_installation)
        if decision.collision:
            plan.collided[rec.id] = decision.collision
        plan.counts[decision.outcome] += 1
        if decision.outcome == "unchanged":
            plan.unchanged.append(rec)
            continue
        plan.named.append((rec, decision))
        if decision.outcome == "new":
            plan.new.append(rec)
        elif decision.takes_from:
            plan.taken.append((rec, decision.takes_from))
        elif decision.outcome in WRITTEN:  # updated or deleted
            plan.updated.append(rec)
        elif decision.outcome == "conflicts":
            plan.conflicts.append((rec, decision.reason))
        if decision.outcome in ("stale", "conflicts", "rejected") or decision.takes_from or (decision.outcome in WRITTEN and "never" in decision.reason):
            plan.details.append({"id": rec.id, "outcome": decision.outcome, "rev": rec.rev, "reason": decision.reason})
    return plan


def sequence_gaps(seqs: Iterable[int]) -> list[int]:
    """Sequence numbers missing below the highest one received (1-based)."""
    have = {n for n in seqs if n <= MAX_SEQ}  # (a larger number, stored before it was refused, says nothing)
    if not have:
        return []
    return [n for n in range(1, max(have) + 1) if n not in have]


@dataclass(frozen=True)
class Received:
    """One bundle received from a unit, as sequence numbering needs it."""

    seq: int
    installation: str = ""  # the writing installation (manifest source.installation_id); "" for older bundles
    periods: tuple[str, ...] = ()
    earlier: tuple[tuple[int, str], ...] = ()  # (number, period) of the bundles that installation wrote before it
    bundle_id: str = ""


@dataclass
class Numbering:
    """What a unit's bundle numbers say, counted per installation (a reinstalled computer starts again at 1).

    ``missing``: numbers below an installation's highest one never received and not superseded;
    ``superseded``: numbers never received whose period a later bundle of the same installation covers (bundles
    are snapshots of a period: nothing of them is missing, e.g. a file written to a wrong folder and never sent);
    ``reused``: numbers received twice from one installation in two different bundles."""

    missing: list[int] = field(default_factory=list)
    superseded: list[int] = field(default_factory=list)
    reused: list[int] = field(default_factory=list)


def _covers(outer: str, inner: str) -> bool:
    from app.core.periods import parse_period

    try:
        a, b = parse_period(outer), parse_period(inner)
    except Exception:  # noqa: BLE001 - a period this version does not read covers nothing
        return False
    return a.start <= b.start and b.end <= a.end


def numbering(received: Iterable[Received]) -> Numbering:
    """The unit's numbering, per installation (see ``Numbering``). A number another installation of the unit
    sent is not missing from this one (a computer restored from the upper level continues the numbers of the
    one it replaced)."""
    out = Numbering()
    by_installation: dict[str, list[Received]] = {}
    for r in received:
        by_installation.setdefault(r.installation, []).append(r)
    everywhere = {r.seq for rows in by_installation.values() for r in rows}
    missing: set[int] = set()
    superseded: set[int] = set()
    for rows in by_installation.values():
        ids: dict[int, set[str]] = {}
        for r in rows:
            ids.setdefault(r.seq, set()).add(r.bundle_id)
        out.reused += sorted(n for n, b in ids.items() if len(b) > 1)
        period_of = {n: p for r in rows for n, p in r.earlier}
        for n in sequence_gaps(ids):
            if n in everywhere:
                continue
            p = period_of.get(n)
            if p and any(_covers(q, p) for r in rows if r.seq > n for q in r.periods):
                superseded.add(n)
            else:
                missing.add(n)
    out.missing = sorted(missing - superseded)
    out.superseded = sorted(superseded)
    out.reused.sort()
    return out
