"""One table spec per synced record kind: how a payload becomes stored columns and back.

A spec names the kind's own columns (in table order), which of them hold JSON text, how a payload is flattened
into columns (reporters flatten their two decisions) and rebuilt from a row, the keys derived from a payload
(search key, sort key, natural key: one copy of each formula) and the link table a record keeps in step
(``activity_reporters``). The single-record save, the bulk insert and the merge of bundles all build their
rows and links here.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Callable, Iterable

from app.core.kinds import (
    ACTIVITIES,
    ASSESSMENT_ANSWERS,
    ASSESSMENTS,
    ATTACHMENTS,
    KINDS,
    PLAN_TASKS,
    PLANS,
    REPORTERS,
    TRAININGS,
    RecordKind,
)
from app.core.text import fold, name_sort_key
from app.store.connection import Database

META_COLUMNS = ("id", "owner_unit", "rev", "rev_by", "base_rev", "deleted", "created_at", "updated_at")

_to_json = json.JSONEncoder(ensure_ascii=False).encode  # what json.dumps(v, ensure_ascii=False) gives, made once
_JSON_TYPES = (list, dict)
_loads = json.loads


def encode(value: Any) -> Any:
    """A column value as stored: lists and dicts as JSON text (``json.dumps(v, ensure_ascii=False)``), the rest as is."""
    if isinstance(value, _JSON_TYPES):
        return _to_json(value) if value else ("[]" if isinstance(value, list) else "{}")  # empty: no encoder call
    return value


# -- derived keys: one copy of each formula ------------------------------------------------------------------


def activity_search_key(payload: dict) -> str:
    """What the log's search words are matched against: title, place, organiser, notes, topics, other groups."""
    parts = [payload["title"], payload["place"], payload["organiser"], payload["notes"], *payload["topics"], *payload["extra_groups"]]
    return fold(" ".join(p for p in parts if p))


def reporter_search_key(payload: dict) -> str:
    """What the roster's search words are matched against: name, area, organisation, phone."""
    return fold(" ".join([payload["full_name"], payload["area"], payload["organisation"], payload["phone"]]))


def reporter_sort_key(payload: dict) -> str:
    """Vietnamese name order (given name, then family name)."""
    return name_sort_key(payload["full_name"])


# -- links ----------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Link:
    """A link table kept in step with a list field of the payload: one row (record id, value) per distinct value."""

    table: str
    record_column: str
    value_column: str
    field: str

    def pairs(self, record_id: str, payload: dict[str, Any]) -> list[tuple[str, Any]]:
        """The link rows of one record."""
        return [(record_id, v) for v in dict.fromkeys(payload[self.field])]

    def insert(self, db: Database, pairs: Iterable[tuple[str, Any]]) -> None:
        db.conn.executemany(f"INSERT INTO {self.table} ({self.record_column}, {self.value_column}) VALUES (?, ?)", pairs)

    def write(self, db: Database, items: Iterable[tuple[str, dict[str, Any]]], fresh: bool) -> None:
        """Write the link rows of ``(record id, payload)`` items; ``fresh``: the records are new (no rows to drop)."""
        items = list(items)
        if not fresh:
            db.conn.executemany(f"DELETE FROM {self.table} WHERE {self.record_column} = ?", [(i[0],) for i in items])
        field = self.field
        self.insert(db, [(record_id, v) for record_id, payload in items for v in dict.fromkeys(payload[field])])


