"""Read and verify a bundle without extracting it: zip safety, manifest, version, signature, trust, every
member's hash and size, row counts, then every record. Nothing here touches a database.

Order of checks (the first failure is reported): the file is a complete zip → member names, types and sizes
are safe and expected → the manifest parses and its format version is readable → the signature over the exact
manifest bytes is valid → the key may sign for the unit (trust list) → the zip holds exactly the members the
manifest lists, each with the signed SHA-256 and size → row counts → every record.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import stat
import uuid
import zipfile
import zlib
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import IO, Any, Callable, Container, Iterable, Iterator, Mapping

from app import __version__
from app.core.catalogs import CATALOG_NAMES, Catalogs, VersionNote
from app.core.errors import FileMissingError, PeriodError
from app.core.jsonsafe import JsonTooDeep, loads_limited
from app.core.kinds import KINDS, kind
from app.core.periods import Period, parse_period
from app.sync import decisions as dec
from app.sync import keys
from app.sync import manifest as fmt
from app.sync.errors import (
    BundleError,
    BundleFormatError,
    BundleHashError,
    BundleRecordError,
    BundleSignatureError,
    BundleVersionError,
)
from app.sync.records import BundleRecord, parse_record
from app.sync.trust import TrustEntry, check_trust

CHUNK = 1 << 20


@dataclass
class VerifiedBundle:
    """A bundle that passed every check: its manifest, its records per table and its files."""

    path: Path
    manifest: dict[str, Any]
    manifest_bytes: bytes
    records: dict[str, list[BundleRecord]]
    files: dict[str, int]  # sha256 -> size of every files/ member
    sha256: str  # of the whole bundle file
    size: int
    trusted: TrustEntry | None = None
    warnings: list[str] = field(default_factory=list)  # English lines (the catalog notes' text among them)
    catalog_notes: list[VersionNote] = field(default_factory=list)  # the same catalog lines, structured
    raw: bytes | None = None  # the whole file as verified, when it was read into memory (``in_memory``)
    file_data: dict[str, bytes] = field(default_factory=dict)  # sha256 -> verified content, with ``raw``
    decisions: list[dict[str, Any]] = field(default_factory=list)  # a decision bundle's decisions (app.sync.decisions)
    # The bundle id was known (``known``): checked up to its signature, trust and name, not its members or
    # records (``records`` are empty); an importer that finds the id imported reports a no-op, else verifies again.
    known_only: bool = False
    # Records whose line is byte for byte one imported before (``seen_lines``), not parsed again: per table
    # (record id, rev, line key); and the line key of every parsed record, per table and id.
    unchanged: dict[str, list[tuple[str, int, bytes]]] = field(default_factory=dict)
    line_keys: dict[str, dict[str, bytes]] = field(default_factory=dict)

    @property
    def kind(self) -> str:
        """``data`` (a unit's records, sent upward) or ``decisions`` (approve / return decisions, sent down)."""
        return dec.KIND if dec.is_decision_manifest(self.manifest) else "data"

    @property
    def bundle_id(self) -> str:
        return self.manifest["bundle_id"]

    @property
    def source_unit(self) -> str:
        return self.manifest["source"]["unit_code"]

    @property
    def seq(self) -> int:
        return self.manifest["seq"]

    @property
    def fingerprint(self) -> str:
        return self.manifest["key"]["fingerprint"]

    @property
    def periods(self) -> list[str]:
        return list(self.manifest["periods"])

    @property
    def relayed(self) -> list[dict[str, Any]]:
        """The original bundles a relay bundle carries (``relay`` of its manifest; empty for other bundles)."""
        return list(self.manifest.get("relay") or [])


def _unsafe(name: str) -> str | None:
    """Why a member name is unsafe, or None."""
    if "\\" in name:
        return "contains a backslash"
    if name.startswith("/") or (len(name) > 1 and name[1] == ":"):
        return "is an absolute path"
    parts = name.split("/")
    if any(p == ".." for p in parts):
        return "climbs out of the folder (../)"
    if any(p in ("", ".") for p in parts):
        return "has an empty or '.' path part"
    if any(ord(c) < 32 for c in name):
        return "contains control characters"
    return None


def check_members(infos: list[zipfile.ZipInfo], limits: fmt.Limits) -> dict[str, zipfile.ZipInfo]:
    """Refuse unsafe or unexpected members before reading any of them; return members by name."""
    if len(infos) > limits.max_members:
        raise BundleFormatError(f"the bundle has {len(infos)} members; at most {limits.max_members} are allowed")
    by_name: dict[str, zipfile.ZipInfo] = {}
    folded: set[str] = set()
    total = 0
    for info in infos:
        name = info.filename
        why = _unsafe(name)
        if why:
            raise BundleFormatError(f"member '{name}' {why}; the bundle is unsafe and was refused", member=name)
        if name in by_name or name.lower() in folded:
            raise BundleFormatError(f"member '{name}' appears twice; the bundle was refused", member=name)
        mode = info.external_attr >> 16
        if stat.S_ISLNK(mode):
            raise BundleFormatError(f"member '{name}' is a symbolic link; the bundle was refused", member=name)
        if info.is_dir() or (mode and not stat.S_ISREG(mode)):
            raise BundleFormatError(f"member '{name}' is not a plain file; the bundle was refused", member=name)
        if info.flag_bits & 0x1:
            raise BundleFormatError(f"member '{name}' is encrypted; bundles are signed, not encrypted", member=name)
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise BundleFormatError(f"member '{name}' uses an unsupported compression", member=name)
        if not fmt.is_expected_member(name) and name != dec.MEMBER:
            raise BundleFormatError(f"member '{name}' is not part of the bundle format; the bundle was refused", member=name)
        limit = limits.max_manifest if name in (fmt.MANIFEST, fmt.SIGNATURE) else limits.max_member
        if info.file_size > limit:
            raise BundleFormatError(
                f"member '{name}' unpacks to {info.file_size:,} bytes, over the limit of {limit:,}", member=name
            )
        if info.file_size > limits.ratio_floor and info.file_size > limits.max_ratio * max(info.compress_size, 1):
            raise BundleFormatError(
                f"member '{name}' unpacks {info.file_size // max(info.compress_size, 1)}× its packed size "
                f"(a zip bomb?); the bundle was refused",
                member=name,
            )
        total += info.file_size
        if total > limits.max_total:
            raise BundleFormatError(f"the bundle unpacks to more than {limits.max_total:,} bytes; it was refused")
        by_name[name] = info
        folded.add(name.lower())
    for required in (fmt.MANIFEST, fmt.SIGNATURE):
        if required not in by_name:
            raise BundleFormatError(f"the bundle has no {required}; it is not a pbgdpl bundle or it is incomplete")
    return by_name


def _read(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    """Read a member completely, never more than ``limit`` bytes; damage is a hash error."""
    out = bytearray()
    for block in _blocks(zf, info, limit):
        out += block
    return bytes(out)


def _blocks(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> Iterator[bytes]:
    read = 0
    try:
        with zf.open(info) as fh:
            while True:
                block = fh.read(CHUNK)
                if not block:
                    break
                read += len(block)
                if read > limit:
                    raise BundleFormatError(f"member '{info.filename}' unpacks beyond the limit of {limit:,} bytes")
                yield block
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, OverflowError, NotImplementedError) as exc:
        # a damaged local header or central-directory offset: OSError (invalid seek), ValueError (negative seek)
        raise BundleHashError(
            f"member '{info.filename}' is damaged ({exc}); the file was changed or not copied completely",
            member=info.filename,
        ) from None


def _need(cond: bool, what: str) -> None:
    if not cond:
        raise BundleFormatError(f"the manifest is not valid: {what}")


def parse_manifest(data: bytes) -> dict[str, Any]:
    """Decode and check the manifest's shape and version.

    Raises:
        BundleFormatError: not a pbgdpl manifest or a field is missing or of the wrong type.
        BundleVersionError: the bundle needs a newer reader (the message names the version needed).
    """
    try:
        return _parse_manifest(data)
    except (TypeError, AttributeError, KeyError, ValueError, OverflowError) as exc:  # a field of an odd type
        raise BundleFormatError(f"the manifest is not valid: a field has the wrong type ({exc})") from None


def _parse_manifest(data: bytes) -> dict[str, Any]:
    try:
        manifest = loads_limited(data.decode("utf-8"))
    except JsonTooDeep as exc:
        raise BundleFormatError(f"manifest.json is refused: {exc}") from None
    except (UnicodeDecodeError, ValueError):
        raise BundleFormatError("manifest.json is damaged (not valid JSON)") from None
    _need(isinstance(manifest, dict), "it is not an object")
    try:
        json.dumps(manifest, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        _need(False, "it holds text that is not valid Unicode (a lone surrogate)")
    _need(manifest.get("format") == fmt.FORMAT, f"format is not '{fmt.FORMAT}'")
    version, needed = manifest.get("format_version"), manifest.get("min_reader_version")
    _need(type(version) is int and version >= 1, "format_version must be a whole number")
    _need(type(needed) is int and 1 <= needed, "min_reader_version must be a whole number")
    if needed > (dec.READER_VERSION if dec.is_decision_manifest(manifest) else fmt.READER_VERSION):
        writer = (manifest.get("app") or {}).get("version", "") if isinstance(manifest.get("app"), dict) else ""
        raise BundleVersionError(
            f"this bundle is in format version {version} and needs a reader of bundle format version {needed} or "
            f"newer" + (f" (it was written by pbgdpl {writer})" if writer else "")
            + f"; this pbgdpl {__version__} reads bundle format versions up to {fmt.READER_VERSION}. "
            f"Update pbgdpl on this computer to a version that reads format {needed}",
            needed=needed,
            supported=fmt.READER_VERSION,
            written_by=writer,
        )
    try:
        uuid.UUID(str(manifest.get("bundle_id")))
    except ValueError:
        _need(False, "bundle_id is not a UUID")
    source = manifest.get("source")
    _need(isinstance(source, dict) and isinstance(source.get("unit_code"), str) and source["unit_code"], "source.unit_code")
    key = manifest.get("key")
    _need(isinstance(key, dict) and isinstance(key.get("public_key"), str) and isinstance(key.get("fingerprint"), str), "key")
    seq = manifest.get("seq")
    _need(type(seq) is int and 1 <= seq <= fmt.MAX_SEQ, f"seq must be a whole number from 1 to {fmt.MAX_SEQ:,}")
    periods = manifest.get("periods")
    _need(isinstance(periods, list) and len(periods) >= 1 and all(isinstance(p, str) for p in periods), "periods")
    for p in periods:
        try:
            parse_period(p)
        except PeriodError:
            _need(False, f"period '{p}' is not a period")
    _need(isinstance(manifest.get("created_at"), str), "created_at")
    if dec.is_decision_manifest(manifest):
        dec.check_manifest(manifest)
        return _check_member_list(manifest)
    _need(isinstance(manifest.get("members"), dict), "members")
    _need(dec.MEMBER not in manifest["members"], f"{dec.MEMBER} belongs to decision bundles only")
    counts = manifest.get("counts")
    _need(isinstance(counts, dict) and all(type(counts.get(t)) is int and counts[t] >= 0 for t in counts), "counts")
    _need(
        set(fmt.base_tables()) <= set(counts) <= set(fmt.TABLES),
        "counts must name the tables " + ", ".join(fmt.base_tables()) + " and no table but " + ", ".join(fmt.TABLES),
    )
    later = [t for t in counts if fmt.SINCE[t] > needed]
    _need(not later, f"table {later[0] if later else ''} needs min_reader_version {max([fmt.SINCE[t] for t in later] or [0])}")
    _check_relay(manifest, needed)
    return _check_member_list(manifest)


def _check_relay(manifest: dict[str, Any], needed: int) -> None:
    """A relay bundle (an upper level's records plus the original bundles it received, carried unchanged under
    ``relay/``) lists each carried bundle once in ``relay``, and asks for a reader of ``fmt.RELAY_VERSION``."""
    members = manifest.get("members") if isinstance(manifest.get("members"), dict) else {}
    carried = {n for n in members if isinstance(n, str) and n.startswith(fmt.RELAY_PREFIX)}
    relay = manifest.get("relay")
    if relay is None and not carried:
        return
    _need(needed >= fmt.RELAY_VERSION, f"a bundle carrying other bundles needs min_reader_version {fmt.RELAY_VERSION}")
    _need(isinstance(relay, list), "relay must list the bundles it carries")
    listed: set[str] = set()
    for entry in relay:
        _need(isinstance(entry, dict) and isinstance(entry.get("member"), str), "a relay entry needs its member")
        member = entry["member"]
        _need(member in carried and member not in listed, f"relay entry {member} must name one relay/ member listed in members")
        _need(isinstance(entry.get("unit_code"), str) and entry["unit_code"] != manifest["source"]["unit_code"],
              f"relay entry {member} must name the unit that signed it (not the relaying unit)")  # fmt: skip
        _need(type(entry.get("seq")) is int and 1 <= entry["seq"] <= fmt.MAX_SEQ and isinstance(entry.get("periods"), list),
              f"relay entry {member}: seq, periods")  # fmt: skip
        try:
            uuid.UUID(str(entry.get("bundle_id")))
        except ValueError:
            _need(False, f"relay entry {member}: bundle_id is not a UUID")
        listed.add(member)
    _need(listed == carried, "every relay/ member needs its relay entry")


def _check_member_list(manifest: dict[str, Any]) -> dict[str, Any]:
    members = manifest.get("members")
    _need(isinstance(members, dict), "members")
    for name, info in members.items():
        _need(
            isinstance(info, dict)
            and isinstance(info.get("sha256"), str)
            and len(info["sha256"]) == 64
            and type(info.get("size")) is int
            and info["size"] >= 0,
            f"members['{name}'] needs sha256 and size",
        )
    return manifest


def check_signature(manifest: dict[str, Any], manifest_bytes: bytes, signature: bytes) -> bytes:
    """Check the key's fingerprint and the signature over the exact manifest bytes; return the public key."""
    try:
        public = base64.b64decode(manifest["key"]["public_key"], validate=True)
    except ValueError:
        raise BundleSignatureError("the bundle's public key is damaged") from None
    if len(public) != 32:
        raise BundleSignatureError("the bundle's public key is not an Ed25519 key")
    if keys.fingerprint(public) != manifest["key"]["fingerprint"]:
        raise BundleSignatureError("the manifest's key fingerprint does not match its public key")
    if len(signature) != fmt.SIGNATURE_SIZE or not keys.verify(public, signature, manifest_bytes):
        raise BundleSignatureError(
            "the signature does not match the manifest: the bundle was changed after it was signed, or damaged"
        )
    return public


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            digest.update(block)
    return digest.hexdigest()


def _open_zip(path: Path, limits: fmt.Limits, in_memory: int = 0) -> tuple[zipfile.ZipFile, bytes | None]:
    """The zip, and the whole file's bytes when it is at most ``in_memory`` bytes (read once, then from memory)."""
    if not path.is_file():
        raise FileMissingError(f"no bundle file {path}", path=str(path))
    size = path.stat().st_size
    if size > limits.max_file:
        raise BundleFormatError(f"{path.name} is {size:,} bytes, over the limit of {limits.max_file:,}")
    raw = None
    if size <= in_memory:
        raw = path.read_bytes()
        magic = raw[:4]
    else:
        with open(path, "rb") as fh:
            magic = fh.read(4)
    if magic != b"PK\x03\x04":
        raise BundleFormatError(f"{path.name} is not a pbgdpl bundle (it is not a zip file)", path=str(path))
    try:
        return zipfile.ZipFile(io.BytesIO(raw) if raw is not None else path), raw
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError, NotImplementedError) as exc:
        raise BundleFormatError(
            f"{path.name} is damaged or truncated ({exc}); copy it again from the sender", path=str(path)
        ) from None


def verify_bundle(
    path: Path,
    *,
    catalogs: Catalogs,
    today: date,
    trust: Iterable[TrustEntry] | Callable[[str, str], Iterable[TrustEntry]] | None,
    limits: fmt.Limits = fmt.DEFAULT_LIMITS,
    file_hash: bool = True,
    in_memory: int = 0,
    known: Container[str] = (),
    seen_lines: Callable[[str, tuple[str, ...]], Mapping[str, Mapping[bytes, tuple[str, int]]]] | None = None,
) -> VerifiedBundle:
    """Check everything in a bundle file and return its parsed content.

    Args:
        trust: the trust list, or a function ``(unit, fingerprint)`` giving the entries of that unit and that
            key (all that the check looks at); None skips the trust check (the result's ``trusted`` is then None).
        file_hash: also hash the whole file (``sha256``); an importer that copies the file hashes it then.
        in_memory: a file of at most this many bytes is read once and checked from memory; the result keeps
            its bytes (``raw``, hashed into ``sha256``) and every verified attachment (``file_data``), so an
            importer writes exactly what was checked without reading or hashing it again.
        known: ids of bundles already imported: a data bundle with one of them stops right after the checks of
            its signature, trust and name (``known_only``; its members and records are not read).
        seen_lines: ``(unit, tables)`` -> per table, the line keys (:func:`line_keys`) of that unit's records
            imported before and still stored at that revision, with (id, rev). A line with one of those keys
            was checked as it is before: it is counted (and its id checked for repeats and as a parent), not
            parsed again (``unchanged``). Every member's hash is checked all the same.

    Raises:
        FileMissingError, BundleFormatError, BundleVersionError, BundleSignatureError,
        BundleUntrustedError, BundleRevokedError, BundleHashError, BundleRecordError.
    """
    path = Path(path)
    zf, raw = _open_zip(path, limits, in_memory)
    with zf:
        try:
            infos = zf.infolist()
        except (zipfile.BadZipFile, OSError) as exc:  # pragma: no cover - ZipFile reads the list on open
            raise BundleFormatError(f"{path.name} is damaged: {exc}") from None
        members = check_members(infos, limits)
        manifest_bytes = _read(zf, members[fmt.MANIFEST], limits.max_manifest)
        signature = _read(zf, members[fmt.SIGNATURE], limits.max_manifest)
        manifest = parse_manifest(manifest_bytes)
        check_signature(manifest, manifest_bytes, signature)
        catalogs, catalog_notes = _bundle_catalogs(catalogs, manifest)
        unit = manifest["source"]["unit_code"]
        fp = manifest["key"]["fingerprint"]
        claimed = fmt.parse_bundle_filename(path.name)
        hash8 = hashlib.sha256(manifest_bytes).hexdigest()[:8]
        if claimed is not None and (
            claimed["unit"] != unit or claimed["seq"] != manifest["seq"] or claimed["hash8"] != hash8
            or claimed["period"] != manifest["periods"][0]
        ):
            raise BundleFormatError(
                f"the file name {path.name} does not match its signed content (unit {unit}, period "
                f"{manifest['periods'][0]}, bundle {manifest['seq']}, {hash8}): the file was renamed. "
                f"Nothing was imported; ask unit {claimed['unit']} for its own original file",
                claimed_unit=claimed["unit"],
                unit=unit,
            )
        trusted = None
        if trust is not None:
            entries = trust(unit, fp) if callable(trust) else trust
            try:
                trusted = check_trust(unit, fp, manifest["created_at"], entries)
            except BundleError as exc:  # who the file says it is from, for the officer comparing with the sheet
                source = manifest["source"]
                exc.details.update(unit_name=str(source.get("unit_name", "") or ""), officer=str(source.get("officer", "") or ""))
                raise
        if manifest["bundle_id"] in known and not dec.is_decision_manifest(manifest):
            return VerifiedBundle(
                path=path, manifest=manifest, manifest_bytes=manifest_bytes, records={t: [] for t in fmt.TABLES},
                files={}, sha256="", size=len(raw) if raw is not None else path.stat().st_size, trusted=trusted,
                warnings=[n.text() for n in catalog_notes], catalog_notes=list(catalog_notes), known_only=True,
            )  # fmt: skip
        listed = set(manifest["members"])
        present = set(members) - {fmt.MANIFEST, fmt.SIGNATURE}
        if listed - present:
            raise BundleFormatError(
                "the manifest lists member(s) the bundle lacks: " + ", ".join(sorted(listed - present))
            )
        if present - listed:
            raise BundleFormatError(
                "the bundle holds member(s) its manifest does not list: " + ", ".join(sorted(present - listed))
            )
        if dec.is_decision_manifest(manifest):
            data: dict[str, bytes] = {}
            _check_members(zf, members, manifest, [dec.MEMBER], limits, data, {}, {}, False)
            return VerifiedBundle(
                path=path, manifest=manifest, manifest_bytes=manifest_bytes, records={t: [] for t in fmt.TABLES},
                files={}, sha256=hashlib.sha256(raw).hexdigest() if raw is not None else (file_sha256(path) if file_hash else ""),
                size=path.stat().st_size, trusted=trusted, raw=raw, decisions=dec.parse_decisions(manifest, data[dec.MEMBER]),
            )  # fmt: skip
        data = {}
        files: dict[str, int] = {}
        file_data: dict[str, bytes] = {}
        lines = _Lines(seen_lines(unit, LINE_MATCHED) if seen_lines is not None else {})
        names = sorted(present)
        # The data members sort first: they are checked, then the records are parsed while the other members
        # (attachments, reports) are hashed beside them when the bundle is in memory (hashing lets other
        # threads run). A failure is reported exactly as one pass in name order would report it: a member's
        # hash before any record.
        first = [n for n in names if n.startswith("data/")]
        rest = names[len(first) :]
        _check_members(zf, members, manifest, first, limits, data, files, file_data, raw is not None)
        if raw is None:
            _check_members(zf, members, manifest, rest, limits, data, files, file_data, False)
            records = _records(manifest, data, catalogs, today, catalog_notes, lines)
            sha256, size = (file_sha256(path) if file_hash else ""), path.stat().st_size
        else:
            with ThreadPoolExecutor(1) as pool:
                checked = pool.submit(_check_members, zf, members, manifest, rest, limits, data, files, file_data, True)
                whole = pool.submit(lambda: hashlib.sha256(raw).hexdigest())
                try:
                    records = _records(manifest, data, catalogs, today, catalog_notes, lines)
                    parse_error = None
                except Exception as exc:  # noqa: BLE001 - raised below, once the members' check has its say
                    records, parse_error = {}, exc
                checked.result()  # a damaged member comes first, as in a single pass
                if parse_error is not None:
                    raise parse_error
                sha256, size = whole.result(), len(raw)
        _cross_check(records, files, lines.unchanged)
    return VerifiedBundle(
        path=path,
        manifest=manifest,
        manifest_bytes=manifest_bytes,
        records=records,
        files=files,
        sha256=sha256,
        size=size,
        trusted=trusted,
        warnings=[n.text() for n in catalog_notes],
        catalog_notes=list(catalog_notes),
        raw=raw,
        file_data=file_data,
        unchanged=lines.unchanged,
        line_keys=lines.keys,
    )


def _check_members(
    zf: zipfile.ZipFile,
    members: dict[str, zipfile.ZipInfo],
    manifest: dict[str, Any],
    names: list[str],
    limits: fmt.Limits,
    data: dict[str, bytes],
    files: dict[str, int],
    file_data: dict[str, bytes],
    keep_files: bool,
) -> None:
    """Check each member in ``names`` (in order) against its signed SHA-256 and size; keep data members (and
    attachments when ``keep_files``)."""
    for name in names:
        info = members[name]
        expected = manifest["members"][name]
        digest = hashlib.sha256()
        size = 0
        is_file = name.startswith("files/")
        keep = name.startswith("data/") or name == dec.MEMBER or (is_file and keep_files)
        blocks: list[bytes] = []
        for block in _blocks(zf, info, limits.max_member):
            digest.update(block)
            size += len(block)
            if keep:
                blocks.append(block)
        if size != expected["size"] or digest.hexdigest() != expected["sha256"]:
            raise BundleHashError(
                f"member '{name}' does not match the signed manifest (changed or damaged after signing)",
                member=name,
            )
        if is_file:
            sha = name[len("files/") :]
            if sha != expected["sha256"]:
                raise BundleHashError(f"file '{name}' is not stored under its own SHA-256", member=name)
            files[sha] = size
            if keep:
                file_data[sha] = b"".join(blocks)
        elif keep:
            data[name] = b"".join(blocks)


def _bundle_catalogs(catalogs: Catalogs, manifest: dict[str, Any]) -> tuple[Catalogs, list[str]]:
    """The catalogs in the versions the manifest names (``catalogs``), and a line per version not known here."""
    versions = manifest.get("catalogs")
    return catalogs.for_versions(versions if isinstance(versions, dict) else None)


def _records(
    manifest: dict[str, Any], data: dict[str, bytes], catalogs: Catalogs, today: date, notes: list[VersionNote],
    lines: "_Lines",
) -> dict[str, list[BundleRecord]]:
    """``_parse_records``; a code unknown under a catalog version this reader lacks names that version."""
    try:
        return _parse_records(manifest, data, catalogs, today, lines)
    except BundleRecordError as exc:
        unknown = [c for c in CATALOG_NAMES if c not in catalogs.known or catalogs.catalog(c).version not in catalogs.known[c]]
        fields = {p.get("field") for p in exc.details.get("problems") or () if p.get("code") in ("unknown", "required")}
        missing = [c for c in unknown if c in fields or (c == "dismissal_grounds" and "dismissal_ground" in fields)]
        if notes and missing:
            name = missing[0]
            raise BundleRecordError(
                f"{exc.message}. The bundle was written under catalog {name} version {catalogs.catalog(name).version}, "
                f"which this pbgdpl does not know (known: {', '.join(catalogs.known_versions(name))}); "
                f"update pbgdpl or add that catalog version, then import again",
                **{**exc.details, "catalog": name, "catalog_version": catalogs.catalog(name).version},
            ) from None
        raise


def _parse_records(
    manifest: dict[str, Any], data: dict[str, bytes], catalogs: Catalogs, today: date, lines_seen: "_Lines"
) -> dict[str, list[BundleRecord]]:
    unit = manifest["source"]["unit_code"]
    period: Period | None = parse_period(manifest["periods"][0]) if len(manifest["periods"]) == 1 else None
    out: dict[str, list[BundleRecord]] = {}
    for table in fmt.TABLES:
        raw = data.get(fmt.data_member(table), b"")
        lines = raw.split(b"\n")
        if lines and lines[-1] == b"":
            lines.pop()
        if len(lines) != manifest["counts"].get(table, 0):
            raise BundleFormatError(
                f"data/{table}.jsonl holds {len(lines)} records but the manifest counts {manifest['counts'].get(table, 0)}"
            )
        seen: set[str] = set()
        parsed = []
        known, keyed = lines_seen.known.get(table), line_keyer(manifest, table)
        unchanged: list[tuple[str, int, bytes]] = []
        keys: dict[str, bytes] = {}
        for n, line in enumerate(lines, 1):
            key = keyed(line)
            hit = known.get(key) if known else None
            if hit is not None:
                if hit[0] in seen:
                    raise _twice(table, hit[0], n)
                seen.add(hit[0])
                unchanged.append((*hit, key))
                continue
            rec = parse_record(
                table, line, n, source_unit=unit, catalogs=catalogs, today=today,
                period=period,
            )  # fmt: skip
            if rec.id in seen:
                raise _twice(table, rec.id, n)
            seen.add(rec.id)
            parsed.append(rec)
            keys[rec.id] = key
        out[table] = parsed
        lines_seen.unchanged[table], lines_seen.keys[table] = unchanged, keys
    return out


def _twice(table: str, record_id: str, n: int) -> BundleRecordError:
    return BundleRecordError(
        f"record {record_id} of table {table} appears twice (line {n}); the whole bundle was refused",
        table=table,
        record_id=record_id,
        line=n,
        reason="duplicate id",
    )


# Kinds whose records may be matched by their line alone: those no other check of the bundle reads the payload
# of (a kind with a parent link, and attachments with their files, are always parsed).
LINE_MATCHED = tuple(k.name for k in KINDS if k.parent is None and k.name != "attachments")


def line_context(manifest: dict[str, Any], table: str) -> bytes:
    """The key of a line's hash: what its check depends on besides the line (reader, unit, periods, catalogs)."""
    context = {
        "reader": __version__, "format": fmt.READER_VERSION, "unit": manifest["source"]["unit_code"],
        "periods": manifest["periods"], "catalogs": manifest.get("catalogs"), "table": table,
    }  # fmt: skip
    return hashlib.blake2b(json.dumps(context, sort_keys=True, ensure_ascii=False).encode(), digest_size=32).digest()


def line_keyer(manifest: dict[str, Any], table: str) -> Callable[[bytes], bytes]:
    """line bytes -> its 16-byte key in the context of ``manifest`` and ``table`` (see :func:`line_context`)."""
    context = line_context(manifest, table)
    blake2b = hashlib.blake2b
    return lambda line: blake2b(line, digest_size=16, key=context).digest()


@dataclass
class _Lines:
    """What ``_parse_records`` knows of lines seen before, and what it learns of this bundle's lines."""

    known: Mapping[str, Mapping[bytes, tuple[str, int]]] = field(default_factory=dict)
    unchanged: dict[str, list[tuple[str, int, bytes]]] = field(default_factory=dict)
    keys: dict[str, dict[str, bytes]] = field(default_factory=dict)


def _check_parents(records: dict[str, list[BundleRecord]], unchanged: Mapping[str, list[tuple[str, int, bytes]]]) -> None:
    """Every record of a kind with a parent link points at a record of the parent kind in the same bundle."""
    for k in KINDS:
        if k.parent is None:
            continue
        parent = kind(k.parent.kind)
        parent_ids = {r.id for r in records[parent.name]} | {u[0] for u in unchanged.get(parent.name, ())}
        field = k.parent.field
        for rec in records[k.name]:
            if rec.payload[field] not in parent_ids:
                raise BundleRecordError(
                    f"record {rec.id} of table {k.name} points at {parent.label} {rec.payload[field]}, which is not "
                    "in the bundle; the whole bundle was refused",
                    table=k.name,
                    record_id=rec.id,
                    reason=f"unknown {parent.label}",
                )


def _cross_check(
    records: dict[str, list[BundleRecord]], files: dict[str, int], unchanged: Mapping[str, list[tuple[str, int, bytes]]]
) -> None:
    _check_parents(records, unchanged)
    used: set[str] = set()
    for att in records["attachments"]:
        p = att.payload
        if not att.deleted:
            if p["sha256"] not in files:
                raise BundleRecordError(
                    f"record {att.id} of table attachments needs file files/{p['sha256']}, which the bundle lacks",
                    table="attachments",
                    record_id=att.id,
                    reason="missing file",
                )
            if files[p["sha256"]] != p["size"]:
                raise BundleRecordError(
                    f"record {att.id} of table attachments gives size {p['size']} but its file has {files[p['sha256']]}",
                    table="attachments",
                    record_id=att.id,
                    reason="wrong size",
                )
        used.add(p["sha256"])
    for answer in records.get("assessment_answers", []):  # evidence files of an assessment
        used.update(e["sha256"] for e in answer.payload["evidence"] if e["sha256"] in files)
    unused = set(files) - used
    if unused:
        raise BundleFormatError("the bundle holds file(s) no attachment uses: " + ", ".join(sorted(unused)))


def iter_file_members(path: Path, shas: Iterable[str]) -> Iterator[tuple[str, IO[bytes]]]:
    """Yield ``(sha256, readable)`` for ``files/<sha256>`` members of a verified bundle, one zip opened once."""
    with zipfile.ZipFile(path) as zf:
        for sha in shas:
            with zf.open(fmt.file_member(sha)) as fh:
                yield sha, fh
