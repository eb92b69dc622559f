"""Ed25519 keys: make, store as PKCS#8 PEM (encrypted with a passphrase unless the officer says no), sign,
verify, and fingerprints people can read aloud.

The fingerprint is the SHA-256 of the 32 raw public-key bytes, written in RFC 4648 base32 (A–Z, 2–7; no 0, 1,
8 or 9 to confuse with O, I, B) without padding: 52 characters, shown as 13 groups of 4.

What people print, read and type is the *checked form*: each group of 4 gets a fifth, check character
(``checked_fingerprint``), 65 characters in 13 groups of 5. The check is a Damm-style check over GF(32): the
state starts at the group's number (1–13), each character ``v`` makes it ``2·state + v`` (in GF(2^5) modulo
x^5 + x^2 + 1), the check character is ``2·state`` so that the five characters bring the state to 0. Because
``x ↦ 2x + v`` is a bijection in both ``x`` and ``v`` and ``(2+1)(x+y) ≠ 0`` for ``x ≠ y``, every single wrong
character and every swap of two adjacent different characters is detected, and a group typed at the place of
another group fails too. Only the 52 characters are stored, signed and compared; the checks are recomputed.
"""

from __future__ import annotations

import base64
import hashlib
import re
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from app.sync.errors import FingerprintError, KeyPassphraseError, KeyPassphraseWeakError, QrPayloadError

FINGERPRINT_LENGTH = 52
CHECKED_LENGTH = 65  # 13 groups of 4 characters and one check character each
GROUPS = 13
QR_PREFIX = "PBGDPL1"
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


_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_VALUE = {c: i for i, c in enumerate(_ALPHABET)}
_SEPARATORS = re.compile(r"[\s\-_.]")


def _times2(x: int) -> int:
    """2·x in GF(32) = GF(2)[x] / (x^5 + x^2 + 1)."""
    x <<= 1
    return x ^ 0b100101 if x & 0b100000 else x


def group_check(group: str, number: int) -> str:
    """The check character of the 4-character ``group`` at 1-based position ``number``."""
    state = number
    for ch in group:
        state = _times2(state) ^ _VALUE[ch]
    return _ALPHABET[_times2(state)]


def _group_ok(group5: str, number: int) -> bool:
    state = number
    for ch in group5:
        state = _times2(state) ^ _VALUE[ch]
    return state == 0


def checked_fingerprint(fp: str) -> str:
    """``ABCDx EFGHy …``: the printed and shown form, 13 groups of 4 characters and one check character."""
    fp = normalise_fingerprint(fp)
    groups = (fp[i : i + 4] for i in range(0, FINGERPRINT_LENGTH, 4))
    return " ".join(g + group_check(g, n) for n, g in enumerate(groups, 1))


def compare_fingerprints(a: str, b: str) -> tuple[str, str]:
    """Both fingerprints whole in the checked form, each group that differs from the other's marked [like this]."""
    ga, gb = checked_fingerprint(a).split(), checked_fingerprint(b).split()
    mark = lambda g, other: g if g == other else f"[{g}]"  # noqa: E731
    return " ".join(mark(x, y) for x, y in zip(ga, gb)), " ".join(mark(y, x) for x, y in zip(ga, gb))


@dataclass(frozen=True)
class ParsedFingerprint:
    """A typed fingerprint: the stored 52-character form, and whether it was typed with check characters
    (False: an old sheet's unchecked form, which nothing can check; compare it twice)."""

    compact: str
    checked: bool


def parse_fingerprint(text: str) -> ParsedFingerprint:
    """Read a typed fingerprint: the checked form (65 characters) or an old sheet's 52 characters.

    Lower case, spaces and dashes are accepted.

    Raises:
        FingerprintError: details ``typed`` (characters typed, separators not counted) and ``groups`` (1-based
            numbers of the groups of 5 that fail their check or hold a character outside A–Z, 2–7).
    """
    raw = str(text or "")
    compact = _SEPARATORS.sub("", raw).upper()
    typed = len(compact)
    if typed == CHECKED_LENGTH:
        bad = [
            n
            for n in range(1, GROUPS + 1)
            if not all(c in _VALUE for c in compact[5 * n - 5 : 5 * n]) or not _group_ok(compact[5 * n - 5 : 5 * n], n)
        ]
        if bad:
            raise FingerprintError(
                f"the fingerprint does not match its check characters in group {', '.join(map(str, bad))} "
                f"({typed} characters typed): compare {'this group' if len(bad) == 1 else 'these groups'} with the "
                "enrolment sheet and type again",
                value=raw,
                typed=typed,
                groups=bad,
            )
        return ParsedFingerprint("".join(compact[i : i + 4] for i in range(0, CHECKED_LENGTH, 5)), True)
    if typed == FINGERPRINT_LENGTH:
        bad = [n for n in range(1, GROUPS + 1) if not all(c in _VALUE for c in compact[4 * n - 4 : 4 * n])]
        if not bad:
            return ParsedFingerprint(compact, False)
        raise FingerprintError(
            f"'{raw}' is not a key fingerprint: group {', '.join(map(str, bad))} holds a character other than "
            f"A–Z and 2–7 ({typed} characters typed)",
            value=raw,
            typed=typed,
            groups=bad,
        )
    tokens = [t for t in re.split(r"[\s\-_.]+", raw.strip()) if t]
    bad = [n for n, t in enumerate(tokens, 1) if len(t) != 5] if len(tokens) == GROUPS else []
    where = f" (group {', '.join(map(str, bad))} does not have 5 characters)" if bad else ""
    raise FingerprintError(
        f"'{raw}' is not a key fingerprint: {typed} characters typed, expected 65 (13 groups of 5 with their check "
        f"characters, as on the enrolment sheet) or 52 (an older sheet without check characters){where}",
        value=raw,
        typed=typed,
        groups=bad,
    )


