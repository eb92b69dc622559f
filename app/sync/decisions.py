"""Decision bundles: the upper unit's approve / return decisions for one unit, signed, travelling down.

Same zip container, manifest encoding and signature as a data bundle (docs/bundle-format.md, "Decision
bundles"); the manifest says ``"kind": "decisions"``, names the ``target`` unit and asks for
``min_reader_version`` 2, so a reader that knows only data bundles refuses it naming the version needed.
The one data member is ``decisions.jsonl``: one decision per line.

Forwarded decisions (three tiers: province → district → commune): an intermediate unit that received its upper
level's decisions on one of its communes passes them on in its own decision bundle to that commune. Such a
bundle names the upper level in ``forwarded_from`` ({"unit_code", "unit_name", "fingerprint"}), its lines owned
by that unit keep their owner, and it asks for ``min_reader_version`` 3. The intermediate unit checked the upper
level's signature when it imported them; its own signature vouches for them, so the commune needs only its
direct upper level's key.
"""

from __future__ import annotations

import hashlib
import json
import zipfile
from datetime import datetime
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.core.jsonsafe import loads_limited
from app.core.errors import PeriodError
from app.core.periods import parse_period
from app.fileio import atomic_writer
from app.sync import keys
from app.sync import manifest as fmt
from app.sync.errors import BundleFormatError, BundleRecordError, BundleWriteError

KIND = "decisions"
FORMAT_VERSION = 2  # the format version a decision bundle is written in
MIN_READER_VERSION = 2  # a reader that knows ``kind``; readers of data bundles only (version 1) refuse it
FORWARDING_READER_VERSION = 3  # a bundle that also forwards the decisions of the signer's own upper level
READER_VERSION = 3  # the highest ``min_reader_version`` of a decision bundle this program reads
MEMBER = "decisions.jsonl"
DECISIONS = ("approved", "returned")
LINE_KEYS = (
    "id", "owner", "unit_code", "period", "decision_no", "decision", "reason", "bundle_id", "bundle_seq", "records_hash",
    "counts", "decided_at", "decided_by",
)  # fmt: skip


def is_decision_manifest(manifest: dict[str, Any]) -> bool:
    return manifest.get("kind") == KIND


def decision_filename(target: str, source: str, seq: int, hash8: str) -> str:
    """``PBGDPL-DECISIONS_<target>_from_<source>_<seq>_<hash8>.pbgdpl`` (never taken for a data bundle's name)."""
    return f"PBGDPL-DECISIONS_{target}_from_{source}_{seq:04d}_{hash8}{fmt.EXTENSION}"


def _need(cond: bool, what: str) -> None:
    if not cond:
        raise BundleFormatError(f"the decision bundle's manifest is not valid: {what}")


def check_manifest(manifest: dict[str, Any]) -> None:
    """The fields a decision manifest adds to (or changes from) a data bundle's; the common ones are checked by
    ``verify.parse_manifest``."""
    target = manifest.get("target")
    _need(isinstance(target, dict) and isinstance(target.get("unit_code"), str) and target["unit_code"], "target.unit_code")
    counts = manifest.get("counts")
    _need(isinstance(counts, dict) and set(counts) == {KIND} and type(counts[KIND]) is int and counts[KIND] >= 1, "counts must be {\"decisions\": n ≥ 1}")
    _need(set(manifest.get("members") or {}) == {MEMBER}, f"members must be exactly {MEMBER}")
    if "forwarded_from" in manifest:
        upper = manifest["forwarded_from"]
        _need(isinstance(upper, dict) and isinstance(upper.get("unit_code"), str) and upper["unit_code"]
              and upper["unit_code"] != manifest["source"]["unit_code"], "forwarded_from.unit_code")  # fmt: skip
        _need(manifest.get("min_reader_version", 0) >= FORWARDING_READER_VERSION, f"forwarding needs min_reader_version {FORWARDING_READER_VERSION}")


def owners(manifest: dict[str, Any]) -> tuple[str, ...]:
    """Who may own a decision of this bundle: the signing unit, and the upper level whose decisions it forwards."""
    upper = (manifest.get("forwarded_from") or {}).get("unit_code")
    return (manifest["source"]["unit_code"], *((upper,) if upper else ()))


def is_member(name: str) -> bool:
    return name in (fmt.MANIFEST, fmt.SIGNATURE, MEMBER)


