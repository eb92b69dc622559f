"""Record ids two units claim (id squatting), and links from one unit's records to another unit's records.

Record ids are random (uuid4), so two units never make the same id by chance: an id one unit sends while the
importer holds it under another unit was copied, by a malicious or cloned installation, or a buggy tool. Who
really owns it is read from the installation that made each version (``rev_by``) against the installations
each unit's bundles came from (app.sync.merge): a version made by the other unit's computer is refused (or
taken back by its genuine owner); when nothing tells them apart both versions are kept, the first stored one
current, the other beside it as a conflict naming both units for the officer to decide. A collision never
refuses the genuine owner's bundle whole.

Links (an activity's reporters, a training's attendees, a plan task's activities) point only at records of
the same unit: a commune's log names its own reporters (its screens offer no other unit's roster), so a link
to a record the importer holds under another unit is refused with both units named. A link to an id the
importer does not hold at all (a record of the unit not in this bundle) is left as it is.
"""

from __future__ import annotations

from typing import Any

from app.core.kinds import KINDS, kind
from app.store import merge as merge_repo
from app.store import sync_state
from app.sync.errors import BundleRecordError
from app.sync.records import BundleRecord, normalise_payload, record_hash
from app.sync.verify import VerifiedBundle


def installations(ws, vb: VerifiedBundle, units: set[str]) -> dict[str, set[str]]:
    """unit -> installations known to be its own: those its bundles came from, this bundle's for its sender,
    and this computer's for the importer's own unit."""
    out = sync_state.installations(ws.db, sorted(units | {vb.source_unit}))
    own = ws.require_initialised()
    out.setdefault(own["unit_code"], set()).add(own["installation_id"])
    sender = str(vb.manifest["source"].get("installation_id", "") or "")
    if sender:
        out[vb.source_unit].add(sender)
    return out


def check_links(ws, vb: VerifiedBundle) -> None:
    """Refuse the bundle when a record links to a record the importer holds under another unit (not carried in
    the bundle itself: a link to the unit's own record whose id another unit also holds is that record's
    collision, not a wrong link)."""
    for k in KINDS:
        for field, target in k.references.items():
            carried = {r.id for r in vb.records.get(target, ())} | {u[0] for u in vb.unchanged.get(target, ())}
            wanted: dict[str, BundleRecord] = {}
            for rec in vb.records.get(k.name, ()):
                for rid in rec.payload.get(field) or ():
                    if rid not in carried:
                        wanted.setdefault(rid, rec)
            if not wanted:
                continue
            for rid, owner in merge_repo.owners(ws.db, target, wanted).items():
                if owner != vb.source_unit:
                    rec = wanted[rid]
                    reason = (
                        f"it links to {kind(target).label} {rid} of unit {owner}; a record of unit {vb.source_unit} "
                        "links only to records of its own unit"
                    )
                    raise BundleRecordError(
                        f"record {rec.id} of table {k.name} is refused: {reason}. The whole bundle was refused; "
                        "nothing was imported",
                        table=k.name,
                        record_id=rec.id,
                        reason=reason,
                        other_unit=owner,
                    )


def displaced_conflict(ws, table: str, rec: BundleRecord, holder: str, bundle_id: str, now: str) -> dict[str, Any] | None:
    """The conflict row that keeps ``holder``'s copy of ``rec.id`` (read before the genuine owner's record
    replaces it) for review; None when it is gone."""
    old = merge_repo.stored_records(ws.db, table, [rec.id]).get(rec.id)
    if old is None:
        return None
    payload = normalise_payload(table, rec.id, old["payload"])
    return {
        "table_name": table, "record_id": rec.id, "owner_unit": holder, "stored_rev": rec.rev,
        "incoming_rev": old["rev"], "incoming_base_rev": old["base_rev"], "incoming_rev_by": old["rev_by"],
        "incoming_deleted": int(old["deleted"]), "incoming_hash": record_hash(payload, old["deleted"]),
        "incoming": old,
        "reason": f"id collision: unit {holder} sent this record id first, but its copy was made by a computer of unit "
                  f"{rec.owner}; the record went back to unit {rec.owner} (bundle {bundle_id[:8]}), this copy is kept for review",
        "bundle_id": bundle_id, "detected_at": now,
    }  # fmt: skip
