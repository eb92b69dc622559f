"""Ed25519 keys: make, store as PKCS#8 PEM (encrypted with a passphrase unless the officer says no), sign,
verify, and fingerprints people can read aloud.

The fingerprint is the SHA-256 of the 32 raw public-key bytes, written in RFC 4648 base32 (A–Z, 2–7; no 0, 1,
8 or 9 to confuse with O, I, B) without padding: 52 characters, shown as 13 groups of 4.
"""

from __future__ import annotations

import base64
import hashlib
import re

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from app.sync.errors import FingerprintError, KeyPassphraseError

FINGERPRINT_LENGTH = 52
MIN_PASSPHRASE = 8
_FP_CHARS = re.compile(r"^[A-Z2-7]{52}$")


def new_private_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


def public_raw(key: Ed25519PrivateKey) -> bytes:
    """The 32 raw bytes of the public half."""
    return key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def public_b64(key: Ed25519PrivateKey) -> str:
    return base64.b64encode(public_raw(key)).decode("ascii")


def fingerprint(public: bytes) -> str:
    """Compact fingerprint (52 base32 characters) of raw public-key bytes."""
    return base64.b32encode(hashlib.sha256(public).digest()).decode("ascii").rstrip("=")


def key_fingerprint(key: Ed25519PrivateKey) -> str:
    return fingerprint(public_raw(key))


def format_fingerprint(fp: str) -> str:
    """``ABCD EFGH …``: groups of 4 for reading aloud and printing."""
    fp = normalise_fingerprint(fp)
    return " ".join(fp[i : i + 4] for i in range(0, len(fp), 4))


def normalise_fingerprint(text: str) -> str:
    """Accept a fingerprint typed with spaces, dashes or lower case; return the compact form.

    Raises:
        FingerprintError: not 52 base32 characters.
    """
    compact = re.sub(r"[\s\-_.:]", "", str(text or "")).upper()
    if not _FP_CHARS.match(compact):
        raise FingerprintError(
            f"'{text}' is not a key fingerprint: expected 52 characters A–Z and 2–7 (13 groups of 4)",
            value=str(text),
        )
    return compact


def check_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise KeyPassphraseError(f"the passphrase must have at least {MIN_PASSPHRASE} characters")


def private_pem(key: Ed25519PrivateKey, passphrase: str | None) -> bytes:
    """PKCS#8 PEM, encrypted with ``passphrase`` (BestAvailableEncryption) or plain when it is None."""
    encryption: serialization.KeySerializationEncryption
    if passphrase is None:
        encryption = serialization.NoEncryption()
    else:
        check_passphrase(passphrase)
        encryption = serialization.BestAvailableEncryption(passphrase.encode("utf-8"))
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, encryption)


def pem_is_encrypted(pem: bytes) -> bool:
    return b"-----BEGIN ENCRYPTED PRIVATE KEY-----" in pem


def load_private(pem: bytes, passphrase: str | None) -> Ed25519PrivateKey:
    """Load a private key PEM.

    Raises:
        KeyPassphraseError: the key is encrypted and the passphrase is missing or wrong.
    """
    encrypted = pem_is_encrypted(pem)
    if encrypted and not passphrase:
        raise KeyPassphraseError(
            "the signing key is protected by a passphrase: give it with --passphrase-file FILE or $PBGDPL_PASSPHRASE"
        )
    try:
        key = serialization.load_pem_private_key(pem, (passphrase or "").encode("utf-8") if encrypted else None)
    except (ValueError, TypeError) as exc:
        if encrypted:
            raise KeyPassphraseError("the passphrase of the signing key is wrong") from exc
        raise KeyPassphraseError(f"the key file cannot be read: {exc}") from exc
    if not isinstance(key, Ed25519PrivateKey):
        raise KeyPassphraseError("the key file does not hold an Ed25519 key")
    return key


def sign(key: Ed25519PrivateKey, data: bytes) -> bytes:
    return key.sign(data)


def verify(public: bytes, signature: bytes, data: bytes) -> bool:
    """True when ``signature`` is ``public``'s Ed25519 signature over ``data``."""
    try:
        Ed25519PublicKey.from_public_bytes(public).verify(signature, data)
    except (InvalidSignature, ValueError):
        return False
    return True
