"""Use cases of keys: this installation's signing key (make, show, back up) and the upper level's trust list."""

from __future__ import annotations

import logging
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.core.errors import UsageError
from app.fileio import atomic_write
from app.services import expected_units
from app.services.workspace import Workspace
from app.store import audit
from app.store import trust as trust_repo
from app.sync import keys
from app.sync.errors import KeyExistsError, KeyMissingError, KeyPassphraseError, QrUnitMismatchError, TrustError
from app.sync.trust import TrustEntry

log = logging.getLogger(__name__)


def _write_private(path: Path, data: bytes) -> None:
    """Write a key file readable by its owner only, with the one atomic writer (``app.fileio``)."""
    atomic_write(path, data, mode=0o600)


@dataclass(frozen=True)
class RetiredKey:
    """An earlier signing key of this installation, replaced by the current one."""

    fingerprint: str  # grouped for reading
    created_at: str
    retired_at: str


@dataclass(frozen=True)
class KeyInfo:
    """This installation's current signing key: public facts only."""

    fingerprint: str  # grouped for reading
    fingerprint_compact: str
    public_key: str
    file: str
    encrypted: bool
    created_at: str
    unit_code: str | None
    unit_name: str | None
    officer: str | None
    officer_title: str = ""
    retired: tuple[RetiredKey, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "retired": [asdict(r) for r in self.retired]}


@dataclass(frozen=True)
class KeyBackup:
    """Where the private key was copied, and whether that copy is protected by a passphrase."""

    file: str
    fingerprint: str
    encrypted: bool

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class TrustRow:
    """One row of the upper level's trust list, with its status (active, retired, revoked)."""

    unit_code: str
    fingerprint: str  # grouped for reading
    status: str
    enrolled_at: str
    enrolled_by: str = ""
    valid_from: str | None = None
    valid_until: str | None = None
    revoked_at: str | None = None
    revoke_reason: str = ""
    note: str = ""
    checked: str = ""  # the fingerprint as the enrolment sheet prints it (13 groups of 5 with check characters)
    unit_name: str = ""  # from the catalog

    @property
    def ends_at(self) -> str | None:
        """When the key stopped being valid (replaced or revoked), or None."""
        return self.valid_until or self.revoked_at

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class TrustChange:
    """What ``trust_key`` or ``revoke_key`` did: ``outcome`` is trusted, rotated, already-trusted, revoked or
    already-revoked; ``retired`` counts the unit's keys a rotation retired."""

    unit_code: str
    fingerprint: str  # grouped for reading, with check characters
    outcome: str
    retired: int = 0
    unit_name: str = ""  # from the catalog, "" for a code it does not know
    checked: bool = True  # False: typed from an old sheet without check characters (nothing could check it)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def key_info(ws: Workspace) -> KeyInfo | None:
    """This installation's current key (public facts only), or None."""
    row = trust_repo.current_signing_key(ws.db)
    if row is None:
        return None
    values = ws.settings
    return KeyInfo(
        fingerprint=keys.checked_fingerprint(row["fingerprint"]),
        fingerprint_compact=row["fingerprint"],
        public_key=row["public_key"],
        file=str(ws.paths.keys / row["file"]),
        encrypted=bool(row["encrypted"]),
        created_at=row["created_at"],
        unit_code=values.get("unit_code"),
        unit_name=values.get("unit_name"),
        officer=values.get("officer"),
        officer_title=values.get("officer_title", ""),
        retired=tuple(
            RetiredKey(keys.checked_fingerprint(r["fingerprint"]), r["created_at"], r["retired_at"])
            for r in trust_repo.list_signing_keys(ws.db)
            if r["retired_at"]
        ),
    )


def create_key(ws: Workspace, passphrase: str | None, *, replace: bool = False) -> KeyInfo:
    """Make this installation's Ed25519 key pair.

    Args:
        passphrase: protects the private key file; None stores it unencrypted (only when the officer says so).
        replace: make a new key although one exists (the old file is kept; the upper level must enrol the new
            fingerprint with ``--rotate``).

    Raises:
        KeyExistsError: a key exists and ``replace`` is False.
        KeyPassphraseError: the passphrase is too short.
    """
    ws.require_initialised()
    if passphrase is not None:
        keys.check_passphrase(passphrase)
    current = trust_repo.current_signing_key(ws.db)
    if current is not None and not replace:
        raise KeyExistsError(
            f"this installation already has a signing key {keys.checked_fingerprint(current['fingerprint'])}; "
            "use --replace to make a new one (the upper level must then enrol the new key)",
            fingerprint=current["fingerprint"],
        )
    key = keys.new_private_key()
    return _install(ws, key, keys.private_pem(key, passphrase), "key-create", {"encrypted": passphrase is not None, "replaced": current["fingerprint"] if current else ""})