def qr_payload(unit_code: str, fp: str, officer: str) -> str:
    """The one line the enrolment sheet's QR code holds, typed by a keyboard-emulating scanner:
    ``PBGDPL1:<unit>:<checked fingerprint, no spaces>:<officer>``."""
    return f"{QR_PREFIX}:{unit_code}:{checked_fingerprint(fp).replace(' ', '')}:{' '.join(str(officer or '').split())}"


def is_qr_payload(text: str) -> bool:
    return str(text or "").strip().upper().startswith(QR_PREFIX + ":")


@dataclass(frozen=True)
class QrEnrolment:
    """What an enrolment sheet's QR code says."""

    unit_code: str
    fingerprint: str  # compact, 52 characters
    officer: str


def parse_qr(text: str) -> QrEnrolment:
    """Read a scanned QR line.

    Raises:
        QrPayloadError: not an enrolment QR line, or damaged (missing unit, fingerprint failing its checks).
    """
    raw = str(text or "").strip()
    parts = raw.split(":", 3)
    if len(parts) < 3 or parts[0].strip().upper() != QR_PREFIX:
        raise QrPayloadError(f"'{raw}' is not the QR code of an enrolment sheet (expected {QR_PREFIX}:UNIT:FINGERPRINT:OFFICER)", value=raw)
    unit = parts[1].strip()
    if not unit or not all(c.isalnum() or c == "-" for c in unit):
        raise QrPayloadError(f"the scanned QR line has no valid unit code ('{unit}'); scan it again", value=raw)
    try:
        parsed = parse_fingerprint(parts[2])
    except FingerprintError as exc:
        raise QrPayloadError(f"the fingerprint in the scanned QR line is damaged: {exc.message}; scan it again", value=raw, **{k: v for k, v in exc.details.items() if k != "value"}) from exc
    if not parsed.checked:
        raise QrPayloadError("the fingerprint in the scanned QR line has no check characters; scan it again", value=raw)
    return QrEnrolment(unit, parsed.compact, parts[3].strip() if len(parts) > 3 else "")


def format_fingerprint(fp: str) -> str:
    """``ABCD EFGH …``: groups of 4 for reading aloud and printing."""
    fp = normalise_fingerprint(fp)
    return " ".join(fp[i : i + 4] for i in range(0, len(fp), 4))


def normalise_fingerprint(text: str) -> str:
    """Accept a fingerprint typed with spaces, dashes or lower case, with its check characters (65) or without
    (52); return the compact 52-character form.

    Raises:
        FingerprintError: not 52 base32 characters, or a checked form failing its checks.
    """
    compact = re.sub(r"[\s\-_.:]", "", str(text or "")).upper()
    if len(compact) == CHECKED_LENGTH:
        return parse_fingerprint(compact).compact
    if not _FP_CHARS.match(compact):
        raise FingerprintError(
            f"'{text}' is not a key fingerprint: expected 52 characters A–Z and 2–7 (13 groups of 4)",
            value=str(text),
        )
    return compact


# Guessed first by anyone trying a stolen laptop's key (compared without accents, spaces and case).
COMMON_PASSPHRASES = frozenset({
    "12345678", "123456789", "1234567890", "0123456789", "87654321", "password", "password1", "matkhau", "matkhau1",
    "matkhau123", "qwertyui", "qwertyuiop", "abcd1234", "abc12345", "a1234567", "iloveyou", "admin123", "pbgdpl2026",
    "tuphap123", "tuphap2026", "vietnam1", "vietnam123",
})  # fmt: skip


