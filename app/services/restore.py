"""Khôi phục dữ liệu từ cấp trên: a unit that lost or replaced its computer gets its own records back from the
upper level, with the revisions it had already sent, so its next edits arrive upstairs as ordinary updates.

The upper level writes a restore file (``export_restore``): the original bundles it received from the unit,
unchanged (each still carries the unit's own signature), inside a zip whose manifest the upper level signs. The
manifest names the unit, the fingerprints of the unit's keys as the upper level enrolled them, and the highest
sequence number it received from the unit.

The unit reads it (``import_restore``): the file must be addressed to this installation's unit; every carried
bundle must be the unit's own, signed by one of the listed keys, and intact. Each record goes in when this
installation does not have it or has an older revision of it (nothing newer made here is ever replaced); the
attachments' files are copied; the next bundle number continues after the highest one the upper level received,
so a new computer never reuses a number. All or nothing, in one transaction.
"""

from __future__ import annotations

import base64
import hashlib
import json
import tempfile
import uuid
import zipfile
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from app.core.errors import AppError
from app.fileio import atomic_writer
from app.services.workspace import Workspace
from app.store import audit
from app.store import merge as merge_repo
from app.store import settings as settings_repo
from app.store import sync_state
from app.sync import keys
from app.sync import manifest as fmt
from app.sync.errors import BundleError, BundleFormatError, BundleSignatureError
from app.sync.trust import TrustEntry
from app.sync.verify import file_sha256, verify_bundle

KIND = "restore"
FORMAT_VERSION = 1
MEMBER_PREFIX = "bundles/"
SEQ_FLOOR = "export_seq_floor"  # settings key: bundle numbers continue above it (app.store.sync_state)


class RestoreError(AppError):
    code = "E-RESTORE"


class RestoreTargetError(RestoreError):
    code = "E-RESTORE-TARGET"


class RestoreSignerError(RestoreError):
    """The restore file is not signed by a key this unit enrolled for its upper level."""

    code = "E-RESTORE-SIGNER"


@dataclass
class RestoreResult:
    """What a restore did (or would do, in a dry run)."""

    unit_code: str
    from_unit: str
    from_fingerprint: str
    bundles: int = 0
    added: int = 0
    replaced: int = 0
    kept: int = 0  # records this installation already had at the same or a newer revision
    files: int = 0
    next_seq: int = 0
    dry_run: bool = False
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


# -- at the upper level -------------------------------------------------------------------------------------


def export_restore(ws: Workspace, unit: str, out_dir: Path | None = None, passphrase: str | None = None) -> dict[str, Any]:
    """Write the signed restore file of ``unit``: every bundle received from it, as received.

    Raises:
        RestoreError: this installation is not an upper level, or nothing was received from ``unit``.
        KeyMissingError, KeyPassphraseError, BundleWriteError.
    """
    from app.services.bundles import _build_info
    from app.services.keys import load_signing_key

    values = ws.require_initialised()
    unit = str(unit or "").strip()
    if values.get("level", "commune") == "commune":
        raise RestoreError("only an upper level holds other units' bundles to send back; this installation is a commune")
    kept = [r for r in sync_state.list_imports(ws.db, unit) if r["stored_path"]]
    bundles, warnings = [], []
    for row in kept:
        path = Path(row["stored_path"])
        if not path.is_file() or file_sha256(path) != row["sha256"]:
            warnings.append(f"the kept copy of bundle no. {row['seq']} ({row['filename']}) is missing or damaged; left out")
            continue
        bundles.append((row, path))
    if not bundles:
        raise RestoreError(
            f"nothing received from unit {unit} is kept here; a restore file can only carry bundles this level received",
            unit=unit,
        )
    key, key_row = load_signing_key(ws, passphrase)
    now = ws.clock()
    members: dict[str, dict[str, Any]] = {}
    unit_keys = sorted({row["fingerprint"] for row, _ in bundles})  # the keys each bundle was accepted under when it arrived
    target = Path(out_dir) if out_dir else ws.paths.exports
    name = f"PBGDPL-RESTORE_{unit}_from_{values['unit_code']}_{now.strftime('%Y%m%d')}{fmt.EXTENSION}"
    with atomic_writer(target / name) as out, zipfile.ZipFile(out.file, "w", allowZip64=True) as zf:
        for row, path in bundles:
            member = MEMBER_PREFIX + path.name
            zf.write(path, member, compress_type=zipfile.ZIP_STORED)
            members[member] = {"sha256": row["sha256"], "size": path.stat().st_size, "seq": row["seq"]}
        manifest = {
            "format": fmt.FORMAT, "format_version": FORMAT_VERSION, "kind": KIND, "app": _build_info(),
            "bundle_id": str(uuid.uuid4()), "created_at": now.isoformat(timespec="seconds"),
            "source": {"unit_code": values["unit_code"], "unit_name": values.get("unit_name", ""), "officer": values.get("officer", "")},
            "target": {"unit_code": unit, "keys": unit_keys, "last_seq": max(r["seq"] for r, _ in bundles)},
            "key": {"algorithm": "Ed25519", "public_key": keys.public_b64(key), "fingerprint": keys.key_fingerprint(key)},
            "members": members,
        }  # fmt: skip
        data = fmt.encode_manifest(manifest)
        zf.writestr(fmt.MANIFEST, data)
        zf.writestr(fmt.SIGNATURE, keys.sign(key, data))
    with ws.db.atomic():
        audit.append(ws.db, ws.write_context("restore"), "restore-export", "bundle_imports", unit, None, {"bundles": len(bundles), "file": name})
    return {
        "path": str(target / name), "unit_code": unit, "bundles": len(bundles), "last_seq": manifest["target"]["last_seq"],
        "fingerprint": keys.checked_fingerprint(key_row["fingerprint"]), "warnings": warnings,
    }  # fmt: skip


