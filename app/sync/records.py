"""Bundle records: one JSON line per record (id, revision, base revision, deleted flag, owner, payload).

Parsing validates every field and normalises the payload through the domain's own payload functions, so
what is compared and stored is exactly what the commune's program would store.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from typing import Any, Callable

from app.core.catalogs import Catalogs
from app.core.jsonsafe import JsonTooDeep, loads_limited
from app.core.kinds import KINDS, RECORD_ID, kind
from app.core.periods import Period
from app.core.records import canonical_json, content_hash
from app.core.rules import LONG_TEXT_FIELDS, MAX_LIST, MAX_LONG_TEXT, MAX_TEXT
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


# -- the shape of a payload as received: JSON types, text, dates, sizes (live records and tombstones alike) --

MAX_LINE = 1 << 20  # one record's JSON line, in bytes
MAX_REV = 1_000_000_000  # a record's revision (an edit a second for 30 years); beyond this a number is damage
MAX_INT = 10**15  # counts and money in VND: beyond this a number is damage, not data (and SQLite's range is 2**63)
# control characters (tab and new lines aside) and lone surrogates (not Unicode text: they cannot be stored)
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_STR_LISTS = frozenset({"forms", "topics", "target_groups", "extra_groups", "law_fields", "reporter_ids"})
_LIST_ITEMS = {"trainings": {"date": None, "title": "", "organiser": ""}}  # lists of objects of a known shape
_ANY = object()  # a value whose type the kind's empty payload does not show: any JSON within the limits


def _is_date_key(key: str) -> bool:
    return key == "date" or key.endswith("_date")


def _check_text(name: str, value: str) -> None:
    limit = MAX_LONG_TEXT if name.split(".")[-1] in LONG_TEXT_FIELDS else MAX_TEXT
    if len(value) > limit:
        raise _Bad(f"{name} is {len(value):,} characters long, over the limit of {limit:,}")
    if _CONTROL.search(value):
        raise _Bad(f"{name} holds control characters (NUL or others) or broken Unicode")


def _check_value(name: str, key: str, value: Any, template: Any, depth: int = 0) -> None:
    """``value`` has the JSON type of ``template`` (the kind's empty payload), within the size limits."""
    if _is_date_key(key) and (template is None or isinstance(template, str)):
        if value in (None, ""):
            return
        if not isinstance(value, str) or not _ISO_DATE.match(value):
            raise _Bad(f"{name} has the wrong type: it must be a date written YYYY-MM-DD")
        try:
            date.fromisoformat(value)
        except ValueError:
            raise _Bad(f"{name} '{value}' is not a date") from None
        return
    if isinstance(template, bool):
        if type(value) is not bool:
            raise _Bad(f"{name} has the wrong type: it must be true or false")
    elif isinstance(template, int):
        if type(value) is not int:
            raise _Bad(f"{name} has the wrong type: it must be a whole number (not {type(value).__name__})")
        if not 0 <= value <= MAX_INT:
            raise _Bad(f"{name} is out of range (0 to {MAX_INT:,})")
    elif isinstance(template, str):
        if not isinstance(value, str):
            raise _Bad(f"{name} has the wrong type: it must be text")
        _check_text(name, value)
    elif isinstance(template, dict):
        if not isinstance(value, dict) or depth > 3:
            raise _Bad(f"{name} has the wrong type: it must be an object")
        for sub, item in value.items():
            _check_value(f"{name}.{sub}", sub, item, template.get(sub, _ANY), depth + 1)
    elif isinstance(template, list):
        if not isinstance(value, list):
            raise _Bad(f"{name} has the wrong type: it must be a list")
        if len(value) > MAX_LIST:
            raise _Bad(f"{name} holds {len(value):,} items, over the limit of {MAX_LIST:,}")
        for i, item in enumerate(value):
            if key in _STR_LISTS:
                if not isinstance(item, str):
                    raise _Bad(f"{name}[{i}] has the wrong type: it must be text")
                _check_text(f"{name}[{i}]", item)
            else:
                _check_value(f"{name}[{i}]", key, item, _LIST_ITEMS.get(key, _ANY), depth + 1)
    elif template is None or template is _ANY:  # a type the kind's empty payload does not show
        _check_any(name, key, value, depth)


def _check_any(name: str, key: str, value: Any, depth: int) -> None:
    """Any JSON value, within the limits: text length and characters, whole numbers' range, depth, list sizes."""
    if depth > 6:
        raise _Bad(f"{name} is nested too deep")
    if isinstance(value, bool) or value is None:
        return
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise _Bad(f"{name} is not a number")
        return
    if isinstance(value, (str, int)):
        _check_value(name, key, value, value, depth)
    elif isinstance(value, dict):
        for sub, item in value.items():
            _check_value(f"{name}.{sub}", sub, item, _ANY, depth + 1)
    elif isinstance(value, list):
        _check_value(name, key, value, [], depth)


@lru_cache(maxsize=None)
def _template(table: str) -> dict[str, Any]:
    k = kind(table)
    return k.to_payload(k.model(id="")) if k.normaliser is None else {key: None for key in k.payload_keys}


def _accepts_text(limit: int) -> Callable[[Any], bool]:
    search = _CONTROL.search
    return lambda v: type(v) is str and len(v) <= limit and not search(v)


def _accepts_texts(v: Any) -> bool:
    search = _CONTROL.search
    return type(v) is list and (not v or len(v) <= MAX_LIST and all(type(i) is str and len(i) <= MAX_TEXT and not search(i) for i in v))


@lru_cache(maxsize=None)
def _quick(table: str) -> dict[str, Callable[[Any], bool]]:
    """Per top-level key of ``table``'s payload: a quick test that is true only of values ``_check_value``
    accepts (plain text, whole numbers, true/false, lists of text within the limits); a value it does not pass
    (and a key without one: dates, objects, other lists) goes through ``_check_value``, which says why."""
    out: dict[str, Callable[[Any], bool]] = {}
    for key, template in _template(table).items():
        if _is_date_key(key) and (template is None or isinstance(template, str)):
            continue
        if isinstance(template, bool):
            out[key] = lambda v: type(v) is bool
        elif isinstance(template, int):
            out[key] = lambda v: type(v) is int and 0 <= v <= MAX_INT
        elif isinstance(template, str):
            out[key] = _accepts_text(MAX_LONG_TEXT if key in LONG_TEXT_FIELDS else MAX_TEXT)
        elif isinstance(template, list) and key in _STR_LISTS:
            out[key] = _accepts_texts
    return out


def check_shape(table: str, payload: dict[str, Any]) -> str | None:
    """Why the payload's values have the wrong JSON type or size, or None (tombstones are checked too)."""
    template = _template(table)
    quick = _quick(table)
    refs = kind(table).references
    try:
        for key, value in payload.items():
            test = quick.get(key)
            if test is None or not test(value):
                _check_value(key, key, value, template.get(key))
            if key in refs and any(not isinstance(v, str) or not _ID.match(v) for v in value):
                raise _Bad(f"{key} must list record ids")
    except _Bad as exc:
        return str(exc)
    return None


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
        data = loads_limited(line, max_size=MAX_LINE)
    except JsonTooDeep as exc:
        raise _fail(table, "", line_no, f"the line is refused ({exc})") from None
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
        if type(rev) is not int or not 1 <= rev <= MAX_REV:
            raise _Bad(f"rev must be a whole number from 1 to {MAX_REV:,}")
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
        if (reason := check_shape(table, payload)) is not None or (
            k.check is not None and (reason := k.check(payload)) is not None
        ):
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
