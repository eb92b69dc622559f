"""Bundle records: one JSON line per record (id, revision, base revision, deleted flag, owner, payload).

Parsing validates every field and normalises the payload through the domain's own payload functions, so
what is compared and stored is exactly what the commune's program would store.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from typing import Any

from app.core.catalogs import Catalogs
from app.core.kinds import KINDS, RECORD_ID, kind
from app.core.periods import Period
from app.core.records import canonical_json, content_hash
from app.sync.errors import BundleRecordError

RECORD_KEYS = ("id", "owner", "rev", "base_rev", "rev_by", "deleted", "created_at", "updated_at", "payload")
_RECORD_KEY_SET = frozenset(RECORD_KEYS)
PAYLOAD_KEYS = {k.name: k.payload_keys for k in KINDS}
_ID = RECORD_ID


@dataclass(frozen=True)
class BundleRecord:
    """One shared record as it travels: its meta and its normalised payload."""

    table: str
    id: str
    owner: str
    rev: int
    base_rev: int
    rev_by: str
    deleted: bool
    created_at: str
    updated_at: str
    payload: dict[str, Any]

    @property
    def content_hash(self) -> str:
        """Hash of what the record says (payload and deleted flag), not of who wrote it or when."""
        return record_hash(self.payload, self.deleted)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "owner": self.owner,
            "rev": self.rev,
            "base_rev": self.base_rev,
            "rev_by": self.rev_by,
            "deleted": self.deleted,
            "created_at": self.created_at,
            "updated_at": self.updated_at,
            "payload": self.payload,
        }

    def to_line(self) -> str:
        """The record as a bundle line: its payload without the added fields that hold their default."""
        return canonical_json({**self.to_dict(), "payload": self.wire()[0]})

    def wire(self) -> tuple[dict[str, Any], int]:
        """The payload as it travels and the reader version it needs (``RecordKind.wire_payload``)."""
        return kind(self.table).wire_payload(self.payload)


def record_hash(payload: dict[str, Any], deleted: bool) -> str:
    return content_hash({"deleted": bool(deleted), "payload": payload})


def normalise_payload(table: str, record_id: str, payload: dict[str, Any]) -> dict[str, Any]:
    """Round-trip a payload through the domain's functions (NFC text, ints, ISO dates)."""
    try:
        k = kind(table)
    except KeyError:
        raise ValueError(f"unknown table {table}") from None
    return k.normalise(record_id, payload)


class _Bad(Exception):
    pass


@lru_cache(maxsize=64)
def _window(period: Period) -> tuple[date, date]:
    """``period.start`` and ``period.end``, worked out once per period rather than once per record."""
    return period.start, period.end


def _fail(table: str, record_id: str, line: int, reason: str, problems: list | None = None) -> BundleRecordError:
    rid = record_id or f"line {line}"
    return BundleRecordError(
        f"record {rid} of table {table} (data/{table}.jsonl line {line}) is refused: {reason}. "
        "The whole bundle was refused; nothing was imported",
        table=table,
        record_id=record_id,
        line=line,
        reason=reason,
        problems=problems or [],
    )


def _iso_time(value: Any, name: str) -> str:
    if not isinstance(value, str) or not value:
        raise _Bad(f"{name} must be an ISO 8601 time")
    try:
        datetime.fromisoformat(value)
    except ValueError:
        raise _Bad(f"{name} '{value}' is not an ISO 8601 time") from None
    return value


def _within(day: date, window: tuple[date, date]) -> bool:
    return window[0] <= day <= window[1]


def parse_record(
    table: str,
    line: bytes | str,
    line_no: int,
    *,
    source_unit: str,
    catalogs: Catalogs,
    today: date,
    period: Period | None = None,
) -> BundleRecord:
    """Parse and validate one line of ``data/<table>.jsonl``.

    Raises:
        BundleRecordError: naming the table, the record id and the reason.
    """
    record_id = ""
    try:
        data = json.loads(line)
    except (ValueError, UnicodeDecodeError):
        raise _fail(table, "", line_no, "the line is not valid JSON") from None
    if not isinstance(data, dict):
        raise _fail(table, "", line_no, "the line is not a JSON object")
    raw_id = data.get("id")
    record_id = raw_id if isinstance(raw_id, str) else ""
    try:
        if data.keys() != _RECORD_KEY_SET:
            missing = [k for k in RECORD_KEYS if k not in data]
            extra = sorted(k for k in data if k not in RECORD_KEYS)
            if missing:
                raise _Bad(f"missing field(s) {', '.join(missing)}")
            if extra:
                raise _Bad(f"unknown field(s) {', '.join(extra)}")
        if not isinstance(raw_id, str) or not _ID.match(raw_id):
            raise _Bad("the id must be 1–64 letters, digits or dashes")
        owner = data["owner"]
        if owner != source_unit:
            raise _Bad(f"it claims owner unit {owner!r} but the bundle comes from unit {source_unit}")
        rev, base_rev = data["rev"], data["base_rev"]
        if type(rev) is not int or rev < 1:
            raise _Bad("rev must be a whole number ≥ 1")
        if type(base_rev) is not int or not 0 <= base_rev < rev:
            raise _Bad(f"base_rev must be a whole number from 0 to rev - 1 ({rev - 1})")
        rev_by = data["rev_by"]
        if not isinstance(rev_by, str) or not 0 < len(rev_by) <= 64:
            raise _Bad("rev_by must name the installation that made the revision")
        deleted = data["deleted"]
        if type(deleted) is not bool:
            raise _Bad("deleted must be true or false")
        created_at = _iso_time(data["created_at"], "created_at")
        updated_at = _iso_time(data["updated_at"], "updated_at")
        payload = data["payload"]
        if not isinstance(payload, dict):
            raise _Bad("payload must be an object")
        k = kind(table)
        keys = k.payload_keys
        if payload.keys() != keys:  # fields added after format 1 may be left out (they take their default)
            missing = sorted(k.base_keys - payload.keys())
            extra = sorted(payload.keys() - keys)
            if missing:
                raise _Bad(f"payload lacks field(s) {', '.join(missing)}")
            if extra:
                raise _Bad(f"payload has unknown field(s) {', '.join(extra)}")
        if k.check is not None and (reason := k.check(payload)) is not None:
            raise _Bad(reason)
        try:
            if k.normaliser is None:
                obj = k.from_payload(raw_id, payload)
                normal = k.to_payload(obj)
            else:
                obj = None
                normal = k.normaliser(raw_id, payload)
        except (ValueError, TypeError, AttributeError, KeyError) as exc:
            raise _Bad(f"the payload has a value of the wrong type ({exc})") from None
        problems: list = []
        if obj is not None:
            if period is not None and k.period_field:
                day = getattr(obj, k.period_field)
                if day is None or not _within(day, _window(period)):
                    raise _Bad(f"its date {normal[k.period_field]} is outside the bundle's period {period.id}")
            if not deleted and k.validate is not None:
                problems = k.validate(obj, catalogs, today)
        if problems:
            raise _fail(
                table,
                record_id,
                line_no,
                "; ".join(f"{p.field}: {p.message}" for p in problems),
                [p.to_dict() for p in problems],
            )
    except _Bad as exc:
        raise _fail(table, record_id, line_no, str(exc)) from None
    return BundleRecord(table, raw_id, owner, rev, base_rev, rev_by, deleted, created_at, updated_at, normal)