# -- specs ----------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TableSpec:
    """How one kind is stored.

    Attributes:
        columns: the record's own columns (after ``to_columns``), in table order.
        json_columns: those stored as JSON text.
        to_columns / from_columns: flatten a payload into own columns and back (None: the payload's fields
            are the columns).
        derived: (column, payload -> value) of the keys computed from a payload, written but not compared.
        link: the link table kept in step, if any.
    """

    kind: RecordKind
    columns: tuple[str, ...]
    json_columns: frozenset[str]
    to_columns: Callable[[dict[str, Any]], dict[str, Any]] | None = None
    from_columns: Callable[[dict[str, Any]], dict[str, Any]] | None = None
    derived: tuple[tuple[str, Callable[[dict[str, Any]], Any]], ...] = ()
    link: Link | None = None

    @property
    def name(self) -> str:
        return self.kind.name

    @property
    def derived_names(self) -> tuple[str, ...]:
        return tuple(name for name, _ in self.derived)

    def own(self, payload: dict[str, Any]) -> dict[str, Any]:
        """The record's own columns (values not encoded): what a save compares and audits."""
        src = self.to_columns(payload) if self.to_columns is not None else payload
        return {k: src[k] for k in self.columns}

    def keys(self, payload: dict[str, Any]) -> dict[str, Any]:
        """The derived columns of a payload."""
        return {name: fn(payload) for name, fn in self.derived}

    def stored(self, payload: dict[str, Any]) -> dict[str, Any]:
        """Own columns (encoded) and derived columns of a payload, as a row holds them (the hot path of a bundle
        import: built once per spec as a closure over the column tuples, see :func:`_stored_builder`)."""
        return self._stored(payload)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_stored", _stored_builder(self))

    def encoded(self, payload: dict[str, Any]) -> tuple:
        """The own columns of a payload as stored (encoded), in ``columns`` order."""
        src = self.to_columns(payload) if self.to_columns is not None else payload
        return tuple(
            ((_to_json(v) if v else ("[]" if isinstance(v, list) else "{}")) if isinstance(v, _JSON_TYPES) else v)
            for v in map(src.__getitem__, self.columns)
        )

    def values(self, payload: dict[str, Any]) -> tuple:
        """:meth:`encoded` followed by the derived columns, in ``columns + derived_names`` order."""
        return (*self.encoded(payload), *[fn(payload) for _, fn in self.derived])

    def payload(self, row: dict[str, Any]) -> dict[str, Any]:
        """The payload (as the kind's ``to_payload`` shapes it) of a stored row."""
        js = self.json_columns
        cols = {}
        for k in self.columns:
            v = row[k]
            cols[k] = ([] if v == "[]" else _loads(v)) if k in js else v  # empty lists are common: no decoder call
        return self.from_columns(cols) if self.from_columns is not None else cols


def _stored_builder(spec: TableSpec) -> Callable[[dict[str, Any]], dict[str, Any]]:
    columns, to_columns, to_json, json_types = spec.columns, spec.to_columns, _to_json, _JSON_TYPES
    derived = spec.derived

    def stored(payload: dict[str, Any]) -> dict[str, Any]:
        src = to_columns(payload) if to_columns is not None else payload
        cols = {
            k: ((to_json(v) if v else ("[]" if isinstance(v, list) else "{}")) if isinstance(v := src[k], json_types) else v)
            for k in columns
        }  # empty lists are common (topics, groups): no encoder call for them
        for name, fn in derived:
            cols[name] = fn(payload)
        return cols

    return stored


_DECISIONS = ("recognition", "dismissal")
_DECISION_PARTS = ("number", "date", "authority")


def _reporter_columns(payload: dict[str, Any]) -> dict[str, Any]:
    cols = {k: v for k, v in payload.items() if k not in _DECISIONS}
    for name in _DECISIONS:
        decision = payload[name]
        for part in _DECISION_PARTS:
            cols[f"{name}_{part}"] = decision[part]
    return cols


def _reporter_payload(cols: dict[str, Any]) -> dict[str, Any]:
    for name in _DECISIONS:
        cols[name] = {part: cols.pop(f"{name}_{part}") for part in _DECISION_PARTS}
    return cols


def _kind_key(kind: RecordKind) -> Callable[[dict[str, Any]], Any]:
    assert kind.natural_key is not None
    return kind.natural_key