def check_passphrase(passphrase: str) -> None:
    """A new passphrase: at least 8 characters, not a well-known one, not one character repeated or a run such as
    12345678, and mixing two kinds of characters (letters, digits, spaces or signs) unless it has 16 or more.

    Raises:
        KeyPassphraseError: too short. KeyPassphraseWeakError: too easy to guess.
    """
    if len(passphrase) < MIN_PASSPHRASE:
        raise KeyPassphraseError(f"the passphrase must have at least {MIN_PASSPHRASE} characters")
    from app.core.text import fold

    plain = "".join(fold(passphrase).split())
    kinds = sum((any(c.isalpha() for c in passphrase), any(c.isdigit() for c in passphrase), any(not c.isalnum() for c in passphrase)))
    steps = {ord(b) - ord(a) for a, b in zip(plain, plain[1:])}
    if plain in COMMON_PASSPHRASES or len(set(plain)) <= 2 or (len(steps) == 1 and steps <= {-1, 0, 1}) or (kinds < 2 and len(passphrase) < 16):
        raise KeyPassphraseWeakError(
            "the passphrase is too easy to guess: use a short sentence, or at least 8 characters mixing letters with "
            "digits, spaces or signs (not a run such as 12345678 or a well-known word)"
        )


PBKDF2_ITERATIONS = 600_000  # PBKDF2-HMAC-SHA256, OWASP's 2023 figure: ~0.14 s here, ~0.4 s on a slow laptop
# DER pieces of PKCS#8 EncryptedPrivateKeyInfo with PBES2 (RFC 8018): PBKDF2-HMAC-SHA256 and AES-256-CBC.
_OID_PBES2 = bytes.fromhex("06092a864886f70d01050d")
_OID_PBKDF2 = bytes.fromhex("06092a864886f70d01050c")
_OID_HMAC_SHA256 = bytes.fromhex("06082a864886f70d0209")
_OID_AES256_CBC = bytes.fromhex("060960864801650304012a")


def _der(tag: int, content: bytes) -> bytes:
    n = len(content)
    length = bytes([n]) if n < 0x80 else bytes([0x80 | ((n.bit_length() + 7) // 8)]) + n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([tag]) + length + content


def _der_int(value: int) -> bytes:
    return _der(0x02, value.to_bytes(value.bit_length() // 8 + 1, "big"))


def _sealed_pkcs8(plain_der: bytes, passphrase: str, iterations: int = PBKDF2_ITERATIONS) -> bytes:
    """``plain_der`` (unencrypted PKCS#8) sealed as PEM "ENCRYPTED PRIVATE KEY" with PBES2: what OpenSSL and
    ``cryptography`` read, at an iteration count of today (``BestAvailableEncryption`` uses 2,048)."""
    import base64
    import hashlib
    import os

    from cryptography.hazmat.primitives import padding
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    salt, iv = os.urandom(16), os.urandom(16)
    secret = hashlib.pbkdf2_hmac("sha256", passphrase.encode("utf-8"), salt, iterations, 32)
    padder = padding.PKCS7(128).padder()
    encryptor = Cipher(algorithms.AES(secret), modes.CBC(iv)).encryptor()
    sealed = encryptor.update(padder.update(plain_der) + padder.finalize()) + encryptor.finalize()
    kdf = _der(0x30, _OID_PBKDF2 + _der(0x30, _der(0x04, salt) + _der_int(iterations) + _der(0x30, _OID_HMAC_SHA256 + b"\x05\x00")))
    scheme = _der(0x30, _OID_AES256_CBC + _der(0x04, iv))
    der = _der(0x30, _der(0x30, _OID_PBES2 + _der(0x30, kdf + scheme)) + _der(0x04, sealed))
    body = base64.encodebytes(der).decode("ascii").replace("\n", "")
    lines = [body[i : i + 64] for i in range(0, len(body), 64)]
    return ("-----BEGIN ENCRYPTED PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END ENCRYPTED PRIVATE KEY-----\n").encode("ascii")


def pem_iterations(pem: bytes) -> int | None:
    """The PBKDF2 iteration count of an encrypted key PEM (None when it is not one this module can read)."""
    import base64

    try:
        body = b"".join(line for line in pem.strip().splitlines() if not line.startswith(b"-----"))
        der = base64.b64decode(body)
        at = der.index(_OID_PBKDF2) + len(_OID_PBKDF2)
        at += 2 + (der[at + 1] & 0x7F if der[at + 1] & 0x80 else 0)  # the parameters' SEQUENCE header
        at += 2 + der[at + 1]  # the salt
        return int.from_bytes(der[at + 2 : at + 2 + der[at + 1]], "big") if der[at] == 0x02 else None
    except (ValueError, IndexError):
        return None


def private_pem(key: Ed25519PrivateKey, passphrase: str | None) -> bytes:
    """PKCS#8 PEM, sealed with ``passphrase`` (PBES2, PBKDF2-HMAC-SHA256 at ``PBKDF2_ITERATIONS``, AES-256-CBC)
    or plain when it is None."""
    if passphrase is None:
        return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    check_passphrase(passphrase)
    plain = key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    return _sealed_pkcs8(plain, passphrase)


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
