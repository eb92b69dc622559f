"""Approve or return a unit's period (upper level), send the decisions down in a signed bundle, and show at
the unit what its upper level decided.

A decision names the bundle it judged and a hash of the unit's stored records of the period at that moment
(``records_hash``). Whether the data changed after the decision is derived, never stored: today's hash differs
from the decision's. An approval whose data changed no longer holds and needs approving again.
"""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.core.errors import UserFixableError
from app.core.periods import parse_period
from app.services.read import is_upper, unit_name
from app.services.workspace import Workspace
from app.store import approvals as repo
from app.store import audit
from app.store import merge as merge_repo
from app.sync.records import normalise_payload, record_hash

if TYPE_CHECKING:  # the dashboard shows decisions without loading cryptography (keys, bundles load it)
    from app.sync.verify import VerifiedBundle

APPROVED, RETURNED = "approved", "returned"  # app.sync.decisions.DECISIONS


class UpperOnlyError(UserFixableError):
    """Approving, returning and sending decisions down belong to an upper level (a commune has no units under it)."""

    code = "E-UPPER-ONLY"


class NoBundleError(UserFixableError):
    """No bundle of that unit for that period has been received, so there is nothing to judge."""

    code = "E-APPROVAL-NO-BUNDLE"


class ReasonRequiredError(UserFixableError):
    """A return without a reason: the unit must be told what to correct."""

    code = "E-APPROVAL-REASON"


class NoDecisionError(UserFixableError):
    """Nothing decided yet for that unit (and period): there is nothing to send down."""

    code = "E-APPROVAL-NONE"


class DecisionTargetError(UserFixableError):
    """A decision bundle addressed to another unit than this installation's."""

    code = "E-DECISION-TARGET"


@dataclass
class Decision:
    """The current decision on one unit's period, and whether the data changed after it."""

    id: str
    unit_code: str
    unit_name: str
    period: str
    decision: str  # "approved" | "returned"
    reason: str
    bundle_id: str
    bundle_seq: int
    records_hash: str
    counts: dict[str, int]
    decided_at: str
    decided_by: str
    owner_unit: str
    changed: bool = False  # the unit's records differ from what was judged (upper level)
    resent: bool = False  # the unit sent a newer bundle for the period after the decision (at the unit)
    received_at: str | None = None
    history: int = 1  # decisions taken on this unit's period so far

    @property
    def needs_decision(self) -> bool:
        """An approval whose data changed no longer holds: approve (or return) again."""
        return self.changed

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "needs_decision": self.needs_decision}


# -- the records' hash ----------------------------------------------------------------------------------------


def records_state(ws: Workspace, unit: str, period_text: str) -> tuple[str, dict[str, int]]:
    """SHA-256 over (kind, id, rev, content hash) of every stored record of ``unit`` for the period (the set its
    bundle carries, tombstones included; sorted), and the live records' counts per kind."""
    period = parse_period(period_text)
    owned = merge_repo.owned_records(ws.db, unit, period.start.isoformat(), period.end.isoformat())
    lines, counts = [], {}
    for table, recs in owned.items():
        counts[table] = sum(1 for r in recs if not r["deleted"])
        for r in recs:
            content = record_hash(normalise_payload(table, r["id"], r["payload"]), r["deleted"])
            lines.append(f"{table}\t{r['id']}\t{r['rev']}\t{content}")
    digest = hashlib.sha256("\n".join(sorted(lines)).encode("utf-8")).hexdigest()
    return digest, counts


# -- decide (upper level) ------------------------------------------------------------------------------------


def _require_upper(ws: Workspace, what: str) -> dict[str, str]:
    values = ws.require_initialised()
    if not is_upper(ws):
        raise UpperOnlyError(
            f"{what} is done by the upper level; this installation is commune {values['unit_code']} "
            "(its decisions arrive from the upper level in a decision bundle: pbgdpl bundle import FILE)",
        )
    return values