def _install(ws: Workspace, key: Ed25519PrivateKey, pem: bytes, action: str, details: dict[str, Any]) -> KeyInfo:
    """Write ``pem`` as the key file of ``key`` and record it as the current signing key (the previous one retired),
    with an audit entry ``action``."""
    fp = keys.key_fingerprint(key)
    filename = f"signing-key-{fp[:8]}.pem"
    _write_private(ws.paths.keys / filename, pem)
    row = {"fingerprint": fp, "public_key": keys.public_b64(key), "file": filename, "encrypted": int(keys.pem_is_encrypted(pem)), "created_at": ws.now_iso()}
    with ws.db.atomic():
        trust_repo.add_signing_key(ws.db, row)
        audit.append(ws.db, ws.write_context("keys"), action, "signing_keys", fp, None, details)
    info = key_info(ws)
    assert info is not None  # just written
    return info


def load_signing_key(ws: Workspace, passphrase: str | None) -> tuple[Ed25519PrivateKey, dict[str, Any]]:
    """The private key for signing, checked against its recorded fingerprint.

    Raises:
        KeyMissingError: no key yet, or its file is gone.
        KeyPassphraseError: wrong or missing passphrase.
    """
    row = trust_repo.current_signing_key(ws.db)
    if row is None:
        raise KeyMissingError("this installation has no signing key yet; make one with 'pbgdpl keys create'")
    path = ws.paths.keys / row["file"]
    if not path.is_file():
        raise KeyMissingError(
            f"the signing key file {path} is missing; restore it from its backup (pbgdpl keys export) or make a new "
            "key with 'pbgdpl keys create --replace' and enrol it upstairs",
            path=str(path),
        )
    pem = path.read_bytes()
    key = keys.load_private(pem, passphrase)
    if keys.key_fingerprint(key) != row["fingerprint"]:
        raise KeyMissingError(f"the key file {path} does not hold the recorded key {row['fingerprint'][:8]}…")
    _reseal_if_old(path, pem, key, passphrase)
    return key, row


def _reseal_if_old(path: Path, pem: bytes, key: Ed25519PrivateKey, passphrase: str | None) -> None:
    """A key sealed by an older program (PBKDF2 at 2,048 iterations) is sealed again at today's cost, with the same
    passphrase, the first time it is opened; an old passphrase too weak for a new key keeps the old seal."""
    count = keys.pem_iterations(pem) if passphrase and keys.pem_is_encrypted(pem) else None
    if count is None or count >= keys.PBKDF2_ITERATIONS:
        return
    try:
        _write_private(path, keys.private_pem(key, passphrase))
    except KeyPassphraseError:
        log.warning("the signing key keeps its older seal: its passphrase is below today's minimum")


def export_key(ws: Workspace, target: Path, passphrase: str | None = None, *, plain: bool = False) -> KeyBackup:
    """Copy the private key to a backup file.

    An encrypted key is copied as it is (same passphrase). An unencrypted key is encrypted with ``passphrase``
    for the backup, or copied plain only when ``plain`` is True.
    """
    row = trust_repo.current_signing_key(ws.db)
    if row is None:
        raise KeyMissingError("this installation has no signing key yet; make one with 'pbgdpl keys create'")
    target = Path(target)
    if target.exists():
        raise UsageError(f"{target} exists already; choose another file name", path=str(target))
    pem = (ws.paths.keys / row["file"]).read_bytes()
    if not keys.pem_is_encrypted(pem):
        if passphrase is not None:
            pem = keys.private_pem(keys.load_private(pem, None), passphrase)
        elif not plain:
            raise KeyPassphraseError(
                "the key is stored without a passphrase; give one for the backup with --passphrase-file FILE or "
                "$PBGDPL_PASSPHRASE, or say --no-passphrase to write it unprotected"
            )
    _write_private(target, pem)
    with ws.db.atomic():
        audit.append(ws.db, ws.write_context("keys"), "key-export", "signing_keys", row["fingerprint"], None, {"file": str(target)})
    return KeyBackup(str(target), keys.checked_fingerprint(row["fingerprint"]), keys.pem_is_encrypted(pem))