# -- at the unit --------------------------------------------------------------------------------------------


def _read(path: Path) -> tuple[dict[str, Any], zipfile.ZipFile]:
    try:
        zf = zipfile.ZipFile(path)
        data, sig = zf.read(fmt.MANIFEST), zf.read(fmt.SIGNATURE)
        manifest = json.loads(data.decode("utf-8"))
    except (OSError, zipfile.BadZipFile, KeyError, UnicodeDecodeError, ValueError) as exc:
        raise BundleFormatError(f"{Path(path).name} is not a readable restore file ({exc.__class__.__name__})") from None
    if not isinstance(manifest, dict) or manifest.get("kind") != KIND:
        raise BundleFormatError(f"{Path(path).name} is not a restore file (khôi phục dữ liệu) from an upper level")
    try:
        public = base64.b64decode(manifest["key"]["public_key"], validate=True)
        ok = keys.fingerprint(public) == manifest["key"]["fingerprint"] and keys.verify(public, sig, data)
    except (KeyError, TypeError, ValueError):
        ok = False
    if not ok:
        raise BundleSignatureError("the restore file's signature does not match its content: it was changed or damaged")
    return manifest, zf


def import_restore(ws: Workspace, path: Path | str, *, dry_run: bool = False) -> RestoreResult:
    """Take this unit's own records back from a restore file (see the module's description).

    Raises:
        BundleFormatError, BundleSignatureError: not a restore file, or damaged.
        RestoreTargetError: the file is for another unit.
        RestoreError: a carried bundle is not the unit's own, not signed by a listed key, or damaged.
    """
    values = ws.require_initialised()
    unit = values["unit_code"]
    manifest, zf = _read(Path(path))
    target = manifest.get("target") or {}
    if target.get("unit_code") != unit:
        raise RestoreTargetError(
            f"this restore file is for unit {target.get('unit_code')}, not for this installation's unit {unit}; nothing was changed",
            unit=target.get("unit_code"),
        )
    result = RestoreResult(unit, str((manifest.get("source") or {}).get("unit_code", "")), keys.checked_fingerprint(manifest["key"]["fingerprint"]), dry_run=dry_run)
    _check_signer(ws, result.from_unit, manifest["key"]["fingerprint"])
    trust = [TrustEntry(unit, fp) for fp in target.get("keys") or []]
    verified = []
    with tempfile.TemporaryDirectory(prefix="pbgdpl-restore-") as tmp, zf:
        members = manifest.get("members") or {}
        for member, info in sorted(members.items(), key=lambda kv: kv[1].get("seq", 0)):
            if not member.startswith(MEMBER_PREFIX) or "/" in member[len(MEMBER_PREFIX):]:
                raise RestoreError(f"unexpected member {member} in the restore file")
            raw = zf.read(member)
            if hashlib.sha256(raw).hexdigest() != info.get("sha256"):
                raise RestoreError(f"{member} in the restore file is damaged (its SHA-256 does not match); nothing was changed")
            file = Path(tmp) / member[len(MEMBER_PREFIX):]
            file.write_bytes(raw)
            try:
                vb = verify_bundle(file, catalogs=ws.catalogs, today=ws.today(), trust=trust)
            except BundleError as exc:
                raise RestoreError(f"{file.name} in the restore file was refused ({exc.code}: {exc.message}); nothing was changed") from exc
            if vb.source_unit != unit or vb.kind != "data":
                raise RestoreError(f"{file.name} in the restore file is not a data bundle of unit {unit}; nothing was changed")
            verified.append(vb)
        result.bundles = len(verified)
        chosen = _newest_versions(verified)
        new_files: list[Path] = []  # attachment files written by this restore: removed again if it fails
        if not dry_run:
            from app.services.backups import auto_backup

            auto_backup(ws, "before-restore-from-upper")  # checked and rotated: the data as it was, should it be wanted
        try:
            _apply(ws, manifest, target, verified, chosen, result, new_files, dry_run)
        except BaseException:
            for f in new_files:
                Path(f).unlink(missing_ok=True)
            raise
    return result


