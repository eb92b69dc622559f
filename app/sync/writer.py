"""Write a bundle: data members, attachment files, the manifest and its signature, into a temporary file that
is flushed, synced and renamed to ``PBGDPL_<unit>_<period>_<seq>_<hash8>.pbgdpl``.

The caller reads the result back with ``verify.verify_bundle`` before telling anyone it is done.
"""

from __future__ import annotations

import hashlib
import zipfile
from datetime import datetime
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.fileio import atomic_writer
from app.sync import keys
from app.sync import manifest as fmt
from app.sync.errors import BundleWriteError
from app.sync.records import BundleRecord

CHUNK = 1 << 20


def _info(name: str, when: datetime, compress: int) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=(max(when.year, 1980), when.month, when.day, when.hour, when.minute, when.second))
    info.compress_type = compress
    info.external_attr = 0o100644 << 16
    info.create_system = 3
    return info


def encode_records(records: Iterable[BundleRecord]) -> bytes:
    """One canonical JSON line per record, sorted by id, each ending in a newline."""
    lines = [r.to_line() for r in sorted(records, key=lambda r: r.id)]
    return ("".join(line + "\n" for line in lines)).encode("utf-8")


def _copy_member(zf: zipfile.ZipFile, name: str, source: Path, when: datetime) -> dict[str, Any]:
    """Store the file ``source`` as member ``name`` (as it is: a bundle is already compressed); its hash and size."""
    digest, size = hashlib.sha256(), 0
    with open(source, "rb") as src, zf.open(_info(name, when, zipfile.ZIP_STORED), "w", force_zip64=True) as dst:
        for block in iter(lambda: src.read(CHUNK), b""):
            digest.update(block)
            size += len(block)
            dst.write(block)
    return {"sha256": digest.hexdigest(), "size": size}


def write_bundle(
    out_dir: Path,
    *,
    manifest: dict[str, Any],
    records: Mapping[str, list[BundleRecord]],
    files: Mapping[str, Path],
    reports: Mapping[str, bytes] | None = None,
    relayed: Mapping[str, Path] | None = None,
    key: Ed25519PrivateKey,
    when: datetime,
    on_file: Callable[[int, int], None] | None = None,
) -> Path:
    """Write and sign a bundle; return the final path.

    Args:
        manifest: the manifest's fields except ``counts``, ``members`` and ``key`` (filled in here).
        records: records per table (every table of ``manifest.TABLES``).
        files: attachment files by SHA-256 (each written once; its content is re-hashed on the way).
        reports: PDF members by name (``reports/<name>``).
        relayed: original bundles carried unchanged (a relay bundle): member name (``relay/<file>``) -> file.
        key: the installation's signing key.
        on_file: progress callback (done, total) over attachment files.

    Raises:
        BundleWriteError: an attachment file does not match its SHA-256, or the disk refused the write.
    """
    out_dir = Path(out_dir)
    members: dict[str, dict[str, Any]] = {}
    try:
        # the one atomic writer (app.fileio): the bundle appears under its final name, synced, or not at all
        with atomic_writer(out_dir / f"{manifest['bundle_id']}{fmt.EXTENSION}") as out, \
                zipfile.ZipFile(out.file, "w", allowZip64=True) as zf:  # fmt: skip
            carried = fmt.carried_tables({t: len(records.get(t, [])) for t in fmt.TABLES})
            for table in carried:
                data = encode_records(records.get(table, []))
                name = fmt.data_member(table)
                zf.writestr(_info(name, when, zipfile.ZIP_DEFLATED), data)
                members[name] = {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
            for name, source in sorted((relayed or {}).items()):
                members[name] = _copy_member(zf, name, source, when)
            total = len(files)
            for n, (sha, source) in enumerate(sorted(files.items()), 1):
                name = fmt.file_member(sha)
                members[name] = _copy_member(zf, name, source, when)
                if members[name]["sha256"] != sha:
                    raise BundleWriteError(
                        f"attachment file {source} is damaged in the file store (its content no longer matches "
                        f"{sha[:12]}…); the bundle was not written",
                        sha256=sha,
                    )
                if on_file:
                    on_file(n, total)
            for name, data in sorted((reports or {}).items()):
                member = f"reports/{name}"
                zf.writestr(_info(member, when, zipfile.ZIP_DEFLATED), data)
                members[member] = {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
            full = {
                **manifest,
                "key": {"algorithm": "Ed25519", "public_key": keys.public_b64(key), "fingerprint": keys.key_fingerprint(key)},
                "counts": {t: len(records.get(t, [])) for t in carried},
                "members": members,
            }
            manifest_bytes = fmt.encode_manifest(full)
            zf.writestr(_info(fmt.MANIFEST, when, zipfile.ZIP_STORED), manifest_bytes)
            zf.writestr(_info(fmt.SIGNATURE, when, zipfile.ZIP_STORED), keys.sign(key, manifest_bytes))
            hash8 = hashlib.sha256(manifest_bytes).hexdigest()[:8]
            out.target = out_dir / fmt.bundle_filename(full["source"]["unit_code"], full["periods"][0], full["seq"], hash8)
        return out.target
    except OSError as exc:
        raise BundleWriteError(f"the bundle could not be written to {out_dir}: {exc}", path=str(out_dir)) from exc