def judged_bundle(ws: Workspace, unit: str, period: str) -> dict[str, Any]:
    """The received bundle a decision on ``unit``/``period`` judges: the newest one for exactly that period.

    Raises:
        NoBundleError: none received.
    """
    found = repo.latest_import_for_period(ws.db, unit, period)
    if found is None:
        raise NoBundleError(
            f"no bundle of unit {unit} ({unit_name(ws, unit)}) for period {period} has been received here; "
            "import it first (pbgdpl bundle import FILE), then decide",
            unit=unit,
            period=period,
        )
    return found


@dataclass
class Review:
    """What a decision on ``unit``'s ``period`` would judge: the newest bundle received and the records now."""

    unit_code: str
    unit_name: str
    period: str
    bundle_id: str
    bundle_seq: int
    bundle_created_at: str
    bundle_imported_at: str
    counts: dict[str, int]
    current: Decision | None


def review(ws: Workspace, unit: str, period_text: str) -> Review:
    """The facts an approve / return dialog shows before deciding.

    Raises:
        UpperOnlyError, NoBundleError, PeriodError.
    """
    _require_upper(ws, "approving or returning a period")
    period = parse_period(period_text).id
    bundle = judged_bundle(ws, unit, period)
    _digest, counts = records_state(ws, unit, period)
    return Review(
        unit, unit_name(ws, unit), period, bundle["bundle_id"], bundle["seq"], bundle["created_at"], bundle["imported_at"],
        counts, decision_of(ws, unit, period),
    )  # fmt: skip


def _decide(ws: Workspace, unit: str, period_text: str, decision: str, reason: str) -> Decision:
    values = _require_upper(ws, "approving or returning a period")
    unit = str(unit or "").strip()
    period = parse_period(period_text).id
    reason = (reason or "").strip()
    if decision == RETURNED and not reason:
        raise ReasonRequiredError(
            f"a return needs a reason: tell unit {unit} what to correct (--reason TEXT)", unit=unit, period=period
        )
    bundle = judged_bundle(ws, unit, period)
    digest, counts = records_state(ws, unit, period)
    now = ws.now_iso()
    row = {
        "id": str(uuid.uuid4()),
        "owner_unit": values["unit_code"],
        "rev": 1,
        "rev_by": values.get("installation_id", ""),
        "base_rev": 0,
        "deleted": 0,
        "created_at": now,
        "updated_at": now,
        "unit_code": unit,
        "period": period,
        "decision_no": repo.next_decision_no(ws.db, values["unit_code"]),
        "decision": decision,
        "reason": reason,
        "bundle_id": bundle["bundle_id"],
        "bundle_seq": bundle["seq"],
        "records_hash": digest,
        "counts": counts,
        "decided_at": now,
        "decided_by": values.get("officer", ""),
        "received_at": None,
    }
    with ws.db.atomic():
        row["decision_no"] = repo.next_decision_no(ws.db, values["unit_code"])
        repo.add(ws.db, row)
        audit.append(
            ws.db, ws.write_context("approvals"), f"period-{decision}", "approvals", row["id"], 1,
            {"unit": unit, "period": period, "bundle_id": bundle["bundle_id"], "reason": reason},
        )  # fmt: skip
    return decision_of(ws, unit, period)  # type: ignore[return-value]


def approve(ws: Workspace, unit: str, period: str) -> Decision:
    """Approve ``unit``'s ``period`` as received (the newest bundle for the period and the records stored now).

    Raises:
        UpperOnlyError, NoBundleError, PeriodError.
    """
    return _decide(ws, unit, period, APPROVED, "")


def return_(ws: Workspace, unit: str, period: str, reason: str) -> Decision:
    """Return ``unit``'s ``period`` for correction, with the reason the unit will see.

    Raises:
        UpperOnlyError, ReasonRequiredError, NoBundleError, PeriodError.
    """
    return _decide(ws, unit, period, RETURNED, reason)


def _as_decision(ws: Workspace, row: dict[str, Any], history: int, changed: bool = False, resent: bool = False) -> Decision:
    return Decision(
        id=row["id"], unit_code=row["unit_code"], unit_name=unit_name(ws, row["unit_code"]), period=row["period"],
        decision=row["decision"], reason=row["reason"], bundle_id=row["bundle_id"], bundle_seq=row["bundle_seq"],
        records_hash=row["records_hash"], counts=row["counts"], decided_at=row["decided_at"],
        decided_by=row["decided_by"], owner_unit=row["owner_unit"], changed=changed, resent=resent,
        received_at=row["received_at"], history=history,
    )  # fmt: skip