def _check_signer(ws: Workspace, upper: str, fingerprint: str) -> None:
    """The restore file's key must be one this installation enrolled for the upper level that signed it (as for
    decision files): the carried bundles are checked against the unit keys the file itself lists, so only the
    upper level's signature makes that list trustworthy."""
    from app.services.keys import entries_from_rows
    from app.store import trust as trust_repo
    from app.sync.errors import BundleUntrustedError, BundleRevokedError
    from app.sync.trust import check_trust

    try:
        check_trust(upper, fingerprint, "", entries_from_rows(trust_repo.trusted_for(ws.db, upper, fingerprint)))
    except (BundleUntrustedError, BundleRevokedError) as exc:
        raise RestoreSignerError(
            f"the restore file is signed by unit {upper or '?'} with key {keys.checked_fingerprint(fingerprint)}, which "
            f"this installation has not enrolled ({exc.message}). Compare that fingerprint with the upper level's signed "
            f"enrolment sheet, enrol it (pbgdpl keys trust --unit {upper} --fingerprint …), then restore again; "
            "nothing was changed",
            unit=upper,
            fingerprint=keys.checked_fingerprint(fingerprint),
        ) from exc


def _apply(ws, manifest, target, verified, chosen, result: RestoreResult, new_files: list[Path], dry_run: bool) -> None:
    """The restore's one transaction: records, files, the bundle number floor, the audit entry."""
    with ws.db.atomic():
        for table in fmt.TABLES:
            recs = chosen[table]
            stored = merge_repo.stored_records(ws.db, table, list(recs))
            add = [r for rid, r in recs.items() if rid not in stored]
            newer = [r for rid, r in recs.items() if rid in stored and r.rev > stored[rid]["rev"]]
            result.added += len(add)
            result.replaced += len(newer)
            result.kept += len(recs) - len(add) - len(newer)
            if not dry_run:
                merge_repo.insert_records(ws.db, table, [r.to_dict() for r in add])
                merge_repo.update_records(ws.db, table, [r.to_dict() for r in newer])
        floor = max(int(target.get("last_seq") or 0), *(vb.seq for vb in verified))
        result.next_seq = max(sync_state.next_export_seq(ws.db), floor + 1)
        if not dry_run:
            from app.services.bundles import _copy_blobs

            for vb in verified:
                result.files += _copy_blobs(ws, vb, new_files)
            settings_repo.set_settings(ws.db, {SEQ_FLOOR: str(floor)})
            audit.append(
                ws.db, ws.write_context("restore"), "restore-import", "bundle_exports", manifest.get("bundle_id", ""), None,
                {"from": result.from_unit, "bundles": result.bundles, "added": result.added, "replaced": result.replaced},
            )  # fmt: skip


def _newest_versions(verified) -> dict[str, dict[str, Any]]:
    """Per table, the newest revision of each record among the carried bundles."""
    out: dict[str, dict[str, Any]] = {t: {} for t in fmt.TABLES}
    for vb in verified:
        for table in fmt.TABLES:
            for rec in vb.records.get(table, ()):
                have = out[table].get(rec.id)
                if have is None or rec.rev > have.rev:
                    out[table][rec.id] = rec
    return out