def encode_line(d: dict[str, Any]) -> str:
    return json.dumps({k: d[k] for k in LINE_KEYS}, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def parse_decisions(manifest: dict[str, Any], data: bytes) -> list[dict[str, Any]]:
    """Every line of ``decisions.jsonl``, checked: the target unit, a known decision, a reason for a return.

    Raises:
        BundleFormatError: the line count differs from the manifest's.
        BundleRecordError: a line is not a valid decision (the whole bundle is refused).
    """
    source = manifest["source"]["unit_code"]
    allowed = owners(manifest)
    target = manifest["target"]["unit_code"]
    lines = data.decode("utf-8", errors="replace").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if len(lines) != manifest["counts"][KIND]:
        raise BundleFormatError(f"{MEMBER} holds {len(lines)} decisions but the manifest counts {manifest['counts'][KIND]}")
    out, seen = [], set()
    for n, line in enumerate(lines, 1):
        def bad(why: str) -> BundleRecordError:
            return BundleRecordError(f"decision on line {n} is refused: {why}; the whole bundle was refused", table=KIND, line=n, reason=why)

        try:
            d = loads_limited(line)
        except ValueError:  # JsonTooDeep included
            raise bad("not valid JSON") from None
        if not isinstance(d, dict) or set(d) != set(LINE_KEYS):
            raise bad("it must have exactly the fields " + ", ".join(LINE_KEYS))
        if not all(isinstance(d[k], str) for k in LINE_KEYS if k not in ("bundle_seq", "counts", "decision_no")):
            raise bad("a text field is not text")
        if type(d["bundle_seq"]) is not int or type(d["decision_no"]) is not int or d["decision_no"] < 1 or not isinstance(d["counts"], dict):
            raise bad("bundle_seq or counts has the wrong type")
        if d["owner"] not in allowed:
            raise bad(f"it is owned by {d['owner']}, not by the signing unit {source}" + (f" nor by {allowed[1]} whose decisions it forwards" if len(allowed) > 1 else ""))
        if d["unit_code"] != target:
            raise bad(f"it is about unit {d['unit_code']}, not the target unit {target}")
        if d["decision"] not in DECISIONS:
            raise bad(f"unknown decision '{d['decision']}'")
        if d["decision"] == "returned" and not d["reason"].strip():
            raise bad("a return needs a reason")
        try:
            parse_period(d["period"])
        except PeriodError:
            raise bad(f"'{d['period']}' is not a period") from None
        if d["id"] in seen:
            raise bad(f"decision {d['id']} appears twice")
        seen.add(d["id"])
        out.append(d)
    return out


def write_decision_bundle(
    out_dir: Path, *, manifest: dict[str, Any], decisions: list[dict[str, Any]], key: Ed25519PrivateKey, when: datetime
) -> Path:
    """Write and sign a decision bundle; return its final path.

    Args:
        manifest: the manifest's fields except ``counts``, ``members``, ``key`` and the versions (filled in here).
    """
    out_dir = Path(out_dir)
    data = "".join(encode_line(d) + "\n" for d in sorted(decisions, key=lambda d: (d["period"], d["decision_no"]))).encode("utf-8")
    full = {
        **manifest,
        "format": fmt.FORMAT,
        "format_version": FORMAT_VERSION,
        "min_reader_version": FORWARDING_READER_VERSION if manifest.get("forwarded_from") else MIN_READER_VERSION,
        "kind": KIND,
        "key": {"algorithm": "Ed25519", "public_key": keys.public_b64(key), "fingerprint": keys.key_fingerprint(key)},
        "counts": {KIND: len(decisions)},
        "members": {MEMBER: {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}},
    }
    manifest_bytes = fmt.encode_manifest(full)
    stamp = (max(when.year, 1980), when.month, when.day, when.hour, when.minute, when.second)
    try:
        with atomic_writer(out_dir / f"{manifest['bundle_id']}{fmt.EXTENSION}") as out, \
                zipfile.ZipFile(out.file, "w") as zf:  # fmt: skip
            for name, body, compress in (
                (MEMBER, data, zipfile.ZIP_DEFLATED),
                (fmt.MANIFEST, manifest_bytes, zipfile.ZIP_STORED),
                (fmt.SIGNATURE, keys.sign(key, manifest_bytes), zipfile.ZIP_STORED),
            ):
                info = zipfile.ZipInfo(name, date_time=stamp)
                info.compress_type = compress
                info.external_attr = 0o100644 << 16
                info.create_system = 3
                zf.writestr(info, body)
            hash8 = hashlib.sha256(manifest_bytes).hexdigest()[:8]
            out.target = out_dir / decision_filename(full["target"]["unit_code"], full["source"]["unit_code"], full["seq"], hash8)
        return out.target
    except OSError as exc:
        raise BundleWriteError(f"the decision bundle could not be written to {out_dir}: {exc}", path=str(out_dir)) from exc