def decisions(ws: Workspace, unit: str | None = None, period: str | None = None) -> list[Decision]:
    """The current decision per (unit, period); at the upper level with ``changed`` (the data differs from what
    was judged), at a unit with ``resent`` (it sent a newer bundle for the period since)."""
    rows = repo.history(ws.db, unit, parse_period(period).id if period else None)
    counts: dict[tuple[str, str], int] = {}
    latest: dict[tuple[str, str], dict[str, Any]] = {}
    for row in rows:
        key = (row["unit_code"], row["period"])
        counts[key] = counts.get(key, 0) + 1
        latest[key] = row
    own = ws.unit_code
    out = []
    for key in sorted(latest):
        row = latest[key]
        if row["unit_code"] == own:  # decisions received about this installation's own periods
            resent = any(s > row["bundle_seq"] for s in repo.export_seqs_for_period(ws.db, row["period"]))
            out.append(_as_decision(ws, row, counts[key], resent=resent))
        else:
            out.append(_as_decision(ws, row, counts[key], changed=records_state(ws, *key)[0] != row["records_hash"]))
    return out


def decisions_for_period(ws: Workspace, period: str) -> dict[str, Decision]:
    """The current decision on ``period`` per unit code (upper level), for the completeness board.

    The same answer as :func:`decisions`, cheaper: the records' hash (a few ms per unit) is computed only for a
    unit whose records this installation wrote after the decision (a bundle imported from it, a conflict on its
    records resolved here); records that nothing has written since cannot differ from what was judged.
    """
    p = parse_period(period).id
    rows = repo.history(ws.db, None, p)
    counts: dict[str, int] = {}
    latest: dict[str, dict[str, Any]] = {}
    for row in rows:
        counts[row["unit_code"]] = counts.get(row["unit_code"], 0) + 1
        latest[row["unit_code"]] = row
    if not latest:
        return {}
    written = repo.last_write_per_unit(ws.db)
    own = ws.unit_code
    out = {}
    for unit, row in latest.items():
        if unit == own:
            resent = any(s > row["bundle_seq"] for s in repo.export_seqs_for_period(ws.db, row["period"]))
            out[unit] = _as_decision(ws, row, counts[unit], resent=resent)
            continue
        # a decision forwarded from the upper level was taken on another computer's clock: always compared
        touched = row["owner_unit"] != own or written.get(unit, "") >= row["decided_at"]
        changed = touched and records_state(ws, unit, p)[0] != row["records_hash"]
        out[unit] = _as_decision(ws, row, counts[unit], changed=changed)
    return out


def decision_of(ws: Workspace, unit: str, period: str) -> Decision | None:
    """The current decision on ``unit``'s ``period`` (with ``changed`` / ``resent``), or None."""
    found = decisions(ws, unit, period)
    return found[0] if found else None


def decision(ws: Workspace, unit: str, period: str) -> Decision | None:
    """The current decision on ``unit``'s ``period`` and whether the data changed after it (``Decision.changed``)."""
    return decision_of(ws, unit, period)


def changed_after_approval(ws: Workspace, unit: str, periods: list[str]) -> list[str]:
    """Of ``periods``, those whose current decision on ``unit`` is an approval that the stored records no longer
    match (called by the bundle import once the records are written)."""
    out = []
    for period in periods:
        rows = repo.current(ws.db, unit, period)
        if rows and rows[0]["decision"] == APPROVED and records_state(ws, unit, period)[0] != rows[0]["records_hash"]:
            out.append(period)
    return out


# -- at the unit judged ----------------------------------------------------------------------------------------


