"""Export upward from an upper level: the original bundles it received for a period travel unchanged inside its
own signed bundle (a relay bundle), and the next level imports each of them as if the unit had sent it directly.

Why unchanged: the next level checks every unit's own signature against its own trust list and holds each record
under its true owner; the relaying level only vouches that it received them (its signature covers their hashes).

Which bundles travel with a period P (``carried``): every data bundle imported here whose periods all lie inside
P (P's own bundles, and for a year its halves, quarters and months), and every one of an earlier period that no
bundle written here has carried yet (received late, or before this unit relayed at all: without them the next
level would see those numbers of the unit as missing), oldest first per unit, except those of a
unit whose period the relaying level returned and that have not changed since (``withheld``: the relaying
level judged them wrong; the corrected bundle will travel once it arrives). A kept copy that is missing or no
longer has the SHA-256 recorded at its import is left out with a warning.

At the next level (``import_carried``) each carried bundle is verified and imported on its own (all or nothing,
in the order of its unit and number); a refused one (its unit's key not enrolled there, a unit not expected
there) does not stop the others. Importing the relay bundle again retries the carried ones (those already
imported are no-ops), so enrolling a missing key and importing the same file again completes the chain.
"""

from __future__ import annotations

import hashlib
import json
import logging
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from app.core.errors import AppError
from app.core.periods import Period, parse_period
from app.services import approvals, read
from app.services.workspace import Workspace
from app.store import sync_state
from app.sync import manifest as fmt
from app.sync.verify import file_sha256

log = logging.getLogger(__name__)


@dataclass
class Carried:
    """What a relay bundle of one period carries: member name -> kept file, the manifest's ``relay`` entries,
    the bundles withheld (returned periods) and warnings (kept copies missing or changed)."""

    files: dict[str, Path] = field(default_factory=dict)
    entries: list[dict[str, Any]] = field(default_factory=list)
    withheld: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def _inside(periods: list[str], period: Period) -> bool:
    try:
        parsed = [parse_period(p) for p in periods]
    except Exception:  # noqa: BLE001 - a period id this version does not read never travels
        return False
    return bool(parsed) and all(period.start <= p.start and p.end <= period.end for p in parsed)


def _ended_by(periods: list[str], period: Period) -> bool:
    """Whether every one of ``periods`` ends by the end of ``period`` (an earlier period, or inside it)."""
    try:
        parsed = [parse_period(p) for p in periods]
    except Exception:  # noqa: BLE001 - a period id this version does not read never travels
        return False
    return bool(parsed) and all(p.end <= period.end for p in parsed)


def _manifest_of(path: Path) -> tuple[dict[str, Any], str]:
    """The kept bundle's manifest and the canonical file name its signed manifest gives it."""
    with zipfile.ZipFile(path) as zf:
        raw = zf.read(fmt.MANIFEST)
    manifest = json.loads(raw)
    hash8 = hashlib.sha256(raw).hexdigest()[:8]
    return manifest, fmt.bundle_filename(manifest["source"]["unit_code"], manifest["periods"][0], manifest["seq"], hash8)


def carried(ws: Workspace, period: Period) -> Carried:
    """The received bundles that travel upward with this unit's bundle of ``period`` (nothing for a commune)."""
    out = Carried()
    if not read.is_upper(ws):
        return out
    sent = sync_state.relayed_ids(ws.db)
    rows = [
        r for r in sync_state.list_imports(ws.db)
        if _inside(json.loads(r["periods"] or "[]"), period)
        or (r["bundle_id"] not in sent and _ended_by(json.loads(r["periods"] or "[]"), period))
    ]  # fmt: skip
    decided: dict[str, dict[str, approvals.Decision]] = {}
    for row in sorted(rows, key=lambda r: (r["source_unit"], r["seq"], r["imported_at"])):
        periods = json.loads(row["periods"] or "[]")
        own = periods[0]
        if own not in decided:
            decided[own] = approvals.decisions_for_period(ws, own)
        decision = decided[own].get(row["source_unit"])
        if decision is not None and decision.decision == approvals.RETURNED and not decision.changed:
            out.withheld.append({"unit_code": row["source_unit"], "seq": row["seq"], "period": own, "reason": decision.reason})
            continue
        path = Path(row["stored_path"])
        try:
            if not path.is_file() or (row["sha256"] and file_sha256(path) != row["sha256"]):
                raise OSError("missing or changed since it was imported")
            manifest, name = _manifest_of(path)
        except (OSError, KeyError, ValueError, zipfile.BadZipFile) as exc:
            out.warnings.append(
                f"the received bundle no. {row['seq']} of unit {row['source_unit']} ({row['filename']}) cannot be "
                f"carried upward: its kept copy {path} is {exc}; ask the unit to send it again"
            )
            continue
        member = fmt.relay_member(name)
        if member in out.files:
            continue
        out.files[member] = path
        source = manifest.get("source") or {}
        out.entries.append(
            {
                "member": member,
                "bundle_id": manifest["bundle_id"],
                "unit_code": source.get("unit_code", row["source_unit"]),
                "unit_name": source.get("unit_name", ""),
                "seq": manifest["seq"],
                "periods": list(manifest["periods"]),
                "fingerprint": manifest["key"]["fingerprint"],
                "created_at": manifest.get("created_at", ""),
                "decision": decision.decision if decision is not None and not decision.changed else "",
            }
        )
    return out


def relay_order(entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The carried bundles in the order they are imported: per unit, oldest number first."""
    return sorted(entries, key=lambda e: (str(e.get("unit_code")), int(e.get("seq") or 0), str(e.get("member"))))


def import_carried(
    vb: Any, import_one: Callable[[Path], Any], *, on_each: Callable[[int, int], None] | None = None
) -> list[dict[str, Any]]:
    """Import every bundle a verified relay bundle ``vb`` carries, each on its own (``import_one(path)`` ->
    ImportReport, raising AppError when refused); one dict per carried bundle: its unit, number, file and
    either ``report`` or ``error``."""
    entries = relay_order(vb.relayed)
    if not entries:
        return []
    results: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="pbgdpl-relay-") as tmp, _open(vb) as zf:
        for n, entry in enumerate(entries):
            name = entry["member"][len(fmt.RELAY_PREFIX) :]
            target = Path(tmp) / name
            target.write_bytes(zf.read(entry["member"]))  # its hash was checked with the relay bundle's
            base = {"member": entry["member"], "unit_code": entry["unit_code"], "seq": entry["seq"], "periods": entry["periods"]}
            try:
                results.append({**base, "ok": True, "report": import_one(target)})
            except AppError as exc:
                results.append({**base, "ok": False, "error": exc})
            finally:
                target.unlink(missing_ok=True)
            if on_each:
                on_each(n + 1, len(entries))
    return results


def _open(vb: Any) -> zipfile.ZipFile:
    import io

    return zipfile.ZipFile(io.BytesIO(vb.raw) if vb.raw is not None else vb.path)


def relayed_to_dict(item: dict[str, Any]) -> dict[str, Any]:
    """A result of ``import_carried`` as JSON (the report's or the error's dict)."""
    out = {k: item[k] for k in ("member", "unit_code", "seq", "periods", "ok")}
    if item["ok"]:
        out["report"] = item["report"].to_dict()
    else:
        out["error"] = item["error"].to_dict()
    return out