def import_key(ws: Workspace, source: Path, passphrase: str | None, *, replace: bool = False) -> KeyInfo:
    """Take a key backup (``export_key``'s file) back as this installation's signing key: a reinstalled computer
    keeps signing with the key the upper level already enrolled. The file is kept as it is (its seal and
    passphrase); it must open with ``passphrase``.

    Raises:
        FileMissingError: no such file. KeyPassphraseError: wrong or missing passphrase, or not an Ed25519 key.
        KeyExistsError: another key is current here and ``replace`` is False.
        UsageError: the backup holds a key this installation has replaced (an old key is never made current again).
    """
    from app.core.errors import FileMissingError

    ws.require_initialised()
    source = Path(source)
    if not source.is_file():
        raise FileMissingError(f"no key backup file {source}", path=str(source))
    pem = source.read_bytes()
    key = keys.load_private(pem, passphrase)
    fp = keys.key_fingerprint(key)
    known = {r["fingerprint"]: r for r in trust_repo.list_signing_keys(ws.db)}
    current = trust_repo.current_signing_key(ws.db)
    if current is not None and current["fingerprint"] == fp:
        if not (ws.paths.keys / current["file"]).is_file():  # the key file was lost: put it back
            _write_private(ws.paths.keys / current["file"], pem)
        info = key_info(ws)
        assert info is not None
        return info
    if fp in known:
        raise UsageError(
            f"the backup holds key {keys.checked_fingerprint(fp)}, which this installation replaced on "
            f"{str(known[fp]['retired_at'])[:10]}; an old key is never made current again",
            fingerprint=keys.checked_fingerprint(fp),
        )
    if current is not None and not replace:
        raise KeyExistsError(
            f"this installation already signs with key {keys.checked_fingerprint(current['fingerprint'])}; "
            "use --replace to sign with the backup's key instead (the upper level must have it enrolled)",
            fingerprint=current["fingerprint"],
        )
    return _install(ws, key, pem, "key-import", {"file": str(source), "replaced": current["fingerprint"] if current else ""})


# -- trust list (upper level) --------------------------------------------------------------------------------


def _clean_unit(unit: str) -> str:
    unit = str(unit or "").strip()
    if not unit or len(unit) > 20 or not all(c.isalnum() or c == "-" for c in unit):
        raise UsageError(f"'{unit}' is not a unit code", unit=unit)
    return unit


def entries_from_rows(rows: list[dict]) -> list[TrustEntry]:
    return [
        TrustEntry(
            unit_code=r["unit_code"],
            fingerprint=r["fingerprint"],
            enrolled_at=r["enrolled_at"],
            enrolled_by=r["enrolled_by"],
            valid_from=r["valid_from"],
            valid_until=r["valid_until"],
            revoked_at=r["revoked_at"],
            revoke_reason=r["revoke_reason"],
        )
        for r in rows
    ]


def trust_list(ws: Workspace) -> list[TrustRow]:
    """The trust list as the screens and commands show it: by unit, then enrolment time."""
    rows = trust_repo.list_trusted(ws.db)
    return [
        TrustRow(
            unit_code=row["unit_code"],
            fingerprint=keys.format_fingerprint(row["fingerprint"]),
            status=entry.status,
            enrolled_at=row["enrolled_at"],
            enrolled_by=row["enrolled_by"],
            valid_from=row["valid_from"],
            valid_until=row["valid_until"],
            revoked_at=row["revoked_at"],
            revoke_reason=row["revoke_reason"],
            note=row.get("note", ""),
            checked=keys.checked_fingerprint(row["fingerprint"]),
            unit_name=unit_name(row["unit_code"]),
        )
        for row, entry in zip(rows, entries_from_rows(rows))
    ]


@dataclass(frozen=True)
class TrustInput:
    """What the officer typed or scanned to enrol a key, read and checked: the unit (and its catalog name), the
    fingerprint (compact) and whether it carried check characters, and the officer named by a scanned QR line."""

    unit_code: str
    unit_name: str
    fingerprint: str
    checked: bool
    qr_officer: str = ""

    @property
    def shown(self) -> str:
        return keys.checked_fingerprint(self.fingerprint)

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "shown": self.shown}