def own_notices(ws: Workspace) -> list[Decision]:
    """What this installation's upper level decided on its periods, newest period first: returns not yet
    answered by a newer bundle first, then the rest."""
    if not ws.initialised:
        return []
    mine = [d for d in decisions(ws, ws.unit_code)]
    mine.sort(key=lambda d: d.period, reverse=True)
    return sorted(mine, key=lambda d: 0 if (d.decision == RETURNED and not d.resent) else 1)


# -- decision bundles ----------------------------------------------------------------------------------------


@dataclass
class DecisionImport:
    """What importing a decision bundle stored."""

    source_unit: str
    target_unit: str
    forwarding: bool = False  # decisions on a unit under this intermediate one, to pass on (export_decisions)
    new: int = 0
    unchanged: int = 0
    decisions: list[dict[str, Any]] = field(default_factory=list)


def export_decisions(
    ws: Workspace, unit: str, period: str | None = None, out_dir: Path | None = None, passphrase: str | None = None
) -> dict[str, Any]:
    """Write the signed decision bundle of ``unit`` (every decision on its periods, or on ``period``), read it
    back and verify it.

    Raises:
        UpperOnlyError, NoDecisionError, KeyMissingError, KeyPassphraseError, BundleWriteError.
    """
    from app.services.bundles import _build_info  # the same app block as data bundles
    from app.services.keys import load_signing_key
    from app.sync import decisions as dec
    from app.sync import keys
    from app.sync.errors import BundleError, BundleWriteError
    from app.sync.trust import TrustEntry
    from app.sync.verify import verify_bundle

    values = _require_upper(ws, "sending decisions down")
    unit = str(unit or "").strip()
    rows = repo.history(ws.db, unit, parse_period(period).id if period else None)
    upper = forwarding_from(ws)
    rows = [r for r in rows if r["owner_unit"] in (values["unit_code"], upper)]
    forwarded = [r for r in rows if r["owner_unit"] == upper]
    if not rows:
        raise NoDecisionError(
            f"nothing has been approved or returned for unit {unit}" + (f", period {period}" if period else "")
            + "; decide first (pbgdpl approve / pbgdpl return)",
            unit=unit,
        )
    key, key_row = load_signing_key(ws, passphrase)
    now = ws.clock()
    seq = repo.next_decision_seq(ws.db, unit)
    manifest = {
        "app": _build_info(),
        "bundle_id": str(uuid.uuid4()),
        "source": {
            "unit_code": values["unit_code"], "unit_name": values.get("unit_name", ""), "level": values.get("level", ""),
            "installation_id": values.get("installation_id", ""), "officer": values.get("officer", ""),
        },
        "target": {"unit_code": unit, "unit_name": unit_name(ws, unit)},
        **({"forwarded_from": {"unit_code": upper, "unit_name": unit_name(ws, upper)}} if forwarded else {}),
        "seq": seq,
        "periods": sorted({r["period"] for r in rows}),
        "created_at": now.isoformat(timespec="seconds"),
    }  # fmt: skip
    lines = [{**{k: r[k] for k in dec.LINE_KEYS if k != "owner"}, "owner": r["owner_unit"]} for r in rows]
    target = Path(out_dir) if out_dir else ws.paths.exports
    path = dec.write_decision_bundle(target, manifest=manifest, decisions=lines, key=key, when=now)
    try:
        vb = verify_bundle(path, catalogs=ws.catalogs, today=ws.today(), trust=[TrustEntry(values["unit_code"], key_row["fingerprint"])])
    except BundleError as exc:
        path.unlink(missing_ok=True)
        raise BundleWriteError(f"the decision bundle written to {path} failed its read-back check ({exc.message}); it was removed", path=str(path)) from exc
    result = {
        "path": str(path), "filename": path.name, "bundle_id": vb.bundle_id, "target_unit": unit,
        "target_name": unit_name(ws, unit), "seq": seq, "periods": manifest["periods"], "decisions": len(lines),
        "sha256": vb.sha256, "size": vb.size, "fingerprint": keys.checked_fingerprint(key_row["fingerprint"]),
        "forwarded": len(forwarded), "via": relayed_by(ws, unit),
    }  # fmt: skip
    with ws.db.atomic():
        repo.record_decision_export(ws.db, {**result, "created_at": manifest["created_at"]})
        audit.append(ws.db, ws.write_context("approvals"), "decisions-export", "decision_exports", vb.bundle_id, None, {"unit": unit, "seq": seq})
    return result


