"""Trust decisions over plain trust-list entries: is this key allowed to sign for this unit at this time?"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Iterable

from app.sync.errors import BundleRevokedError, BundleUntrustedError
from app.sync.keys import checked_fingerprint, compare_fingerprints


@dataclass(frozen=True)
class TrustEntry:
    """One row of the trust list (the fingerprint in compact form, times in ISO 8601)."""

    unit_code: str
    fingerprint: str
    enrolled_at: str = ""
    enrolled_by: str = ""
    valid_from: str | None = None
    valid_until: str | None = None
    revoked_at: str | None = None
    revoke_reason: str = ""

    @property
    def status(self) -> str:
        if self.revoked_at:
            return "revoked"
        if self.valid_until:
            return "retired"
        return "active"


def _at(text: str | None) -> datetime | None:
    """An ISO 8601 time as an aware datetime (a time without offset is taken as UTC); None when empty or bad."""
    if not text:
        return None
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        return None
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)


def check_trust(unit: str, fp: str, signed_at: str, entries: Iterable[TrustEntry]) -> TrustEntry:
    """Return the entry that lets ``fp`` sign for ``unit``, or raise.

    A retired key (replaced with ``--rotate``, its ``valid_until`` the upper level's own time of the rotation) is
    still let in whatever time its bundle claims: the signing computer's clock decides nothing. What such a late
    bundle may change is limited when it is merged (``app.sync.merge``: it never overrides what another
    installation of the unit wrote). A revoked key is never valid. ``signed_at`` is kept for the callers' messages.

    Raises:
        BundleRevokedError: the key was revoked.
        BundleUntrustedError: the key is unknown, enrolled for another unit, or the unit has another key.
    """
    entries = list(entries)
    for entry in entries:
        if entry.unit_code == unit and entry.fingerprint == fp:
            if entry.revoked_at:
                raise BundleRevokedError(
                    f"the bundle of unit {unit} is signed with key {checked_fingerprint(fp)} which was revoked on "
                    f"{entry.revoked_at[:10]}" + (f" ({entry.revoke_reason})" if entry.revoke_reason else "")
                    + "; ask the commune for a bundle signed with its current key",
                    unit=unit,
                    fingerprint=fp,
                )
            return entry
    others = [e for e in entries if e.fingerprint == fp]
    if others:
        raise BundleUntrustedError(
            f"the bundle says it comes from unit {unit}, but its key {checked_fingerprint(fp)} is enrolled for unit "
            f"{others[0].unit_code}; it was refused",
            unit=unit,
            fingerprint=fp,
        )
    same_unit = [e for e in entries if e.unit_code == unit and not e.revoked_at]
    if same_unit:
        enrolled, signing = compare_fingerprints(same_unit[-1].fingerprint, fp)
        raise BundleUntrustedError(
            f"unit {unit} is enrolled with key {enrolled}, but this bundle is signed with another key {signing} "
            "(the groups that differ are in brackets). If the commune has a new key, compare it with its signed "
            f"enrolment sheet, then enrol it: pbgdpl keys trust --unit {unit} --fingerprint … --rotate",
            unit=unit,
            fingerprint=fp,
            enrolled=checked_fingerprint(same_unit[-1].fingerprint),
        )
    raise BundleUntrustedError(
        f"the bundle of unit {unit} is signed by an unknown key {checked_fingerprint(fp)}; enrol unit {unit}'s key first "
        f"(from its signed enrolment sheet): pbgdpl keys trust --unit {unit} --fingerprint …",
        unit=unit,
        fingerprint=fp,
    )