def looks_like_qr(text: str) -> bool:
    """True for a scanned enrolment QR line (``PBGDPL1:…``), typed into a fingerprint field."""
    return keys.is_qr_payload(text)


def grouped_fingerprint(fp: str) -> str:
    """The 52 stored characters in groups of 4 (an older sheet's form, without check characters)."""
    return keys.format_fingerprint(fp)


def checked_fingerprint(fp: str) -> str:
    """The shown and printed form: 13 groups of 5, the fifth character of each a check character."""
    return keys.checked_fingerprint(fp)


def unit_name(code: str) -> str:
    """The catalog name of a unit code ("" when the catalog does not know it)."""
    from app.services.units import find_unit

    try:
        unit = find_unit(code)
    except Exception:  # noqa: BLE001  a code the catalog cannot even normalise has no name
        return ""
    return unit.full_name if unit else ""


def read_trust_input(unit: str | None, fingerprint: str | None = None, qr: str | None = None) -> TrustInput:
    """Read an enrolment as typed: unit code plus fingerprint, or a scanned QR line (in ``qr`` or in the
    fingerprint field) that carries both.

    Raises:
        UsageError: no unit and no QR line, or no fingerprint.
        FingerprintError: the fingerprint fails its check characters (the groups are named) or is not one.
        QrPayloadError: the scanned line is damaged.
        QrUnitMismatchError: the unit typed is not the QR code's unit.
    """
    scanned = qr if qr and qr.strip() else (fingerprint if keys.is_qr_payload(fingerprint or "") else None)
    if scanned is not None:
        if qr and fingerprint and fingerprint.strip() and not keys.is_qr_payload(fingerprint):
            raise UsageError("give either --qr or --fingerprint, not both")
        code = keys.parse_qr(scanned)
        if unit and str(unit).strip() and _clean_unit(unit) != code.unit_code:
            raise QrUnitMismatchError(
                f"the scanned enrolment sheet is for unit {code.unit_code} ({unit_name(code.unit_code) or 'not in the catalog'}), "
                f"not unit {unit.strip()} ({unit_name(unit) or 'not in the catalog'}); nothing was enrolled",
                unit=unit.strip(),
                qr_unit=code.unit_code,
            )
        clean = _clean_unit(code.unit_code)
        return TrustInput(clean, unit_name(clean), code.fingerprint, True, code.officer)
    if not unit or not str(unit).strip():
        raise UsageError("give the unit code (--unit CODE) or scan the enrolment sheet's QR code (--qr TEXT)")
    if not fingerprint or not str(fingerprint).strip():
        raise UsageError("give the fingerprint from the enrolment sheet (--fingerprint FP) or its QR code (--qr TEXT)")
    clean = _clean_unit(unit)
    parsed = keys.parse_fingerprint(fingerprint)
    return TrustInput(clean, unit_name(clean), parsed.compact, parsed.checked)


OLD_KEY_CHOICES = ("keep", "revoke")  # what a rotation does with the old key: see ``trust_key``


