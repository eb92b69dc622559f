"""Signed catalog updates: a criteria set (chuẩn tiếp cận pháp luật) sent down by the upper level, signed like a bundle.

The file is one JSON object: ``format`` ``pbgdpl-catalog``, ``format_version`` 1, the ``source`` unit, ``created_at``,
the signing ``key`` (Ed25519, public key and fingerprint), the criteria ``set`` as data, and ``signature``: the
Ed25519 signature (base64) over the canonical JSON (sorted keys, no spaces, UTF-8) of every other field. A reader
checks the signature, that the fingerprint is the public key's, and then the trust list (the same check as bundles).
"""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.core.records import canonical_json
from app.sync import keys
from app.sync.errors import BundleFormatError, BundleSignatureError

FORMAT = "pbgdpl-catalog"
FORMAT_VERSION = 1
EXTENSION = ".pbgdpl-catalog"
MAX_SIZE = 4 << 20


def _signed_part(doc: dict[str, Any]) -> bytes:
    return canonical_json({k: v for k, v in doc.items() if k != "signature"}).encode("utf-8")


def write_update(path: Path, *, source: dict[str, str], created_at: str, key: Ed25519PrivateKey, data: dict[str, Any]) -> dict[str, Any]:
    """Sign the criteria set ``data`` and write the update file; returns the document written."""
    doc: dict[str, Any] = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "source": source,
        "created_at": created_at,
        "key": {"algorithm": "Ed25519", "public_key": keys.public_b64(key), "fingerprint": keys.key_fingerprint(key)},
        "set": data,
    }
    doc["signature"] = base64.b64encode(keys.sign(key, _signed_part(doc))).decode("ascii")
    Path(path).write_text(json.dumps(doc, ensure_ascii=False, indent=1), encoding="utf-8")
    return doc


def read_update(path: Path) -> dict[str, Any]:
    """The update document of ``path`` with its signature checked (not its trust: the caller checks the signer).

    Raises:
        BundleFormatError: not a catalog update file.
        BundleSignatureError: the signature does not match the content or the key.
    """
    path = Path(path)
    if path.stat().st_size > MAX_SIZE:
        raise BundleFormatError(f"{path.name} is too large for a catalog update", path=str(path))
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise BundleFormatError(f"{path.name} is not a catalog update (not JSON: {exc})", path=str(path)) from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise BundleFormatError(f"{path.name} is not a signed catalog update ({FORMAT})", path=str(path))
    if doc.get("format_version") != FORMAT_VERSION:
        raise BundleFormatError(f"{path.name} is a catalog update of format {doc.get('format_version')}; this program reads {FORMAT_VERSION}", path=str(path))
    key, source = doc.get("key"), doc.get("source")
    if not isinstance(key, dict) or not isinstance(source, dict) or not isinstance(doc.get("set"), dict):
        raise BundleFormatError(f"{path.name}: key, source or set missing", path=str(path))
    try:
        public = base64.b64decode(str(key.get("public_key", "")), validate=True)
        signature = base64.b64decode(str(doc.get("signature", "")), validate=True)
    except ValueError:
        raise BundleSignatureError(f"{path.name}: the key or the signature is not base64", path=str(path)) from None
    if len(public) != 32 or keys.fingerprint(public) != key.get("fingerprint"):
        raise BundleSignatureError(f"{path.name}: the fingerprint is not the key's", path=str(path))
    if not keys.verify(public, signature, _signed_part(doc)):
        raise BundleSignatureError(f"{path.name}: the signature does not match its content; it was changed after signing", path=str(path))
    return doc