ACTIVITY_TABLE = TableSpec(
    kind=ACTIVITIES,
    columns=(
        "date", "title", "forms", "topics", "place", "target_groups", "extra_groups", "participants", "women",
        "ethnic_minority", "materials", "reporter_ids", "cost", "organiser", "notes",
    ),  # fmt: skip
    json_columns=frozenset({"forms", "topics", "target_groups", "extra_groups", "reporter_ids"}),
    derived=(("search_key", activity_search_key), ("natural_key", _kind_key(ACTIVITIES))),
    link=Link("activity_reporters", "activity_id", "reporter_id", "reporter_ids"),
)
REPORTER_TABLE = TableSpec(
    kind=REPORTERS,
    columns=(
        "kind", "full_name", "gender", "birth_date", "ethnicity", "title", "organisation", "qualification",
        "law_fields", "area", "phone", "proposer", "dismissal_ground", "dismissal_reason", "trainings", "refusals",
        "notes", *(f"{name}_{part}" for name in _DECISIONS for part in _DECISION_PARTS),
        "level", "review_flag", "suspended_from", "suspended_until", "suspension_reason", "id_number",
    ),  # fmt: skip
    json_columns=frozenset({"law_fields", "trainings"}),
    to_columns=_reporter_columns,
    from_columns=_reporter_payload,
    derived=(
        ("sort_key", reporter_sort_key),
        ("search_key", reporter_search_key),
        ("natural_key", _kind_key(REPORTERS)),
    ),
)
ATTACHMENT_TABLE = TableSpec(
    kind=ATTACHMENTS,
    columns=("activity_id", "sha256", "filename", "size", "mime"),
    json_columns=frozenset(),
)



def plan_search_key(payload: dict) -> str:
    """What the plan list's search words are matched against: number, issuer, title."""
    return fold(" ".join([payload["number"], payload["issuer"], payload["title"]]))


def task_search_key(payload: dict) -> str:
    """What the task picker's search words are matched against: section, content, lead unit, deadline."""
    return fold(" ".join([payload["section"], payload["content"], payload["lead"], payload["deadline"]]))


def _task_payload(cols: dict[str, Any]) -> dict[str, Any]:
    cols["outside_plan"] = bool(cols["outside_plan"])
    return cols


PLAN_TABLE = TableSpec(
    kind=PLANS,
    columns=(
        "number", "date", "issuer", "title", "kind", "year_from", "year_to", "issue_deadline", "source", "budget",
        "notes",
    ),  # fmt: skip
    json_columns=frozenset(),
    derived=(("search_key", plan_search_key), ("natural_key", _kind_key(PLANS))),
)
TASK_TABLE = TableSpec(
    kind=PLAN_TASKS,
    columns=(
        "plan_id", "position", "section", "content", "lead", "cooperating", "deadline", "state", "done_date",
        "outside_plan", "budget", "activity_ids", "progress_note", "source_task",
    ),  # fmt: skip
    json_columns=frozenset({"cooperating", "activity_ids"}),
    from_columns=_task_payload,
    derived=(("search_key", task_search_key), ("natural_key", _kind_key(PLAN_TASKS))),
    link=Link("task_activities", "task_id", "activity_id", "activity_ids"),
)

ASSESSMENT_TABLE = TableSpec(
    kind=ASSESSMENTS,
    columns=("unit_code", "year", "scorer", "set_id", "set_version", "status", "total", "result", "computed_at", "computed_by", "notes"),
    json_columns=frozenset({"result"}),
    derived=(("natural_key", _kind_key(ASSESSMENTS)),),
)
ASSESSMENT_ANSWER_TABLE = TableSpec(
    kind=ASSESSMENT_ANSWERS,
    columns=("assessment_id", "code", "value", "source", "derived_from", "reason", "evidence", "entered_by", "entered_at"),
    json_columns=frozenset({"value", "evidence"}),
    derived=(("natural_key", _kind_key(ASSESSMENT_ANSWERS)),),
)
TRAINING_TABLE = TableSpec(
    kind=TRAININGS,
    columns=("date", "title", "organiser", "audience", "attendee_ids", "notes"),
    json_columns=frozenset({"attendee_ids"}),
    derived=(("natural_key", _kind_key(TRAININGS)),),
    link=Link("training_attendees", "training_id", "reporter_id", "attendee_ids"),
)

SPECS: tuple[TableSpec, ...] = (
    REPORTER_TABLE, ACTIVITY_TABLE, ATTACHMENT_TABLE, PLAN_TABLE, TASK_TABLE, ASSESSMENT_TABLE, ASSESSMENT_ANSWER_TABLE,
    TRAINING_TABLE,
)  # the order of ``KINDS``
_BY_NAME = {s.name: s for s in SPECS}
assert tuple(s.kind for s in SPECS) == KINDS, "one table spec per record kind, in the registry's order"
TABLE_NAMES = frozenset(_BY_NAME)


def spec(table: str) -> TableSpec:
    """The spec of a synced table; KeyError for any other name."""
    return _BY_NAME[table]