def trust_key(
    ws: Workspace, unit: str, fingerprint: str, *, rotate: bool = False, old_key: str | None = None, note: str = "",
    qr: str | None = None,
) -> TrustChange:
    """Enrol a unit's key (from its signed enrolment sheet).

    A unit that already has a valid key needs ``rotate=True`` and a choice for the old key, ``old_key``:
    "keep" (the old computer is still with the unit: its key is retired now, and a late file it signed is still
    read, but never overrides what the new computer wrote) or "revoke" (the old computer is gone, lost or
    stolen: nothing it signed is accepted any more). The end of the old key is this level's own time of the
    rotation and the files received until then, never the signing computer's clock.

    ``fingerprint`` is the checked form of the sheet (65 characters) or an old sheet's 52 characters
    (``TrustChange.checked`` is then False), or a scanned QR line; ``qr`` is a scanned QR line, whose unit must
    be ``unit`` when both are given.

    Raises:
        FingerprintError: the fingerprint is mistyped (the failing groups are named).
        QrPayloadError, QrUnitMismatchError: a damaged QR line, or one of another unit.
        TrustError: the unit has another key and ``rotate`` is False; the key was revoked; the key is enrolled
            for another unit.
    """
    given = read_trust_input(unit, fingerprint, qr)
    unit, fp = given.unit_code, given.fingerprint
    values = ws.require_initialised()
    expected_units.require_expected(ws, unit, action="key enrolment")
    existing = trust_repo.find_trusted(ws.db, unit, fp)
    if existing is not None:
        if existing["revoked_at"]:
            raise TrustError(f"key {keys.checked_fingerprint(fp)} of unit {unit} was revoked; it cannot be trusted again")
        if not existing["valid_until"]:
            return TrustChange(unit, keys.checked_fingerprint(fp), "already-trusted", 0, given.unit_name, given.checked)
        raise TrustError(f"key {keys.checked_fingerprint(fp)} of unit {unit} was retired; enrol the unit's current key")
    for row in trust_repo.list_trusted(ws.db):
        if row["fingerprint"] == fp and row["unit_code"] != unit and not row["revoked_at"]:
            raise TrustError(f"key {keys.checked_fingerprint(fp)} is already enrolled for unit {row['unit_code']}")
    current = [r for r in trust_repo.list_trusted(ws.db, unit) if not r["valid_until"] and not r["revoked_at"]]
    if current and not rotate:
        raise TrustError(
            f"unit {unit} already has key {keys.checked_fingerprint(current[0]['fingerprint'])}; to replace it by the "
            "new key add --rotate (the old key stays valid for bundles signed before now)",
            unit=unit,
        )
    if current and old_key not in OLD_KEY_CHOICES:
        raise UsageError(
            f"unit {unit}'s old key {keys.checked_fingerprint(current[0]['fingerprint'])} is replaced: say whether the "
            "old computer is gone (--old-key revoke: nothing it signed is accepted any more) or still with the unit "
            "(--old-key keep: files it already wrote are still read, without overriding the new computer's records)",
            unit=unit,
        )
    now = ws.now_iso()
    with ws.db.atomic():
        retired = trust_repo.retire_current(ws.db, unit, now) if rotate else 0
        if current and old_key == "revoke":
            for row in current:
                trust_repo.revoke(ws.db, unit, row["fingerprint"], now, values.get("officer", ""), "replaced: the old computer is gone")
        trust_repo.add_trusted(
            ws.db, {"unit_code": unit, "fingerprint": fp, "enrolled_at": now, "enrolled_by": values.get("officer", ""), "note": note}
        )
        audit.append(
            ws.db, ws.write_context("keys"), "key-trust", "trusted_keys", f"{unit}:{fp}", None,
            {"rotate": rotate, "retired": retired, "old_key": old_key if current else None},
        )  # fmt: skip
    return TrustChange(unit, keys.checked_fingerprint(fp), "rotated" if retired else "trusted", retired, given.unit_name, given.checked)


def revoke_key(ws: Workspace, unit: str, fingerprint: str, reason: str = "") -> TrustChange:
    """Revoke an enrolled key: no bundle it signed is accepted any more, whatever its date."""
    unit = _clean_unit(unit)
    fp = keys.normalise_fingerprint(fingerprint)
    existing = trust_repo.find_trusted(ws.db, unit, fp)
    if existing is None:
        raise TrustError(f"unit {unit} has no enrolled key {keys.checked_fingerprint(fp)}", unit=unit)
    if existing["revoked_at"]:
        return TrustChange(unit, keys.checked_fingerprint(fp), "already-revoked")
    with ws.db.atomic():
        trust_repo.revoke(ws.db, unit, fp, ws.now_iso(), ws.settings.get("officer", ""), reason)
        audit.append(ws.db, ws.write_context("keys"), "key-revoke", "trusted_keys", f"{unit}:{fp}", None, {"reason": reason})
    return TrustChange(unit, keys.checked_fingerprint(fp), "revoked")


def enrolment_sheet(ws: Workspace) -> bytes:
    """The PDF enrolment sheet of this installation's current key (unit, officer, date, fingerprint, QR code)."""
    from app.reports.enrolment import render_enrolment
    from app.services.printing import build_enrolment

    info = key_info(ws)
    if info is None:
        raise KeyMissingError("this installation has no signing key yet; make one with 'pbgdpl keys create'")
    return render_enrolment(build_enrolment(ws, info.fingerprint))


def save_enrolment_sheet(ws: Workspace, target: Path | str) -> Path:
    """Write the enrolment sheet PDF to ``target`` (the one atomic writer) and return its path."""
    return atomic_write(Path(target), enrolment_sheet(ws))