def forwarding_from(ws: Workspace) -> str:
    """The upper level whose decisions this installation passes down (a district: its province), else ""."""
    return ws.settings.get("province_code", "") if ws.settings.get("level") == "district" else ""


def _forwards_to(ws: Workspace, source: str, target: str) -> bool:
    """Whether a decision bundle of ``source`` on ``target`` is one this installation forwards: it is a district,
    ``source`` its province and ``target`` one of the units reporting through it."""
    from app.services import expected_units

    if not source or source != forwarding_from(ws):
        return False
    unit = expected_units.resolve(ws, target)
    return unit is not None and unit.code == target and unit.level != expected_units.INTERMEDIATE


def relayed_by(ws: Workspace, unit: str) -> dict[str, str] | None:
    """Upper level: the intermediate unit whose relay bundle brought ``unit``'s newest bundle here (its decisions
    go down through it), or None when the unit sends directly (or nothing came from it)."""
    import json
    import zipfile

    from app.services import expected_units
    from app.store import sync_state

    own = sync_state.list_imports(ws.db, unit)
    if not own or not is_upper(ws):
        return None
    newest = max(own, key=lambda r: (r["seq"], r["imported_at"]))["bundle_id"]
    relays = {u.code: u.name for u in expected_units.list_units(ws) if u.level == expected_units.INTERMEDIATE}
    for row in sorted(sync_state.list_imports(ws.db), key=lambda r: r["imported_at"], reverse=True):
        if row["source_unit"] not in relays:
            continue
        try:
            with zipfile.ZipFile(row["stored_path"]) as zf:
                entries = json.loads(zf.read("manifest.json")).get("relay") or []
        except (OSError, KeyError, ValueError, zipfile.BadZipFile):
            continue
        if any(isinstance(e, dict) and e.get("bundle_id") == newest for e in entries):
            return {"unit_code": row["source_unit"], "unit_name": relays[row["source_unit"]]}
    return None


def import_decisions(ws: Workspace, vb: VerifiedBundle, *, dry_run: bool = False) -> DecisionImport:
    """Store the decisions of a verified decision bundle addressed to this installation (each decision once).

    At a district, its province's decisions on one of the district's communes are stored too (``forwarding``):
    the district's board shows them, and its next decision bundle to that commune carries them down.

    Raises:
        DecisionTargetError: the bundle is addressed to another unit (nothing is stored).
    """
    values = ws.require_initialised()
    target = vb.manifest["target"]["unit_code"]
    forwarding = target != values["unit_code"] and _forwards_to(ws, vb.source_unit, target)
    if target != values["unit_code"] and not forwarding:
        raise DecisionTargetError(
            f"this decision bundle of unit {vb.source_unit} is addressed to unit {target}, not to this installation's "
            f"unit {values['unit_code']}; nothing was imported",
            unit=target,
        )
    out = DecisionImport(vb.source_unit, target, forwarding=forwarding)
    now = ws.now_iso()
    with ws.db.atomic():
        for d in vb.decisions:
            row = {
                **d, "owner_unit": d["owner"], "rev": 1, "rev_by": "", "base_rev": 0, "deleted": 0, "created_at": d["decided_at"],
                "updated_at": d["decided_at"], "received_at": now, "received_bundle_id": vb.bundle_id,
            }  # fmt: skip
            if dry_run:
                new = all(r["id"] != d["id"] for r in repo.history(ws.db, d["unit_code"], d["period"]))
            else:
                new = repo.add(ws.db, row)
            out.new += int(new)
            out.unchanged += int(not new)
            out.decisions.append({k: d[k] for k in ("period", "decision", "reason", "decided_at", "decided_by")})
        if not dry_run and out.new:
            audit.append(ws.db, ws.write_context(f"bundle:{vb.bundle_id}"), "decisions-import", "approvals", vb.bundle_id, None, {"from": vb.source_unit, "new": out.new})
    return out
