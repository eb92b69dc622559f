"""Errors of keys and bundles, each with a stable code printed by the CLI and translated by the GUI."""

from __future__ import annotations

from app.core.errors import UserFixableError


class BundleError(UserFixableError):
    """A bundle was refused; nothing was written."""

    code = "E-BUNDLE"


class BundleFormatError(BundleError):
    """Not a zip, truncated, unsafe or unexpected members, a manifest that does not describe the zip."""

    code = "E-BUNDLE-FORMAT"


class BundleVersionError(BundleError):
    """The bundle needs a newer reader; the message names the version needed."""

    code = "E-BUNDLE-VERSION"


class BundleSignatureError(BundleError):
    code = "E-BUNDLE-SIGNATURE"


class BundleUntrustedError(BundleError):
    """Unknown key, or a known unit signing with a key that is not (or no longer) enrolled for it."""

    code = "E-BUNDLE-UNTRUSTED"


class BundleRevokedError(BundleError):
    code = "E-BUNDLE-REVOKED"


class BundleHashError(BundleError):
    """A member's content does not match the signed manifest (a changed or damaged byte)."""

    code = "E-BUNDLE-HASH"


class BundleRecordError(BundleError):
    """A record fails validation or claims another owner; details name the table and the record id."""

    code = "E-BUNDLE-RECORD"


class BundleOwnUnitError(BundleError):
    """A bundle of this installation's own unit: an import never edits the importer's records."""

    code = "E-BUNDLE-OWN-UNIT"


class BundleWriteError(BundleError):
    """The written bundle could not be read back and verified."""

    code = "E-BUNDLE-WRITE"


class KeyMissingError(UserFixableError):
    code = "E-KEY-MISSING"


class KeyExistsError(UserFixableError):
    code = "E-KEY-EXISTS"


class KeyPassphraseError(UserFixableError):
    """Wrong, missing or too short passphrase."""

    code = "E-KEY-PASSPHRASE"


class KeyPassphraseWeakError(KeyPassphraseError):
    """A new passphrase too easy to guess."""

    code = "E-KEY-PASSPHRASE-WEAK"


class FingerprintError(UserFixableError):
    code = "E-KEY-FINGERPRINT"


class QrPayloadError(UserFixableError):
    """A scanned enrolment QR line that is not one, or is damaged."""

    code = "E-KEY-QR"


class QrUnitMismatchError(UserFixableError):
    """The unit code typed is not the unit of the scanned enrolment QR code."""

    code = "E-KEY-QR-UNIT"


class TrustError(UserFixableError):
    """A trust-list change that needs to be explicit (rotation) or names no enrolled key."""

    code = "E-TRUST"
