"""The bundle format's constants: versions, member names, file name, manifest encoding and unzip limits.

See docs/bundle-format.md (format version 1).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from typing import Mapping

from app.core.kinds import KINDS, NAMES

FORMAT = "pbgdpl-bundle"
FORMAT_VERSION = 1  # what this program writes when a bundle holds only kinds of version 1
READER_VERSION = 4  # the highest ``min_reader_version`` this program reads (3: kinds added in this round; 4: relay)
RELAY_VERSION = 4  # what a relay bundle (an upper level's, carrying the original bundles it received) asks of its reader
MIN_READER_VERSION = 1  # what a bundle written here asks of its reader at the least
EXTENSION = ".pbgdpl"
MAX_SEQ = 1_000_000  # a unit's bundle numbers (one a day for 2,700 years); beyond this a number is damage

MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
TABLES = NAMES  # one data member per record kind, in the order records are applied in
SINCE = {k.name: k.since_version for k in KINDS}  # table -> the format version that introduced it


def base_tables() -> tuple[str, ...]:
    """The tables every data bundle carries (kinds of format version 1)."""
    return tuple(t for t in TABLES if SINCE[t] <= 1)


def carried_tables(counts: Mapping[str, int]) -> tuple[str, ...]:
    """The tables a bundle with these record counts carries: every base table, a later kind's only when it has records."""
    return tuple(t for t in TABLES if SINCE[t] <= 1 or counts.get(t, 0) > 0)


def versions_for(counts: Mapping[str, int], fields_version: int = 1) -> tuple[int, int]:
    """(format_version, min_reader_version) of a data bundle with these record counts; ``fields_version``: the
    highest version its records' payloads need (fields added to a kind later, ``RecordKind.wire_payload``)."""
    needed = max([MIN_READER_VERSION, fields_version] + [SINCE[t] for t in carried_tables(counts)])
    return max(FORMAT_VERSION, needed), needed
SIGNATURE_SIZE = 64

MEMBER_PATTERNS = (
    re.compile(r"^data/(" + "|".join(map(re.escape, TABLES)) + r")\.jsonl$"),
    re.compile(r"^files/[0-9a-f]{64}$"),
    re.compile(r"^reports/[A-Za-z0-9][A-Za-z0-9._-]{0,100}\.pdf$"),
    re.compile(r"^relay/PBGDPL_[A-Za-z0-9-]+_\d{4}(?:-[HQM]\d{1,2})?_\d+_[0-9a-f]{8}\.pbgdpl$"),
)
RELAY_PREFIX = "relay/"  # a relay bundle's members holding the original bundles it carries, unchanged
_NAME = re.compile(r"PBGDPL_([A-Za-z0-9-]+)_(\d{4}(?:-[HQM]\d{1,2})?)_(\d+)_([0-9a-f]{8})")


@dataclass(frozen=True)
class Limits:
    """What an unzip may cost before the bundle is refused as unsafe (zip bomb, huge members)."""

    max_file: int = 4 << 30  # the bundle file itself
    max_members: int = 20_000
    max_member: int = 256 << 20  # uncompressed, per member
    max_total: int = 4 << 30  # uncompressed, all members
    max_ratio: int = 200  # uncompressed / compressed, for members over ratio_floor
    ratio_floor: int = 1 << 20
    max_manifest: int = 8 << 20


DEFAULT_LIMITS = Limits()


def data_member(table: str) -> str:
    return f"data/{table}.jsonl"


def file_member(sha256: str) -> str:
    return f"files/{sha256}"


def relay_member(filename: str) -> str:
    return RELAY_PREFIX + filename


def is_expected_member(name: str) -> bool:
    return name in (MANIFEST, SIGNATURE) or any(p.match(name) for p in MEMBER_PATTERNS)


def bundle_filename(unit: str, period: str, seq: int, hash8: str) -> str:
    """``PBGDPL_<unit>_<period>_<seq, 4 digits>_<hash8>.pbgdpl``; hash8 = first 8 hex of SHA-256(manifest)."""
    return f"PBGDPL_{unit}_{period}_{seq:04d}_{hash8}{EXTENSION}"


def parse_bundle_filename(name: str) -> dict[str, Any] | None:
    """The unit, period, seq and hash8 a file name claims (copies like ``… (1).pbgdpl`` too), or None."""
    m = _NAME.search(name)
    if not m:
        return None
    return {"unit": m.group(1), "period": m.group(2), "seq": int(m.group(3)), "hash8": m.group(4)}


def encode_manifest(manifest: dict[str, Any]) -> bytes:
    """The exact bytes that are signed: UTF-8 JSON, sorted keys, one-space indent, final newline."""
    return (json.dumps(manifest, ensure_ascii=False, sort_keys=True, indent=1) + "\n").encode("utf-8")
